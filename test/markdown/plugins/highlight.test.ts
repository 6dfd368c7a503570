import { describe, expect, it } from 'vitest';
import { firstBlock, markedTexts } from '../helpers.js';

describe('==highlight==', () => {
  it('marks highlighted text, several per line', () => {
    const block = firstBlock('==Kulaks== were ==rich peasants== and =single= stays');
    if (block?.type !== 'paragraph') throw new Error('expected a paragraph');
    expect(block.content.text).toBe('Kulaks were rich peasants and =single= stays');
    expect(markedTexts(block.content)).toEqual(['highlight:Kulaks', 'highlight:rich peasants']);
  });

  it('handles odd runs of = like strikethrough does', () => {
    const block = firstBlock('===x===');
    if (block?.type !== 'paragraph') throw new Error('expected a paragraph');
    expect(block.content.text).toBe('=x=');
    expect(markedTexts(block.content)).toEqual(['highlight:x']);
  });
});
