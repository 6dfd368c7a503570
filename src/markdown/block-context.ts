/** Shared by the block readers: the build context, the token cursor and source-line ranges. */
import type Token from 'markdown-it/lib/token.mjs';
import type { TagSink } from './inline.js';

/** What block building needs besides the tokens. */
export interface BlockContext extends TagSink {
  /** Source lines (0-based array), used to keep blank lines out of `endLine`. */
  readonly lines: readonly string[];
}

/** A position in the token stream, advanced by the readers. */
export interface Cursor {
  i: number;
}

/** 1-based [line, endLine] of a token's 0-based [start, end) map, without trailing blank lines. */
export function lineRange(token: Token | undefined, lines: readonly string[]): [number, number] {
  const start = (token?.map?.[0] ?? 0) + 1;
  let end = token?.map?.[1] ?? start;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
  return [start, Math.max(start, end)];
}
