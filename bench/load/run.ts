/**
 * `npm run load`: a class server (the built CLI, embedded PostgreSQL) with N students who sign in and answer
 * for a while, twice: once undisturbed, once with the server killed (SIGKILL) and restarted halfway. Reports
 * requests/s, p50/p99 latency and errors per phase, then checks that every acknowledged answer is in the
 * review log exactly once. Bounded: each phase lasts --seconds, everything runs on 127.0.0.1.
 * Flags: --students 300 --seconds 120 --join-concurrency 8
 * Environment: LOAD_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=DIR' runs the server under those node flags.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openClassDatabase } from '../../src/class-server/database.js';
import { openStudentStore } from '../../src/class-server/stores.js';
import { freePort } from '../../src/store/pg-embedded.js';
import { findClass } from '../../src/store/server/classes.js';
import { openServerDatabase } from '../../src/store/server/open.js';
import { findPersonByEmail } from '../../src/store/server/people.js';
import { checkAcknowledged, type LoadSummary, summarise } from './stats.js';
import { runStudent, type StudentResult } from './student.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'recollect.js');
const PASSWORD = 'load test password';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const students = option('students', 300);
const seconds = option('seconds', 120);
const joinConcurrency = option('join-concurrency', 8);

function cli(args: string[], env: Record<string, string> = {}): string {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) throw new Error(`recollect ${args[0]} failed: ${run.stderr}`);
  return run.stdout.trim();
}

function startServer(data: string, port: number): Promise<ChildProcess> {
  // LOAD_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=DIR' profiles the server (NODE_OPTIONS refuses --cpu-prof).
  const nodeArgs = (process.env.LOAD_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, bin, 'server', '--data', data, '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, DATABASE_URL: '' },
    },
  );
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk) => {
      text += String(chunk);
      if (text.includes('recollect class server at')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it served: ${text}`)));
  });
}

async function json(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(url).origin, ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return {
    body: (await response.json()) as Record<string, unknown>,
    cookie: response.headers.get('set-cookie'),
  };
}

async function inBatches<T>(values: readonly T[], size: number, run: (value: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < values.length) await run(values[next++] as T);
    }),
  );
}

async function phase(
  base: () => string,
  classId: string,
  emails: readonly string[],
  duringRun?: () => Promise<void>,
) {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const running = Promise.all(emails.map((email) => runStudent(base, classId, email, PASSWORD, deadline)));
  await duringRun?.();
  const results = await running;
  const elapsed = (performance.now() - started) / 1000;
  const summary = summarise(
    results.flatMap((r) => r.latencies),
    results.reduce((n, r) => n + r.errors, 0),
    elapsed,
  );
  const kinds = (['login', 'next', 'answer'] as const).map(
    (kind) =>
      [
        kind,
        summarise(
          results.flatMap((r) => r.byKind[kind]),
          0,
          elapsed,
        ),
      ] as const,
  );
  return { results, summary, kinds };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'recollect-load-'));
  chmodSync(dir, 0o755);
  const data = join(dir, 'server');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(data, port);
  try {
    const link = cli([
      'server',
      'add-teacher',
      'teacher@load.example',
      '--data',
      data,
      '--port',
      String(port),
    ]);
    const signIn = await json(`${base}/api/sign-in`, { token: link.replace(/^.*#sign-in=/, '') });
    const teacher = {
      cookie: (signIn.cookie ?? '').split(';')[0] ?? '',
      'x-csrf-token': String(signIn.body.csrf),
    };
    const created = await json(`${base}/api/classes`, { name: 'Load' }, teacher);
    const classId = (created.body.class as { id: string }).id;
    const invite = String(created.body.inviteUrl).replace(/^.*#join=/, '');
    const token = cli(['server', 'add-token', 'teacher@load.example', '--data', data]);
    console.log(
      cli(['publish', join(root, 'examples'), '--server', base, '--class', 'Load'], {
        RECOLLECT_TOKEN: token,
      }),
    );
    const emails = Array.from({ length: students }, (_, n) => `student${n}@load.example`);
    const joinStart = performance.now();
    await inBatches(emails, joinConcurrency, async (email) => {
      await json(`${base}/api/join`, { invite, email, password: PASSWORD });
    });
    console.log(`${students} students joined in ${((performance.now() - joinStart) / 1000).toFixed(1)} s`);

    const steady = await phase(() => base, classId, emails);
    report('steady', steady.summary, steady.kinds);
    const killed = await phase(
      () => base,
      classId,
      emails,
      async () => {
        await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 2));
        server.kill('SIGKILL');
        const down = performance.now();
        server = await startServer(data, port);
        console.log(
          `killed the server (SIGKILL) and restarted it in ${((performance.now() - down) / 1000).toFixed(1)} s`,
        );
      },
    );
    report('SIGKILL + restart', killed.summary, killed.kinds);
    await verify(data, classId, [...steady.results, ...killed.results]);
  } finally {
    server.kill('SIGINT');
    await new Promise((resolve) => server.once('exit', resolve));
    stopOrphanPostgres(data);
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(name: string, s: LoadSummary, kinds: readonly (readonly [string, LoadSummary])[]): void {
  console.log(
    `${name}: ${s.requests} requests, ${s.requestsPerSecond} req/s, p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, ` +
      `max ${s.maxMs} ms, ${s.errors} errors`,
  );
  for (const [kind, k] of kinds) {
    console.log(`  ${kind}: ${k.requests} (${k.requestsPerSecond}/s), p50 ${k.p50Ms} ms, p99 ${k.p99Ms} ms`);
  }
}

/** Every acknowledged answer must be in its student's review log exactly once. */
async function verify(data: string, classId: string, results: readonly StudentResult[]): Promise<void> {
  const database = await openClassDatabase({ dataDir: data });
  try {
    const db = await openServerDatabase(database.connection);
    const cls = await findClass(db, classId);
    if (!cls) throw new Error('the class is gone');
    let acknowledged = 0;
    let logged = 0;
    const problems: string[] = [];
    const byEmail = new Map<string, number[]>();
    for (const r of results) byEmail.set(r.email, [...(byEmail.get(r.email) ?? []), ...r.acknowledged]);
    for (const [email, ids] of byEmail) {
      const person = await findPersonByEmail(db, email);
      if (!person) throw new Error(`${email} is gone`);
      const store = await openStudentStore(database.connection, cls, person.id);
      const log = (await store.reviewsSince(new Date(0))).map((r) => r.id);
      const check = checkAcknowledged(ids, log);
      acknowledged += ids.length;
      logged += log.length;
      if (check.lost.length || check.duplicated.length) {
        problems.push(
          `${email}: lost ${check.lost.join(',') || 'none'}, duplicated ${check.duplicated.join(',') || 'none'}`,
        );
      }
    }
    console.log(
      `verified: ${acknowledged} acknowledged answers, ${logged} rows in the review logs ` +
        `(${logged - acknowledged} committed without an acknowledgement, at the kill), ${problems.length} problems`,
    );
    if (problems.length) {
      console.log(problems.join('\n'));
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}

/** The first server's PostgreSQL outlives its SIGKILL (the restarted server reused it): stop it by its pid. */
function stopOrphanPostgres(data: string): void {
  const pidFile = join(data, 'pgdata', 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0) {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // already gone
    }
    const until = Date.now() + 10_000;
    while (existsSync(pidFile) && Date.now() < until) spawnSync('sleep', ['0.1']);
  }
}

await main();
