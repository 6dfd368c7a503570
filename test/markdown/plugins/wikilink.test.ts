import { describe, expect, it } from 'vitest';
import { wikilinkParts } from '../../../src/markdown/plugins/wikilink.js';
import { firstBlock } from '../helpers.js';

describe('wikilinks', () => {
  it('shows the page, the alias, or page > heading, with the page as target', () => {
    const block = firstBlock('[[Lenin]] met [[Joseph Stalin|Koba]] in [[Petrograd#1917]] ![[map.png]] done');
    if (block?.type !== 'paragraph') throw new Error('expected a paragraph');
    expect(block.content.text).toBe('Lenin met Koba in Petrograd > 1917 done');
    expect(block.content.marks).toEqual([
      { kind: 'wikilink', start: 0, end: 5, target: 'Lenin' },
      { kind: 'wikilink', start: 10, end: 14, target: 'Joseph Stalin' },
      { kind: 'wikilink', start: 18, end: 34, target: 'Petrograd' },
    ]);
  });

  it('splits block references and same-note headings', () => {
    expect(wikilinkParts('Page#^abc123')).toEqual({ target: 'Page', display: 'Page' });
    expect(wikilinkParts('#Causes')).toEqual({ target: '', display: 'Causes' });
  });

  it('leaves unclosed or multi-line brackets as text', () => {
    const block = firstBlock('[[not closed and [[a\nb]] text');
    expect(block?.type === 'paragraph' && block.content.text).toBe('[[not closed and [[a b]] text');
  });
});
