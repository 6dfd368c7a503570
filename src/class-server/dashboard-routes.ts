/**
 * The teacher's dashboard routes (listed in ROUTES, routes.ts): all 'class-teacher', so a student's own
 * numbers (name, reviews, due, behind) reach only the teacher of a class the student is in; everything else
 * about students is counted over the class. The page reads `/dashboard` once; the CSVs are downloads.
 */
import type { Context } from 'hono';
import { MASTERY_STABILITY_DAYS } from '../schedule/index.js';
import type { ClassRecord } from '../store/server/classes.js';
import type { ClassServerContext, ClassServerEnv } from './context.js';
import { masteryCsv, masteryItemsCsv, progressCsv } from './csv.js';
import { BEHIND_AFTER_MS, retentionByWeek, type StudentSummary } from './dashboard.js';
import type { ClassDashboard } from './dashboard-types.js';
import { must } from './policy.js';
import type { RouteSpec } from './routes.js';
import { classMastery, classProgress, mostFailed, studentSummaries } from './study.js';

/** A CSV download named after the class (`Biology-7B-mastery.csv`). */
function csvDownload(c: Context<ClassServerEnv>, cls: ClassRecord, kind: string, csv: string): Response {
  const file = `${cls.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'class'}-${kind}.csv`;
  return c.body(csv, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${kind}.csv"; filename*=UTF-8''${encodeURIComponent(file)}`,
  });
}

const BASE = '/api/classes/:classId';

/** What every dashboard reply is worked out from: the class and what its students' stores count. */
interface Board {
  readonly ctx: ClassServerContext;
  readonly cls: ClassRecord;
  readonly students: readonly StudentSummary[];
}

/** A 'class-teacher' GET under the class: the class granted, its students' summaries read, then the reply. */
const route = (
  path: string,
  reply: (c: Context<ClassServerEnv>, board: Board) => Promise<Response>,
): RouteSpec => ({
  method: 'GET',
  path: `${BASE}${path}`,
  access: 'class-teacher',
  async handle(c, granted, ctx) {
    const cls = must(granted.cls);
    return reply(c, { ctx, cls, students: await studentSummaries(ctx, cls) });
  },
});

/** A JSON reply. */
const json = (path: string, body: (board: Board) => Promise<unknown> | unknown): RouteSpec =>
  route(path, async (c, board) => c.json(await body(board)));

/** `/<kind>.csv`, downloaded as `<class>-<kind>.csv`. */
const csv = (kind: string, body: (board: Board) => Promise<string> | string): RouteSpec =>
  route(`/${kind}.csv`, async (c, board) => csvDownload(c, board.cls, kind, await body(board)));

export const DASHBOARD_ROUTES: readonly RouteSpec[] = [
  json('/progress', ({ ctx, students }) => ({ students: classProgress(students, ctx.now()) })),
  csv('progress', ({ ctx, students }) => progressCsv(classProgress(students, ctx.now()))),
  json('/most-failed', async ({ ctx, cls, students }) => ({ items: await mostFailed(ctx, cls, students) })),
  json('/dashboard', async ({ ctx, cls, students }): Promise<ClassDashboard> => {
    const now = ctx.now();
    return {
      definitions: {
        masteryStabilityDays: MASTERY_STABILITY_DAYS,
        behindAfterHours: BEHIND_AFTER_MS / 3_600_000,
      },
      students: classProgress(students, now),
      notes: await classMastery(ctx, cls, students),
      retention: retentionByWeek(students, now),
      mostFailed: await mostFailed(ctx, cls, students),
    };
  }),
  csv('mastery', async ({ ctx, cls, students }) =>
    masteryCsv(await classMastery(ctx, cls, students), students.length),
  ),
  csv('mastery-items', async ({ ctx, cls, students }) =>
    masteryItemsCsv(await classMastery(ctx, cls, students), students.length),
  ),
];
