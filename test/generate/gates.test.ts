import { describe, expect, it } from 'vitest';
import { choiceDistractors } from '../../src/generate/gates/choice-distractors.js';
import { cleanText } from '../../src/generate/gates/clean-text.js';
import { firstFailure, GATES, nearDuplicates } from '../../src/generate/gates/index.js';
import { listLimit } from '../../src/generate/gates/list-limit.js';
import { noLeak } from '../../src/generate/gates/no-leak.js';
import { noYesNo } from '../../src/generate/gates/no-yes-no.js';
import { oneAnswer } from '../../src/generate/gates/one-answer.js';
import { shortAnswer } from '../../src/generate/gates/short-answer.js';
import { standsAlone } from '../../src/generate/gates/stands-alone.js';
import { candidate } from './helpers.js';

describe('gate 1: one fact, one answer', () => {
  it('accepts a cloze with exactly one blank', () => {
    expect(
      oneAnswer.check(
        candidate({ kind: 'cloze', prompt: 'Mitosis makes two ___ cells.', answer: 'daughter' }),
      ),
    ).toBeUndefined();
  });
  it('rejects a cloze with two blanks', () => {
    expect(
      oneAnswer.check(candidate({ kind: 'cloze', prompt: '___ makes two ___ cells.', answer: 'x' })),
    ).toMatch(/exactly one blank/);
  });
  it('rejects an empty answer', () => {
    expect(oneAnswer.check(candidate({ kind: 'qa', prompt: 'Who founded Rome?', answer: ' ' }))).toBe(
      'empty answer',
    );
  });
  it('rejects a blank inside a question', () => {
    expect(oneAnswer.check(candidate({ kind: 'qa', prompt: 'Who wrote ___?', answer: 'Virgil' }))).toBe(
      'blank in a question',
    );
  });
});

describe('gate 2: short answers', () => {
  it('rejects a qa answer of nine words', () => {
    const c = candidate({
      kind: 'qa',
      prompt: 'What did the treaty say?',
      answer: 'one two three four five six seven eight nine',
    });
    expect(shortAnswer.check(c)).toMatch(/9 words/);
  });
  it('accepts eight words', () => {
    const c = candidate({
      kind: 'cloze',
      prompt: 'x ___',
      answer: 'one two three four five six seven eight',
    });
    expect(shortAnswer.check(c)).toBeUndefined();
  });
  it('lets definitions run longer but not without limit', () => {
    const ten = 'a b c d e f g h i j'.replace(/ /g, ' w');
    expect(
      shortAnswer.check(
        candidate({ kind: 'qa', prompt: 'What is a cell?', answer: ten, shape: 'definition' }),
      ),
    ).toBeUndefined();
    const thirty = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    expect(
      shortAnswer.check(
        candidate({ kind: 'qa', prompt: 'What is a cell?', answer: thirty, shape: 'definition' }),
      ),
    ).toMatch(/30 words/);
  });
  it('does not limit arguments', () => {
    const long = Array.from({ length: 80 }, () => 'word').join(' ');
    expect(
      shortAnswer.check(
        candidate({ kind: 'argument', prompt: 'Argue for X.', answer: long, shape: 'argument' }),
      ),
    ).toBeUndefined();
  });
});

describe('gate 3: the answer is not in the prompt', () => {
  it('rejects a prompt that shows its answer, whatever the case and punctuation', () => {
    const c = candidate({ kind: 'qa', prompt: 'Who led the Red Army, Trotsky?', answer: 'trotsky' });
    expect(noLeak.check(c)).toBe('the answer is visible in the prompt');
  });
  it('matches whole words only', () => {
    const c = candidate({ kind: 'qa', prompt: 'Who ruled Romania?', answer: 'Roman' });
    expect(noLeak.check(c)).toBeUndefined();
  });
  it('rejects an answer whose every word the prompt shows, in any order', () => {
    const reverse = candidate({
      kind: 'reverse',
      prompt: 'Which term means: a decision that ignored a consideration the law made relevant?',
      answer: 'Relevant consideration',
    });
    expect(noLeak.check(reverse)).toBe('every word of the answer is in the prompt');
    const plural = candidate({
      kind: 'qa',
      prompt: 'What are the councils of a county in Kent?',
      answer: 'County council',
    });
    expect(noLeak.check(plural)).toBe('every word of the answer is in the prompt');
    // One word the prompt does not show is enough to ask for; figures are left to the date rules.
    const fair = candidate({
      kind: 'qa',
      prompt: 'Which council governs a county?',
      answer: 'County council of Kent',
    });
    expect(noLeak.check(fair)).toBeUndefined();
    const group = candidate({ kind: 'qa', prompt: 'What is the valency of Group 2?', answer: '2' });
    expect(noLeak.check(group)).toBeUndefined();
  });
  it('leaves a cloze and an either/or question alone', () => {
    const cloze = candidate({
      kind: 'cloze',
      prompt: 'The treaty split Korea into North and South; ___ later invaded the South.',
      answer: 'North Korea',
    });
    expect(noLeak.check(cloze)).toBeUndefined();
    const choice = candidate({
      kind: 'explicit',
      prompt: 'Which side of the brain mostly controls speech, left or right?',
      answer: 'the left side',
    });
    expect(noLeak.check(choice)).toBeUndefined();
  });
});

