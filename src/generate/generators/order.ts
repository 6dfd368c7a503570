/** Ordering drills: 2–5 dated events of one note to put in chronological order. */
import { createHash } from 'node:crypto';
import type { Candidate, NoteScope } from '../candidate.js';
import type { TimelineEvent } from '../item.js';
import { compareSortKeys } from '../sort-key.js';

const MAX_EVENTS = 5;
/** Fewer than three events is a coin toss, not a drill (issue 10). */
const MIN_EVENTS = 3;

/** Order items from a note's events: distinct dates only, consecutive groups of at most five. */
export function orderDrills(events: readonly TimelineEvent[], title: string, scope: NoteScope): Candidate[] {
  const sorted = [...events].sort(
    (a, b) => compareSortKeys(a.sortKey, b.sortKey) || a.source.line - b.source.line,
  );
  const distinct: TimelineEvent[] = [];
  for (const e of sorted) {
    const last = distinct[distinct.length - 1];
    if (last && (last.sortKey === e.sortKey || last.text === e.text)) continue;
    distinct.push(e);
  }
  if (distinct.length < MIN_EVENTS) return [];
  return groups(distinct).map((group) => drill(group, title, scope));
}

/** Splits into groups of 3–5 so that no group is left with fewer than three events. */
function groups(events: readonly TimelineEvent[]): TimelineEvent[][] {
  const count = Math.ceil(events.length / MAX_EVENTS);
  const out: TimelineEvent[][] = [];
  let start = 0;
  for (let g = 0; g < count; g++) {
    const size = Math.ceil((events.length - start) / (count - g));
    out.push(events.slice(start, start + size));
    start += size;
  }
  return out;
}

function drill(group: readonly TimelineEvent[], title: string, scope: NoteScope): Candidate {
  const labels = group.map((e) => e.text);
  const shown = shuffle(labels);
  const first = group[0]!;
  const last = group[group.length - 1]!;
  return {
    kind: 'order',
    prompt: `Put in chronological order: ${shown.join('; ')}`,
    answer: group.map((e) => `${e.text} (${e.date})`).join(' → '),
    choices: labels,
    context: [title],
    source: {
      path: first.source.path,
      line: Math.min(first.source.line, last.source.line),
      endLine: Math.max(first.source.endLine, last.source.endLine),
    },
    tags: scope.tags,
    fact: labels.join(' | '),
    shape: 'order',
    answerType: 'other',
    generator: 'order',
  };
}

/** A deterministic shuffle that never leaves the events in their right order (when there are two or more). */
export function shuffle(labels: readonly string[]): string[] {
  const keyed = labels.map((l) => ({ l, k: createHash('sha1').update(l).digest('hex') }));
  const out = keyed.sort((a, b) => a.k.localeCompare(b.k)).map((x) => x.l);
  if (out.length > 1 && out.every((l, i) => l === labels[i])) out.push(out.shift()!);
  return out;
}
