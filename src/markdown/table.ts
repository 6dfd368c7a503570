/** Tables as a header row and body rows of `RichText` cells. */
import type Token from 'markdown-it/lib/token.mjs';
import { type BlockContext, type Cursor, lineRange } from './block-context.js';
import { toRichText } from './inline.js';
import type { RichText, TableBlock } from './tree.js';

/** Reads `table_open … table_close` at `cursor.i`. */
export function readTable(tokens: readonly Token[], cursor: Cursor, context: BlockContext): TableBlock {
  const [line, endLine] = lineRange(tokens[cursor.i], context.lines);
  const header: RichText[] = [];
  const rows: RichText[][] = [];
  let row: RichText[] = header;
  let inBody = false;
  cursor.i++;
  while (cursor.i < tokens.length) {
    const token = tokens[cursor.i] as Token;
    cursor.i++;
    if (token.type === 'table_close') break;
    if (token.type === 'tbody_open') inBody = true;
    else if (token.type === 'tr_open' && inBody) {
      row = [];
      rows.push(row);
    } else if (token.type === 'inline') row.push(toRichText(token.children, context));
  }
  return { type: 'table', header, rows, line, endLine };
}
