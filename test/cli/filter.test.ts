import { describe, expect, it } from 'vitest';
import { notePathMatcher, parseKind } from '../../src/cli/filter.js';
import { closest, editDistance } from '../../src/cli/suggest.js';
import { UsageError } from '../../src/errors.js';

describe('notePathMatcher', () => {
  it('matches a path that equals or ends with the wanted path at a folder boundary', () => {
    const matches = notePathMatcher('cold-war.md');
    expect(matches('cold-war.md')).toBe(true);
    expect(matches('History/cold-war.md')).toBe(true);
    expect(matches('History/early-cold-war.md')).toBe(false);
  });

  it('accepts a path without .md, with ./ or with backslashes', () => {
    expect(notePathMatcher('History/cold-war')('History/cold-war.md')).toBe(true);
    expect(notePathMatcher('./History/cold-war.md')('History/cold-war.md')).toBe(true);
    expect(notePathMatcher('History\\cold-war.md')('History/cold-war.md')).toBe(true);
  });
});

describe('parseKind', () => {
  it('accepts an item kind in any case', () => {
    expect(parseKind('Cloze')).toBe('cloze');
  });

  it('rejects an unknown kind with a usage error listing the valid kinds', () => {
    expect(() => parseKind('card')).toThrow(UsageError);
    expect(() => parseKind('card')).toThrow(
      'valid kinds: cloze, qa, reverse, choice, date, order, argument, explicit',
    );
  });
});

describe('closest', () => {
  it('suggests a command one typo away, including swapped letters', () => {
    expect(editDistance('crads', 'cards')).toBe(1);
    expect(closest('crads', ['cards', 'timeline'])).toBe('cards');
    expect(closest('timelin', ['cards', 'timeline'])).toBe('timeline');
  });

  it('suggests nothing for a word far from every candidate', () => {
    expect(closest('deploy', ['cards', 'timeline'])).toBeUndefined();
  });
});
