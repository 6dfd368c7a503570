/** generate/: knowledge → study items through the quality gates, with stable ids (pure). */
import type { NoteKnowledge } from '../knowledge/model.js';
import type { Candidate, NoteScope } from './candidate.js';
import { firstFailure, nearDuplicates } from './gates/index.js';
import { argumentsOf } from './generators/argument.js';
import { authorQuestions } from './generators/author-question.js';
import { causes } from './generators/cause.js';
import { choices, type DistractorPools } from './generators/choice.js';
import { clozes } from './generators/cloze.js';
import { concepts } from './generators/concept.js';
import { contrasts } from './generators/contrast.js';
import { dates } from './generators/date.js';
import { definitions } from './generators/definition.js';
import { ellipses } from './generators/ellipsis.js';
import { eventsOf, orderableEvents } from './generators/events.js';
import { explicitCards } from './generators/explicit.js';
import { orderDrills } from './generators/order.js';
import { subjectQuestions } from './generators/who.js';
import { itemId } from './ids.js';
import type { Item, Rejection, TimelineEvent } from './item.js';
import { compareSortKeys } from './sort-key.js';

export type Generator = (k: NoteKnowledge, scope: NoteScope) => Candidate[];

/** Every per-note generator, in the order their items are listed for a fact. */
export const GENERATORS: readonly Generator[] = [
  subjectQuestions,
  ellipses,
  clozes,
  dates,
  contrasts,
  causes,
  definitions,
  concepts,
  authorQuestions,
  explicitCards,
  argumentsOf,
];

export interface Generated {
  readonly items: Item[];
  readonly events: TimelineEvent[];
  readonly rejections: Rejection[];
}

/** Items and events for a whole vault's knowledge (deterministic: same input, same output and order). */
export function generateItems(
  notes: readonly NoteKnowledge[],
  otherPeople: readonly string[] = [],
): Generated {
  const rejections: Rejection[] = [];
  const accepted: Candidate[] = [];
  const events: TimelineEvent[] = [];
  for (const k of notes) {
    const scope = scopeOf(k);
    const noteEvents = eventsOf(k);
    events.push(...noteEvents);
    const candidates = [
      ...GENERATORS.flatMap((g) => g(k, scope)),
      ...orderDrills(orderableEvents(k), k.title, scope),
    ];
    accepted.push(...gate(candidates, rejections));
  }
  const extra = gate(choices(accepted, pools(notes, accepted, otherPeople)), rejections);
  const all = sortCandidates([...accepted, ...extra]);
  const { kept, dropped } = nearDuplicates(all);
  for (const d of dropped) rejections.push(rejectionOf(d.candidate, 'near-duplicate', d.reason));
  return { items: withIds(kept), events: sortEvents(events), rejections };
}

function scopeOf(k: NoteKnowledge): NoteScope {
  return { path: k.path, tags: k.tags, english: k.english, past: k.past, people: new Set(k.people) };
}

function gate(candidates: readonly Candidate[], rejections: Rejection[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const failure = firstFailure(c);
    if (failure) rejections.push(rejectionOf(c, failure.gate, failure.reason));
    else out.push(c);
  }
  return out;
}

function rejectionOf(c: Candidate, gate: string, reason: string): Rejection {
  return { kind: c.kind, prompt: c.prompt, answer: c.answer, gate, reason, source: c.source };
}

/**
 * Distractor pools: the people of every note built now, plus `otherPeople` (the people of notes not rebuilt in
 * an incremental scan), so a full build and an incremental scan draw from the same pool.
 */
function pools(
  notes: readonly NoteKnowledge[],
  accepted: readonly Candidate[],
  otherPeople: readonly string[],
): DistractorPools {
  const peopleByNote = new Map<string, string[]>();
  const termsByNote = new Map<string, string[]>();
  for (const k of notes)
    peopleByNote.set(
      k.path,
      k.people.filter((p) => p.length > 2),
    );
  const everyone: string[] = [...otherPeople, ...notes.flatMap((k) => k.people)];
  for (const c of accepted) {
    if (c.kind === 'qa' && c.answerType === 'person') everyone.push(c.answer);
    if (c.kind !== 'reverse') continue;
    const list = termsByNote.get(c.source.path) ?? [];
    list.push(c.answer);
    termsByNote.set(c.source.path, list);
  }
  const people = [...new Set(everyone)].filter((p) => p.length > 2).sort();
  return { peopleByNote, people, termsByNote };
}

const KIND_ORDER = ['qa', 'choice', 'cloze', 'reverse', 'date', 'explicit', 'argument', 'order'];

/** Notes in path order, then source line, then kind: the order `cards` prints. */
function sortCandidates(candidates: readonly Candidate[]): Candidate[] {
  return candidates
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        cmp(a.c.source.path, b.c.source.path) ||
        a.c.source.line - b.c.source.line ||
        KIND_ORDER.indexOf(a.c.kind) - KIND_ORDER.indexOf(b.c.kind) ||
        a.i - b.i,
    )
    .map((x) => x.c);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function withIds(candidates: readonly Candidate[]): Item[] {
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const c of candidates) {
    const id = itemId(c.kind, c.fact, c.answer);
    if (seen.has(id)) continue;
    seen.add(id);
    items.push({
      id,
      kind: c.kind,
      prompt: c.prompt,
      answer: c.answer,
      ...(c.choices ? { choices: c.choices } : {}),
      ...(c.checklist ? { checklist: c.checklist } : {}),
      context: c.context,
      source: c.source,
      tags: c.tags,
      fact: c.fact,
    });
  }
  return items;
}

function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      compareSortKeys(a.sortKey, b.sortKey) ||
      cmp(a.source.path, b.source.path) ||
      a.source.line - b.source.line,
  );
}
