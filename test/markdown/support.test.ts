import { describe, expect, it } from 'vitest';
import { quoteMarks } from '../../src/markdown/quotes.js';
import { nextIndexOf } from '../../src/markdown/scan-cache.js';
import { TextBuilder } from '../../src/markdown/text-builder.js';

describe('TextBuilder', () => {
  it('collapses whitespace and takes mark offsets on the collapsed text', () => {
    const builder = new TextBuilder();
    builder.append('  Stalin   was ');
    builder.openMark('bold');
    builder.append(' General  Secretary ');
    builder.closeMark('bold');
    builder.append('\n in 1922 ');
    expect(builder.text()).toBe('Stalin was General Secretary in 1922');
    expect(builder.marks).toEqual([{ kind: 'bold', start: 11, end: 28 }]);
  });
});

describe('nextIndexOf', () => {
  it('answers the same as indexOf for growing positions', () => {
    const src = 'a]]b]]c';
    const owner = {};
    expect([0, 1, 2, 3, 4, 5].map((from) => nextIndexOf(owner, src, ']]', from))).toEqual(
      [0, 1, 2, 3, 4, 5].map((from) => src.indexOf(']]', from)),
    );
  });
});

describe('quoteMarks', () => {
  it('skips quotes inside code marks', () => {
    expect(quoteMarks('say "hi" now', [{ kind: 'code', start: 4, end: 8 }])).toEqual([]);
    expect(quoteMarks('say "hi" now', [])).toEqual([{ kind: 'quote', start: 5, end: 7 }]);
  });
});
