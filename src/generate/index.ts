/** generate/: knowledge → study items through the quality gates, with stable ids (pure). */
import type { Fact, NoteKnowledge } from '../knowledge/model.js';
import { casePairsIn, namesCase } from '../knowledge/structure.js';
import type { Candidate, NoteScope } from './candidate.js';
import {
  type Assessment,
  assess,
  fitsManyWithoutChoices,
  MIN_CONFIDENCE,
  type NoteSignals,
} from './confidence.js';
import { firstFailure, namesAnswerPartly, withSafeContext } from './gates/index.js';
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
import { withClozeHint, withTermHint } from './hint.js';
import { itemId } from './ids.js';
import type { Item, Rejection, TimelineEvent } from './item.js';
import { bestPerFact, MAX_ITEMS_PER_FACT, type Scored } from './per-fact.js';
import { EMPTY_POOLS, type VaultPools, vaultPools } from './pools.js';
import { sortEvents } from './sort-key.js';
import { type NoteGeneration, questionKey, VaultMerge } from './vault-merge.js';

export { EMPTY_POOLS, type VaultPools, vaultPools } from './pools.js';
export { sortEvents } from './sort-key.js';
export type { NoteGeneration, NoteItem } from './vault-merge.js';
export { VaultMerge } from './vault-merge.js';

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
  /** Why each item was kept: its confidence and the reasons (item id → assessment), for `--explain`. */
  readonly assessments: ReadonlyMap<string, Assessment>;
}

export interface GenerateOptions {
  /** At most this many items per fact (gate 16); default two. */
  readonly maxPerFact?: number;
}

/**
 * Items and events for a whole vault's knowledge (deterministic: same input, same output and order, whatever the
 * order of `notes`). The per-note pass (`generateNote`) needs only its note and the pools; the vault-wide step
 * (`VaultMerge`: near-duplicates across notes and one item per id) walks the notes in path order.
 */
export function generateItems(
  notes: readonly NoteKnowledge[],
  otherPeople: readonly string[] = [],
  options: GenerateOptions = {},
): Generated {
  const pools = vaultPools([...otherPeople, ...notes.flatMap((k) => k.people)]);
  const merge = new VaultMerge();
  const events: TimelineEvent[] = [];
  const rejections: Rejection[] = [];
  const items: Item[] = [];
  const assessments = new Map<string, Assessment>();
  for (const group of byPath(notes)) {
    const generated = combine(group.map((k) => generateNote(k, pools, options)));
    events.push(...generated.events);
    rejections.push(...generated.rejections);
    const merged = merge.add(generated);
    rejections.push(...merged.rejections);
    for (const { item, assessment } of merged.kept) {
      items.push(item);
      assessments.set(item.id, assessment);
    }
  }
  return { items, events: sortEvents(events), rejections, assessments };
}

/**
 * The per-note pass: one note's items (in the order `cards` prints them, each with its confidence), events and
 * rejections. Depends only on the note and the vault pools, so notes can be generated apart (workers, rescans).
 */
export function generateNote(
  k: NoteKnowledge,
  pools: VaultPools = EMPTY_POOLS,
  options: GenerateOptions = {},
): NoteGeneration {
  const rejections: Rejection[] = [];
  const maxPerFact = options.maxPerFact ?? MAX_ITEMS_PER_FACT;
  const scope = scopeOf(k);
  if (!k.english) rejections.push(notEnglish(k));
  const events = eventsOf(k);
  const candidates = [
    ...GENERATORS.flatMap((g) => g(k, scope)),
    ...bySection(orderableEvents(k)).flatMap((events) => orderDrills(events, k.title, scope)),
  ];
  const caseLaw = isCaseLawNote(k);
  const sides = caseLaw ? caseSidesOf(k) : undefined;
  // Only a note of cases has its parties read: every rule that asks about them needs one.
  const signals = {
    english: k.english,
    caseLaw,
    ...(sides ? { caseParties: sides.parties, caseOpponents: sides.opponents } : {}),
    timesWritten: wordCounter(k),
  };
  const confident = assessAll(gate(candidates, rejections), factIndex(k), signals, rejections);
  const { kept, dropped } = bestPerFact(confident, maxPerFact);
  for (const d of dropped)
    rejections.push(
      rejectionOf(d.candidate, 'few-per-fact', `another item of this fact ranks higher (${d.score})`),
    );
  const all = sortCandidates(withChoices(kept, notePools(k, kept, pools, signals.caseParties), rejections));
  return {
    path: k.path,
    items: all.map((s) => ({
      item: itemOf(s.candidate, k.english),
      assessment: s.assessment,
      promptKey: questionKey(s.candidate),
    })),
    events,
    rejections,
  };
}

/** Notes grouped by path, in path order (a vault has one note per path; a group of two comes from callers' tests). */
function byPath(notes: readonly NoteKnowledge[]): NoteKnowledge[][] {
  const groups = new Map<string, NoteKnowledge[]>();
  for (const k of notes) {
    const group = groups.get(k.path);
    if (group) group.push(k);
    else groups.set(k.path, [k]);
  }
  return [...groups.entries()].sort(([a], [b]) => cmp(a, b)).map(([, group]) => group);
}

