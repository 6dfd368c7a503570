/**
 * Math is dropped from study text: `$$…$$` blocks (one line or many) and inline `$…$` / `$$…$$`, except an inline
 * chemical formula (`$\ce{CO2}$`), which is written as the text it stands for.
 * Inline `$` follows the Pandoc rule Obsidian uses, so prices survive: the opener is not followed by
 * a space, the closer is not preceded by a space or backslash and not followed by a digit, and a
 * single `$` next to another `$` is never a closer (it belongs to `$$`).
 */
import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { nextIndexOf, nextMatch } from '../scan-cache.js';
import { lineStartsWith, lineText } from './block-lines.js';

const DOLLAR = 0x24;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** First valid single-`$` closer at or after `from` (validity depends only on its neighbours). */
function findCloser(src: string, from: number): number {
  let at = src.indexOf('$', from);
  while (at !== -1) {
    const before = src.charCodeAt(at - 1);
    const after = src.charCodeAt(at + 1);
    if (!isSpace(before) && before !== 0x5c && before !== DOLLAR && after !== DOLLAR && !isDigit(after))
      return at;
    at = src.indexOf('$', at + 1);
  }
  return -1;
}

function mathInline(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== DOLLAR) return false;
  let end: number;
  if (src.charCodeAt(pos + 1) === DOLLAR) {
    const close = nextIndexOf(state, src, '$$', pos + 2);
    if (close === -1 || close === pos + 2 || close + 2 > state.posMax) return false;
    end = close + 2;
  } else {
    const next = src.charCodeAt(pos + 1);
    if (Number.isNaN(next) || isSpace(next)) return false;
    const close = nextMatch(state, 'math-closer', pos + 2, (from) => findCloser(src, from));
    if (close === -1 || close + 1 > state.posMax) return false;
    end = close + 1;
  }
  if (!silent) {
    const opener = src.charCodeAt(pos + 1) === DOLLAR ? 2 : 1;
    const formula = chemistry(src.slice(pos + opener, end - opener));
    // A chemical formula is words of the sentence ("releases $\ce{CO2}$ and energy"); other math is dropped.
    if (formula === undefined) state.push('math_inline', '', 0);
    else state.push('text', '', 0).content = formula;
  }
  state.pos = end;
  return true;
}

/**
 * The plain text of an mhchem formula (`\ce{CO2}` → CO2, `\ce{Zn^{2+}}` → Zn2+, `->` → →), or undefined when the
 * math is anything else or holds a command this cannot write as text.
 */
export function chemistry(math: string): string | undefined {
  const body = /^\s*\\ce\{(.*)\}\s*$/s.exec(math)?.[1];
  if (body === undefined) return undefined;
  const text = body
    .replace(/\\downarrow/g, '↓')
    .replace(/\\uparrow/g, '↑')
    .replace(/<=>/g, '⇌')
    .replace(/->/g, '→')
    .replace(/[\^_]\{([^{}]*)\}/g, '$1')
    .replace(/[\^_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' || /[\\{}]/.test(text) ? undefined : text;
}

function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  if (!lineStartsWith(state, startLine, '$$')) return false;
  const first = lineText(state, startLine);
  const closeOnFirst = first.indexOf('$$', 2);
  if (closeOnFirst !== -1 && first.slice(closeOnFirst + 2).trim() !== '') return false; // inline math + text
  if (silent) return true;
  let line = startLine + 1;
  if (closeOnFirst === -1) {
    while (line < endLine && !lineText(state, line).includes('$$')) line++;
    if (line >= endLine) return false; // never closed: leave it to the paragraph and inline rules
    line++;
  }
  state.line = line;
  return true;
}

/** markdown-it plugin: drops math. */
export function mathPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('emphasis', 'math_inline', mathInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
}
