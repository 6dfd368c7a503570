import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/markdown/index.js';
import { markedTexts } from './helpers.js';

function rich(text: string) {
  const block = parseNote('t.md', text).blocks[0];
  if (block?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${block?.type}`);
  return block.content;
}

describe('inline text and marks', () => {
  it('records bold, italic, highlight and code spans over the plain text', () => {
    const content = rich('**Bold** and __also bold__, *it* _it2_ ==key term== `code span`');
    expect(content.text).toBe('Bold and also bold, it it2 key term code span');
    expect(markedTexts(content)).toEqual([
      'bold:Bold',
      'bold:also bold',
      'italic:it',
      'italic:it2',
      'highlight:key term',
      'code:code span',
    ]);
  });

  it('turns soft line breaks into single spaces and trims', () => {
    expect(rich('  first line\nsecond   line  \nthird').text).toBe('first line second line third');
  });

  it('drops a letter set apart by a tab at the start (a diagram label), but keeps a letter that is a word', () => {
    expect(rich('C\tThe pupil narrows in bright light.').text).toBe('The pupil narrows in bright light.');
    expect(rich('D.\tThe lens thickens.').text).toBe('The lens thickens.');
    expect(rich('A cell divides in two.').text).toBe('A cell divides in two.');
    expect(rich('T cells fight infection.').text).toBe('T cells fight infection.');
  });

  it('writes a ligature pasted from a PDF as its letters, keeping marks on the right words', () => {
    const content = rich('The **ﬁrst** inﬂuence was di\uFB00use');
    expect(content.text).toBe('The first influence was diffuse');
    expect(markedTexts(content)).toEqual(['bold:first']);
  });

  it('decodes entities and unescapes escaped characters', () => {
    expect(rich('Tom &amp; Jerry &lt;3 \\*not italic\\* \\#notatag').text).toBe(
      'Tom & Jerry <3 *not italic* #notatag',
    );
  });

  it('keeps link text with its target and drops images', () => {
    const content = rich('See [the docs](https://example.org/a) ![alt](x.png) now');
    expect(content.text).toBe('See the docs now');
    expect(content.marks).toEqual([{ kind: 'link', start: 4, end: 12, target: 'https://example.org/a' }]);
  });

  it('marks quoted terms on the inner text and leaves the quote characters in place', () => {
    const content = rich(`The "New Economic Policy" and 'war communism' and “Great Terror”`);
    expect(content.text).toBe(`The "New Economic Policy" and 'war communism' and “Great Terror”`);
    expect(markedTexts(content)).toEqual([
      'quote:New Economic Policy',
      'quote:war communism',
      'quote:Great Terror',
    ]);
  });

  it('does not mark apostrophes or quotes longer than six words', () => {
    expect(markedTexts(rich("Lenin's wife and Stalin's letters"))).toEqual([]);
    expect(markedTexts(rich('"one two three four five six seven" end'))).toEqual([]);
  });

  it('nests marks: a bold term inside a highlight', () => {
    expect(markedTexts(rich('==the **Cheka** police==')).sort()).toEqual([
      'bold:Cheka',
      'highlight:the Cheka police',
    ]);
  });

  it('drops empty emphasis and leaves no markup behind for unmatched markers', () => {
    const content = rich('a ** b and == c');
    expect(content.text).toBe('a ** b and == c');
    expect(content.marks).toEqual([]);
  });
});