/** Two generations of one path as one: items in line and kind order, as one sort of both would give. */
function combine(generations: readonly NoteGeneration[]): NoteGeneration {
  const [first, ...rest] = generations;
  if (!first) throw new Error('combine needs at least one note');
  if (rest.length === 0) return first;
  const items = generations
    .flatMap((g) => g.items)
    .map((x, i) => ({ x, i }))
    .sort(
      (a, b) =>
        a.x.item.source.line - b.x.item.source.line ||
        KIND_ORDER.indexOf(a.x.item.kind) - KIND_ORDER.indexOf(b.x.item.kind) ||
        a.i - b.i,
    )
    .map(({ x }) => x);
  return {
    path: first.path,
    items,
    events: generations.flatMap((g) => g.events),
    rejections: generations.flatMap((g) => g.rejections),
  };
}

interface Assessed extends Scored {
  readonly assessment: Assessment;
}

/** Gate 15: each candidate's confidence; those below the threshold are dropped with their reasons. */
function assessAll(
  candidates: readonly Candidate[],
  facts: ReadonlyMap<string, Fact>,
  signals: NoteSignals,
  rejections: Rejection[],
): Assessed[] {
  const out: Assessed[] = [];
  for (const c of candidates) {
    const assessment = assess(c, facts.get(c.fact), signals);
    if (assessment.score < MIN_CONFIDENCE) {
      rejections.push(
        rejectionOf(
          c,
          'confidence',
          `${assessment.score} < ${MIN_CONFIDENCE}: ${assessment.reasons.join('; ')}`,
        ),
      );
      continue;
    }
    out.push({ candidate: c, score: assessment.score, assessment });
  }
  return out;
}

/** Five case names or more ("Smith v Jones"): a law note, whose people and dates are the facts of cases. */
function isCaseLawNote(k: NoteKnowledge): boolean {
  let cases = 0;
  for (const f of k.facts) if (namesCase(f.text) && ++cases >= 5) return true;
  return false;
}

/**
 * The parties of every case the note names ("Smith v Jones"), for answers that are only a party, and each party's
 * other sides ("hutton" → ["herne bay steam boat co"]), in one pass over the note's facts.
 */
function caseSidesOf(k: NoteKnowledge): { parties: Set<string>; opponents: Map<string, string[]> } {
  const parties = new Set<string>();
  const opponents = new Map<string, string[]>();
  const add = (party: string, other: string): void => {
    const list = opponents.get(party) ?? [];
    if (!list.includes(other)) list.push(other);
    opponents.set(party, list);
  };
  for (const f of k.facts)
    for (const [left, right] of casePairsIn(f.text)) {
      if (left !== undefined) parties.add(left);
      if (right !== undefined) parties.add(right);
      if (left !== undefined && right !== undefined) {
        add(left, right);
        add(right, left);
      }
    }
  return { parties, opponents };
}

/**
 * On how many lines the note writes each word (lower case), counted on first question (most notes are never
 * asked): a line read both as a fact and as a definition counts once.
 */
function wordCounter(k: NoteKnowledge): (word: string) => number {
  let lines: Map<string, Set<number>> | undefined;
  return (word) => {
    if (!lines) {
      lines = new Map();
      for (const [line, text] of noteTexts(k))
        for (const [w] of text.toLowerCase().matchAll(/[a-z]+/g)) {
          const seen = lines.get(w) ?? new Set<number>();
          seen.add(line);
          lines.set(w, seen);
        }
    }
    return lines.get(word)?.size ?? 0;
  };
}

/** Every text the note's knowledge holds, as the author wrote it, with the line it starts on (the title: 0). */
function* noteTexts(k: NoteKnowledge): Iterable<[number, string]> {
  yield [0, k.title];
  const facts = [...k.facts];
  for (let f = facts.pop(); f; f = facts.pop()) {
    yield [f.source.line, f.written];
    facts.push(...f.children);
  }
  for (const c of k.concepts) for (const t of [c.term, ...c.explanation]) yield [c.source.line, t];
  for (const d of k.definitions) for (const t of [d.term, d.explanation]) yield [d.source.line, t];
  for (const q of k.questions) for (const t of [q.question, ...q.answers]) yield [q.source.line, t];
  for (const e of k.explicit) for (const t of [e.prompt, e.answer]) yield [e.source.line, t];
  for (const a of k.arguments) for (const t of [a.prompt, a.model]) yield [a.source.line, t];
}

/** The note's facts by their text, so the confidence can see how a candidate's fact was read. */
function factIndex(k: NoteKnowledge): Map<string, Fact> {
  const index = new Map<string, Fact>();
  for (const f of k.facts) if (!index.has(f.text)) index.set(f.text, f);
  return index;
}

