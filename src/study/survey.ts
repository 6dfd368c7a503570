/**
 * What a scan must do with each note of the vault: nothing (same size and mtime), record new size and mtime only
 * (touched, same content hash), or build it (new or changed). Reads run in parallel, bounded; the texts of notes
 * to build are not held here but read again when their turn comes, so a survey of any vault stays small.
 */
import { statSync } from 'node:fs';
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
): Promise<Survey> {
  // One pass, one entry per note: its stored record when its stat matches, BUILD for a new note, undefined for one
  // to read. No stat is kept: a fresh `recollect scan` of 10,000 notes spent more on collecting the kept stats
  // (and the per-note outcome objects) than on the system calls.
  const decided: (NoteRecord | typeof BUILD | undefined)[] = new Array(locations.length);
  const toRead: number[] = [];
  for (let i = 0; i < locations.length; i++) {
    if (i > 0 && i % STATS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    const location = locations[i] as NoteLocation;
    const previous = stored.get(location.path);
    if (!previous) decided[i] = BUILD;
    else if (sameStamp(location.absolutePath, previous)) decided[i] = previous;
    else toRead.push(i);
  }
  // Only the notes with a new size or mtime (or gone since the walk) are read, in parallel.
  const read = await mapBounded(toRead, CONCURRENCY, (i) =>
    changedOrTouched(
      locations[i] as NoteLocation,
      stored.get((locations[i] as NoteLocation).path) as NoteRecord,
    ),
  );
  const outcomes = new Map(toRead.map((i, n) => [i, read[n] as Outcome] as const));
  const survey: Survey = { kept: [], toBuild: [], problems: [] };
  for (let i = 0; i < locations.length; i++) {
    const location = locations[i] as NoteLocation;
    const decision = decided[i];
    if (decision === BUILD) survey.toBuild.push({ location });
    else if (decision) survey.kept.push(decision);
    else {
      const previous = stored.get(location.path) as NoteRecord;
      const outcome = outcomes.get(i) as Outcome;
      if (outcome.kind === 'kept') survey.kept.push(outcome.record);
      else if (outcome.kind === 'build') survey.toBuild.push({ location, previous });
      else {
        survey.problems.push(outcome.problem);
        // An unreadable note keeps its items: a bad read must never retire history.
        survey.kept.push(previous);
      }
    }
  }
  return survey;
}

const BUILD = Symbol('build');

/** Whether the note at `absolutePath` has the size and mtime of its record (false when it cannot be stat'ed). */
function sameStamp(absolutePath: string, previous: NoteRecord): boolean {
  try {
    const info = statSync(absolutePath, { throwIfNoEntry: false });
    return info !== undefined && info.size === previous.size && info.mtimeMs === previous.mtimeMs;
  } catch {
    return false;
  }
}

type Outcome =
  | { readonly kind: 'kept'; readonly record: NoteRecord }
  | { readonly kind: 'build' }
  | { readonly kind: 'problem'; readonly problem: Problem };

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
