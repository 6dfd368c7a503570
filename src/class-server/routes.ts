/**
 * Every route of the class server with its access rule (policy.ts). The rule is checked before the handler
 * runs, and the authorization test walks this very list, so a route cannot be added without a rule.
 */
import type { Context } from 'hono';
import { cardVersionParam, durationParam, itemIdParam, ratingParam, typedParam } from '../server/validate.js';
import { type ClassRecord, classesOf, membersOf } from '../store/server/classes.js';
import { deleteSession, insertPublishToken, type Person } from '../store/server/people.js';
import { changePassword, createSession, logIn, signInWithLink, studentFor } from './accounts.js';
import { classOfInvite, createClass, enrol, renewInvite } from './classes.js';
import type { ClassServerContext, ClassServerEnv } from './context.js';
import { DASHBOARD_ROUTES } from './dashboard-routes.js';
import { pageShell } from './pages.js';
import { type Access, type Granted, must } from './policy.js';
import { checkNotes, publish, seedStudent } from './publish.js';
import { jsonBody } from './request.js';
import { hashSecret, newSecret } from './secrets.js';
import { clearSessionCookie, setSessionCookie } from './session.js';
import { STUDENT_ROUTES } from './student-routes.js';
import { answerCard, nextCard } from './study.js';

type C = Context<ClassServerEnv>;

export { jsonBody };

export interface RouteSpec {
  readonly method: 'GET' | 'POST';
  /** Hono path; class routes have `:classId`. API routes start with /api/, the others are web pages. */
  readonly path: string;
  readonly access: Access;
  readonly handle: (c: C, granted: Granted, ctx: ClassServerContext) => Promise<Response>;
}

