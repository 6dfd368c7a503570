/**
 * A student's study in one class: the local app's use cases (study/create-service.ts) on the student's own
 * store. A service is made per request, so the process keeps nothing between requests (the day's queue is
 * loaded from the store each time; an answer to a card that changed meanwhile is refused as stale). Also what
 * the teacher's dashboard reads of the class's stores (dashboard.ts works it out).
 */
import type { ApiContext } from '../server/api-context.js';
import type { ApiAnswerResult, ApiNext } from '../server/api-types.js';
import { toApiItem } from '../server/convert.js';
import type { ClassRecord } from '../store/server/classes.js';
import { membersOf } from '../store/server/classes.js';
import { studyServiceOn } from '../study/create-service.js';
import type { StudyService } from '../study/service.js';
import { classNotesView } from './class-notes.js';
import type { ClassServerContext } from './context.js';
import { behindFirst, failuresByItem, masteryByNote, progressOf, type StudentSummary } from './dashboard.js';
import type { ClassNoteMastery, FailedItem, StudentProgress } from './dashboard-types.js';
import { AccessDeniedError } from './errors.js';
import { openClassStore, openStudentStore } from './stores.js';

/**
 * The pages' API context (server/api-context.ts) for one student of one class: the student's own store (items,
 * cards, review log, settings) and the class's published notes. Made per request, from the signed-in person's
 * id and nothing the request names, so no route can reach another student's store.
 */
export async function studentApi(
  ctx: ClassServerContext,
  cls: ClassRecord,
  personId: number,
): Promise<ApiContext> {
  const [service, view] = await Promise.all([
    serviceFor(ctx, cls, personId),
    openClassStore(ctx.connection, cls).then(classNotesView),
  ]);
  return { service, view, now: ctx.now };
}

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
  input: {
    itemId: string;
    rating: 1 | 2 | 3 | 4;
    expectedVersion: string;
    durationMs?: number;
    typed?: string;
  },
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

/**
 * What the dashboard reads of each student of the class: three counting queries on their store (cards without
 * content, the review log grouped per item and per day), so the work grows with students × items, not with
 * every answer ever given.
 */
export async function studentSummaries(ctx: ClassServerContext, cls: ClassRecord): Promise<StudentSummary[]> {
  const out: StudentSummary[] = [];
  for (const member of await membersOf(ctx.db, cls.id)) {
    const store = await openStudentStore(ctx.connection, cls, member.personId);
    const [cards, tallies, retention] = await Promise.all([
      store.listCards(),
      store.reviewTallies(),
      store.retentionTallies(),
    ]);
    out.push({
      personId: member.personId,
      name: member.name,
      email: member.email,
      cards,
      tallies,
      retention,
    });
  }
  return out;
}

/** Per student of the class: reviews, due now, behind, last review; the most behind first. */
export function classProgress(students: readonly StudentSummary[], now: Date): StudentProgress[] {
  return students.map((student) => progressOf(student, now)).sort(behindFirst);
}

/**
 * The class's most-failed items: answers rated Again, counted over every student's review log (ties: the
 * larger share of failed answers first, then the prompt). Items nobody failed are left out.
 */
export async function mostFailed(
  ctx: ClassServerContext,
  cls: ClassRecord,
  students: readonly StudentSummary[],
  limit = 10,
): Promise<FailedItem[]> {
  const failed = [...failuresByItem(students)].filter(([, entry]) => entry.fails > 0);
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
        ...entry,
      };
    })
    .sort(
      (a, b) =>
        b.fails - a.fails || b.fails / b.reviews - a.fails / a.reviews || a.prompt.localeCompare(b.prompt),
    )
    .slice(0, limit);
}

/** Mastery per published note and per item over the students of the class (dashboard.ts for definitions). */
export async function classMastery(
  ctx: ClassServerContext,
  cls: ClassRecord,
  students: readonly StudentSummary[],
): Promise<ClassNoteMastery[]> {
  const store = await openClassStore(ctx.connection, cls);
  const [notes, items] = await Promise.all([store.listNotes(), store.listItems({ states: ['active'] })]);
  return masteryByNote(notes, items, students);
}
