/**
 * What a scan must do with each note of the vault: nothing (same size and mtime), record new size and mtime only
 * (touched, same content hash), or build it (new or changed). Stats run in parallel, bounded; the texts of notes
 * to build are not held here but read again when their turn comes, so a survey of any vault stays small.
 */
import { stat } from 'node:fs/promises';
import type { Problem } from '../generate/item.js';
import { firstHeadingTitle } from '../markdown/title.js';
import type { NoteRecord } from '../store/types.js';
import { type NoteFile, type NoteLocation, readNote } from '../vault/index.js';

export interface Survey {
  /** Notes present now whose record is known (unchanged or touched), in path order. */
  readonly kept: NoteRecord[];
  /** Notes to read and build, in path order, with their previous record when there is one. */
  readonly toBuild: { readonly location: NoteLocation; readonly previous?: NoteRecord }[];
  readonly problems: Problem[];
}

/** Stats (and reads, for a changed size or mtime) at most this many notes at once. */
const CONCURRENCY = 16;

/** Sorts each note of `locations` against the records of the last scan. */
export async function surveyNotes(
  locations: readonly NoteLocation[],
  stored: ReadonlyMap<string, NoteRecord>,
): Promise<Survey> {
  const outcomes = await mapBounded(locations, CONCURRENCY, (location) =>
    surveyOne(location, stored.get(location.path)),
  );
  const survey: Survey = { kept: [], toBuild: [], problems: [] };
  for (const [i, outcome] of outcomes.entries()) {
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

type Outcome =
  | { readonly kind: 'kept'; readonly record: NoteRecord }
  | { readonly kind: 'build' }
  | { readonly kind: 'problem'; readonly problem: Problem };

async function surveyOne(location: NoteLocation, previous: NoteRecord | undefined): Promise<Outcome> {
  if (!previous) return { kind: 'build' };
  const info = await stat(location.absolutePath).catch(() => null);
  if (info && info.size === previous.size && info.mtimeMs === previous.mtimeMs)
    return { kind: 'kept', record: previous };
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

/** First `# heading`, else the file name without `.md`. */
function titleOf(file: NoteFile): string {
  const heading = firstHeadingTitle(file.text);
  return heading ?? file.path.replace(/^.*\//, '').replace(/\.md$/i, '');
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
