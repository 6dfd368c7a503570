/**
 * Seeds a study store for the review-loop benchmark through the Store API: items, cards and review-log rows,
 * written in batches, one transaction per batch (the way a long-used vault's database looks).
 */
import type { Item } from '../src/generate/item.js';
import type { Store, StoredCard } from '../src/store/types.js';
import { seededRandom } from './prng.js';

export interface StudySeed {
  readonly items: number;
  readonly reviews: number;
  /** Share of items that have been reviewed at least once (the rest are new). */
  readonly reviewedShare: number;
  readonly now: Date;
  readonly seed: number;
}

const DAY = 86_400_000;
const BATCH = 5_000;

/** A synthetic item; ids are unique and content-free (the store does not derive them). */
export function benchItem(index: number): Item {
  const note = `Bench/note ${index % 2_000}.md`;
  return {
    id: `bench${index.toString(36).padStart(8, '0')}`,
    kind: 'qa',
    prompt: `Who signed bench charter number ${index}?`,
    answer: `Signer ${index}`,
    context: [`note ${index % 2_000}`],
    source: { path: note, line: 1 + (index % 40), endLine: 1 + (index % 40) },
    tags: [],
    fact: `Signer ${index} signed bench charter number ${index}`,
  };
}

function reviewCard(now: Date, random: ReturnType<typeof seededRandom>, reps: number): StoredCard {
  // Due dates spread from 30 days ago to 60 days ahead, so some cards are due and most are not.
  const due = new Date(now.getTime() + random.int(-30, 60) * DAY);
  return {
    phase: 'review',
    due: due.toISOString(),
    stability: 1 + random.next() * 60,
    difficulty: 1 + random.next() * 9,
    elapsedDays: random.int(1, 30),
    scheduledDays: random.int(1, 60),
    learningSteps: 0,
    reps,
    lapses: random.int(0, 2),
    lastReview: new Date(due.getTime() - 10 * DAY).toISOString(),
  };
}

/** Fills `store` (empty) with `seed.items` items, cards for the reviewed share, and `seed.reviews` log rows. */
export async function seedStudyStore(store: Store, seed: StudySeed): Promise<void> {
  const random = seededRandom(seed.seed);
  const reviewed = Math.floor(seed.items * seed.reviewedShare);
  const perItem = Math.max(1, Math.floor(seed.reviews / Math.max(1, reviewed)));
  let logged = 0;
  for (let start = 0; start < seed.items; start += BATCH) {
    const end = Math.min(seed.items, start + BATCH);
    const items = Array.from({ length: end - start }, (_, k) => benchItem(start + k));
    await store.transaction(async (tx) => {
      await tx.insertItems(items, new Date(seed.now.getTime() - 400 * DAY));
      for (let i = start; i < Math.min(end, reviewed); i++) {
        const rows = i === reviewed - 1 ? seed.reviews - logged : Math.min(perItem, seed.reviews - logged);
        const card = reviewCard(seed.now, random, rows);
        const id = benchItem(i).id;
        await tx.saveCard(id, card);
        for (let r = 0; r < rows; r++) {
          const reviewedAt = new Date(seed.now.getTime() - (rows - r) * 7 * DAY - random.int(0, DAY));
          await tx.appendReview({
            itemId: id,
            rating: random.pick([1, 3, 3, 3, 4] as const),
            reviewedAt,
            durationMs: random.int(2_000, 20_000),
            stateBefore: card,
            stateAfter: card,
          });
        }
        logged += rows;
      }
    });
  }
}
