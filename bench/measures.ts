/**
 * The measures of performance.md, each run alone in a child process (bench/measure-child.ts) so that its peak
 * RSS is its own: the pipeline's trees and items would otherwise inflate every later measure's peak.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { buildDeck } from '../src/pipeline.js';
import { LATEST_VERSION, openStore } from '../src/store/index.js';
import { findNotes, scanVault } from '../src/vault/index.js';
import { seedStudyStore } from './seed-study.js';

export interface MeasureArgs {
  readonly vault: string;
  /** Data folder of the indexed vault (cold index creates it; warm and edit reuse it). */
  readonly dataDir: string;
  /** Cache folder for the seeded review database (seeding 1M rows through the Store API takes minutes). */
  readonly cacheDir: string;
  readonly reviewItems: number;
  readonly reviewRows: number;
  readonly answers: number;
  /** Stop the review loop after this long even if fewer answers were given. */
  readonly reviewBudgetMs: number;
  readonly now: string;
  /** Batched cold index: the notes wait here and move into `vault` `coldBatch` at a time, one scan each. */
  readonly staging?: string;
  readonly coldBatch?: number;
  /** Notes of the big vault the `huge` measure indexes (default 100,000). */
  readonly hugeNotes?: number;
  readonly seed?: number;
}

export interface MeasureResult {
  readonly ms: number;
  readonly details: Record<string, unknown>;
}

type Measure = (args: MeasureArgs) => Promise<MeasureResult>;

const timed = async <T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
};

/** createStudyService is being written by another helper; until it exists, index measures are "pending". */
async function studyService(vault: string, dataDir: string) {
  const module = await import('../src/study/create-service.js').catch(() => null);
  if (!module?.createStudyService) return null;
  return module.createStudyService({ vault, dataDir });
}

const pending = (why: string): MeasureResult => ({ ms: Number.NaN, details: { pending: why } });

async function indexScan(args: MeasureArgs): Promise<MeasureResult> {
  const service = await studyService(args.vault, args.dataDir);
  if (!service) return pending('createStudyService not available');
  try {
    const { ms, value } = await timed(() => service.scan(new Date(args.now)));
    // Per-note lists would make the JSON as big as the vault; counts are what runs are compared on.
    const { problems, notes, deletedNotes, ...counts } = value;
    return {
      ms,
      details: {
        ...counts,
        notesChanged: notes.length,
        deletedNotes: deletedNotes.length,
        problems: problems.length,
      },
    };
  } finally {
    await service.close();
  }
}

/**
 * Cold index in batches of notes, for vaults whose one-shot cold scan fails (see docs/benchmarks.md): only
 * scan time is summed; moving files in is not timed. Leaves the whole vault indexed for warm and edit.
 */
async function batchedColdIndex(args: MeasureArgs, staging: string): Promise<MeasureResult> {
  const found = await findNotes(staging);
  const batch = args.coldBatch ?? 1000;
  let ms = 0;
  let added = 0;
  let scans = 0;
  for (let start = 0; start < found.notes.length; start += batch) {
    for (const note of found.notes.slice(start, start + batch)) {
      const target = join(args.vault, note.path);
      await mkdir(dirname(target), { recursive: true });
      await rename(note.absolutePath, target);
    }
    const result = await indexScan(args);
    if (!Number.isFinite(result.ms)) return result;
    ms += result.ms;
    added += Number(result.details.added ?? 0);
    scans++;
  }
  return { ms, details: { batched: true, batch, scans, added } };
}