/** Multiple choice for confident who-questions: the choice item takes the place of its typed question. */
function withChoices(
  accepted: readonly Assessed[],
  pools: DistractorPools,
  rejections: Rejection[],
): Assessed[] {
  const candidates = accepted.map((a) => a.candidate);
  const made = new Map<Candidate, Candidate>();
  for (const c of gate(choices(candidates, pools), rejections)) {
    const base = accepted.find(
      (a) =>
        a.candidate.source.path === c.source.path &&
        a.candidate.source.line === c.source.line &&
        a.candidate.fact === c.fact &&
        a.candidate.prompt === c.prompt,
    );
    if (base) made.set(base.candidate, c);
  }
  const out: Assessed[] = [];
  for (const a of accepted) {
    const choice = made.get(a.candidate);
    if (choice) out.push({ ...a, candidate: choice });
    else if (fitsManyWithoutChoices(a.candidate))
      rejections.push(
        rejectionOf(a.candidate, 'confidence', 'what was done to someone, with no choices: many fit'),
      );
    else out.push(a);
  }
  return out;
}

/** What `--explain` says about a note in another language (generation.md §2, "Other languages"). */
function notEnglish(k: NoteKnowledge): Rejection {
  return {
    kind: 'qa',
    prompt: '(generated questions)',
    answer: '',
    gate: 'language',
    reason: 'the note is not in English: only its own cards, clozes of its marked terms and dates are made',
    source: { path: k.path, line: 1, endLine: 1 },
  };
}

/** Events of one section of the note: a drill orders events that belong to one story, not a whole note's. */
function bySection(events: readonly TimelineEvent[]): TimelineEvent[][] {
  const sections = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const key = e.context.join(' › ');
    const list = sections.get(key) ?? [];
    list.push(e);
    sections.set(key, list);
  }
  return [...sections.values()];
}

function scopeOf(k: NoteKnowledge): NoteScope {
  return { path: k.path, tags: k.tags, english: k.english, past: k.past, people: new Set(k.people) };
}

function gate(candidates: readonly Candidate[], rejections: Rejection[]): Candidate[] {
  const out: Candidate[] = [];
  for (const original of candidates) {
    const c = withSafeContext(original);
    if (c.kind !== 'argument' && c.kind !== 'order' && namesAnswerPartly(c.context, c.answer)) {
      rejections.push(rejectionOf(c, 'context', 'the breadcrumb names part of the answer'));
      continue;
    }
    // "Who announced the Truman Doctrine?" → Harry Truman: the prompt's own words give the name away.
    if ((c.kind === 'qa' || c.kind === 'choice') && namesAnswerPartly([c.prompt], c.answer)) {
      rejections.push(rejectionOf(c, 'no-leak', 'the prompt names part of the answer'));
      continue;
    }
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
 * Distractor pools of one note: its own people and terms, plus the vault-wide pool (the people of every note), so
 * a full build and an incremental scan draw from the same pool.
 */
function notePools(
  k: NoteKnowledge,
  accepted: readonly Scored[],
  vault: VaultPools,
  caseParties: ReadonlySet<string> | undefined,
): DistractorPools {
  const terms: string[] = [];
  for (const { candidate: c } of accepted) if (c.kind === 'reverse') terms.push(c.answer);
  return {
    peopleByNote: new Map([[k.path, k.people.filter((p) => p.length > 2)]]),
    people: vault.people,
    termsByNote: new Map([[k.path, terms]]),
    statementsByNote: new Map([[k.path, k.facts.map((f) => f.text)]]),
    ...(caseParties ? { caseParties } : {}),
  };
}

const KIND_ORDER = ['qa', 'choice', 'cloze', 'reverse', 'date', 'explicit', 'argument', 'order'];

/** Notes in path order, then source line, then kind: the order `cards` prints. */
function sortCandidates(candidates: readonly Assessed[]): Assessed[] {
  return candidates
    .map((s, i) => ({ s, c: s.candidate, i }))
    .sort(
      (a, b) =>
        cmp(a.c.source.path, b.c.source.path) ||
        a.c.source.line - b.c.source.line ||
        KIND_ORDER.indexOf(a.c.kind) - KIND_ORDER.indexOf(b.c.kind) ||
        a.i - b.i,
    )
    .map((x) => x.s);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What the student reads: a cloze's or a reverse item's prompt with its answer's shape (`hint.ts`), in an English
 * note (the hint's words are English; a note in another language keeps its own words around the blank).
 */
function promptWithHint(c: Candidate, english: boolean): string {
  const shown = c.shownAs ?? c.prompt;
  if (!english) return shown;
  if (c.kind === 'cloze') return withClozeHint(shown, c.answer);
  if (c.kind === 'reverse') return withTermHint(shown, c.answer);
  return shown;
}

function itemOf(c: Candidate, english: boolean): Item {
  return {
    id: itemId(c.kind, c.fact, c.answer),
    kind: c.kind,
    // The gates and the confidence judged the bare prompt; the student also sees the answer's shape.
    prompt: promptWithHint(c, english),
    answer: c.answer,
    ...(c.choices ? { choices: c.choices } : {}),
    ...(c.checklist ? { checklist: c.checklist } : {}),
    context: c.context,
    source: c.source,
    tags: c.tags,
    fact: c.fact,
  };
}