const personView = (p: Person) => ({ email: p.email, name: p.name, role: p.role });
const classView = (cls: ClassRecord, teaches: boolean) => ({
  id: cls.publicId,
  name: cls.name,
  role: teaches ? 'teacher' : 'student',
});
const inviteUrl = (ctx: ClassServerContext, invite: string) => `${ctx.publicUrl}/#join=${invite}`;
/** The client address for rate limiting (the socket's; a proxy in front should be configured to pass it). */
const addressOf = (c: C): string =>
  (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
    ?.remoteAddress ?? 'unknown';

const page = (path: string, access: Access): RouteSpec => ({
  method: 'GET',
  path,
  access,
  handle: (c, _granted, ctx) => pageShell(c, ctx),
});

/** The web pages (web/src/class/): each is refused like its API would be, before the app is sent. */
export const PAGES: readonly RouteSpec[] = [
  /** Sign-in with email and password, a teacher's one-time link (#sign-in=…), joining with an invite (#join=…). */
  page('/', 'anyone'),
  /** One's classes: a teacher creates them, a student opens one to study. */
  page('/classes', 'signed-in'),
  /** A student's study in one class. */
  page('/classes/:classId/study', 'class-student'),
  /** The teacher's page of a class: invite link, publishing, per-student progress. */
  page('/classes/:classId/teach', 'class-teacher'),
];

const API_ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/api/sign-in',
    access: 'anyone',
    async handle(c, _granted, ctx) {
      const session = await signInWithLink(ctx.db, (await jsonBody(c)).token, ctx.now());
      setSessionCookie(c, session.token, ctx.secureCookies);
      return c.json({ person: personView(session.person), csrf: session.csrf });
    },
  },
  {
    method: 'POST',
    path: '/api/login',
    access: 'anyone',
    async handle(c, _granted, ctx) {
      const body = await jsonBody(c);
      const session = await logIn(
        ctx.db,
        { email: body.email, password: body.password, address: addressOf(c) },
        ctx.now(),
      );
      setSessionCookie(c, session.token, ctx.secureCookies);
      return c.json({ person: personView(session.person), csrf: session.csrf });
    },
  },
  {
    method: 'POST',
    path: '/api/join',
    access: 'anyone',
    async handle(c, _granted, ctx) {
      const body = await jsonBody(c);
      const now = ctx.now();
      const cls = await classOfInvite(ctx.db, body.invite);
      const student = await studentFor(
        ctx.db,
        { email: body.email, name: body.name, password: body.password, address: addressOf(c) },
        now,
      );
      await enrol(ctx.db, cls, student, now);
      await seedStudent(ctx, cls, student.id, now);
      const session = await createSession(ctx.db, student, now);
      setSessionCookie(c, session.token, ctx.secureCookies);
      return c.json({ person: personView(student), csrf: session.csrf, class: classView(cls, false) });
    },
  },
  {
    method: 'POST',
    path: '/api/logout',
    access: 'signed-in',
    async handle(c, _granted, ctx) {
      const hash = c.get('sessionHash');
      if (hash !== null) await deleteSession(ctx.db, hash);
      clearSessionCookie(c, ctx.secureCookies);
      return c.json({ ok: true });
    },
  },
  {
    method: 'GET',
    path: '/api/me',
    access: 'signed-in',
    async handle(c, granted) {
      // The CSRF token is readable only by our own pages (no CORS), which need it after a reload.
      return c.json({ person: personView(must(granted.person)), csrf: c.get('csrf') });
    },
  },
  {
    method: 'POST',
    path: '/api/password',
    access: 'signed-in',
    async handle(c, granted, ctx) {
      await changePassword(ctx.db, must(granted.person), (await jsonBody(c)).password);
      return c.json({ ok: true });
    },
  },
  {
    method: 'GET',
    path: '/api/classes',
    access: 'signed-in',
    async handle(c, granted, ctx) {
      const person = must(granted.person);
      const classes = await classesOf(ctx.db, person.id);
      return c.json({ classes: classes.map((cls) => classView(cls, cls.teacherId === person.id)) });
    },
  },
  {
    method: 'POST',
    path: '/api/classes',
    access: 'teacher',
    async handle(c, granted, ctx) {
      const { cls, invite } = await createClass(
        ctx.db,
        must(granted.person),
        (await jsonBody(c)).name,
        ctx.now(),
      );
      return c.json({ class: classView(cls, true), inviteUrl: inviteUrl(ctx, invite) }, 201);
    },
  },
  {
    method: 'POST',
    path: '/api/publish-tokens',
    access: 'teacher',
    async handle(c, granted, ctx) {
      const token = newSecret();
      await insertPublishToken(ctx.db, hashSecret(token), must(granted.person).id, ctx.now());
      return c.json({ token }, 201);
    },
  },
  {
    method: 'GET',
    path: '/api/classes/:classId',
    access: 'class-member',
    async handle(c, granted) {
      return c.json({ class: classView(must(granted.cls), granted.teaches) });
    },
  },
  {
    method: 'GET',
    path: '/api/classes/:classId/students',
    access: 'class-teacher',
    async handle(c, granted, ctx) {
      const members = await membersOf(ctx.db, must(granted.cls).id);
      return c.json({
        students: members.map((m) => ({ email: m.email, name: m.name, joinedAt: m.joinedAt.toISOString() })),
      });
    },
  },
  {
    method: 'POST',
    path: '/api/classes/:classId/invite',
    access: 'class-teacher',
    async handle(c, granted, ctx) {
      return c.json({ inviteUrl: inviteUrl(ctx, await renewInvite(ctx.db, must(granted.cls))) });
    },
  },
  {
    method: 'POST',
    path: '/api/classes/:classId/publish',
    access: 'class-teacher',
    async handle(c, granted, ctx) {
      const notes = checkNotes((await jsonBody(c)).notes);
      return c.json(await publish(ctx, must(granted.cls), notes, ctx.now()));
    },
  },
  ...DASHBOARD_ROUTES,
  {
    method: 'GET',
    path: '/api/classes/:classId/study/next',
    access: 'class-student',
    async handle(c, granted, ctx) {
      return c.json(await nextCard(ctx, must(granted.cls), must(granted.person).id));
    },
  },
  {
    method: 'POST',
    path: '/api/classes/:classId/study/answer',
    access: 'class-student',
    async handle(c, granted, ctx) {
      const body = await jsonBody(c);
      const durationMs = durationParam(body.durationMs);
      const typed = typedParam(body.typed);
      const result = await answerCard(ctx, must(granted.cls), must(granted.person).id, {
        itemId: itemIdParam(body.itemId),
        rating: ratingParam(body.rating),
        expectedVersion: cardVersionParam(body.cardVersion),
        ...(durationMs === undefined ? {} : { durationMs }),
        ...(typed ? { typed } : {}),
      });
      return c.json(result);
    },
  },
];

export const ROUTES: readonly RouteSpec[] = [...PAGES, ...API_ROUTES, ...STUDENT_ROUTES];