export const MEASURES: Record<string, Measure> = {
  /** markdown-it alone (CommonMark preset, no plugins) parsing every file already read into memory. */
  baseline: async (args) => {
    const scan = await scanVault(args.vault);
    const md = new MarkdownIt();
    const pass = () => timed(() => scan.files.reduce((n, f) => n + md.parse(f.text, {}).length, 0));
    // The first pass is the baseline: one pass in a fresh process, as the cold index gets. Two more passes
    // show the JIT-warm speed for reference.
    const first = await pass();
    const warm = Math.min((await pass()).ms, (await pass()).ms);
    return { ms: first.ms, details: { files: scan.files.length, tokens: first.value, warmMs: warm } };
  },
  /** buildDeck over every file already read (no I/O, no store). */
  pipeline: async (args) => {
    const scan = await scanVault(args.vault);
    const { ms, value } = await timed(() =>
      buildDeck(scan.files, { vault: 'bench', problems: scan.problems }),
    );
    return {
      ms,
      details: {
        notes: value.deck.notes,
        items: value.deck.items.length,
        problems: value.deck.problems.length,
      },
    };
  },
  cold: (args) => (args.staging ? batchedColdIndex(args, args.staging) : indexScan(args)),
  warm: indexScan,
  /** Appends a bullet to one note (new size and mtime), then rescans. */
  /**
   * Appends a bullet to a note (new size and mtime), then runs `recollect scan` (the built CLI) as a whole fresh
   * process, three times on three notes; the time is the median. In-process scan times are in the details.
   */
  edit: async (args) => {
    const scan = await scanVault(args.vault);
    const notes = [2, 3, 5].map((d) => scan.files[Math.floor(scan.files.length / d)]?.path);
    const runs: number[] = [];
    const inProcess: number[] = [];
    const cliScan = () =>
      spawnSync(
        process.execPath,
        [join(root, 'bin', 'recollect.js'), 'scan', args.vault, '--data', args.dataDir, '--json'],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
    // The cold index ran from the sources, whose rules are named "source"; the built CLI carries a hash of them, so
    // its first scan of this store builds every note again (a rules change). A user's index is made by the same CLI
    // that scans it: one untimed scan first.
    const aligned = cliScan();
    if (aligned.status !== 0) return { ms: Number.NaN, details: { error: aligned.stderr.slice(-2000) } };
    for (const note of notes) {
      if (!note) return pending('no note to edit');
      await appendBullet(join(args.vault, note));
      const start = performance.now();
      const run = cliScan();
      runs.push(performance.now() - start);
      if (run.status !== 0) return { ms: Number.NaN, details: { error: run.stderr.slice(-2000) } };
      inProcess.push((JSON.parse(run.stdout) as { durationMs: number }).durationMs);
    }
    return { ms: median(runs), details: { runs, inProcessMs: inProcess, edited: notes } };
  },
  /**
   * `serve`'s path after its watcher reports one edited note: `scan(now, { paths })` in a long-lived process (the
   * first edit also loads and warms the pipeline; the time is the median of the next five).
   */
  'serve-edit': async (args) => {
    const service = await studyService(args.vault, args.dataDir);
    if (!service) return pending('createStudyService not available');
    const scan = await scanVault(args.vault);
    const times: number[] = [];
    let firstScan: { notesParsed: number; rulesChanged?: boolean } | undefined;
    try {
      // Builds nothing after a cold index from the sources; after the CLI's scans (other rules) every note: then
      // this process's peak RSS is that rebuild's, not an edit's (details.firstScan says which).
      firstScan = await service.scan(new Date(args.now));
      for (let i = 0; i < 6; i++) {
        const note = scan.files[Math.floor((scan.files.length * (i + 1)) / 8)]?.path;
        if (!note) return pending('no note to edit');
        await appendBullet(join(args.vault, note));
        const { ms, value } = await timed(() => service.scan(new Date(args.now), { paths: [note] }));
        if (value.notesParsed !== 1) return { ms: Number.NaN, details: { error: 'edit not parsed', value } };
        times.push(ms);
      }
    } finally {
      await service.close();
    }
    return {
      ms: median(times.slice(1)),
      details: {
        firstEditMs: times[0],
        runs: times,
        firstScan: { notesParsed: firstScan?.notesParsed, rulesChanged: firstScan?.rulesChanged ?? false },
      },
    };
  },
  /**
   * A rules upgrade: a copy of the indexed store scanned by rules of another name, so every note is built again
   * and reconciled with the items it holds (batch by batch). Time and peak RSS; the store measured on stays as it
   * was.
   */
  upgrade: async (args) => {
    const dataDir = `${args.dataDir}-upgrade`;
    await rm(dataDir, { recursive: true, force: true });
    await cp(args.dataDir, dataDir, { recursive: true });
    const { scanVaultIntoStore } = await import('../src/study/scan.js');
    const store = await openStore({ vault: args.vault, dataDir });
    try {
      const { ms, value } = await timed(() =>
        scanVaultIntoStore(store, args.vault, new Date(args.now), () => performance.now(), {
          rules: `bench-upgrade-${Date.now()}`,
          // For a before/after: BENCH_UPGRADE_BATCH_ITEMS=1e9 reconciles the whole upgrade in one transaction.
          ...(process.env.BENCH_UPGRADE_BATCH_ITEMS
            ? { batchItems: Number(process.env.BENCH_UPGRADE_BATCH_ITEMS) }
            : {}),
        }),
      );
      const { problems, notes, deletedNotes, ...counts } = value;
      return { ms, details: { ...counts, notesChanged: notes.length, problems: problems.length } };
    } finally {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  /** Cold index of a vault `hugeNotes` notes big (default 100,000): time per note and peak RSS. */
  huge: async (args) => {
    const notes = args.hugeNotes ?? 100_000;
    const vault = join(dirname(args.dataDir), `huge-vault-${notes}`);
    // Written by a process of its own: 100,000 generated notes are ~300 MB of buffers, which would count in this
    // process's peak RSS and hide what the index itself needs.
    const made = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'bench', 'generate-vault.ts'),
        '--notes',
        String(notes),
        '--seed',
        String(args.seed ?? 1),
        '--out',
        vault,
      ],
      { encoding: 'utf8', cwd: root },
    );
    if (made.status !== 0) return { ms: Number.NaN, details: { error: made.stderr.slice(-2000) } };
    const result = await indexScan({
      ...args,
      vault,
      dataDir: join(dirname(args.dataDir), `huge-data-${notes}`),
    });
    return { ...result, details: { ...result.details, notes, msPerNote: result.ms / notes } };
  },
  review: reviewLoop,
  'serve-page': servePage,
};

