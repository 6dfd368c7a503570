import type { Item } from '../generate/item.js';
import { plainSides } from './card-content.js';
import { ankiTags } from './text.js';

/** Anki's import header: tab separator, plain text (not HTML), tags in column 3. */
export const CSV_HEADER = ['#separator:tab', '#html:false', '#tags column:3'] as const;

/**
 * Quotes a field when it holds a tab, a line break or a quote (doubling the quotes), or when it starts with
 * `#`, which Anki would otherwise read as a header line.
 */
export function csvField(value: string): string {
  if (/[\t\r\n"]/.test(value) || value.startsWith('#')) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** Tab-separated `front, back, tags` rows with Anki's header lines, ending in a newline. */
export function toCsv(items: readonly Item[]): string {
  const rows = items.map((item) => {
    const { front, back } = plainSides(item);
    return [front, back, ankiTags(item.tags).join(' ')].map(csvField).join('\t');
  });
  return `${[...CSV_HEADER, ...rows].join('\n')}\n`;
}
