/**
 * The per-note pass on every core: notes go to a pool of worker threads (tinypool) in chunks, and their builds
 * come back in the order the notes went in, whatever the number of threads, so the vault-wide merge after it
 * sees the same sequence and makes the same items and ids. At most a few chunks are in flight, so a vault of
 * any size streams through in bounded memory.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { Assessment } from '../generate/confidence.js';
import { EMPTY_POOLS, sortEvents, VaultMerge, type VaultPools } from '../generate/index.js';
import type { Item, Problem, Rejection, TimelineEvent } from '../generate/item.js';
import { type BuildResult, NOTE_BUDGET_MS, type NoteBuild } from '../pipeline.js';
import { threadTagMemory, withTagMemory } from '../pos-memory/index.js';
import type { NoteFile } from '../vault/types.js';
import { buildNoteOf } from './build-worker.js';

export interface BuildNotesOptions {
  readonly pools: VaultPools;
  /**
   * Worker threads; 0 builds in this thread. Default: one per core (at most 8) when there are `minNotesForWorkers`
   * notes or more, else 0 (a worker costs ~0.1 s to start, more than a few notes take).
   */
  readonly threads?: number;
  /** Fewer notes than this are built in this thread unless `threads` is given (default 64). */
  readonly expectedNotes?: number;
  /** Cut off a note that takes longer than `noteBudgetMs` (default NOTE_BUDGET_MS) on its thread's clock. */
  readonly timed?: boolean;
  readonly noteBudgetMs?: number;
  readonly noteMaxSteps?: number;
  /** Notes per task (default 16): enough to make a message worth sending, few enough to balance the threads. */
  readonly chunkNotes?: number;
  /** The tagger's memory file (pos-memory/): sentences tagged before are not tagged again, in any thread. */
  readonly tagMemory?: string;
  /** Only items and events are used (a scan): rejections and confidence reasons are left out of the builds. */
  readonly itemsOnly?: boolean;
}

const MIN_NOTES_FOR_WORKERS = 64;
const MAX_DEFAULT_THREADS = 8;

/** How many threads `buildNotes` uses for `expectedNotes` notes. */
export function threadsFor(options: Pick<BuildNotesOptions, 'threads' | 'expectedNotes'>): number {
  if (options.threads !== undefined) return Math.max(0, Math.floor(options.threads));
  const envThreads = Number(process.env.RECOLLECT_THREADS);
  if (process.env.RECOLLECT_THREADS && Number.isFinite(envThreads))
    return Math.max(0, Math.floor(envThreads));
  if ((options.expectedNotes ?? Number.POSITIVE_INFINITY) < MIN_NOTES_FOR_WORKERS) return 0;
  return Math.min(availableParallelism(), MAX_DEFAULT_THREADS);
}

/**
 * How far past what its last full collection kept a thread's heap may grow while a big build runs, in percent
 * (V8's `--heap-growing-percent`; 0, its default, lets the factor reach 4×). The per-note pass makes much
 * short-lived garbage on a small live set (~60–70 MB a thread), so by default each worker's heap drifted to ~200 MB
 * and a cold index of 10,000 notes on 2 workers peaked at ~900 MB RSS; at 20 % the same build stays near 500 MB
 * for a few per cent more time in the collector. Items do not depend on it.
 */
export const BUILD_HEAP_GROWING_PERCENT = 20;

/** Each worker's young generation (both semi-spaces and its large objects), in MB. */
export const WORKER_YOUNG_GENERATION_MB = 16;

let leanBuilds = 0;

/**
 * Runs a big build with the heaps' growth bounded (V8 flags are per process: the setting is put back when the
 * last big build of the process ends, so a long-lived `serve` keeps V8's default between scans).
 */
async function* withLeanHeaps<T>(build: AsyncGenerator<T>): AsyncGenerator<T> {
  if (leanBuilds++ === 0) setFlagsFromString(`--heap-growing-percent=${BUILD_HEAP_GROWING_PERCENT}`);
  try {
    yield* build;
  } finally {
    if (--leanBuilds === 0) setFlagsFromString('--heap-growing-percent=0');
  }
}

