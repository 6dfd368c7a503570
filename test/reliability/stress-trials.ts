/**
 * The kill stress shared by `npm run stress` (1,000 trials) and `npm test` (a few): a child answers reviews
 * and is killed with SIGKILL at a random moment, including while it opens the database; after each kill the
 * database must pass `integrity_check`, hold every acknowledged review, and every card must equal the state
 * its latest review logged (nothing half-written).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { cardToRow } from '../../src/store/rows.js';
import type { StoredCard } from '../../src/store/types.js';
import { createStudyService } from '../../src/study/create-service.js';

export interface StressOptions {
  readonly vault: string;
  readonly dataDir: string;
  /** The bundled review-child.ts (bundle-child.ts). */
  readonly child: string;
  readonly trials: number;
  readonly seed: number;
  /** Called after each verified trial. */
  readonly onTrial?: (trial: number, acknowledged: number) => void;
}

export interface StressResult {
  readonly acknowledged: number;
  readonly stored: number;
}

/** Runs the trials; throws on the first broken guarantee, naming the trial. */
export async function runKillStress(options: StressOptions): Promise<StressResult> {
  const study = await createStudyService({ vault: options.vault, dataDir: options.dataDir });
  await study.scan(new Date('2025-03-01T09:00:00Z'));
  await study.close();
  const random = mulberry32(options.seed);
  const acknowledged = new Set<number>();
  for (let trial = 0; trial < options.trials; trial++) {
    // One kill in five lands before the child is ready: during open, backup or migration.
    const early = random() < 0.2;
    const delayMs = Math.floor(random() * (early ? 150 : 40));
    const start = new Date(Date.UTC(2025, 3, 1) + trial * 86_400_000);
    for (const id of await runAndKill(options, start, early, delayMs)) acknowledged.add(id);
    const problem = verify(join(options.dataDir, 'recollect.db'), acknowledged);
    if (problem) throw new Error(`trial ${trial} (seed ${options.seed}): ${problem}`);
    options.onTrial?.(trial, acknowledged.size);
  }
  const db = new BetterSqlite3(join(options.dataDir, 'recollect.db'), { readonly: true });
  const stored = (db.prepare('select count(*) as n from review_log').get() as { n: number }).n;
  db.close();
  return { acknowledged: acknowledged.size, stored };
}

function runAndKill(options: StressOptions, start: Date, early: boolean, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const args = [options.child, options.vault, options.dataDir, start.toISOString()];
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    if (early) setTimeout(() => proc.kill('SIGKILL'), delayMs);
    proc.stdout.on('data', (chunk: Buffer) => {
      const wasReady = out.includes('ready\n');
      out += chunk.toString();
      if (!early && !wasReady && out.includes('ready\n')) setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    proc.on('error', reject);
    proc.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the child ended on its own: ${err}`));
      // Only complete lines were acknowledged; a line cut by the kill was not.
      resolve(
        out
          .split('\n')
          .slice(0, -1)
          .filter((line) => /^\d+$/.test(line))
          .map(Number),
      );
    });
  });
}

/** What is wrong with the database after a kill, or undefined when every guarantee holds. */
export function verify(file: string, acknowledged: ReadonlySet<number>): string | undefined {
  const db = new BetterSqlite3(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity_check says ${String(integrity)}`;
    const stored = new Set(
      (db.prepare('select id from review_log').all() as { id: number }[]).map((r) => r.id),
    );
    const lost = [...acknowledged].filter((id) => !stored.has(id));
    if (lost.length > 0) return `acknowledged reviews lost: ${lost.slice(0, 10).join(', ')}`;
    return halfWritten(db);
  } finally {
    db.close();
  }
}

/** A card that differs from the state its latest review logged means an answer was half written. */
function halfWritten(db: BetterSqlite3.Database): string | undefined {
  const rows = db
    .prepare(
      `select c.*, r.state_after from cards c join review_log r on r.id =
         (select max(id) from review_log where item_key = c.item_key)`,
    )
    .all() as (Record<string, unknown> & { item_key: number; state_after: string })[];
  for (const row of rows) {
    const expected = cardToRow(JSON.parse(row.state_after) as StoredCard);
    for (const [column, value] of Object.entries(expected)) {
      if (row[column] !== value)
        return `card of item key ${row.item_key}: ${column} is not what its log says`;
    }
  }
  return undefined;
}

/** A small seeded generator, so a failing run can be repeated with its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
