/** Knowledge extraction is linear in the size of the note: the same construct at n and 4n takes ≤ ~5× the time. */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/generate/confidence.js';
import { definitions } from '../../src/generate/generators/definition.js';
import { extractKnowledge } from '../../src/knowledge/index.js';
import { hasAgreementSlip } from '../../src/knowledge/pos.js';
import { parseNote } from '../../src/markdown/index.js';
import { candidate } from '../generate/helpers.js';
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

describe('terms asked by their kind stay linear in the number of terms under one label', () => {
  it('for a list of definitions under "Types of …", each kind question and the shared-meaning check', () => {
    const scope = { path: 'n.md', tags: [], english: true, past: false, people: new Set<string>() };
    // Each run gets sentences of its own (a new quarry number): the tagger's cache holds 4,096 sentences, so a run
    // of the same small note again would be answered from it while the large one cannot be, and the ratio would
    // measure the cache, not the work.
    let salt = 0;
    const note = (n: number) => {
      salt += 1;
      return parsed(
        `## Types of Stone\n${Array.from({ length: n }, (_, i) => `- Stone ${i}: a grey rock found in quarry ${salt}-${i}\n`).join('')}`,
      );
    };
    const run = (n: number) => definitions(extractKnowledge(note(n)), scope);
    // The tagger's model and the word list load on first use: not part of either measured run.
    run(20);
    const result = scaling((n) => n, run, 400, 1600);
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
  });
});

describe('the confidence of one candidate grows linearly with its prompt', () => {
  // Long runs of underscores or of "is …s" words once made the blank and grammar rules quadratic. (A clozed list
  // item is not tagged: wink-nlp's own tokeniser is superlinear on one long word, and statements are cut at 1,000
  // characters before they reach it.)
  const list = (prompt: string) =>
    assess(candidate({ kind: 'cloze', prompt, answer: 'x', generator: 'question-list' }), undefined);
  const cloze = (prompt: string) =>
    assess(candidate({ kind: 'cloze', prompt, answer: 'x', generator: 'cloze' }), undefined);
  it('for a run of underscores before a dash or an equals sign', () => {
    const result = scaling((n) => `A ${'_'.repeat(n)} - Bx =${'_'.repeat(n)}`, list, 4000, 64_000);
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
  });

  it('for many "is …s" pairs', () => {
    const result = scaling((n) => 'it is claims '.repeat(n), cloze, 500, 16_000);
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
  });
});

describe('the subject-verb check grows linearly with the sentence', () => {
  it('for one long line of plural nouns (each noun once walked back over all the nouns before it)', () => {
    const result = scaling((n) => 'cats dogs '.repeat(n), hasAgreementSlip, 500, 8000);
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
  });
});
