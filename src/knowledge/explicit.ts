/** Explicit cards for people coming from other tools: `Q::A`, `Q:::A`, and multi-line `?` / `??` cards. */

import type { SourceRef } from '../generate/item.js';
import { chemistry } from '../markdown/plugins/math.js';
import type { ExplicitCard } from './model.js';
import { squash } from './text.js';

const INLINE = /^(.+?)\s*(:{2,3})\s*(.+)$/;

/** Explicit cards written in a paragraph's or bullet's raw source. */
export function explicitFromRaw(raw: string, context: readonly string[], source: SourceRef): ExplicitCard[] {
  const lines = raw.split('\n');
  const multi = multiLine(lines, context, source);
  if (multi) return [multi];
  const cards: ExplicitCard[] = [];
  lines.forEach((line, i) => {
    // INLINE backtracks quadratically over long runs of spaces; without `::` it cannot match anyway.
    if (!line.includes('::') || /^\s*\w+:\/\//.test(line) || /::\s*$/.test(line)) return;
    const m = INLINE.exec(line.trim());
    if (!m || looksLikeCode(line, m[1]!)) return;
    const prompt = plain(m[1]!);
    const answer = plain(m[3]!);
    if (!prompt || !answer || m[2]!.length > 3) return;
    cards.push({
      prompt,
      answer,
      bothWays: m[2] === ':::',
      context,
      source: { ...source, line: source.line + i, endLine: source.line + i },
    });
  });
  return cards;
}

/** "Question\n?\nAnswer" (or `??` for both ways). */
function multiLine(
  lines: readonly string[],
  context: readonly string[],
  source: SourceRef,
): ExplicitCard | undefined {
  const sep = lines.findIndex((l) => /^\s*\?\??\s*$/.test(l));
  if (sep <= 0 || sep === lines.length - 1) return undefined;
  const prompt = plain(lines.slice(0, sep).join(' '));
  const answer = plain(lines.slice(sep + 1).join(' '));
  if (!prompt || !answer) return undefined;
  return { prompt, answer, bothWays: lines[sep]!.trim() === '??', context, source };
}

/** Markdown source → plain text (the explicit syntax is read from raw lines, so strip markup here). */
export function plain(text: string): string {
  return squash(
    text
      // "$\ce{H+}$": a chemical formula is words of the card; other inline math is not shown.
      .replace(
        /\$([^$\n]+)\$/g,
        (math: string, inner: string) => chemistry(inner) ?? (/\\/.test(inner) ? '' : math),
      )
      .replace(/!\[\[[^\]]*\]\]/g, '')
      // "![ethyl ethanoate](ester.png)": an image, shown nowhere in an item.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(
        /\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]/g,
        (_m, page: string, alias?: string) => alias ?? page,
      )
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|==|\*|_|`)(.+?)\1/g, '$2')
      .replace(/%%.*?%%/g, '')
      // A backslash before a line's end (lines of a card are joined by spaces) is Markdown's line break, not text.
      .replace(/\\(?=\s|$)/g, '')
      .replace(/<[^>]+>/g, '')
      // "between the #Forebrain and the #Hindbrain": an inline tag is a word of the sentence.
      .replace(/(^|\s)#(\p{L}[\p{L}\p{N}_/-]*)/gu, '$1$2')
      .replace(/\^[\w-]+$/, ''),
  );
}

/** `std::vector` or `a::b` inside a code span is code, not a card. */
function looksLikeCode(line: string, prompt: string): boolean {
  const inCode = /`[^`]*::[^`]*`/.test(line);
  // "std::vector<int>" is code; "Reparations::the payments Germany owed" is a card whose answer is prose.
  const after = line.slice(line.indexOf('::') + 2).trim();
  const scoped =
    /\w::\w/.test(line) &&
    !/\s/.test(prompt.trim()) &&
    (!/\s/.test(after) || /[<>(){};=]/.test(line) || /^[a-z_][a-z0-9_]{0,5}$/.test(prompt.trim()));
  return inCode || scoped;
}
