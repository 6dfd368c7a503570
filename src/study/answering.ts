/**
 * Answer and undo: load the card, apply the pure transition, save card and review log together. Each is one
 * transaction, so an acknowledged answer is on disk before the surface shows the next item.
 */
import {
  type CardState,
  type DayBoundary,
  detectLeech,
  type Scheduler,
  stateToRestore,
} from '../schedule/index.js';
import { ItemNotFoundError } from '../store/index.js';
import type { ReviewRecord, Store, StoredCard } from '../store/types.js';
import { cardVersion } from './card-version.js';
import { ItemNotStudiableError, StaleAnswerError } from './errors.js';
import { reviewsToday } from './queue.js';
import type { AnswerInput, AnswerResult, UndoResult } from './service.js';

export interface AnswerContext {
  readonly store: Store;
  readonly scheduler: Scheduler;
  readonly leechThreshold: number;
}

/** Records one answer: card, review log row and leech suspension, all or nothing. */
export function recordAnswer(ctx: AnswerContext, input: AnswerInput, now: Date): Promise<AnswerResult> {
  return ctx.store.transaction(async (tx) => {
    const item = await tx.getItem(input.itemId);
    if (!item) throw new ItemNotFoundError(`no item with id ${input.itemId}`);
    if (item.state !== 'active') {
      throw new ItemNotStudiableError(`item ${item.id} is ${item.state} and cannot be answered`);
    }
    const stored = await tx.getCard(item.id);
    // Checked inside the write transaction, so of two answers to one state exactly one sees it current.
    if (input.expectedVersion !== undefined && input.expectedVersion !== cardVersion(stored)) {
      throw new StaleAnswerError(
        'this item was answered meanwhile (twice, or in another window or session); the first answer stands',
      );
    }
    const before: CardState = stored ?? ctx.scheduler.newCardState(now);
    const { card } = ctx.scheduler.answer(before, input.rating, now, item.id);
    await tx.saveCard(item.id, card);
    const logId = await tx.appendReview({
      itemId: item.id,
      rating: input.rating,
      reviewedAt: now,
      durationMs: input.durationMs ?? null,
      stateBefore: before,
      stateAfter: input.typed === undefined ? card : { ...card, typed: input.typed },
    });
    const verdict = detectLeech(before, card, ctx.leechThreshold);
    if (verdict.leech) {
      await tx.setItemState(item.id, 'suspended', now);
      await tx.setLeech(item.id, true, now);
    }
    return { logId, card, leech: verdict.leech };
  });
}

/** The card part of a logged state (drops extra fields such as `typed`). */
function cardOf(logged: unknown): StoredCard {
  const s = logged as StoredCard;
  return {
    phase: s.phase,
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsedDays: s.elapsedDays,
    scheduledDays: s.scheduledDays,
    learningSteps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    lastReview: s.lastReview,
  };
}

function latest(reviews: readonly ReviewRecord[]): ReviewRecord | undefined {
  return reviews.reduce<ReviewRecord | undefined>(
    (a, b) => (a === undefined || b.id > a.id ? b : a),
    undefined,
  );
}

/**
 * Undoes the latest answer of the current study day: restores the card to its state before that answer,
 * lifts a leech suspension that answer caused, and deletes the log row. One transaction.
 */
export function undoLastAnswer(
  ctx: AnswerContext,
  now: Date,
  boundary: DayBoundary,
): Promise<UndoResult | null> {
  return ctx.store.transaction(async (tx) => {
    const last = latest(await reviewsToday(tx, now, boundary));
    if (!last) return null;
    const current = await tx.getCard(last.itemId);
    const before = cardOf(last.stateBefore);
    const after = cardOf(last.stateAfter);
    const restored = stateToRestore(current ?? after, { before, after });
    await tx.saveCard(last.itemId, restored);
    if (detectLeech(before, after, ctx.leechThreshold).leech) {
      const item = await tx.getItem(last.itemId);
      if (item?.state === 'suspended' && item.leech) {
        await tx.setItemState(item.id, 'active', now);
        await tx.setLeech(item.id, false, now);
      }
    }
    await tx.deleteReview(last.id);
    return { itemId: last.itemId, restored };
  });
}
