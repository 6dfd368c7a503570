import type { Item } from '../generate/item.js';
import { plainSides } from './card-content.js';

/**
 * Quizlet's import format (Create a set → Import): pasted text, term and definition separated by a tab, one
 * card per line. No header lines, no quoting and no tags, so each side is flattened to one line: list entries
 * become `(1) …` in a row, tabs and line breaks become spaces.
 */
export function toQuizlet(items: readonly Item[]): string {
  const lines = items.map((item) => {
    const { front, back } = plainSides(item);
    return `${oneLine(front)}\t${oneLine(back)}`;
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** One line of text: `1. x` list lines as `(1) x`, `- x` as `• x`, joined by spaces. */
function oneLine(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^(\d+)\. /, '($1) ').replace(/^- /, '• '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
