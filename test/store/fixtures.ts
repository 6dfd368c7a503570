/** Hand-built study items for store and reconcile tests. */
import { createHash } from 'node:crypto';
import type { Item, ItemKind } from '../../src/generate/item.js';

export interface ItemSpec {
  readonly fact: string;
  readonly kind?: ItemKind;
  /** Defaults to the fact's last word. */
  readonly answer?: string;
  readonly path?: string;
  readonly line?: number;
}

const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** An item whose id is derived from its content the way generation.md §6 asks (fact + kind + answer). */
export function makeItem(spec: ItemSpec): Item {
  const kind = spec.kind ?? 'cloze';
  const answer = spec.answer ?? spec.fact.split(' ').at(-1) ?? spec.fact;
  const path = spec.path ?? 'notes/history.md';
  const line = spec.line ?? 1;
  const id = createHash('sha1')
    .update(`${normalise(spec.fact)}\u0000${kind}\u0000${normalise(answer)}`)
    .digest('hex')
    .slice(0, 16);
  return {
    id,
    kind,
    prompt: kind === 'cloze' ? spec.fact.replace(answer, '___') : `What about: ${spec.fact}?`,
    answer,
    context: [path.replace(/\.md$/, '').split('/').at(-1) ?? path],
    source: { path, line, endLine: line },
    tags: [],
    fact: spec.fact,
  };
}

/** A review card state as the scheduler would save it. */
export function reviewCard(due: string, reps = 1) {
  return {
    phase: 'review' as const,
    due,
    stability: 3.2,
    difficulty: 5.1,
    elapsedDays: 0,
    scheduledDays: 3,
    learningSteps: 0,
    reps,
    lapses: 0,
    lastReview: '2025-03-01T09:00:00.000Z',
  };
}
