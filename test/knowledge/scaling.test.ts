/** Knowledge extraction is linear in the size of the note: the same construct at n and 4n takes ≤ ~5× the time. */
import { describe, expect, it } from 'vitest';
import { extractKnowledge } from '../../src/knowledge/index.js';
import { parseNote } from '../../src/markdown/index.js';
import { MAX_RATIO, scaling } from '../helpers/scaling.js';

const parsed = (text: string) => parseNote('n.md', text);
const extract = (note: ReturnType<typeof parsed>) => extractKnowledge(note);

describe('knowledge extraction time grows linearly with the note', () => {
  it('for a note of nothing but headings (each heading copied the rest of the note)', () => {
    const result = scaling((n) => parsed('# a\n'.repeat(n)), extract, 48_000, 48_000);
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
  });

  it('for a note of question headings, each with its answer', () => {
    const result = scaling(
      (n) => parsed('## Why did it fall?\n- It ran out of money\n'.repeat(n)),
      extract,
      1000,
      8000,
    );
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
  });
});
