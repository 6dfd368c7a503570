/**
 * The teacher's dashboard routes (listed in ROUTES, routes.ts): all 'class-teacher', so a student's own
 * numbers (name, reviews, due, behind) reach only the teacher of a class the student is in; everything else
 * about students is counted over the class. The page reads `/dashboard` once; the CSVs are downloads.
 */
import type { Context } from 'hono';
import { MASTERY_STABILITY_DAYS } from '../schedule/index.js';
import type { ClassRecord } from '../store/server/classes.js';
import type { ClassServerEnv } from './context.js';
import { masteryCsv, masteryItemsCsv, progressCsv } from './csv.js';
import { BEHIND_AFTER_MS, retentionByWeek } from './dashboard.js';
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

export const DASHBOARD_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/api/classes/:classId/progress',
    access: 'class-teacher',
    async handle(c, granted, ctx) {
      const students = await studentSummaries(ctx, must(granted.cls));
      return c.json({ students: classProgress(students, ctx.now()) });
    },
  },
  {
    method: 'GET',
    path: '/api/classes/:classId/progress.csv',
    access: 'class-teacher',
    async handle(c, granted, ctx) {
      const cls = must(granted.cls);
      const students = await studentSummaries(ctx, cls);
      return csvDownload(c, cls, 'progress', progressCsv(classProgress(students, ctx.now())));
    },
  },
  {
    method: 'GET',
    path: '/api/classes/:classId/most-failed',
    access: 'class-teacher',
    async handle(c, granted, ctx) {
      const cls = must(granted.cls);
      return c.json({ items: await mostFailed(ctx, cls, await studentSummaries(ctx, cls)) });
    },
  },
  {
    method: 'GET',
    path: '/api/classes/:classId/dashboard',
    access: 'class-teacher',
    async handle(c, granted, ctx) {
      const cls = must(granted.cls);
      const now = ctx.now();
      const students = await studentSummaries(ctx, cls);
      return c.json({
        definitions: {
          masteryStabilityDays: MASTERY_STABILITY_DAYS,
          behindAfterHours: BEHIND_AFTER_MS / 3_600_000,
        },
        students: classProgress(students, now),
        notes: await classMastery(ctx, cls, students),
        retention: retentionByWeek(students, now),
        mostFailed: await mostFailed(ctx, cls, students),
      } satisfies ClassDashboard);
    },
  },
  {
    method: 'GET',
    path: '/api/classes/:classId/mastery.csv',
    access: 'class-teacher',
    async handle(c, granted, ctx) {
      const cls = must(granted.cls);
      const students = await studentSummaries(ctx, cls);
      return csvDownload(
        c,
        cls,
        'mastery',
        masteryCsv(await classMastery(ctx, cls, students), students.length),
      );
    },
  },
  {
    method: 'GET',
    path: '/api/classes/:classId/mastery-items.csv',
    access: 'class-teacher',
    async handle(c, granted, ctx) {
      const cls = must(granted.cls);
      const students = await studentSummaries(ctx, cls);
      const notes = await classMastery(ctx, cls, students);
      return csvDownload(c, cls, 'mastery-items', masteryItemsCsv(notes, students.length));
    },
  },
];
