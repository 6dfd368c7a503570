import { describe, expect, it } from 'vitest';
import { addTeacher, LOGIN_LIMITS } from '../../src/class-server/accounts.js';
import { Client, PASSWORD, useClassServer } from './helpers.js';

const h = useClassServer();

describe('teachers and students signing in', () => {
  it('signs a teacher in once with the link add-teacher gives, then by password', async () => {
    const { token } = await addTeacher(h.server().context.db, 'Ada@School.example', new Date());
    const browser = h.client();
    const first = await browser.post('/api/sign-in', { token });
    expect(first.status).toBe(200);
    expect(first.body.person).toEqual({ email: 'ada@school.example', name: 'ada', role: 'teacher' });
    expect((await browser.post('/api/password', { password: PASSWORD })).status).toBe(200);
    const again = await h.client().post('/api/sign-in', { token });
    expect(again.status).toBe(401);
    const laptop = h.client();
    expect(
      (await laptop.post('/api/login', { email: 'ada@school.example', password: PASSWORD })).status,
    ).toBe(200);
    expect((await laptop.get('/api/me')).body.person).toMatchObject({ email: 'ada@school.example' });
  });

  it('refuses an expired sign-in link', async () => {
    const { token } = await addTeacher(
      h.server().context.db,
      'late@school.example',
      new Date(Date.now() - 25 * 3_600_000),
    );
    expect((await h.client().post('/api/sign-in', { token })).status).toBe(401);
  });

  it('lets a student join with the invite, choose a password, and sign in on another device', async () => {
    const teacher = await h.teacher('bo@school.example');
    const cls = await h.newClass(teacher, 'History 10B');
    const phone = h.client();
    const joined = await phone.post('/api/join', {
      invite: cls.invite,
      email: 'sam@pupil.example',
      name: 'Sam',
      password: PASSWORD,
    });
    expect(joined.status).toBe(200);
    expect(joined.body.class).toEqual({ id: cls.id, name: 'History 10B', role: 'student' });
    const laptop = h.client();
    expect((await laptop.post('/api/login', { email: 'sam@pupil.example', password: PASSWORD })).status).toBe(
      200,
    );
    expect((await laptop.get('/api/classes')).body.classes).toEqual([
      { id: cls.id, name: 'History 10B', role: 'student' },
    ]);
    const roster = await teacher.get(`/api/classes/${cls.id}/students`);
    expect(roster.body.students).toMatchObject([{ email: 'sam@pupil.example', name: 'Sam' }]);
  });

  it('refuses a replaced invite, a short password and a taken email without its password', async () => {
    const teacher = await h.teacher('cy@school.example');
    const cls = await h.newClass(teacher, 'Biology');
    const renewed = await teacher.post(`/api/classes/${cls.id}/invite`);
    expect(renewed.status).toBe(200);
    const join = (invite: string, email: string, password: string) =>
      h.client().post('/api/join', { invite, email, password });
    expect((await join(cls.invite, 'dee@pupil.example', PASSWORD)).status).toBe(404);
    const fresh = String(renewed.body.inviteUrl).replace(/^.*#join=/, '');
    expect((await join(fresh, 'dee@pupil.example', 'short')).status).toBe(400);
    expect((await join(fresh, 'dee@pupil.example', PASSWORD)).status).toBe(200);
    expect((await join(fresh, 'dee@pupil.example', 'another long password')).status).toBe(409);
    expect((await join(fresh, 'cy@school.example', PASSWORD)).status).toBe(403);
  });

  it('ends the session on logout, on the server and not just in the browser', async () => {
    const teacher = await h.teacher('eve@school.example');
    const stolen = new Client(h.server().url);
    stolen.cookie = teacher.cookie;
    expect((await stolen.get('/api/me')).status).toBe(200);
    expect((await teacher.post('/api/logout')).status).toBe(200);
    expect(teacher.cookie).toBeUndefined();
    expect((await stolen.get('/api/me')).status).toBe(401);
  });
});

describe('sign-in rate limiting', () => {
  it(`refuses an email after ${LOGIN_LIMITS.perEmail} wrong passwords, even with the right one`, async () => {
    await h.teacher('fay@school.example');
    for (let n = 0; n < LOGIN_LIMITS.perEmail; n++) {
      const wrong = await h
        .client()
        .post('/api/login', { email: 'fay@school.example', password: `wrong ${n} password` });
      expect(wrong.status).toBe(401);
    }
    const right = await h.client().post('/api/login', { email: 'fay@school.example', password: PASSWORD });
    expect(right.status).toBe(429);
    expect(right.body.error).toBe('too many failed sign-ins; wait 15 minutes and try again');
    await h.teacher('gil@school.example');
    expect(
      (await h.client().post('/api/login', { email: 'gil@school.example', password: PASSWORD })).status,
    ).toBe(200);
  });

  it('counts wrong passwords given to join with an existing account as failed sign-ins', async () => {
    const teacher = await h.teacher('kai@school.example');
    const cls = await h.newClass(teacher, 'Limits');
    await h.student('lou@pupil.example', cls.invite);
    for (let n = 0; n < LOGIN_LIMITS.perEmail; n++) {
      const guess = await h
        .client()
        .post('/api/join', { invite: cls.invite, email: 'lou@pupil.example', password: `guess number ${n}` });
      expect(guess.status).toBe(409);
    }
    const right = await h.client().post('/api/login', { email: 'lou@pupil.example', password: PASSWORD });
    expect(right.status).toBe(429);
  });

  it('answers an unknown email like a wrong password', async () => {
    const reply = await h.client().post('/api/login', { email: 'nobody@school.example', password: PASSWORD });
    expect(reply).toMatchObject({ status: 401, body: { error: 'wrong email or password' } });
  });
});

describe('cookies and cross-site requests', () => {
  it('sets the session cookie HttpOnly and SameSite=Lax, and not Secure over plain http', async () => {
    const { token } = await addTeacher(h.server().context.db, 'hal@school.example', new Date());
    const response = await fetch(`${h.server().url}/api/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^recollect_session=[\w-]{43}; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it('refuses a change made with the cookie but without the CSRF token', async () => {
    const teacher = await h.teacher('ida@school.example');
    const reply = await teacher.request(
      'POST',
      '/api/classes',
      { name: 'Forged' },
      { 'x-csrf-token': 'guess' },
    );
    expect(reply.status).toBe(403);
    const noHeader = new Client(h.server().url);
    noHeader.cookie = teacher.cookie;
    expect((await noHeader.post('/api/classes', { name: 'Forged' })).status).toBe(403);
    expect((await teacher.get('/api/classes')).body.classes).toEqual([]);
  });

  it('refuses a change posted from another origin, even with the token', async () => {
    const teacher = await h.teacher('jo@school.example');
    const reply = await teacher.request(
      'POST',
      '/api/classes',
      { name: 'Forged' },
      { origin: 'https://evil.example' },
    );
    expect(reply.status).toBe(403);
    const login = await h
      .client()
      .request(
        'POST',
        '/api/login',
        { email: 'jo@school.example', password: PASSWORD },
        { origin: 'https://evil.example' },
      );
    expect(login.status).toBe(403);
  });
});
