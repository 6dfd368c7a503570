import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
// esbuild comes with tsx; bundling the child once makes each of the many child starts cheap (no TS loader).
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const TRIALS = Number(process.env.RECOLLECT_CRASH_TRIALS ?? 50);
// Inside node_modules so the bundle still resolves better-sqlite3 (native, kept external).
const child = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'recollect-crash-child.mjs');

beforeAll(async () => {
  await build({
    entryPoints: [join(import.meta.dirname, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile: child,
    logLevel: 'silent',
  });
});

/** Runs the child until it has acknowledged some reviews, kills it with SIGKILL, returns acknowledged ids. */
function runAndKill(vault: string, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, vault], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      const before = out.includes('ready\n');
      out += chunk.toString();
      if (!before && out.includes('ready\n')) setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    proc.on('error', reject);
    proc.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended on its own: ${err}`));
      // Only complete lines were acknowledged; a line cut by the kill is not.
      const lines = out.split('\n').slice(0, -1);
      resolve(lines.filter((l) => /^\d+$/.test(l)).map(Number));
    });
  });
}

describe('a process killed while answering', () => {
  it(`never loses an acknowledged review nor corrupts the database (${TRIALS} SIGKILLs)`, async () => {
    const vault = mkdtempSync(join(tmpdir(), 'recollect-crash-'));
    const acknowledged: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      acknowledged.push(...(await runAndKill(vault, (trial * 7) % 40)));
    }
    const db = new BetterSqlite3(join(vault, '.recollect', 'recollect.db'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(
      (db.prepare('select id from review_log').all() as { id: number }[]).map((r) => r.id),
    );
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(TRIALS);
    db.close();
  }, 600_000);
});
