/**
 * Quoted terms: "x", 'x', “x”, ‘x’ of at most six words become `quote` marks. The quote characters
 * stay in the text and the mark covers the inner text only (so the mark's text is the term itself).
 * Single quotes must open a word and close one, so apostrophes (`Lenin's`) never start a quote.
 */
import type { Mark } from './tree.js';

const MAX_WORDS = 6;
// Bounded inner length keeps the scan linear on pathological input.
const QUOTED =
  /"([^"\s](?:[^"\n]{0,118}?[^"\s])?)"|“([^”\s](?:[^”\n]{0,118}?[^”\s])?)”|(?<![\p{L}\p{N}])['‘]([^'‘’\s](?:[^'‘’\n]{0,118}?[^'‘’\s])?)['’](?![\p{L}\p{N}])/gu;

/** `quote` marks for the quoted terms of `text`, skipping those inside code marks. */
export function quoteMarks(text: string, marks: readonly Mark[]): Mark[] {
  const found: Mark[] = [];
  if (!/["'“‘]/.test(text)) return found;
  const code = marks.filter((mark) => mark.kind === 'code');
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? '';
    if (inner.split(' ').length > MAX_WORDS) continue;
    const start = match.index + 1;
    const end = start + inner.length;
    if (code.some((mark) => mark.start < end && start < mark.end)) continue;
    found.push({ kind: 'quote', start, end });
  }
  return found;
}
