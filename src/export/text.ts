/** Text helpers for Anki fields: items hold plain text, Anki fields hold HTML. */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes plain text for an HTML field; line breaks become `<br>`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c).replace(/\r?\n/g, '<br>');
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#123': '{',
  '#125': '}',
  nbsp: ' ',
};

/** Removes tags and decodes the entities we write, as Anki does for the sort field and checksum. */
export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#123|#125|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .trim();
}

/** An HTML list of plain-text entries. */
export function htmlList(entries: readonly string[], tag: 'ol' | 'ul'): string {
  return `<${tag}>${entries.map((entry) => `<li>${escapeHtml(entry)}</li>`).join('')}</${tag}>`;
}

/** Tags as Anki stores them: no spaces inside a tag, no leading `#`, no duplicates. */
export function ankiTags(tags: readonly string[]): string[] {
  const cleaned = tags.map((tag) => tag.trim().replace(/^#+/, '').replace(/\s+/g, '_')).filter(Boolean);
  return [...new Set(cleaned)];
}