/**
 * `recollect serve` (the built CLI, its own process) on the indexed vault, with a page's event stream open: each of
 * seven edits appends a bullet to a note, and the time is from the write to the "vault-changed" event that makes an
 * open page reload its data (the watcher's quiet period, the scan and the push). Median of the last six. Each save
 * is one write (an editor's best case for the quiet period). It runs the built CLI: `npm run build` first.
 */
async function servePage(args: MeasureArgs): Promise<MeasureResult> {
  const scan = await scanVault(args.vault);
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'recollect.js'), 'serve', args.vault, '--data', args.dataDir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // A rescan that fails publishes nothing, a server that cannot start may print nothing: give up after a while
  // instead of waiting for ever.
  const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
    Promise.race([
      promise,
      new Promise<T>((_, fail) => setTimeout(() => fail(new Error(`${what} within ${ms} ms`)), ms).unref()),
    ]);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    const listening = new Promise<number>((done, fail) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const url = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (url) done(Number(url[1]));
      });
      child.once('exit', (code) => fail(new Error(`serve exited (${code}) before listening`)));
    });
    const port = await within(listening, 300_000, 'serve printed no link');
    const events = await fetch(`http://127.0.0.1:${port}/api/events`);
    const reader = events.ok ? events.body?.getReader() : undefined;
    if (!reader) return { ms: Number.NaN, details: { error: `event stream: HTTP ${events.status}` } };
    const decoder = new TextDecoder();
    const nextChange = async (): Promise<void> => {
      let text = '';
      while (!text.includes('vault-changed')) {
        const { value, done } = await reader.read();
        if (done) throw new Error('event stream ended');
        text += decoder.decode(value);
      }
    };
    const times: number[] = [];
    try {
      for (let i = 0; i < 7; i++) {
        const note = scan.files[Math.floor((scan.files.length * (i + 1)) / 9)]?.path;
        if (!note) return pending('no note to edit');
        const changed = nextChange();
        changed.catch(() => {});
        const start = performance.now();
        await appendBullet(join(args.vault, note));
        await within(changed, 20_000, 'no vault-changed event');
        times.push(performance.now() - start);
        // Let the watcher's quiet period end before the next save.
        await new Promise((done) => setTimeout(done, 500));
      }
    } catch (error) {
      return { ms: Number.NaN, details: { error: String(error), stderr: stderr.slice(-2000), runs: times } };
    } finally {
      await reader.cancel().catch(() => {});
    }
    return { ms: median(times.slice(1)), details: { firstEditMs: times[0], runs: times } };
  } finally {
    child.kill();
  }
}

