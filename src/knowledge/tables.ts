/** Two-column tables (`Term | Meaning`, `Year | Event`) are lists of pairs. */
import type { TableBlock } from '../markdown/tree.js';
import type { Definition } from './model.js';
import { squash } from './text.js';

/** One definition per row of a two-column table whose cells are both filled. */
export function definitionsFromTable(
  table: TableBlock,
  context: readonly string[],
  path: string,
): Definition[] {
  if (table.header.length !== 2) return [];
  const headers = table.header.map((h) => squash(h.text));
  const out: Definition[] = [];
  table.rows.forEach((row, i) => {
    const term = squash(row[0]?.text ?? '');
    const explanation = squash(row[1]?.text ?? '');
    if (!term || !explanation || term.split(/\s+/).length > 8) return;
    const line = table.line + 2 + i;
    out.push({
      term,
      explanation,
      context: [...context, headers.join(' / ')],
      source: { path, line, endLine: line },
      fact: `${term} - ${explanation}`,
    });
  });
  return out;
}
