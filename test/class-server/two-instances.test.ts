/**
 * Two class servers on one PostgreSQL database behave as one: each has its own connection pool, as two
 * processes would, and neither keeps sessions, limits or data of its own.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTeacher, LOGIN_LIMITS } from '../../src/class-server/accounts.js';
import { type RunningClassServer, startClassServer } from '../../src/class-server/start.js';
import { connectPostgres, type PostgresConnection } from '../../src/store/pg-open.js';
import { usePostgres } from '../helpers/postgres.js';
import { Client, PASSWORD } from './helpers.js';

const pg = usePostgres();
const pools: PostgresConnection[] = [];
let a: RunningClassServer;
let b: RunningClassServer;

beforeAll(async () => {
  // A database of their own, so the two start on nothing and race to create the tables.
  await sql`create database two_instances`.execute(pg.connection().db);
  const url = new URL(pg.url());
  url.pathname = '/two_instances';
  for (let n = 0; n < 2; n++) pools.push(await connectPostgres({ url: url.toString() }));
  const started = await Promise.all(pools.map((connection) => startClassServer({ connection, port: 0 })));
  a = started[0] as RunningClassServer;
  b = started[1] as RunningClassServer;
});

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await Promise.all(pools.map((p) => p.close()));
});

/** The same browser talking to another server: keeps its cookie and token. */
function moveTo(client: Client, server: RunningClassServer): Client {
  const moved = new Client(server.url);
  moved.cookie = client.cookie;
  moved.csrf = client.csrf;
  return moved;
}

describe('two class servers on one database', () => {
  it('share sign-ins, classes and logouts', async () => {
    const { token } = await addTeacher(a.context.db, 'kim@school.example', new Date());
    const teacherOnA = new Client(a.url);
    expect((await teacherOnA.post('/api/sign-in', { token })).status).toBe(200);
    const created = await moveTo(teacherOnA, b).post('/api/classes', { name: 'Shared' });
    expect(created.status).toBe(201);
    const invite = String(created.body.inviteUrl).replace(/^.*#join=/, '');
    const studentOnA = new Client(a.url);
    expect(
      (await studentOnA.post('/api/join', { invite, email: 'lee@pupil.example', password: PASSWORD })).status,
    ).toBe(200);
    const studentOnB = moveTo(studentOnA, b);
    expect((await studentOnB.get('/api/classes')).body.classes).toEqual([
      { id: (created.body.class as { id: string }).id, name: 'Shared', role: 'student' },
    ]);
    expect((await studentOnB.post('/api/logout')).status).toBe(200);
    expect((await studentOnA.get('/api/me')).status).toBe(401);
  });

  it('count failed sign-ins together', async () => {
    const { token } = await addTeacher(b.context.db, 'max@school.example', new Date());
    const teacher = new Client(b.url);
    await teacher.post('/api/sign-in', { token });
    await teacher.post('/api/password', { password: PASSWORD });
    for (let n = 0; n < LOGIN_LIMITS.perEmail; n++) {
      const server = n % 2 === 0 ? a : b;
      const reply = await new Client(server.url).post('/api/login', {
        email: 'max@school.example',
        password: 'not the password',
      });
      expect(reply.status).toBe(401);
    }
    for (const server of [a, b]) {
      const reply = await new Client(server.url).post('/api/login', {
        email: 'max@school.example',
        password: PASSWORD,
      });
      expect(reply.status).toBe(429);
    }
  });
});
