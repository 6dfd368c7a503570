/**
 * `==highlight==`, parsed with the same delimiter algorithm markdown-it uses for `~~strikethrough~~`
 * (linear, handles nesting with emphasis), producing `mark_open` / `mark_close` tokens.
 */
import type MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type { Delimiter } from 'markdown-it/lib/rules_inline/state_inline.mjs';

const EQUALS = 0x3d;

function tokenize(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== EQUALS) return false;
  const scanned = state.scanDelims(state.pos, true);
  let length = scanned.length;
  if (length < 2) return false;
  if (length % 2 === 1) {
    state.push('text', '', 0).content = '=';
    length--;
  }
  for (let i = 0; i < length; i += 2) {
    state.push('text', '', 0).content = '==';
    state.delimiters.push({
      marker: EQUALS,
      length: 0, // disables the emphasis "rule of 3"
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close,
    });
  }
  state.pos += scanned.length;
  return true;
}

function retag(state: StateInline, index: number, type: 'mark_open' | 'mark_close'): void {
  const token = state.tokens[index];
  if (token === undefined) return;
  token.type = type;
  token.tag = 'mark';
  token.nesting = type === 'mark_open' ? 1 : -1;
  token.markup = '==';
  token.content = '';
}

function pairUp(state: StateInline, delimiters: readonly Delimiter[]): void {
  const loneMarkers: number[] = [];
  for (const start of delimiters) {
    if (start.marker !== EQUALS || start.end === -1) continue;
    const end = delimiters[start.end];
    if (end === undefined) continue;
    retag(state, start.token, 'mark_open');
    retag(state, end.token, 'mark_close');
    const before = state.tokens[end.token - 1];
    if (before?.type === 'text' && before.content === '=') loneMarkers.push(end.token - 1);
  }
  // An odd run `===` leaves one `=` before the closer; move it after the closing tags, as strikethrough does.
  for (let k = loneMarkers.length - 1; k >= 0; k--) {
    const i = loneMarkers[k] as number;
    let j = i + 1;
    while (j < state.tokens.length && state.tokens[j]?.type === 'mark_close') j++;
    j--;
    if (i !== j) {
      const moved = state.tokens[j];
      const lone = state.tokens[i];
      if (moved !== undefined && lone !== undefined) {
        state.tokens[j] = lone;
        state.tokens[i] = moved;
      }
    }
  }
}

function postProcess(state: StateInline): boolean {
  pairUp(state, state.delimiters);
  for (const meta of state.tokens_meta) {
    if (meta?.delimiters) pairUp(state, meta.delimiters);
  }
  return false;
}

/** markdown-it plugin: `==highlight==`. */
export function highlightPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('emphasis', 'highlight', tokenize);
  md.inline.ruler2.before('emphasis', 'highlight', postProcess);
}