/** Builds each note of `files` (any iterable, read lazily), yielding the builds in the same order. */
export function buildNotes(
  files: AsyncIterable<NoteFile> | Iterable<NoteFile>,
  options: BuildNotesOptions,
): AsyncGenerator<NoteBuild> {
  const threads = threadsFor(options);
  const build = buildWith(files, options, threads);
  const big = threads > 0 || (options.expectedNotes ?? 0) >= MIN_NOTES_FOR_WORKERS;
  return big ? withLeanHeaps(build) : build;
}

async function* buildWith(
  files: AsyncIterable<NoteFile> | Iterable<NoteFile>,
  options: BuildNotesOptions,
  threads: number,
): AsyncGenerator<NoteBuild> {
  const task = {
    pools: options.pools,
    ...(options.timed ? { noteBudgetMs: options.noteBudgetMs ?? NOTE_BUDGET_MS } : {}),
    ...(options.noteMaxSteps === undefined ? {} : { noteMaxSteps: options.noteMaxSteps }),
    ...(options.tagMemory === undefined ? {} : { tagMemory: options.tagMemory }),
    ...(options.itemsOnly ? { itemsOnly: true } : {}),
  };
  if (threads === 0) {
    // Kept open by the thread between builds: `serve` builds one note per edit.
    const memory = threadTagMemory(options.tagMemory);
    for await (const file of files) yield withTagMemory(memory, () => buildNoteOf(file, task));
    return;
  }
  const pool = await startPool(threads);
  const inFlight: Promise<NoteBuild[]>[] = [];
  try {
    for await (const chunk of chunksOf(files, options.chunkNotes ?? 16)) {
      inFlight.push(pool.run({ ...task, files: chunk }) as Promise<NoteBuild[]>);
      // Two chunks per thread keep every thread busy while the caller consumes; more would only hold memory.
      while (inFlight.length >= threads * 2) yield* await (inFlight.shift() as Promise<NoteBuild[]>);
    }
    while (inFlight.length > 0) yield* await (inFlight.shift() as Promise<NoteBuild[]>);
  } finally {
    // A caller that stops early (or fails) must not leave rejected promises unobserved.
    for (const pending of inFlight) pending.catch(() => undefined);
    await pool.destroy();
  }
}

async function* chunksOf<T>(items: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

interface Pool {
  run(task: unknown): Promise<unknown>;
  destroy(): Promise<void>;
}

async function startPool(threads: number): Promise<Pool> {
  // Loaded only when a build is big enough for workers: a one-note scan never pays for it.
  const { Tinypool } = await import('tinypool');
  const source = import.meta.url.endsWith('.ts');
  return new Tinypool({
    filename: new URL(source ? './source-worker.mjs' : './build-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // A smaller young generation per worker (V8's own default grows to ~48 MB each): ~55 MB less RSS for two
    // workers at the same speed (3,000 notes, alternating runs). Only the old generation's limit could end a
    // worker, and it is left at V8's default.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
}

/**
 * `buildDeck` on the worker pool: the same deck, items, ids and order (the files are built in path order and
 * joined by one `VaultMerge`), with the per-note pass spread over the threads.
 */
export async function buildDeckOnWorkers(
  files: readonly NoteFile[],
  options: Omit<BuildNotesOptions, 'pools' | 'expectedNotes'> & {
    readonly vault: string;
    readonly problems?: readonly Problem[];
  },
): Promise<BuildResult> {
  const problems: Problem[] = [...(options.problems ?? [])];
  const merge = new VaultMerge();
  const items: Item[] = [];
  const events: TimelineEvent[] = [];
  const rejections: Rejection[] = [];
  const assessments = new Map<string, Assessment>();
  const people = new Map<string, readonly string[]>();
  let notes = 0;
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for await (const build of buildNotes(sorted, {
    ...options,
    pools: EMPTY_POOLS,
    expectedNotes: files.length,
  })) {
    if ('problem' in build) problems.push(build.problem);
    if (!('generation' in build)) continue;
    notes++;
    people.set(build.path, build.people);
    events.push(...build.generation.events);
    rejections.push(...build.generation.rejections);
    const merged = merge.add(build.generation);
    rejections.push(...merged.rejections);
    for (const { item, assessment } of merged.kept) {
      items.push(item);
      assessments.set(item.id, assessment);
    }
  }
  return {
    deck: { version: 1, vault: options.vault, notes, items, events: sortEvents(events), problems },
    rejections,
    assessments,
    people,
  };
}
