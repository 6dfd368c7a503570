import { describe, expect, it } from 'vitest';
import { tidyPrompt, unquoted } from '../../src/generate/generators/make.js';
import { asQuestion, inverted } from '../../src/generate/phrasing.js';
import { parseClause } from '../../src/knowledge/clause.js';
import { itemsOf } from './helpers.js';

function invert(sentence: string): string | undefined {
  const clause = parseClause(sentence);
  if (!clause) throw new Error(`no clause in: ${sentence}`);
  return inverted(clause, clause.rest);
}

describe('inverted', () => {
  it('drops the capital that only began the sentence from a common subject', () => {
    expect(invert('Early farmers settled the valley')).toBe('did early farmers settle the valley');
  });

  it('asks with the verb that agrees with the head of the subject', () => {
    expect(invert('The aim of the new tariffs was to protect farmers')).toBe(
      'was the aim of the new tariffs to protect farmers',
    );
    expect(invert('Farmers barely above subsistence is very exposed to drought')).toBe(
      'are farmers barely above subsistence very exposed to drought',
    );
  });

  it('asks nothing about a subject that is an infinitive ("to be set up")', () => {
    const clause = parseClause('Mandatory for each county to be set up a court');
    expect(clause === undefined || inverted(clause, clause.rest) === undefined).toBe(true);
  });

  it('keeps the capitals of a name and of a one-word subject', () => {
    expect(invert('Julius Caesar crossed the river')).toBe('did Julius Caesar cross the river');
    expect(invert('Hannibal crossed the Alps')).toBe('did Hannibal cross the Alps');
  });
});

describe('why-questions', () => {
  it('ends the reason where a new clause about it begins, and asks nothing of a statement of purpose', () => {
    const items = itemsOf(
      [
        '# Eye',
        '',
        '- The lens of the eye becomes cloudy and stiff because of old age, this causes a loss of sight.',
        '- The purpose of warnings to the jury is to prevent unfair verdicts as a result of weak evidence.',
        '',
      ].join('\n'),
    );
    expect(
      items.find((i) => i.prompt === 'Why does the lens of the eye become cloudy and stiff?')?.answer,
    ).toBe('old age');
    expect(items.some((i) => /^Why (?:is|are) the purpose/.test(i.prompt))).toBe(false);
  });
});

describe('the punctuation a generated item copies from the note', () => {
  it('closes a quotation around the blank with one full stop', () => {
    expect(tidyPrompt("The seller said the goods would be '___.'.")).toBe(
      "The seller said the goods would be '___'.",
    );
    expect(tidyPrompt('Warrants must not be used for “___.”.')).toBe('Warrants must not be used for “___”.');
    expect(tidyPrompt('The court asked what a ‘___’ is.')).toBe('The court asked what a ‘___’ is.');
  });

  it('asks about a quoted term without its quotation marks', () => {
    expect(tidyPrompt('What is "laissez-faire"?')).toBe('What is laissez-faire?');
    expect(tidyPrompt('What is the "invisible hand" of the market?')).toBe(
      'What is the "invisible hand" of the market?',
    );
  });

  it('takes the quotation marks off an answer that is only a quotation', () => {
    expect(unquoted('"deadweight loss"')).toBe('deadweight loss');
    expect(unquoted('“base year”')).toBe('base year');
    expect(unquoted('the "base" year')).toBe('the "base" year');
    expect(unquoted('"a" and "b"')).toBe('"a" and "b"');
  });

  it('leaves explicit cards as the author wrote them', () => {
    const items = itemsOf('"Carpe diem" means?\n?\n"Seize the day"\n');
    expect(items.map((i) => [i.kind, i.answer])).toEqual([['explicit', '"Seize the day"']]);
  });
});

describe('asQuestion', () => {
  it('ends with one question mark in place of the full stop', () => {
    expect(asQuestion('who built the wall.')).toBe('Who built the wall?');
    expect(asQuestion('Who built the wall?? ')).toBe('Who built the wall?');
  });

  it('keeps the full stop of an abbreviation ("B.C.", "etc.")', () => {
    expect(asQuestion('Who ruled Sparta from 490 B.C. to 480 B.C.')).toBe(
      'Who ruled Sparta from 490 B.C. to 480 B.C.?',
    );
    expect(asQuestion('Which term means: goods such as grain, wool, etc.')).toBe(
      'Which term means: goods such as grain, wool, etc.?',
    );
    expect(asQuestion('Who founded Acme Ltd.')).toBe('Who founded Acme Ltd?');
  });
});
