/**
 * `recollect server` as people run it: the built binary starts an embedded PostgreSQL in its data folder,
 * `server add-teacher` (run while it serves) prints a sign-in link that works once, and Ctrl+C stops both the
 * server and its PostgreSQL.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '../class-server/helpers.js';
import { bin, requireBuild } from './study-helpers.js';

const root = mkdtempSync(join(tmpdir(), 'recollect-class-cli-'));
// Under root the embedded PostgreSQL runs as 'postgres', which must be able to enter the folder.
chmodSync(root, 0o755);
const data = join(root, 'server-data');
let server: ChildProcess | undefined;

afterAll(() => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

async function lineMatching(stream: NodeJS.ReadableStream, pattern: RegExp): Promise<RegExpExecArray> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    const match = pattern.exec(text);
    if (match) return match;
  }
  throw new Error(`never printed ${pattern}; printed:\n${text}`);
}

describe('recollect server', () => {
  it('serves on an embedded PostgreSQL, adds a teacher while running, and stops on Ctrl+C', async () => {
    requireBuild();
    const child = spawn(process.execPath, [bin, 'server', '--data', data, '--port', '0'], {
      env: { ...process.env, NO_COLOR: '1', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    const exited = once(child, 'exit');
    const [, url, port] = await lineMatching(
      child.stdout,
      /recollect class server at (http:\/\/127\.0\.0\.1:(\d+)) \(embedded PostgreSQL in /,
    );
    const added = spawnSync(
      process.execPath,
      [bin, 'server', 'add-teacher', 'Teacher@School.example', '--data', data, '--port', String(port)],
      { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } },
    );
    expect(added.stderr).toBe('teacher teacher@school.example can sign in once, within 24 hours, with:\n');
    expect(added.status).toBe(0);
    const link = added.stdout.trim();
    expect(link).toMatch(new RegExp(`^${url}/#sign-in=[\\w-]{43}$`));
    const browser = new Client(String(url));
    const signIn = await browser.post('/api/sign-in', { token: link.replace(/^.*#sign-in=/, '') });
    expect(signIn.body.person).toEqual({ email: 'teacher@school.example', name: 'teacher', role: 'teacher' });
    expect((await browser.post('/api/classes', { name: 'Year 9' })).status).toBe(201);
    child.kill('SIGINT');
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(existsSync(join(data, 'pgdata', 'postmaster.pid'))).toBe(false);
  }, 60_000);

  it('says what is wrong with a database URL that is not one', () => {
    requireBuild();
    const run = spawnSync(process.execPath, [bin, 'server', '--database', 'mysql://x'], { encoding: 'utf8' });
    expect(run.stderr).toContain('--database (or DATABASE_URL) must be a postgres:// URL');
    expect(run.status).toBe(2);
  });
});
