/**
 * A note's title from its `# heading`, read in linear time. The regex this replaces
 * (`/^#\s+(.+?)\s*#*\s*$/`) backtracked cubically on `# a` + 10,000 spaces + `x` and froze a scan for minutes.
 */

/** The text of `line` when it is a level-1 ATX heading (`# Title ##`), else undefined. */
export function atxHeadingText(line: string): string | undefined {
  if (line.charCodeAt(0) !== 0x23 /* # */) return undefined;
  const rest = line.slice(1);
  const content = rest.trimStart();
  if (content === rest) return undefined; // `#tag`: no space after the hash
  let end = content.trimEnd();
  // A closing sequence of hashes is not part of the title (`# Title ##`).
  let hashes = end.length;
  while (hashes > 0 && end.charCodeAt(hashes - 1) === 0x23) hashes--;
  if (hashes > 0) end = end.slice(0, hashes).trimEnd();
  return end === '' ? undefined : end;
}

/** The text of the first level-1 heading line of `text`, else undefined. */
export function firstHeadingTitle(text: string): string | undefined {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.charCodeAt(start) === 0x23) {
      const title = atxHeadingText(text.slice(start, end).replace(/\r$/, ''));
      if (title !== undefined) return title;
    }
    start = end + 1;
  }
  return undefined;
}
