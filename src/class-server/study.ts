/**
 * A student's study in one class: the local app's use cases (study/create-service.ts) on the student's own
 * store. A service is made per request, so the process keeps nothing between requests (the day's queue is
 * loaded from the store each time; an answer to a card that changed meanwhile is refused as stale).
 */
import type { ApiAnswerResult, ApiNext } from '../server/api-types.js';
import { toApiItem } from '../server/convert.js';
import type { ClassRecord } from '../store/server/classes.js';
import { membersOf } from '../store/server/classes.js';
import { studyServiceOn } from '../study/create-service.js';
import type { StudyService } from '../study/service.js';
import type { ClassServerContext } from './context.js';
import { AccessDeniedError } from './errors.js';
import { openStudentStore } from './stores.js';

async function serviceFor(
  ctx: ClassServerContext,
  cls: ClassRecord,
  personId: number,
): Promise<StudyService> {
  const store = await openStudentStore(ctx.connection, cls, personId);
  return studyServiceOn(store, {
    scan: () => Promise.reject(new AccessDeniedError('class notes change only when the teacher publishes')),
  });
}

export async function nextCard(
  ctx: ClassServerContext,
  cls: ClassRecord,
  personId: number,
): Promise<ApiNext> {
  const service = await serviceFor(ctx, cls, personId);
  const now = ctx.now();
  const next = await service.next(now);
  return {
    card: next && {
      item: toApiItem(next.item, next.card),
      intervals: next.intervals,
      source: null,
      cardVersion: next.version,
    },
    progress: await service.progress(now),
  };
}

export async function answerCard(
  ctx: ClassServerContext,
  cls: ClassRecord,
  personId: number,
  input: { itemId: string; rating: 1 | 2 | 3 | 4; expectedVersion: string; durationMs?: number },
): Promise<ApiAnswerResult> {
  const service = await serviceFor(ctx, cls, personId);
  const now = ctx.now();
  const result = await service.answer(input, now);
  return {
    logId: result.logId,
    leech: result.leech,
    due: result.card.due,
    progress: await service.progress(now),
  };
}

export interface StudentProgress {
  readonly name: string;
  readonly email: string;
  readonly reviews: number;
  /** Items due now that the student has seen before. */
  readonly due: number;
  readonly lastReviewAt: string | null;
}

/** Per student of the class: reviews so far, reviews due now, last review (the teacher's dashboard). */
export async function classProgress(ctx: ClassServerContext, cls: ClassRecord): Promise<StudentProgress[]> {
  const now = ctx.now();
  const out: StudentProgress[] = [];
  for (const member of await membersOf(ctx.db, cls.id)) {
    const store = await openStudentStore(ctx.connection, cls, member.personId);
    const reviews = await store.reviewsSince(new Date(0));
    out.push({
      name: member.name,
      email: member.email,
      reviews: reviews.length,
      due: (await store.listDue(now, 100_000)).length,
      lastReviewAt: reviews.at(-1)?.reviewedAt.toISOString() ?? null,
    });
  }
  return out;
}
