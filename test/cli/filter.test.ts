import { describe, expect, it } from 'vitest';
import { notePathMatcher, parseKind, sortEvents } from '../../src/cli/filter.js';
import { closest, editDistance } from '../../src/cli/suggest.js';
import { UsageError } from '../../src/errors.js';
import type { TimelineEvent } from '../../src/generate/item.js';

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

describe('sortEvents', () => {
  const event = (sortKey: string, path: string, line: number): TimelineEvent => ({
    date: sortKey,
    sortKey,
    text: `${path}:${line}`,
    context: [],
    source: { path, line, endLine: line },
  });

  it('orders BC years before AD years and earlier BC years first', () => {
    const sorted = sortEvents([
      event('1922-00-00', 'a.md', 1),
      event('-0044-03-15', 'a.md', 2),
      event('-0509-00-00', 'a.md', 3),
    ]);
    expect(sorted.map((e) => e.sortKey)).toEqual(['-0509-00-00', '-0044-03-15', '1922-00-00']);
  });

  it('orders a year without a month before a full date in that year, and ties by path then line', () => {
    const sorted = sortEvents([
      event('1949-04-04', 'b.md', 1),
      event('1949-00-00', 'b.md', 9),
      event('1949-00-00', 'a.md', 5),
      event('1949-00-00', 'b.md', 2),
    ]);
    expect(sorted.map((e) => e.text)).toEqual(['a.md:5', 'b.md:2', 'b.md:9', 'b.md:1']);
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
