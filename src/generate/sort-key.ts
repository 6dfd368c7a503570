/** Comparing timeline sort keys (`YYYY-MM-DD`, BC years negative: `-0509-00-00`) and ordering events. */
import type { TimelineEvent } from './item.js';

/** Chronological comparison of two sort keys. */
export function compareSortKeys(a: string, b: string): number {
  const [ya, ra] = split(a);
  const [yb, rb] = split(b);
  return ya - yb || (ra < rb ? -1 : ra > rb ? 1 : 0);
}

function split(key: string): [number, string] {
  const m = /^(-?\d+)(.*)$/.exec(key);
  return m ? [Number(m[1]), m[2]!] : [0, key];
}

/** Events in timeline order (date, then note, then line); the sort is stable, so ties keep their order. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      compareSortKeys(a.sortKey, b.sortKey) ||
      (a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0) ||
      a.source.line - b.source.line,
  );
}
