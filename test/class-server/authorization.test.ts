/**
 * Walks every route of the class server (ROUTES itself, web pages and API, so a new route is walked too) as no one, another
 * teacher, a student of another class and a student of the same class, and expects each to be refused exactly
 * where the route's rule says; the class's own teacher is let through everywhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../src/class-server/policy.js';
import { PAGES, ROUTES } from '../../src/class-server/routes.js';
import { type Client, useClassServer } from './helpers.js';

const h = useClassServer();

type Who = 'no one' | 'another teacher' | 'student of another class' | 'student of the class';

/** The status each person gets from a rule, written out from the rules' meaning (policy.ts), not from runs. */
const EXPECTED: Readonly<Record<Access, Readonly<Record<Who, number | 'allowed'>>>> = {
  anyone: {
    'no one': 'allowed',
    'another teacher': 'allowed',
    'student of another class': 'allowed',
    'student of the class': 'allowed',
  },
  'signed-in': {
    'no one': 401,
    'another teacher': 'allowed',
    'student of another class': 'allowed',
    'student of the class': 'allowed',
  },
  teacher: {
    'no one': 401,
    'another teacher': 'allowed',
    'student of another class': 403,
    'student of the class': 403,
  },
  'class-member': {
    'no one': 401,
    'another teacher': 404,
    'student of another class': 404,
    'student of the class': 'allowed',
  },
  'class-student': {
    'no one': 401,
    'another teacher': 404,
    'student of another class': 404,
    'student of the class': 'allowed',
  },
  'class-teacher': {
    'no one': 401,
    'another teacher': 404,
    'student of another class': 404,
    'student of the class': 403,
  },
};

let owner: Client;
let classId: string;
const people = {} as Record<Who, Client>;
/** Real values for the routes' other parameters, so an allowed request reaches its handler's own checks. */
const NOTE_PATH = 'Biology/cells.md';
let itemId = '';

beforeAll(async () => {
  owner = await h.teacher('owner@school.example');
  const cls = await h.newClass(owner, 'Walked class');
  classId = cls.id;
  const other = await h.teacher('other@school.example');
  const otherClass = await h.newClass(other, 'Other class');
  people['no one'] = h.client();
  people['another teacher'] = other;
  people['student of another class'] = await h.student('stranger@pupil.example', otherClass.invite);
  people['student of the class'] = await h.student('member@pupil.example', cls.invite);
  await owner.post(`/api/classes/${classId}/publish`, {
    notes: [{ path: NOTE_PATH, text: '# Cells\n\n- The **nucleus** holds the genetic material\n' }],
  });
  const items = await people['student of the class'].get(`/api/classes/${classId}/items`);
  itemId = (items.body.items as { id: string }[])[0]?.id ?? '';
  expect(itemId).not.toBe('');
});

const pathOf = (path: string, id: string) =>
  path.replace(':classId', encodeURIComponent(id)).replace(':id', itemId).replace(':path{.+}', NOTE_PATH);
// Logout would end the session the next routes need; it is walked last for each person.
const walked = [...ROUTES].sort(
  (a, b) => Number(a.path === '/api/logout') - Number(b.path === '/api/logout'),
);

