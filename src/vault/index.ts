/**
 * vault/: finds the notes of a folder and reads them safely. Read-only: nothing is ever written to the vault.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { NoNotesError, NotAFolderError } from '../errors.js';
import type { Problem } from '../generate/item.js';
import { findNotes } from './find-notes.js';
import { readNote } from './read-note.js';
import type { NoteFile } from './types.js';

export type { FoundNotes, NoteLocation } from './find-notes.js';
export { findNotes, resolveVault } from './find-notes.js';
export type { ReadResult } from './read-note.js';
export { decodeNote, MAX_NOTE_BYTES, readNote } from './read-note.js';
export type { NoteFile } from './types.js';

export interface ScanOptions {
  /** Called after each note is read (`done` of `total`), for progress display. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Return an empty scan instead of throwing NoNotesError when the vault has no `.md` file. */
  readonly allowEmpty?: boolean;
}

export interface VaultScan {
  /** Notes read successfully, sorted by path. */
  readonly files: NoteFile[];
  /** Files and folders that could not be used, sorted by path. */
  readonly problems: Problem[];
}

/**
 * Reads one note as a vault of its own (its path is its file name), for `recollect cards note.md`.
 * Throws NotAFolderError when the path is not a `.md` file, so the caller's "not a folder" still reads right.
 */
export async function scanNote(file: string): Promise<VaultScan> {
  if (!/\.md$/i.test(file)) throw new NotAFolderError(`not a folder or a .md note: ${file}`);
  const result = await readNote({ path: basename(file), absolutePath: resolve(file) });
  return result.ok ? { files: [result.file], problems: [] } : { files: [], problems: [result.problem] };
}

/** Whether `path` names a file (not a folder): `cards` reads such a path as one note. */
export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Notes read at once: enough to hide I/O latency, few enough to stay far below file-descriptor limits. */
const CONCURRENCY = 32;

/**
 * Finds and reads every note of the vault at `root`.
 * Throws VaultNotFoundError, NotAFolderError, VaultUnreadableError, or NoNotesError when no `.md` file exists.
 * @example const { files, problems } = await scanVault('examples');
 */
export async function scanVault(root: string, options: ScanOptions = {}): Promise<VaultScan> {
  const found = await findNotes(root);
  if (found.notes.length === 0 && !options.allowEmpty) {
    throw new NoNotesError(`no Markdown notes (.md files) found in ${root}`);
  }
  const total = found.notes.length;
  const results = new Array<Awaited<ReturnType<typeof readNote>> | undefined>(total);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next++;
      results[index] = await readNote(found.notes[index]!);
      done++;
      options.onProgress?.(done, total);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, total) }, worker));
  const files: NoteFile[] = [];
  const problems: Problem[] = [...found.problems];
  for (const result of results) {
    if (result?.ok) files.push(result.file);
    else if (result) problems.push(result.problem);
  }
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}
