/**
 * Obsidian `%%comments%%`: hidden from reading view, so never study material.
 * Inline: `%%…%%` inside a paragraph (an unclosed `%%` hides the rest of the paragraph, as in Obsidian).
 * Block: a line starting with `%%` opens a comment that runs to the next line containing `%%`
 * (or to the end of the container when never closed); text after the closing `%%` on that line is dropped.
 */
import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { nextIndexOf } from '../scan-cache.js';
import { lineStartsWith, lineText } from './block-lines.js';

function commentInline(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (!state.src.startsWith('%%', start)) return false;
  const close = nextIndexOf(state, state.src, '%%', start + 2);
  const end = close === -1 || close + 2 > state.posMax ? state.posMax : close + 2;
  if (!silent) state.push('comment', '', 0);
  state.pos = end;
  return true;
}

function commentBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  if (!lineStartsWith(state, startLine, '%%')) return false;
  const first = lineText(state, startLine);
  const closeOnFirst = first.indexOf('%%', 2);
  if (closeOnFirst !== -1 && first.slice(closeOnFirst + 2).trim() !== '') return false; // inline comment + text
  if (silent) return true;
  let line = startLine + 1;
  if (closeOnFirst === -1) {
    while (line < endLine && !lineText(state, line).includes('%%')) line++;
    line = Math.min(line + 1, endLine);
  }
  state.line = line;
  return true;
}

/** markdown-it plugin: `%%comments%%`, inline and multi-line. */
export function commentPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('emphasis', 'comment', commentInline);
  md.block.ruler.before('fence', 'comment', commentBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
}
