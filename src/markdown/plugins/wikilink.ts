/**
 * Obsidian wikilinks `[[Page]]`, `[[Page|alias]]`, `[[Page#Heading]]` become one `wikilink` token;
 * embeds `![[file]]` are consumed without output (an embedded image or note is not text of this note).
 */
import type MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { nextIndexOf } from '../scan-cache.js';

const OPEN_BRACKET = 0x5b;
const BANG = 0x21;

/** Target page, heading part and display text of a wikilink's inner text. */
export interface WikilinkParts {
  readonly target: string;
  readonly display: string;
}

/** Splits `Page#Heading|alias` into the page target and the text a reader sees. */
export function wikilinkParts(inner: string): WikilinkParts {
  const bar = inner.indexOf('|');
  const link = (bar === -1 ? inner : inner.slice(0, bar)).trim();
  const alias = bar === -1 ? '' : inner.slice(bar + 1).trim();
  const hash = link.indexOf('#');
  const target = (hash === -1 ? link : link.slice(0, hash)).trim();
  // Block references (`#^id`) carry no readable text; headings are shown as Obsidian shows them.
  const heading =
    hash === -1
      ? ''
      : link
          .slice(hash + 1)
          .replace(/^\^.*$/, '')
          .replace(/#/g, ' ')
          .trim();
  if (alias !== '') return { target, display: alias };
  if (heading === '') return { target, display: target };
  return { target, display: target === '' ? heading : `${target} > ${heading}` };
}

/** End (exclusive) of a `[[…]]` starting at `start`, or -1 when it is not a valid one-line wikilink. */
function scanWikilink(state: StateInline, start: number): number {
  const src = state.src;
  if (src.charCodeAt(start) !== OPEN_BRACKET || src.charCodeAt(start + 1) !== OPEN_BRACKET) return -1;
  const close = nextIndexOf(state, src, ']]', start + 2);
  if (close === -1 || close + 2 > state.posMax || close === start + 2) return -1;
  const newline = nextIndexOf(state, src, '\n', start + 2);
  if (newline !== -1 && newline < close) return -1;
  const reopen = nextIndexOf(state, src, '[[', start + 2);
  if (reopen !== -1 && reopen < close) return -1;
  return close + 2;
}

function wikilinkRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  const end = scanWikilink(state, start);
  if (end === -1) return false;
  if (!silent) {
    const token = state.push('wikilink', '', 0);
    token.content = state.src.slice(start + 2, end - 2);
  }
  state.pos = end;
  return true;
}

function embedRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== BANG) return false;
  const end = scanWikilink(state, start + 1);
  if (end === -1) return false;
  if (!silent) state.push('embed', '', 0);
  state.pos = end;
  return true;
}

/** markdown-it plugin: wikilinks and embeds. */
export function wikilinkPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'wikilink', wikilinkRule);
  md.inline.ruler.before('image', 'embed', embedRule);
}
