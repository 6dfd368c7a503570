import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../../src/store/types.js';
import { matchItems } from '../../src/study/reconcile-match.js';
import { textSimilarity } from '../../src/study/similarity.js';
import { makeItem } from '../store/fixtures.js';

/** A stored version of a hand-built item (only what matching reads matters). */
function stored(spec: Parameters<typeof makeItem>[0]): StoredItem {
  return {
    ...makeItem(spec),
    state: 'active',
    leech: false,
    factKey: '',
    createdAt: new Date(0),
    updatedAt: new Date(0),
    retiredAt: null,
    suspendedAt: null,
  };
}

describe('text similarity', () => {
  it('forgives a typo in a short fact', () => {
    expect(textSimilarity('Stalin died in 1953', 'Stallin died in 1953')).toBeGreaterThan(0.8);
  });

  it('forgives words put in another order', () => {
    expect(textSimilarity('signed at Versailles in 1919', 'in 1919, signed at Versailles')).toBe(1);
  });

  it('ignores case, accents and punctuation', () => {
    expect(textSimilarity('Pétain led Vichy France.', 'petain led vichy france')).toBe(1);
  });

  it('keeps two different facts of the same shape apart', () => {
    expect(textSimilarity('Lenin died in 1924', 'Stalin died in 1953')).toBeLessThan(0.6);
  });
});

describe('matching new items to vanished ones', () => {
  const typoFixed = makeItem({ fact: 'Stalin died in 1953', path: 'ussr.md' });

  it('matches an edited fact to its previous version', () => {
    const old = stored({ fact: 'Stallin died in 1953', path: 'ussr.md' });
    expect(matchItems([typoFixed], [old], new Map()).get(typoFixed.id)?.id).toBe(old.id);
  });

  it('never matches items of different kinds', () => {
    const old = stored({ fact: 'Stallin died in 1953', kind: 'date', answer: '1953', path: 'ussr.md' });
    expect(matchItems([typoFixed], [old], new Map()).size).toBe(0);
  });

  it('prefers a candidate in the same note over a more similar one elsewhere', () => {
    const sameNote = stored({ fact: 'Stallin died in March 1953', path: 'ussr.md' });
    const elsewhere = stored({ fact: 'Stalin died in 1953.', path: 'other.md' });
    expect(matchItems([typoFixed], [elsewhere, sameNote], new Map()).get(typoFixed.id)?.id).toBe(sameNote.id);
  });

  it('pairs siblings of one fact by their answers, one to one', () => {
    const fact = 'The Treaty of Versailles was signed in 1919';
    const edited = 'The Treaty of Versailles was signed in June 1919';
    const oldYear = stored({ fact, answer: '1919' });
    const oldPlace = stored({ fact, answer: 'Versailles' });
    const newPlace = makeItem({ fact: edited, answer: 'Versailles' });
    const newYear = makeItem({ fact: edited, answer: '1919' });
    const matches = matchItems([newPlace, newYear], [oldYear, oldPlace], new Map());
    expect(matches.get(newPlace.id)?.id).toBe(oldPlace.id);
    expect(matches.get(newYear.id)?.id).toBe(oldYear.id);
  });

  it('follows a former id before any similarity', () => {
    const reverted = makeItem({ fact: 'Stalin died in 1953', path: 'ussr.md' });
    const unlike = stored({ fact: 'A completely different sentence now', path: 'ussr.md' });
    const lookalike = stored({ fact: 'Stalin died in 1953!', path: 'ussr.md', answer: 'x' });
    const matches = matchItems([reverted], [lookalike, unlike], new Map([[reverted.id, unlike.id]]));
    expect(matches.get(reverted.id)?.id).toBe(unlike.id);
  });
});
