/**
 * Obsidian callouts `> [!type] Title` (also `>[!type]`, foldable `[!type]-` / `[!type]+`).
 * markdown-it already parses the blockquote; this core rule, run before inline parsing, moves the
 * `[!type] Title` line out of the first paragraph into a title `inline` token placed right after
 * `blockquote_open`, and records the type on `blockquote_open.meta.callout`. Body lines that followed
 * the title line without a blank line stay a paragraph of their own, starting one line later.
 */
import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

const CALLOUT_LINE = /^\[!([^\]\s]+)\]([+-]?)(?:[ \t]+(.*))?$/;

/** What `blockquote_open.meta.callout` holds for a callout. */
export interface CalloutMeta {
  readonly calloutType: string;
  readonly foldable: boolean;
}

/** The callout meta of a `blockquote_open` token, if it opens a callout. */
export function calloutMeta(token: Token): CalloutMeta | undefined {
  const meta: unknown = token.meta;
  if (typeof meta !== 'object' || meta === null || !('callout' in meta)) return undefined;
  return meta.callout as CalloutMeta;
}

/** Title token for a callout at `tokens[index]`, after updating the tokens in place; undefined if none. */
function convert(state: StateCore, index: number): Token | undefined {
  const tokens = state.tokens;
  const open = tokens[index];
  const paragraph = tokens[index + 1];
  const inline = tokens[index + 2];
  if (open === undefined || paragraph?.type !== 'paragraph_open' || inline?.type !== 'inline')
    return undefined;
  const newline = inline.content.indexOf('\n');
  const firstLine = newline === -1 ? inline.content : inline.content.slice(0, newline);
  const match = CALLOUT_LINE.exec(firstLine.trimEnd());
  if (match === null) return undefined;
  const callout: CalloutMeta = { calloutType: (match[1] ?? '').toLowerCase(), foldable: match[2] !== '' };
  open.meta = { ...(open.meta as object | null), callout };
  const startLine = paragraph.map?.[0] ?? open.map?.[0] ?? 0;
  const title = new state.Token('inline', '', 0);
  title.content = match[3] ?? '';
  title.map = [startLine, startLine + 1];
  title.children = [];
  // The rest of the first paragraph (if any) stays a paragraph, one line further down.
  inline.content = newline === -1 ? '' : inline.content.slice(newline + 1);
  for (const token of [paragraph, inline]) {
    if (token.map !== null) token.map = [startLine + 1, token.map[1]];
  }
  return title;
}

// Rebuilds the token array in one pass (splicing inside the loop would be quadratic), and only
// when the note has a callout at all.
function calloutRule(state: StateCore): boolean {
  const tokens = state.tokens;
  const titles = new Map<number, Token>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.type !== 'blockquote_open') continue;
    const title = convert(state, i);
    if (title !== undefined) titles.set(i, title);
  }
  if (titles.size === 0) return false;
  const output: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    output.push(tokens[i] as Token);
    const title = titles.get(i);
    if (title === undefined) continue;
    output.push(title);
    if (tokens[i + 2]?.content === '') i += 3; // the paragraph held only the title line
  }
  state.tokens = output;
  return false;
}

/** markdown-it plugin: callouts. */
export function calloutPlugin(md: MarkdownIt): void {
  md.core.ruler.after('block', 'callout', calloutRule);
}
