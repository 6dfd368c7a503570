/**
 * What a scan must do with each note of the vault: nothing (same size and mtime), record new size and mtime only
 * (touched, same content hash), or build it (new or changed). Stats run in parallel, bounded; the texts of notes
 * to build are not held here but read again when their turn comes, so a survey of any vault stays small.
 */
import { type Stats, statSync } from 'node:fs';
import type { Problem } from '../generate/item.js';
import { noteTitle } from '../markdown/title.js';
import type { NoteRecord } from '../store/types.js';
import { type NoteFile, type NoteLocation, readNote } from '../vault/index.js';

export interface Survey {
  /** Notes present now whose record is known (unchanged or touched), in path order. */
  readonly kept: NoteRecord[];
  /** Notes to read and build, in path order, with their previous record when there is one. */
  readonly toBuild: { readonly location: NoteLocation; readonly previous?: NoteRecord }[];
  readonly problems: Problem[];
}

/** Reads (for a changed size or mtime) at most this many notes at once. */
const CONCURRENCY = 16;
/**
 * Stats between two yields to the event loop. Stats are synchronous: 10,000 of them take ~50 ms here, against
 * 150–290 ms through libuv's thread pool at any concurrency (a promise and a thread hop cost more than the
 * system call on a local disk). Yielding every few hundred keeps a server answering meanwhile.
 */
const STATS_PER_TURN = 500;

/** Sorts each note of `locations` against the records of the last scan. */
export async function surveyNotes(
  locations: readonly NoteLocation[],
  stored: ReadonlyMap<string, NoteRecord>,
  /** When given, only these paths may have changed: the other stored notes are kept without a stat. */
  changed?: ReadonlySet<string>,
): Promise<Survey> {
  if (changed) return surveyChanged(locations, stored, changed);
  const infos = await statAll(locations.map((l) => (stored.has(l.path) ? l : undefined)));
  // Most notes are decided by their stat alone; only those with a new size or mtime are read (in parallel).
  const outcomes: (Outcome | undefined)[] = locations.map((location, i) => {
    const previous = stored.get(location.path);
    if (!previous) return { kind: 'build' };
    const info = infos[i];
    if (info && info.size === previous.size && info.mtimeMs === previous.mtimeMs)
      return { kind: 'kept', record: previous };
    return undefined;
  });
  const toRead = [...outcomes.keys()].filter((i) => outcomes[i] === undefined);
  const read = await mapBounded(toRead, CONCURRENCY, (i) =>
    changedOrTouched(
      locations[i] as NoteLocation,
      stored.get((locations[i] as NoteLocation).path) as NoteRecord,
    ),
  );
  for (const [n, i] of toRead.entries()) outcomes[i] = read[n];
  const survey: Survey = { kept: [], toBuild: [], problems: [] };
  for (const [i, outcome] of outcomes.entries()) {
    if (!outcome) continue;
    const location = locations[i] as NoteLocation;
    const previous = stored.get(location.path);
    if (outcome.kind === 'kept') survey.kept.push(outcome.record);
    else if (outcome.kind === 'build') survey.toBuild.push(previous ? { location, previous } : { location });
    else {
      survey.problems.push(outcome.problem);
      // An unreadable note keeps its items: a bad read must never retire history.
      if (previous) survey.kept.push(previous);
    }
  }
  return survey;
}

/**
 * The survey when a watcher names the paths that changed (serve): only those are looked at; every other stored
 * note is kept as it is, in one pass that allocates nothing per note (an edit in a 10,000-note vault).
 */
async function surveyChanged(
  locations: readonly NoteLocation[],
  stored: ReadonlyMap<string, NoteRecord>,
  changed: ReadonlySet<string>,
): Promise<Survey> {
  const looked = await surveyNotes(
    locations.filter((l) => changed.has(l.path) || !stored.has(l.path)),
    stored,
  );
  const keptNow = new Map(looked.kept.map((record) => [record.path, record] as const));
  const kept: NoteRecord[] = [];
  for (const { path } of locations) {
    const record = changed.has(path) || !stored.has(path) ? keptNow.get(path) : stored.get(path);
    if (record) kept.push(record);
  }
  return { ...looked, kept };
}

type Outcome =
  | { readonly kind: 'kept'; readonly record: NoteRecord }
  | { readonly kind: 'build' }
  | { readonly kind: 'problem'; readonly problem: Problem };

/**
 * Each note's stat (undefined for a note gone since the walk, or not asked for: a new note is built anyway), in
 * order, a few hundred per event-loop turn.
 */
async function statAll(locations: readonly (NoteLocation | undefined)[]): Promise<(Stats | undefined)[]> {
  const infos: (Stats | undefined)[] = [];
  for (const [i, location] of locations.entries()) {
    if (i > 0 && i % STATS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    if (!location) {
      infos.push(undefined);
      continue;
    }
    try {
      infos.push(statSync(location.absolutePath, { throwIfNoEntry: false }));
    } catch {
      infos.push(undefined);
    }
  }
  return infos;
}

/** A note whose size or mtime changed: read, and compare its content hash. */
async function changedOrTouched(location: NoteLocation, previous: NoteRecord): Promise<Outcome> {
  const read = await readNote(location);
  if (!read.ok) return { kind: 'problem', problem: read.problem };
  // Touched but not changed (a sync tool, `touch`): only size and mtime are recorded, nothing is built.
  if (read.file.hash === previous.hash) return { kind: 'kept', record: recordOf(read.file) };
  return { kind: 'build' };
}

/** The record of a note as read now. */
export function recordOf(file: NoteFile): NoteRecord {
  return { path: file.path, hash: file.hash, size: file.size, mtimeMs: file.mtimeMs, title: titleOf(file) };
}

/** The note's title (`noteTitle`: its opening `# heading`, else the file name). */
function titleOf(file: NoteFile): string {
  return noteTitle(file.text, file.path);
}

/** `fn` over `items` with at most `limit` calls running; results in the order of `items`. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}

/**
 * Reads the notes to build, in order, with up to `ahead` reads running before they are needed; yields each read
 * (a file, or the problem that kept it out).
 */
export async function* readAhead(
  entries: Survey['toBuild'],
  ahead = 32,
): AsyncGenerator<{ entry: Survey['toBuild'][number]; read: Awaited<ReturnType<typeof readNote>> }> {
  const pending: Promise<Awaited<ReturnType<typeof readNote>>>[] = [];
  let started = 0;
  for (let i = 0; i < entries.length; i++) {
    while (started < entries.length && started < i + ahead) {
      pending.push(readNote((entries[started] as Survey['toBuild'][number]).location));
      started++;
    }
    const read = await (pending.shift() as Promise<Awaited<ReturnType<typeof readNote>>>);
    yield { entry: entries[i] as Survey['toBuild'][number], read };
  }
}
