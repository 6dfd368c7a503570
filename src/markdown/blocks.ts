/**
 * Builds the block tree from markdown-it's flat token stream. Code, math, HTML, rules and comments
 * are skipped; so is anything inside a list item other than its paragraphs and nested lists.
 */
import type Token from 'markdown-it/lib/token.mjs';
import { type BlockContext, type Cursor, lineRange } from './block-context.js';
import { joinRichText, toRichText } from './inline.js';
import { calloutMeta } from './plugins/callout.js';
import { withoutFootnoteMarkers } from './plugins/footnote.js';
import { taskState } from './plugins/task.js';
import { readTable } from './table.js';
import type { Block, HeadingBlock, ListBlock, ListItem, ParagraphBlock, RichText } from './tree.js';

/** All blocks of a token stream (one note body). */
export function buildBlocks(tokens: readonly Token[], context: BlockContext): Block[] {
  return readBlocks(tokens, { i: 0 }, context, undefined);
}

function readBlocks(
  tokens: readonly Token[],
  cursor: Cursor,
  context: BlockContext,
  close?: string,
): Block[] {
  const blocks: Block[] = [];
  while (cursor.i < tokens.length) {
    if (close !== undefined && tokens[cursor.i]?.type === close) {
      cursor.i++;
      return blocks;
    }
    const block = readBlock(tokens, cursor, context);
    if (block !== undefined) blocks.push(block);
  }
  return blocks;
}

function readBlock(tokens: readonly Token[], cursor: Cursor, context: BlockContext): Block | undefined {
  switch (tokens[cursor.i]?.type) {
    case 'heading_open':
      return readHeading(tokens, cursor, context);
    case 'paragraph_open':
      return readParagraph(tokens, cursor, context);
    case 'bullet_list_open':
    case 'ordered_list_open':
      return readList(tokens, cursor, context);
    case 'blockquote_open':
      return readQuote(tokens, cursor, context);
    case 'table_open':
      return readTable(tokens, cursor, context);
    default:
      skipBlock(tokens, cursor);
      return undefined;
  }
}

/** Moves past one block token (and, for an opening token, everything up to its matching close). */
export function skipBlock(tokens: readonly Token[], cursor: Cursor): void {
  let depth = 0;
  do {
    depth += tokens[cursor.i]?.nesting ?? 0;
    cursor.i++;
  } while (depth > 0 && cursor.i < tokens.length);
}

function readHeading(tokens: readonly Token[], cursor: Cursor, context: BlockContext): HeadingBlock {
  const open = tokens[cursor.i];
  const inline = tokens[cursor.i + 1];
  skipBlock(tokens, cursor);
  const [line, endLine] = lineRange(open, context.lines);
  const level = Number((open?.tag ?? 'h1').slice(1)) || 1;
  return { type: 'heading', level, content: toRichText(inline?.children ?? null, context), line, endLine };
}

function readParagraph(
  tokens: readonly Token[],
  cursor: Cursor,
  context: BlockContext,
): ParagraphBlock | undefined {
  const open = tokens[cursor.i];
  const inline = tokens[cursor.i + 1];
  skipBlock(tokens, cursor);
  const content = toRichText(inline?.children ?? null, context);
  if (content.text === '') return undefined; // only a comment, image, math…
  const [line, endLine] = lineRange(open, context.lines);
  return { type: 'paragraph', content, raw: withoutFootnoteMarkers(inline?.content ?? ''), line, endLine };
}

function readQuote(tokens: readonly Token[], cursor: Cursor, context: BlockContext): Block {
  const open = tokens[cursor.i];
  const [line, endLine] = lineRange(open, context.lines);
  const callout = open === undefined ? undefined : calloutMeta(open);
  cursor.i++;
  if (callout === undefined) {
    return { type: 'quote', blocks: readBlocks(tokens, cursor, context, 'blockquote_close'), line, endLine };
  }
  const titleToken = tokens[cursor.i];
  cursor.i++;
  const title = toRichText(titleToken?.children ?? null, context);
  const blocks = readBlocks(tokens, cursor, context, 'blockquote_close');
  return { type: 'callout', ...callout, title, blocks, line, endLine };
}

function readList(tokens: readonly Token[], cursor: Cursor, context: BlockContext): ListBlock {
  const open = tokens[cursor.i];
  const ordered = open?.type === 'ordered_list_open';
  const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
  const [line, endLine] = lineRange(open, context.lines);
  const items: ListItem[] = [];
  cursor.i++;
  while (cursor.i < tokens.length) {
    const token = tokens[cursor.i];
    if (token?.type === close) {
      cursor.i++;
      break;
    }
    if (token?.type === 'list_item_open') items.push(readItem(tokens, cursor, context, ordered));
    else skipBlock(tokens, cursor);
  }
  return { type: 'list', ordered, items, line, endLine };
}

function readItem(
  tokens: readonly Token[],
  cursor: Cursor,
  context: BlockContext,
  ordered: boolean,
): ListItem {
  const open = tokens[cursor.i] as Token;
  const [line, endLine] = lineRange(open, context.lines);
  cursor.i++;
  const inner = readBlocks(tokens, cursor, context, 'list_item_close');
  let content: RichText = { text: '', marks: [] };
  let raw = '';
  const children: ListItem[] = [];
  for (const [index, block] of inner.entries()) {
    if (block.type === 'paragraph') {
      if (index === 0) raw = block.raw;
      content = joinRichText(content, block.content);
    } else if (block.type === 'list') {
      children.push(...block.items);
    }
  }
  const task = taskState(open);
  const item: ListItem = { content, raw, line, endLine, ordered, children };
  return task === undefined ? item : { ...item, task };
}
