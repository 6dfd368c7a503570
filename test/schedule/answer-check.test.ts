import { describe, expect, it } from 'vitest';
import { checkAnswer, checkOrder, typoAllowance } from '../../src/schedule/answer-check.js';
import { editDistance, normaliseAnswer } from '../../src/schedule/text.js';

describe('checkAnswer', () => {
  it.each([
    ['Vladimir Lenin', 'vladimir lenin'],
    ['Bolsheviks', 'the Bolsheviks'],
    ['the Bolsheviks', 'Bolsheviks'],
    ['Pétain', 'petain'],
    ['Brest-Litovsk', 'brest litovsk'],
    ['an alliance', 'Alliance!'],
    ['4th January 1923', 'January 4, 1923'],
    ["Lenin's testament", 'lenins testament'],
  ])('accepts %s given as "%s"', (expected, given) => {
    expect(checkAnswer(expected, given)).toEqual({ verdict: 'correct', suggestedRating: 3, typos: 0 });
  });

  it('forgives one typo from five letters and two from ten', () => {
    expect(checkAnswer('Trotsky', 'Trotksy')).toEqual({ verdict: 'correct', suggestedRating: 3, typos: 1 });
    expect(checkAnswer('collectivisation', 'colectivisaton')).toMatchObject({ verdict: 'correct', typos: 2 });
    expect(checkAnswer('Trotsky', 'Trtkzy').verdict).not.toBe('correct');
  });

  it('forgives no typo in short answers', () => {
    expect(checkAnswer('Kiev', 'Kiev').verdict).toBe('correct');
    expect(checkAnswer('NEP', 'NAP').verdict).toBe('wrong');
    expect(typoAllowance(4)).toBe(0);
    expect(typoAllowance(5)).toBe(1);
    expect(typoAllowance(10)).toBe(2);
  });

  it('accepts the parts of an "A and B" answer in another order', () => {
    expect(checkAnswer('Marx and Engels', 'Engels and Marx').verdict).toBe('correct');
    expect(checkAnswer('Marx and Engels', 'engels, marx').verdict).toBe('correct');
    expect(checkAnswer('Kamenev and Zinoviev', 'Zinovyev & Kamenev')).toMatchObject({
      verdict: 'correct',
      typos: 1,
    });
  });

  it('calls half of a two-part answer close and suggests Hard', () => {
    expect(checkAnswer('Marx and Engels', 'Marx')).toEqual({
      verdict: 'close',
      suggestedRating: 2,
      typos: 0,
    });
  });

  it('calls a near miss one edit past the allowance close', () => {
    expect(checkAnswer('Trotsky', 'Trotskii').verdict).toBe('close');
  });

  it('calls the surname alone close', () => {
    expect(checkAnswer('Joseph Stalin', 'Stalin').verdict).toBe('close');
  });

  it('calls a different answer wrong and suggests Again', () => {
    expect(checkAnswer('Stalin', 'Trotsky')).toEqual({ verdict: 'wrong', suggestedRating: 1, typos: 0 });
    expect(checkAnswer('Stalin', '   ')).toMatchObject({ verdict: 'wrong', suggestedRating: 1 });
  });
});

describe('text helpers', () => {
  it('normalises accents, case, punctuation and a leading article', () => {
    expect(normaliseAnswer('  The Treaty of Brest–Litovsk! ')).toBe('treaty of brest litovsk');
    expect(normaliseAnswer('Ÿpres')).toBe('ypres');
  });

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('trotsky', 'trotksy')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('checkOrder', () => {
  const events = ['February Revolution', 'October Revolution', 'Treaty of Brest-Litovsk'];
  const shown = ['Treaty of Brest-Litovsk', 'February Revolution', 'October Revolution'];

  it('reads positions of the events as shown', () => {
    expect(checkOrder(events, '2 3 1', shown)).toEqual({
      verdict: 'correct',
      suggestedRating: 3,
      understood: true,
      givenOrder: events,
      positionsCorrect: 3,
    });
  });

  it('reads letters, with or without separators', () => {
    expect(checkOrder(events, 'B, C, A', shown).verdict).toBe('correct');
    expect(checkOrder(events, 'bca', shown).verdict).toBe('correct');
    expect(checkOrder(events, '231', shown).verdict).toBe('correct');
  });

  it('calls one neighbouring swap close and more wrong', () => {
    expect(checkOrder(events, '2 1 3')).toMatchObject({
      verdict: 'close',
      suggestedRating: 2,
      positionsCorrect: 1,
    });
    expect(checkOrder(events, '3 2 1')).toMatchObject({
      verdict: 'wrong',
      suggestedRating: 1,
      positionsCorrect: 1,
    });
  });

  it('does not grade input that is not a full ordering', () => {
    expect(checkOrder(events, '1 1 2').understood).toBe(false);
    expect(checkOrder(events, '1 2').understood).toBe(false);
    expect(checkOrder(events, '1 2 4').understood).toBe(false);
    expect(checkOrder(events, 'first second third').understood).toBe(false);
  });
});
