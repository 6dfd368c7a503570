/**
 * Obsidian `#tags`: letters, digits, `_`, `-`, `/`, with at least one non-digit (`#123` is not a tag).
 * A tag starts a word: after whitespace, the start of the text, or opening punctuation, so `a#b`
 * and URL fragments are not tags. Headings never reach here (`# x` needs the space).
 */
import type MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

const TAG_BODY = /[\p{L}\p{N}\p{M}_\-/]+/uy;
const ALLOWED_BEFORE = new Set([' ', '\t', '\n', '(', '[', '{', '*', '_', '=', '"', "'", '“', '‘', ',', ';']);

function tagRule(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x23) return false;
  if (pos > 0 && !ALLOWED_BEFORE.has(src.charAt(pos - 1))) return false;
  TAG_BODY.lastIndex = pos + 1;
  const match = TAG_BODY.exec(src);
  if (match === null) return false;
  const name = match[0].slice(0, Math.max(0, state.posMax - pos - 1));
  if (name === '' || /^\d+$/.test(name)) return false;
  if (!silent) state.push('tag', '', 0).content = name;
  state.pos = pos + 1 + name.length;
  return true;
}

/** markdown-it plugin: inline `#tags`. */
export function tagPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('emphasis', 'tag', tagRule);
}
