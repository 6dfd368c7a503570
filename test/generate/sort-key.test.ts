import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/generate/item.js';
import { sortEvents } from '../../src/generate/sort-key.js';

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
