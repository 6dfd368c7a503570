/** Narrowing a deck to some notes or kinds (`--note`, `--kind`), and ordering the timeline. */
import { UsageError } from '../errors.js';
import { ITEM_KINDS, type ItemKind, type TimelineEvent } from '../generate/item.js';

/**
 * A matcher for `--note PATH`: the note's path equals PATH or ends with `/PATH`; `.md` may be left out and
 * `./` or Windows backslashes are accepted, so `--note caesar` finds `History/Rome/caesar.md`.
 */
export function notePathMatcher(wanted: string): (path: string) => boolean {
  let normalised = wanted.replaceAll('\\', '/').replace(/^(\.\/)+/, '');
  if (!normalised.toLowerCase().endsWith('.md')) normalised += '.md';
  return (path) => path === normalised || path.endsWith(`/${normalised}`);
}

/** Validates `--kind KIND` against the item kinds; the error lists the valid ones. */
export function parseKind(value: string): ItemKind {
  const kind = ITEM_KINDS.find((candidate) => candidate === value.toLowerCase());
  if (!kind) throw new UsageError(`unknown kind '${value}'; valid kinds: ${ITEM_KINDS.join(', ')}`);
  return kind;
}

/** Events in chronological order; ties keep note order (path, then line). BC years (`-0509`) come first. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      compareSortKeys(a.sortKey, b.sortKey) ||
      (a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0) ||
      a.source.line - b.source.line,
  );
}

function compareSortKeys(a: string, b: string): number {
  const [yearA, restA] = splitSortKey(a);
  const [yearB, restB] = splitSortKey(b);
  // Years compare as numbers: as strings, '-0044' would sort before '-0509' although 509 BC is earlier.
  if (yearA !== yearB) return yearA - yearB;
  return restA < restB ? -1 : restA > restB ? 1 : 0;
}

function splitSortKey(key: string): [number, string] {
  const match = /^(-?\d+)(.*)$/.exec(key);
  return match ? [Number(match[1]), match[2] ?? ''] : [Number.POSITIVE_INFINITY, key];
}