let edits = 0;

async function appendBullet(path: string): Promise<void> {
  edits++;
  await writeFile(
    path,
    `${await readFile(path, 'utf8')}\n- Edda Falk founded the Harbour Guild in ${1900 + edits}\n`,
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const root = fileURLToPath(new URL('..', import.meta.url));

async function reviewLoop(args: MeasureArgs): Promise<MeasureResult> {
  const seeded = await seededDatabase(args);
  await mkdir(args.dataDir, { recursive: true });
  await copyFile(seeded.file, join(args.dataDir, 'recollect.db'));
  // The store closes cleanly (WAL checkpointed), but copy a leftover WAL too rather than lose rows.
  await copyFile(`${seeded.file}-wal`, join(args.dataDir, 'recollect.db-wal')).catch(() => undefined);
  const service = await studyService(args.vault, args.dataDir);
  if (!service) return pending('createStudyService not available');
  const times: number[] = [];
  // CPU time of this process per answer beside the wall clock: on a shared machine the clock also counts the
  // time other processes held the cores (a descheduled answer), the CPU time only this process's work.
  const cpuTimes: number[] = [];
  let now = new Date(args.now).getTime();
  try {
    // A time budget as well as a count: when next() is slow (seconds), 1,000 answers would take an hour.
    const stopAt = performance.now() + args.reviewBudgetMs;
    for (let i = 0; i < args.answers && performance.now() < stopAt; i++) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const card = await service.next(new Date(now));
      if (!card) break;
      await service.answer({ itemId: card.item.id, rating: 3, durationMs: 5_000 }, new Date(now));
      times.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      now += 1_000;
    }
  } finally {
    await service.close();
  }
  const quantile = (values: readonly number[], q: number): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  };
  const at = (q: number): number => quantile(times, q);
  // The five slowest answers with their place in the loop: the first builds the day's queue.
  const slowest = times
    .map((ms, index) => ({ index, ms: Math.round(ms * 100) / 100 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  return {
    ms: at(0.99),
    details: {
      answers: times.length,
      p50: at(0.5),
      p99: at(0.99),
      max: at(1),
      slowest,
      cpuP50: quantile(cpuTimes, 0.5),
      cpuP99: quantile(cpuTimes, 0.99),
      seedMs: seeded.ms,
    },
  };
}

/** The seeded database, made once per (items, rows, schema version) and cached. */
async function seededDatabase(args: MeasureArgs): Promise<{ file: string; ms: number }> {
  const dir = join(args.cacheDir, `review-${args.reviewItems}-${args.reviewRows}-v${LATEST_VERSION}`);
  const file = join(dir, 'recollect.db');
  const done = join(dir, 'seeded.json');
  const previous = await readFile(done, 'utf8').catch(() => null);
  if (previous && (await stat(file).catch(() => null)))
    return { file, ms: JSON.parse(previous).ms as number };
  await mkdir(dir, { recursive: true });
  const store = await openStore({ vault: args.vault, dataDir: dir });
  const { ms } = await timed(() =>
    seedStudyStore(store, {
      items: args.reviewItems,
      reviews: args.reviewRows,
      reviewedShare: 0.8,
      now: new Date(args.now),
      seed: 1,
    }),
  );
  await store.close();
  await writeFile(done, JSON.stringify({ ms }));
  return { file, ms };
}
