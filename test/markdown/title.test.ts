import { describe, expect, it } from 'vitest';
import { atxHeadingText, firstHeadingTitle } from '../../src/markdown/title.js';
import { MAX_RATIO, scaling } from '../helpers/scaling.js';

describe('the title of a note read from its # heading', () => {
  it('takes the text of a # heading line, without closing hashes or surrounding spaces', () => {
    expect(atxHeadingText('# The Cold War')).toBe('The Cold War');
    expect(atxHeadingText('#   Spaced   out  ## ')).toBe('Spaced   out');
    expect(atxHeadingText('#\tTabbed')).toBe('Tabbed');
  });

  it('is undefined for lines that are not a level-1 heading', () => {
    expect(atxHeadingText('## Second level')).toBeUndefined();
    expect(atxHeadingText('#tag at the start')).toBeUndefined();
    expect(atxHeadingText('# ')).toBeUndefined();
    expect(atxHeadingText('plain text')).toBeUndefined();
  });

  it('finds the first # heading of a note anywhere in it', () => {
    expect(firstHeadingTitle('intro\n## Part\n# Real title\n# Later')).toBe('Real title');
    expect(firstHeadingTitle('no heading\n## only level two')).toBeUndefined();
  });

  it('reads `# a` + many spaces + `x` in linear time (a backtracking regex took minutes)', () => {
    const line = (n: number) => `# a${' '.repeat(n)}x`;
    expect(atxHeadingText(line(10_000))).toBe(`a${' '.repeat(10_000)}x`);
    const result = scaling(line, atxHeadingText, 500);
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
  });

  it('finds a title in a note of many spacey lines in linear time', () => {
    const note = (n: number) => `${'#a     \t   b ## \n'.repeat(n)}`;
    const result = scaling(note, firstHeadingTitle, 1000);
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
  });
});
