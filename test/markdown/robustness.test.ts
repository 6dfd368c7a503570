import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, ListItem } from '../../src/markdown/index.js';
import { parseNote } from '../../src/markdown/index.js';
import { parseNoteUnguarded } from '../../src/markdown/parse-note.js';

function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
}

function* itemRanges(items: readonly ListItem[]): Generator<[number, number]> {
  for (const item of items) {
    yield [item.line, item.endLine];
    yield* itemRanges(item.children);
  }
}

function* ranges(blocks: readonly Block[]): Generator<[number, number]> {
  for (const block of blocks) {
    yield [block.line, block.endLine];
    if (block.type === 'callout' || block.type === 'quote') yield* ranges(block.blocks);
    if (block.type === 'list') yield* itemRanges(block.items);
  }
}

function linesWithin(text: string): boolean {
  const max = lineCount(text);
  const note = parseNoteUnguarded('p.md', text);
  return [...ranges(note.blocks)].every(([line, end]) => line >= 1 && line <= end && end <= max);
}

const fragments = [
  '*',
  '**',
  '>',
  '>[!note] t',
  '[[',
  ']]',
  '|',
  '==',
  '%%',
  '$',
  '$$',
  '\t',
  '- ',
  '1. ',
  '\n',
  '---',
  '#',
  'a',
  ' ',
  '`',
  '```',
  '[ ] ',
  '"',
  "'",
  '&amp;',
  '<b>',
  '\\',
  '::',
  '|---|',
  '\r\n',
  '![[',
];

describe('parseNote on arbitrary input', () => {
  it('never throws and keeps every block line inside the file, for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), linesWithin), { numRuns: 400 });
  });

  it('never throws and keeps every block line inside the file, for markdown-ish fragments', () => {
    const note = fc.array(fc.constantFrom(...fragments), { maxLength: 120 }).map((parts) => parts.join(''));
    fc.assert(fc.property(note, linesWithin), { numRuns: 600 });
  });

  it('returns quickly on pathological input', () => {
    const inputs = [
      '*'.repeat(100_000),
      '**a'.repeat(30_000),
      '>'.repeat(10_000),
      Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i % 400)}- x`).join('\n'),
      '[['.repeat(50_000),
      '[[a\n'.repeat(20_000),
      '%%a'.repeat(50_000),
      '$a '.repeat(50_000),
      '==a'.repeat(50_000),
      '>[!note]\n'.repeat(20_000),
      '- > [!x] **a ==b [[c %% $d\n\t'.repeat(5_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      expect(parseNote('big.md', text).path).toBe('big.md');
      // Generous bound for a loaded CI machine; quadratic behaviour would take minutes here.
      expect(performance.now() - started).toBeLessThan(8_000);
    }
  });
});
