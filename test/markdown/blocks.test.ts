import { describe, expect, it } from 'vitest';
import type { ListBlock, ListItem } from '../../src/markdown/index.js';
import { parseNote } from '../../src/markdown/index.js';
import { blocksOf, firstBlock, parseFixture } from './helpers.js';

function outline(items: readonly ListItem[]): unknown[] {
  return items.map((item) =>
    item.children.length === 0 ? item.content.text : [item.content.text, outline(item.children)],
  );
}

function list(text: string): ListBlock {
  const block = firstBlock(text);
  if (block?.type !== 'list') throw new Error(`expected a list, got ${block?.type}`);
  return block;
}

describe('lists', () => {
  it('nests a tab-indented child under a dash bullet', () => {
    expect(outline(list('- a\n\t- b\n\t\t- c\n- d').items)).toEqual([['a', [['b', ['c']]]], 'd']);
  });

  it('nests two-space and four-space children', () => {
    expect(outline(list('- a\n  - b\n    - c').items)).toEqual([['a', [['b', ['c']]]]]);
    expect(outline(list('* a\n    * b\n        * c').items)).toEqual([['a', [['b', ['c']]]]]);
  });

  it('reads plus markers and numbered lists, with their own line numbers', () => {
    const note = parseFixture('space-lists.md');
    const [bullets, plus, tasks] = blocksOf(note, 'list');
    expect(outline(bullets?.items ?? [])).toEqual([['Organelles', [['Nucleus', ['holds DNA']], 'Ribosome']]]);
    expect(plus?.items[0]?.children.map((c) => [c.content.text, c.line])).toEqual([
      ['phospholipid bilayer', 8],
      ['proteins', 9],
    ]);
    expect(tasks?.items.map((item) => [item.content.text, item.task])).toEqual([
      ['revise mitosis', 'open'],
      ['learn meiosis', 'done'],
    ]);
    const numbered = list('1. first\n2. second\n   1. inner');
    expect(numbered.ordered).toBe(true);
    expect(numbered.items[1]?.children[0]).toMatchObject({ ordered: true, line: 3 });
  });

  it('keeps the item source without marker or indentation in raw, over several lines', () => {
    const item = list('- What is osmosis?\n  ?\n  Movement of water\n\t- Q::A').items[0];
    expect(item?.raw).toBe('What is osmosis?\n?\nMovement of water');
    expect(item?.children[0]?.raw).toBe('Q::A');
  });

  it('appends a later paragraph of a loose item to its content', () => {
    const item = list('- first part\n\n  second part\n- next').items[0];
    expect(item?.content.text).toBe('first part second part');
    expect(item?.raw).toBe('first part');
    expect([item?.line, item?.endLine]).toEqual([1, 3]);
  });
});

describe('callouts and quotes', () => {
  it('reads a callout without a space after > and with a foldable marker', () => {
    const block = firstBlock(
      '>[!Question]+ Why did the NEP end?\n>Grain shortages\n>\n>Stalin wanted industry',
    );
    expect(block).toMatchObject({
      type: 'callout',
      calloutType: 'question',
      foldable: true,
      line: 1,
      endLine: 4,
    });
    if (block?.type !== 'callout') return;
    expect(block.title.text).toBe('Why did the NEP end?');
    expect(block.blocks.map((b) => (b.type === 'paragraph' ? [b.content.text, b.line] : b.type))).toEqual([
      ['Grain shortages', 2],
      ['Stalin wanted industry', 4],
    ]);
  });

  it('reads a callout with no title and a nested list and callout', () => {
    const block = firstBlock('> [!note]\n> - point\n>   - detail\n> > [!tip] Inner\n> > body');
    if (block?.type !== 'callout') throw new Error('expected a callout');
    expect(block.title.text).toBe('');
    expect(block.foldable).toBe(false);
    expect(block.blocks.map((b) => b.type)).toEqual(['list', 'callout']);
    expect(block.blocks[1]).toMatchObject({ calloutType: 'tip', line: 4, endLine: 5 });
  });

  it('keeps a plain blockquote as a quote block', () => {
    expect(firstBlock('> Just a quote\n> over two lines')).toMatchObject({
      type: 'quote',
      blocks: [{ type: 'paragraph', content: { text: 'Just a quote over two lines' }, line: 1, endLine: 2 }],
    });
  });
});

describe('tables and headings', () => {
  it('reads a table as a header and rows of cells', () => {
    const block = firstBlock(
      '| Year | Event |\n| --- | --- |\n| 1917 | **Revolution** |\n| 1924 | Lenin dies |',
    );
    if (block?.type !== 'table') throw new Error('expected a table');
    expect(block.header.map((cell) => cell.text)).toEqual(['Year', 'Event']);
    expect(block.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['1917', 'Revolution'],
      ['1924', 'Lenin dies'],
    ]);
    expect([block.line, block.endLine]).toEqual([1, 4]);
  });

  it('reads heading levels and setext headings', () => {
    const note = parseNote('h.md', '### Deep\n\nUnder\n=====');
    expect(
      note.blocks.map((b) => (b.type === 'heading' ? [b.level, b.content.text, b.line, b.endLine] : b)),
    ).toEqual([
      [3, 'Deep', 1, 1],
      [1, 'Under', 3, 4],
    ]);
  });
});

describe('skipped content', () => {
  it('drops code, math, HTML tags, comments, images and rules but keeps the text around them', () => {
    const note = parseFixture('skipped.md');
    expect(note.blocks.map((b) => (b.type === 'paragraph' ? [b.content.text, b.line] : b.type))).toEqual([
      ['Intro with inline and a price of $5.', 1],
      ['Visible text inside html end.', 22],
    ]);
  });
});
