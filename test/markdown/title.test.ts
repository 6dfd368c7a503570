import { describe, expect, it } from 'vitest';
import { atxHeadingText, noteTitle } from '../../src/markdown/title.js';
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

  it('takes the # heading a note opens with, after any front matter and blank lines', () => {
    expect(noteTitle('---\ntags: [x]\n---\n\n# The Cold War\n- Berlin was divided', 'a/cold.md')).toBe(
      'The Cold War',
    );
    expect(noteTitle('# Osmosis\n## Water potential\ntext', 'bio/osmosis-notes.md')).toBe('Osmosis');
  });

  it('falls back to the file name when the note does not open with a # heading', () => {
    expect(noteTitle('intro\n## Part\n# Real title', 'notes/week-3.md')).toBe('week-3');
    expect(noteTitle('no heading\n## only level two', 'x/Plain.md')).toBe('Plain');
  });

  it('reads several # headings as sections: the file names the note', () => {
    const text = '# Conduction\nHeat moves through solids.\n# Radiation\nInfrared waves.\n';
    expect(noteTitle(text, 'physics/Heat transfer.md')).toBe('Heat transfer');
  });

  it("takes the front matter's title first, plain or quoted, and ignores a block value", () => {
    expect(
      noteTitle('---\ntitle: "Structure of the Heart"\ntags: [bio]\n---\n# Heart\ntext', 'b/heart.md'),
    ).toBe('Structure of the Heart');
    expect(noteTitle('---\ntitle: Plate tectonics\n---\nThe crust moves.', 'geo/plates.md')).toBe(
      'Plate tectonics',
    );
    expect(noteTitle('---\ntitle: |\n  Two lines\n---\n# Opening heading\n', 'x.md')).toBe('Opening heading');
    expect(noteTitle('---\ntitle: ""\n---\ntext', 'notes/empty-title.md')).toBe('empty-title');
  });

  it('does not count a "# comment" inside a code block as a heading', () => {
    const text = '# Loops\n```python\n# count to ten\nfor i in range(10): pass\n```\n';
    expect(noteTitle(text, 'cs/loops.md')).toBe('Loops');
  });

  it('reads `# a` + many spaces + `x` in linear time (a backtracking regex took minutes)', () => {
    const line = (n: number) => `# a${' '.repeat(n)}x`;
    expect(atxHeadingText(line(10_000))).toBe(`a${' '.repeat(10_000)}x`);
    const result = scaling(line, atxHeadingText, 500);
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
  });

  it('finds a title in a note of many spacey lines in linear time', () => {
    const note = (n: number) => `${'#a     \t   b ## \n'.repeat(n)}`;
    const result = scaling(note, (text: string) => noteTitle(text, 'a.md'), 1000);
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
  });
});
