/** Converts markdown-it inline tokens into `RichText`: plain text plus the author's marks. */
import type Token from 'markdown-it/lib/token.mjs';
import { wikilinkParts } from './plugins/wikilink.js';
import { quoteMarks } from './quotes.js';
import { TextBuilder } from './text-builder.js';
import type { Mark, MarkKind, RichText } from './tree.js';

/** Collects inline `#tags` (without '#') as they are met, in order. */
export interface TagSink {
  readonly tags: string[];
}

const PAIRED_MARKS: Readonly<Record<string, MarkKind>> = {
  strong: 'bold',
  em: 'italic',
  mark: 'highlight',
};

export const EMPTY_RICH_TEXT: RichText = { text: '', marks: [] };

function pairedKind(type: string): { kind: MarkKind; opens: boolean } | undefined {
  const opens = type.endsWith('_open');
  if (!opens && !type.endsWith('_close')) return undefined;
  const kind = PAIRED_MARKS[type.slice(0, type.lastIndexOf('_'))];
  return kind === undefined ? undefined : { kind, opens };
}

function appendToken(builder: TextBuilder, token: Token, sink: TagSink): void {
  switch (token.type) {
    case 'text':
    case 'text_special':
      builder.append(token.content);
      return;
    case 'softbreak':
    case 'hardbreak':
      builder.append(' ');
      return;
    case 'code_inline':
      builder.openMark('code');
      builder.append(token.content);
      builder.closeMark('code');
      return;
    case 'link_open':
      builder.openMark('link', token.attrGet('href') ?? '');
      return;
    case 'link_close':
      builder.closeMark('link');
      return;
    case 'wikilink': {
      const parts = wikilinkParts(token.content);
      builder.openMark('wikilink', parts.target);
      builder.append(parts.display);
      builder.closeMark('wikilink');
      return;
    }
    case 'tag':
      builder.openMark('tag');
      builder.append(`#${token.content}`);
      builder.closeMark('tag');
      sink.tags.push(token.content);
      return;
    case 'html_inline':
      // `<br>` separates words; other tags (and their attributes) are simply dropped.
      if (/^<br\b/i.test(token.content)) builder.append(' ');
      return;
    default:
      appendPaired(builder, token);
  }
}

function appendPaired(builder: TextBuilder, token: Token): void {
  const paired = pairedKind(token.type);
  if (paired === undefined) return; // images, embeds, math, comments, strikethrough tags: no text
  if (paired.opens) builder.openMark(paired.kind);
  else builder.closeMark(paired.kind);
}

function byStart(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end;
}

/** Plain text and marks of one inline token's children; inline `#tags` are also pushed to `sink`. */
export function toRichText(children: readonly Token[] | null, sink: TagSink): RichText {
  if (children === null || children.length === 0) return EMPTY_RICH_TEXT;
  const builder = new TextBuilder();
  for (const token of children) appendToken(builder, token, sink);
  const { text, marks: authored } = withoutTrailingTags(builder.text(), builder.marks);
  const marks = [...authored, ...quoteMarks(text, authored)].sort(byStart);
  return { text, marks };
}

/**
 * `Ribosomes build proteins #biology`: tags that end a paragraph or bullet label it (they are note tags, in
 * `sink`); they are not part of the sentence, so they leave its text. Tags inside a sentence stay.
 */
function withoutTrailingTags(text: string, marks: readonly Mark[]): RichText {
  let end = text.length;
  let kept = [...marks];
  for (;;) {
    const last = kept.find((mark) => mark.kind === 'tag' && mark.end === end);
    if (!last || last.start === 0) break;
    kept = kept.filter((mark) => mark !== last);
    end = text.slice(0, last.start).trimEnd().length;
  }
  if (end === text.length) return { text, marks };
  return { text: text.slice(0, end), marks: kept.filter((mark) => mark.end <= end) };
}

/** `a` then `b`, separated by one space, with `b`'s marks shifted. */
export function joinRichText(a: RichText, b: RichText): RichText {
  if (a.text === '') return b;
  if (b.text === '') return a;
  const shift = a.text.length + 1;
  const shifted = b.marks.map((mark) => ({ ...mark, start: mark.start + shift, end: mark.end + shift }));
  return { text: `${a.text} ${b.text}`, marks: [...a.marks, ...shifted] };
}
