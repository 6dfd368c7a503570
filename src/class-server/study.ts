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
import { openClassStore, openStudentStore } from './stores.js';

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

export interface FailedItem {
  readonly itemId: string;
  readonly prompt: string;
  readonly answer: string;
  /** Note title › heading, as the student sees it. */
  readonly context: readonly string[];
  /** Answers rated Again, over every student of the class. */
  readonly fails: number;
  /** Students who rated it Again at least once. */
  readonly students: number;
  /** All answers to it. */
  readonly reviews: number;
}

/**
 * The class's most-failed items: answers rated Again, counted over every student's review log (ties: the
 * larger share of failed answers first, then the prompt). Items nobody failed are left out.
 */
export async function mostFailed(
  ctx: ClassServerContext,
  cls: ClassRecord,
  limit = 10,
): Promise<FailedItem[]> {
  const counts = new Map<string, { fails: number; reviews: number; students: Set<number> }>();
  for (const member of await membersOf(ctx.db, cls.id)) {
    const store = await openStudentStore(ctx.connection, cls, member.personId);
    for (const review of await store.reviewsSince(new Date(0))) {
      const entry = counts.get(review.itemId) ?? { fails: 0, reviews: 0, students: new Set<number>() };
      entry.reviews += 1;
      if (review.rating === 1) {
        entry.fails += 1;
        entry.students.add(member.personId);
      }
      counts.set(review.itemId, entry);
    }
  }
  const failed = [...counts].filter(([, entry]) => entry.fails > 0);
  if (failed.length === 0) return [];
  const items = new Map(
    (await (await openClassStore(ctx.connection, cls)).getItems(failed.map(([id]) => id))).map((item) => [
      item.id,
      item,
    ]),
  );
  return failed
    .map(([itemId, entry]) => {
      const item = items.get(itemId);
      return {
        itemId,
        prompt: item?.prompt ?? '(an item no longer published)',
        answer: item?.answer ?? '',
        context: item?.context ?? [],
        fails: entry.fails,
        students: entry.students.size,
        reviews: entry.reviews,
      };
    })
    .sort(
      (a, b) =>
        b.fails - a.fails || b.fails / b.reviews - a.fails / a.reviews || a.prompt.localeCompare(b.prompt),
    )
    .slice(0, limit);
}

/** One CSV field (RFC 4180); a text a spreadsheet would run as a formula is prefixed with an apostrophe. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Per-student progress as CSV (the teacher's download): a header row, then one row per student. */
export function progressCsv(students: readonly StudentProgress[]): string {
  const rows: (string | number | null)[][] = [
    ['name', 'email', 'reviews', 'due_now', 'last_review_utc'],
    ...students.map((s) => [s.name, s.email, s.reviews, s.due, s.lastReviewAt]),
  ];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
