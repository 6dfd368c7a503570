import { describe, expect, it } from 'vitest';
import { checkArgument } from '../../src/schedule/argument-check.js';
import { contentWords, stemLite } from '../../src/schedule/text.js';

const checklist = ['General Secretary', 'January 4th, 1923', 'appointing supporters'];

describe('checkArgument', () => {
  it('ticks the points an answer covers, in other words forms', () => {
    const answer =
      'As general secretary from 1922 he appointed his supporters to key posts, so Lenin could not remove him.';
    const result = checkArgument(checklist, answer);
    expect(result.covered).toEqual(['General Secretary', 'appointing supporters']);
    expect(result.missed).toEqual(['January 4th, 1923']);
  });

  it('needs the exact year for a dated point', () => {
    expect(checkArgument(['January 4th, 1923'], 'On 4 January 1922 Lenin wrote a note').covered).toEqual([]);
    expect(checkArgument(['January 4th, 1923'], 'On 4 January 1923 Lenin wrote a note').covered).toEqual([
      'January 4th, 1923',
    ]);
  });

  it('covers a point at 60% of its content words, not below', () => {
    const point = 'grain requisitioning angered peasants villages';
    expect(checkArgument([point], 'requisitioning of grain angered the peasants').points[0]).toMatchObject({
      covered: true,
      missing: ['village'],
    });
    expect(checkArgument([point], 'the peasants were angry about grain').points[0]?.covered).toBe(false);
  });

  it('forgives one typo in a long word', () => {
    expect(checkArgument(['General Secretary'], 'he was general secretery').covered).toHaveLength(1);
  });

  it('covers nothing for an empty answer', () => {
    expect(checkArgument(checklist, '').covered).toEqual([]);
  });
});

describe('stemming-lite', () => {
  it('meets plural, -ing and -ed forms at one stem', () => {
    expect(['appointing', 'appointed', 'appoints'].map(stemLite)).toEqual(['appoint', 'appoint', 'appoint']);
    expect(stemLite('policies')).toBe('policy');
    expect(stemLite('class')).toBe('class');
  });

  it('drops stopwords', () => {
    expect(contentWords('The end of the NEP in 1928')).toEqual(['end', 'nep', '1928']);
  });
});