describe('authorization walk', () => {
  for (const who of Object.keys(EXPECTED.anyone) as Who[]) {
    it(`refuses ${who} everywhere the rules say`, async () => {
      const refusals: string[] = [];
      for (const route of walked) {
        if (route.access === 'anyone') continue;
        const reply = await people[who].request(
          route.method,
          pathOf(route.path, classId),
          route.method === 'POST' ? {} : undefined,
        );
        const expected = EXPECTED[route.access][who];
        const ok =
          expected === 'allowed' ? ![401, 403, 404].includes(reply.status) : reply.status === expected;
        if (!ok)
          refusals.push(
            `${route.method} ${route.path} (${route.access}): got ${reply.status}, expected ${expected}`,
          );
      }
      expect(refusals).toEqual([]);
    });
  }

  it("lets the class's own teacher through every class route but a student's own study", async () => {
    const results: string[] = [];
    for (const route of ROUTES.filter((r) => r.path.includes(':classId'))) {
      const reply = await owner.request(
        route.method,
        pathOf(route.path, classId),
        route.method === 'POST' ? {} : undefined,
      );
      const refused = [401, 403, 404].includes(reply.status);
      results.push(`${route.path}: ${refused ? reply.status : 'allowed'}`);
    }
    const expected = ROUTES.filter((r) => r.path.includes(':classId')).map(
      (r) => `${r.path}: ${r.access === 'class-student' ? 403 : 'allowed'}`,
    );
    expect(results).toEqual(expected);
  });

  it('answers a class one may not see exactly like a class that does not exist', async () => {
    // A fresh teacher: the walk above logged the others out.
    const stranger = await h.teacher('prober@school.example');
    const hidden = await stranger.get(`/api/classes/${classId}`);
    const missing = await stranger.get('/api/classes/AAAAAAAAAAAAAAAAAAAAAA');
    expect(hidden).toMatchObject({ status: 404, body: missing.body });
    expect(missing.status).toBe(404);
  });

  it("walks the teacher's dashboard routes, and answers them for a hidden class like for a missing one", async () => {
    const dashboard = [
      '/api/classes/:classId/progress',
      '/api/classes/:classId/progress.csv',
      '/api/classes/:classId/most-failed',
      '/api/classes/:classId/dashboard',
      '/api/classes/:classId/mastery.csv',
      '/api/classes/:classId/mastery-items.csv',
    ];
    for (const path of dashboard) {
      expect([path, ROUTES.find((r) => r.path === path && r.method === 'GET')?.access]).toEqual([
        path,
        'class-teacher',
      ]);
    }
    // Fresh sessions: the walk above logged the others out.
    const otherTeacher = await h.teacher('dashboard-prober@school.example');
    const elsewhere = await h.newClass(otherTeacher, 'Elsewhere');
    const stranger = await h.student('dashboard-stranger@pupil.example', elsewhere.invite);
    for (const prober of [otherTeacher, stranger]) {
      for (const path of dashboard) {
        const hidden = await prober.get(pathOf(path, classId));
        const missing = await prober.get(pathOf(path, 'AAAAAAAAAAAAAAAAAAAAAA'));
        expect([path, hidden.status, hidden.body]).toEqual([path, 404, missing.body]);
      }
    }
  });

  it('refuses a page in HTML with the status of its rule, and sends an allowed page with a strict CSP', async () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(4);
    const anonymous = await fetch(`${h.server().url}${pathOf('/classes/:classId/teach', classId)}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await anonymous.text()).toContain('Sign in first');
    const start = await fetch(`${h.server().url}/`);
    expect(start.status).toBe(200);
    expect(start.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(start.headers.get('x-frame-options')).toBe('DENY');
    const unknown = await fetch(`${h.server().url}/no/such/page`);
    expect(unknown.status).toBe(404);
  });

  it("gives the session's CSRF token back from /api/me, and a change without it is refused", async () => {
    const teacher = await h.teacher('csrf@school.example');
    const token = teacher.csrf;
    const me = await teacher.get('/api/me');
    expect(me.body.csrf).toBe(token);
    teacher.csrf = undefined;
    const refused = await teacher.post('/api/classes', { name: 'No token' });
    expect(refused.status).toBe(403);
    teacher.csrf = token;
    expect((await teacher.post('/api/classes', { name: 'With token' })).status).toBe(201);
  });

  it("lets no student route name another student: each reads the signed-in student's own store", async () => {
    const renewed = await owner.post(`/api/classes/${classId}/invite`);
    const invite = String(renewed.body.inviteUrl).replace(/^.*#join=/, '');
    const member = await h.student('first@pupil.example', invite);
    const other = await h.student('second@pupil.example', invite);
    const studentRoutes = ROUTES.filter((r) => r.access === 'class-student' && r.path.startsWith('/api/'));
    // No student route has a parameter naming a person: the store comes from the session alone.
    for (const route of studentRoutes) expect(route.path).not.toMatch(/:(person|student|user|email)/i);
    await member.post(`/api/classes/${classId}/settings`, { newPerDay: 3 });
    await member.post(`/api/classes/${classId}/items/${itemId}/state`, { state: 'suspended' });
    const next = await other.get(`/api/classes/${classId}/study/next`);
    const card = next.body.card as { item: { id: string }; cardVersion: string };
    await other.post(`/api/classes/${classId}/study/answer`, {
      itemId: card.item.id,
      rating: 1,
      cardVersion: card.cardVersion,
    });
    expect((await member.get(`/api/classes/${classId}/items/${card.item.id}`)).body).toMatchObject({
      card: null,
      reviews: [],
    });
    expect((await other.get(`/api/classes/${classId}/settings`)).body.settings).toMatchObject({
      newPerDay: 20,
    });
    expect((await other.get(`/api/classes/${classId}/items/${itemId}`)).body.item).toMatchObject({
      state: 'active',
    });
    // A query string naming someone else changes nothing either.
    const stats = await member.get(`/api/classes/${classId}/stats?student=second@pupil.example`);
    expect((stats.body.heatmap as { count: number }[]).reduce((sum, d) => sum + d.count, 0)).toBe(0);
  });

  it('has a rule for every route, and every rule is walked', () => {
    const rules = new Set(ROUTES.map((r) => r.access));
    for (const rule of rules) expect(Object.keys(EXPECTED)).toContain(rule);
    expect(ROUTES.length).toBeGreaterThanOrEqual(12);
  });
});
