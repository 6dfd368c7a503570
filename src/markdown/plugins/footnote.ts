/**
 * Footnotes (`text[^1]` and `[^1]: the note`), as Obsidian writes them. The marker is not part of the sentence and
 * the notes are sources, not facts, so both are dropped: a reference leaves no token, a definition (with its
 * indented continuation lines) leaves no block. Written here rather than taken from markdown-it-footnote, whose
 * 4.0.0 rebuilds the token list once per footnote (quadratic: 37 s for a note of 8,000 footnotes) and scans to the
 * end of the paragraph for every `[^`. Both rules here look at most LABEL_MAX characters ahead.
 */
import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { lineText } from './block-lines.js';

/** Longest label looked for: `[^` + label + `]`. */
const LABEL_MAX = 40;
const MARKER = String.raw`\[\^[^\]\s[^]{1,${LABEL_MAX}}\]`;
const LABEL = new RegExp(`^${MARKER}`);
const MARKERS = new RegExp(MARKER, 'g');

/** The length of a footnote marker at `pos` (`[^label]`), or 0. */
function markerLength(src: string, pos: number): number {
  if (src.charCodeAt(pos) !== 0x5b || src.charCodeAt(pos + 1) !== 0x5e) return 0;
  return LABEL.exec(src.slice(pos, pos + LABEL_MAX + 3))?.[0].length ?? 0;
}

function footnoteReference(state: StateInline, silent: boolean): boolean {
  const length = markerLength(state.src, state.pos);
  // `[^1]:` at the start of a line is a definition the block rule did not take (inside a paragraph): drop it too.
  if (length === 0 || state.pos + length > state.posMax) return false;
  if (!silent) state.push('footnote_ref', '', 0);
  state.pos += length;
  return true;
}

function footnoteDefinition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const first = lineText(state, startLine);
  const length = markerLength(first, 0);
  if (length === 0 || first.charCodeAt(length) !== 0x3a) return false;
  if (silent) return true;
  // Continuation lines are indented under the definition; a blank line followed by an indented one goes on.
  let line = startLine + 1;
  while (line < endLine) {
    const indented = (state.sCount[line] ?? 0) - state.blkIndent >= 2;
    if (state.isEmpty(line)) {
      const next = line + 1;
      if (next < endLine && !state.isEmpty(next) && (state.sCount[next] ?? 0) - state.blkIndent >= 4) {
        line = next;
        continue;
      }
      break;
    }
    if (!indented) break;
    line++;
  }
  state.line = line;
  return true;
}

/** `raw` source without its footnote markers ("Paris[^1]" → "Paris"), for the syntax read from raw lines. */
export function withoutFootnoteMarkers(raw: string): string {
  return raw.includes('[^') ? raw.replace(MARKERS, '') : raw;
}

/** markdown-it plugin: footnote markers and definitions, both dropped. */
export function footnotePlugin(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'footnote_ref', footnoteReference);
  md.block.ruler.before('reference', 'footnote_def', footnoteDefinition, { alt: ['paragraph', 'reference'] });
}
