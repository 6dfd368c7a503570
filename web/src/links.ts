/**
 * Addresses of the app's pages (`#/note/…`, `#/item/…`). A note's path goes in segment by segment, encoded: a file
 * named "100% facts.md" or "Why? questions.md" is a valid note, and its "%" or "?" must not be read as an escape
 * or as the start of the query.
 */

/** The address of a note's page. */
export const noteHref = (path: string): string =>
  `#/note/${path.split('/').map(encodeURIComponent).join('/')}`;

/** The address of an item's page. */
export const itemHref = (id: string): string => `#/item/${encodeURIComponent(id)}`;

/** A path or id taken from the address, decoded segment by segment; a malformed escape stays as written. */
export function decodeSegments(text: string): string {
  return text
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}
