import { describe, expect, it } from 'vitest';
import { firstBlock } from '../helpers.js';

describe('callouts', () => {
  it('keeps body lines that follow the title line as a paragraph one line down', () => {
    const block = firstBlock('> [!warning]- Common *mistake*\n> Confusing Lenin with Stalin');
    if (block?.type !== 'callout') throw new Error('expected a callout');
    expect(block).toMatchObject({ calloutType: 'warning', foldable: true, line: 1, endLine: 2 });
    expect(block.title).toEqual({ text: 'Common mistake', marks: [{ kind: 'italic', start: 7, end: 14 }] });
    expect(block.blocks).toEqual([
      {
        type: 'paragraph',
        content: { text: 'Confusing Lenin with Stalin', marks: [] },
        raw: 'Confusing Lenin with Stalin',
        line: 2,
        endLine: 2,
      },
    ]);
  });

  it('treats [!type] outside the first line as ordinary text', () => {
    expect(firstBlock('> text\n> [!note] later')).toMatchObject({ type: 'quote' });
  });
});
