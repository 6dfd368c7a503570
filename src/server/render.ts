/**
 * Markdown → HTML for the browser. This is the sanitiser: markdown-it with raw HTML disabled (so `<script>`
 * and event-handler attributes come out as text) and a link validator that refuses script-capable URL schemes.
 */
import { posix } from 'node:path';
import MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';

const REFUSED_SCHEMES = /^(javascript|vbscript|data|file):/i;

/** True for URLs safe in an href/src: anything without a refused scheme (control characters stripped first). */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore tabs, newlines and leading spaces/controls inside a scheme (`java\tscript:`).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  let decoded = squeezed;
  try {
    decoded = decodeURIComponent(squeezed);
  } catch {
    // A malformed escape is not a scheme; keep the raw text.
  }
  return !REFUSED_SCHEMES.test(squeezed) && !REFUSED_SCHEMES.test(decoded);
}

/** What `renderMarkdown` passes to markdown-it: how many note lines come before the rendered text. */
interface RenderEnv {
  readonly lineOffset: number;
  /** The vault-relative path of the note, when its images can be served (`/api/files/…`, the local app). */
  readonly notePath?: string;
}

/** Where the local app serves vault files (routes-browse.ts). */
const FILES_BASE = '/api/files/';

/**
 * The address of an image a note links relatively (`![map](maps/rivers.png)`, `![](../shared/a.png)`): the file
 * beside the note, served by the app. An address with a scheme, a host or an absolute path is left alone, and so
 * is one that climbs out of the vault (the file route would refuse it anyway).
 */
export function vaultImageUrl(src: string, notePath: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(src)) return src;
  const [encoded = ''] = src.split(/[?#]/);
  let file: string;
  try {
    file = encoded.split('/').map(decodeURIComponent).join('/');
  } catch {
    return src;
  }
  const joined = posix.normalize(posix.join(posix.dirname(notePath), file));
  if (joined === '.' || joined.startsWith('../') || joined === '..' || posix.isAbsolute(joined)) return src;
  return FILES_BASE + joined.split('/').map(encodeURIComponent).join('/');
}

/**
 * Gives every rendered block the note lines it came from (`data-line`, `data-end-line`, 1-based, inclusive), so
 * the note page can highlight the blocks that hold an item's fact. Numbers only: nothing from the note enters
 * an attribute.
 */
function markSourceLines(state: StateCore): void {
  const offset = (state.env as Partial<RenderEnv> | undefined)?.lineOffset ?? 0;
  for (const token of state.tokens) {
    if (!token.map || token.nesting === -1 || token.hidden || token.type === 'inline') continue;
    token.attrSet('data-line', String(token.map[0] + 1 + offset));
    token.attrSet('data-end-line', String(token.map[1] + offset));
  }
}

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  md.validateLink = isSafeUrl;
  md.core.ruler.push('source_lines', markSourceLines);
  const defaultImage =
    md.renderer.rules.image ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const notePath = (env as Partial<RenderEnv> | undefined)?.notePath;
    const token = tokens[idx];
    const src = token?.attrGet('src');
    if (token && src && notePath !== undefined) token.attrSet('src', vaultImageUrl(src, notePath));
    return defaultImage(tokens, idx, options, env, self);
  };
  const defaultLinkOpen =
    md.renderer.rules.link_open ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    // Links leave the app in a new tab and never hand it our window object.
    tokens[idx]?.attrSet('target', '_blank');
    tokens[idx]?.attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

let shared: MarkdownIt | undefined;

/**
 * Obsidian `[[Note|label]]` links shown as their label (plain text, escaped by markdown-it). No part of a link may
 * hold `[`, so an unclosed `[[` fails at the next one instead of scanning (and backtracking over) the rest of the
 * note: 120 KB of `[[` took 14 s.
 */
function simplifyWikilinks(text: string): string {
  return text.replace(
    /!?\[\[([^[\]|#]+)(?:#[^[\]|]*)?(?:\|([^[\]]+))?\]\]/g,
    (_m, target: string, label?: string) => (label ?? target).trim(),
  );
}

/** Line breaks of `text` only: what stays of a dropped part so later blocks keep their line numbers. */
const keepLineBreaks = (text: string): string => text.replace(/[^\n]/g, '');

/** Drops Obsidian `%%comments%%`: they are private notes, never shown. */
function dropComments(text: string): string {
  return text.replace(/%%[\s\S]*?%%/g, keepLineBreaks);
}

/**
 * Obsidian callout headers (`> [!example] Title`) shown as a bold title inside the quote. Spaces and tabs only
 * around the `>`: `\s` also matched line ends, so each blank line rescanned all the blank lines after it.
 */
function calloutTitles(text: string): string {
  return text.replace(
    /^([ \t]*>[ \t]*)\[!([\w-]+)\][+-]?[ \t]*(.*)$/gm,
    (_m, quote: string, type: string, title: string) =>
      title.trim()
        ? `${quote}**${title.trim()}**`
        : `${quote}**${type.charAt(0).toUpperCase()}${type.slice(1)}**`,
  );
}

/** YAML frontmatter is metadata, not part of the note's text. */
function dropFrontmatter(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, keepLineBreaks);
}

/** The note's Obsidian syntax rewritten for markdown-it: no frontmatter or comments, plain links, bold titles. */
export function obsidianToCommonMark(text: string): string {
  return calloutTitles(simplifyWikilinks(dropComments(dropFrontmatter(text))));
}

/**
 * Renders Markdown to HTML that contains no script, no event handler and no script URL. With `notePath`, images
 * the note links relatively point at the app's copy of the vault file (`vaultImageUrl`).
 */
export function renderMarkdown(text: string, lineOffset = 0, notePath?: string): string {
  shared ??= createRenderer();
  const env: RenderEnv = notePath === undefined ? { lineOffset } : { lineOffset, notePath };
  return shared.render(obsidianToCommonMark(text), env);
}

/** Renders lines `from`..`to` (1-based, inclusive) of a note (`notePath`: as for `renderMarkdown`). */
export function renderLines(text: string, from: number, to: number, notePath?: string): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(0, from - 1);
  return renderMarkdown(lines.slice(first, Math.max(from, to)).join('\n'), first, notePath);
}