describe('gate 4: the prompt stands alone', () => {
  it('rejects a prompt that starts with a pronoun', () => {
    expect(
      standsAlone.check(
        candidate({ kind: 'cloze', prompt: 'He founded the ___ in 1919.', answer: 'Comintern' }),
      ),
    ).toMatch(/pronoun/);
    const check = (prompt: string) =>
      standsAlone.check(candidate({ kind: 'cloze', prompt, answer: 'the Senate' }));
    expect(check('Arguably, it gave ___ the last word on money bills.')).toMatch(/pronoun/);
    expect(check('That is how ___ kept control of the budget.')).toMatch(/pronoun/);
    expect(check('That year ___ refused the budget.')).toBeUndefined();
  });
  it('rejects a pronoun as the answer', () => {
    expect(
      standsAlone.check(
        candidate({ kind: 'cloze', prompt: '___ founded the Comintern in Moscow.', answer: 'He' }),
      ),
    ).toBe('the answer is a pronoun');
  });
  it('rejects a connective as the answer', () => {
    expect(
      standsAlone.check(
        candidate({
          kind: 'cloze',
          prompt: '___, the treaty failed to keep the peace.',
          answer: 'Essentially',
        }),
      ),
    ).toBe('the answer is a connective');
  });
  it('rejects a question with too little content to pin down an answer', () => {
    expect(
      standsAlone.check(candidate({ kind: 'qa', prompt: 'Who withdrew his support?', answer: 'Lenin' })),
    ).toMatch(/content words/);
  });
  it('accepts a short question that names someone', () => {
    expect(
      standsAlone.check(candidate({ kind: 'qa', prompt: 'Who was governor of Gaul?', answer: 'Caesar' })),
    ).toBeUndefined();
  });
  it('rejects a cloze that is a fragment after its blank', () => {
    expect(
      standsAlone.check(
        candidate({ kind: 'cloze', prompt: '___ but lived during Roman times.', answer: 'Greek' }),
      ),
    ).toMatch(/fragment/);
  });
});

describe('gate 5: no yes/no questions', () => {
  it('rejects "Was …?"', () => {
    expect(
      noYesNo.check(candidate({ kind: 'qa', prompt: 'Was Stalin general secretary?', answer: 'yes' })),
    ).toBe('a yes/no question');
  });
  it('rejects vague questions', () => {
    expect(noYesNo.check(candidate({ kind: 'qa', prompt: 'What is true about mitosis?', answer: 'x' }))).toBe(
      'a vague question',
    );
  });
});

describe('gate 6: lists of at most five', () => {
  it('rejects a qa whose answer lists six elements', () => {
    const c = candidate({ kind: 'qa', prompt: 'Name the stages', answer: 'a; b; c; d; e; f', shape: 'list' });
    expect(listLimit.check(c)).toBe('a list of 6 elements');
  });
  it('leaves the per-element clozes of a long list alone', () => {
    const c = candidate({ kind: 'cloze', prompt: 'Stages: a; ___; c; d; e; f', answer: 'b', shape: 'list' });
    expect(listLimit.check(c)).toBeUndefined();
  });
});

describe('gate 7: no near-duplicates', () => {
  it('keeps the first of two items asking the same question', () => {
    const a = candidate({ kind: 'qa', prompt: 'Who founded the Cheka?', answer: 'Lenin' });
    const b = candidate({ kind: 'qa', prompt: 'Who founded the Cheka ?', answer: 'Dzerzhinsky' });
    const verdict = nearDuplicates([a, b]);
    expect(verdict.kept).toEqual([a]);
    expect(verdict.dropped.map((d) => d.candidate)).toEqual([b]);
  });
});

describe('gate 8: clean text', () => {
  it('rejects leftover bold markers', () => {
    expect(
      cleanText.check(candidate({ kind: 'cloze', prompt: 'The **Cheka** was a ___.', answer: 'police' })),
    ).toMatch(/markup/);
  });
  it('rejects unbalanced brackets', () => {
    expect(
      cleanText.check(candidate({ kind: 'qa', prompt: 'Who led (the Whites?', answer: 'Denikin' })),
    ).toMatch(/unbalanced/);
  });
});

describe('gate 9: choices', () => {
  it('needs three distractors besides the answer', () => {
    const c = candidate({ kind: 'choice', prompt: 'Who?', answer: 'A', choices: ['A', 'B', 'C'] });
    expect(choiceDistractors.check(c)).toBe('only 2 distractors');
  });
  it('rejects repeated options', () => {
    const c = candidate({ kind: 'choice', prompt: 'Who?', answer: 'A', choices: ['A', 'B', 'b', 'C'] });
    expect(choiceDistractors.check(c)).toBe('repeated options');
  });
  it('accepts four distinct options with the answer among them', () => {
    const c = candidate({ kind: 'choice', prompt: 'Who?', answer: 'A', choices: ['B', 'A', 'C', 'D'] });
    expect(choiceDistractors.check(c)).toBeUndefined();
  });
});

describe('the gate registry', () => {
  it('applies the gates in order and names the first that fails', () => {
    const c = candidate({ kind: 'cloze', prompt: 'He made two ___ and ___.', answer: 'x' });
    expect(firstFailure(c)?.gate).toBe('one-answer');
    expect(GATES.map((g) => g.name)).toEqual([
      'one-answer',
      'short-answer',
      'no-leak',
      'stands-alone',
      'no-yes-no',
      'list-limit',
      'clean-text',
      'choice-distractors',
      'structure',
      'specific-answer',
      'whole-text',
    ]);
  });
});
