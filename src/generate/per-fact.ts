/**
 * Gate 16, few and best: at most `max` items per fact (default two), the kinds that suit it best, so that one
 * statement does not come back four ways and crowd the queue.
 */
import type { Candidate } from './candidate.js';

export const MAX_ITEMS_PER_FACT = 2;

/** Which kinds suit a fact best, when two candidates are equally confident. */
const KIND_PREFERENCE: Readonly<Record<string, number>> = {
  explicit: 0.06,
  argument: 0.06,
  date: 0.05,
  reverse: 0.04,
  qa: 0.03,
  choice: 0.02,
  cloze: 0.01,
  order: 0,
};

export interface Scored {
  readonly candidate: Candidate;
  readonly score: number;
}

/** Keeps the best `max` candidates of every fact (in their original order) and returns the others as dropped. */
export function bestPerFact<T extends Scored>(
  scored: readonly T[],
  max = MAX_ITEMS_PER_FACT,
): { kept: T[]; dropped: T[] } {
  const byFact = new Map<string, T[]>();
  for (const s of scored) {
    const c = s.candidate;
    // The elements of an author's list are facts of their own, each asked once.
    const element = c.generator === 'question-list' ? `|${c.answer}` : '';
    const key = `${c.source.path}|${c.source.line}|${c.fact}${element}`;
    const list = byFact.get(key) ?? [];
    list.push(s);
    byFact.set(key, list);
  }
  const keep = new Set<T>();
  for (const list of byFact.values()) {
    const ranked = [...list].sort((a, b) => rank(b) - rank(a));
    const kinds = new Set<string>();
    for (const s of ranked) {
      if (countIn(list, keep) >= max) break;
      // Two clozes of one statement ask it twice; a second cloze gives way to an item of another kind.
      if (s.candidate.kind === 'cloze' && kinds.has('cloze')) continue;
      // A date cloze and a date item with the same prompt are one question.
      const prompt = s.candidate.prompt.toLowerCase();
      if (list.some((k) => keep.has(k) && k.candidate.prompt.toLowerCase() === prompt)) continue;
      kinds.add(s.candidate.kind);
      keep.add(s);
    }
  }
  return { kept: scored.filter((s) => keep.has(s)), dropped: scored.filter((s) => !keep.has(s)) };
}

function rank(s: Scored): number {
  return s.score + (KIND_PREFERENCE[s.candidate.kind] ?? 0);
}

function countIn(list: readonly Scored[], keep: ReadonlySet<Scored>): number {
  return list.filter((s) => keep.has(s)).length;
}
