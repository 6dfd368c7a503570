/**
 * Incremental scan: only notes whose size or mtime changed are read, only those whose content hash changed
 * go through the pipeline, and the result is reconciled with the store in one transaction.
 *
 * Choice and order items draw distractors from the notes they are generated with; re-parsing only the changed
 * notes is accepted (their items are matched to their previous versions by the reconcile step).
 */
import { stat } from 'node:fs/promises';
import type { Problem } from '../generate/item.js';
import { firstHeadingTitle } from '../markdown/title.js';
import { buildDeck } from '../pipeline.js';
import type { NoteRecord, Store } from '../store/types.js';
import { findNotes, type NoteFile, type NoteLocation, readNote } from '../vault/index.js';
import { reconcile } from './reconcile.js';
import type { ScanReport } from './service.js';

interface Survey {
  /** Every note present now, as it should be recorded. */
  readonly notes: NoteRecord[];
  /** Notes new or with changed content: these are parsed. */
  readonly changed: NoteFile[];
  readonly problems: Problem[];
}

/** Scans `vault` and reconciles `store` with it; `elapsed` measures the duration (monotonic clock). */
export async function scanVaultIntoStore(
  store: Store,
  vault: string,
  now: Date,
  elapsed: () => number,
): Promise<ScanReport> {
  const started = elapsed();
  const found = await findNotes(vault);
  const stored = new Map((await store.listNotes()).map((note) => [note.path, note] as const));
  const survey = await surveyNotes(found.notes, stored);
  keepNotesOfUnreadableFolders(survey, found.unreadableFolders, stored);
  const known = await loadPeople(store);
  const otherPeople = peopleElsewhere(known, survey.changed);
  const deck = buildDeck(survey.changed, {
    vault,
    problems: [...found.problems, ...survey.problems],
    otherPeople,
    clock: elapsed,
  });
  const present = new Set(survey.notes.map((n) => n.path));
  const gone = [...known.keys()].filter((path) => !present.has(path));
  for (const path of gone) known.delete(path);
  for (const [path, names] of deck.people) known.set(path, names);
  if (gone.length > 0 || deck.people.size > 0) {
    await store.setSetting(
      PEOPLE_SETTING,
      Object.fromEntries([...known].sort(([a], [b]) => (a < b ? -1 : 1))),
    );
  }
  const report = await reconcile(
    store,
    {
      items: deck.deck.items,
      notes: survey.notes,
      scannedPaths: survey.changed.map((f) => f.path),
      changedNotes: survey.notes.filter((n) => !stored.has(n.path) || stored.get(n.path) !== n),
    },
    now,
  );
  return {
    ...report,
    notesSeen: found.notes.length,
    notesParsed: survey.changed.length,
    problems: deck.deck.problems.map((p) => ({ path: p.path, message: p.message })),
    durationMs: Math.round(elapsed() - started),
  };
}

const PEOPLE_SETTING = 'vault.people';

/** The people each note names, remembered between scans (path → names). */
async function loadPeople(store: Store): Promise<Map<string, readonly string[]>> {
  const saved = await store.getSetting<Record<string, string[]>>(PEOPLE_SETTING);
  return new Map(Object.entries(saved ?? {}));
}

/** The people of notes that are not rebuilt now: the rest of the vault-wide distractor pool. */
function peopleElsewhere(
  known: ReadonlyMap<string, readonly string[]>,
  changed: readonly NoteFile[],
): string[] {
  const rebuilt = new Set(changed.map((f) => f.path));
  return [...known].filter(([path]) => !rebuilt.has(path)).flatMap(([, names]) => names);
}

/** The notes last seen in a folder that cannot be read now stay as they were: a read error is not a deletion. */
function keepNotesOfUnreadableFolders(
  survey: Survey,
  folders: readonly string[],
  stored: ReadonlyMap<string, NoteRecord>,
): void {
  if (folders.length === 0) return;
  const present = new Set(survey.notes.map((note) => note.path));
  for (const [path, note] of stored) {
    if (!present.has(path) && folders.some((folder) => path.startsWith(`${folder}/`)))
      survey.notes.push(note);
  }
}

async function surveyNotes(
  locations: readonly NoteLocation[],
  stored: ReadonlyMap<string, NoteRecord>,
): Promise<Survey> {
  const survey: Survey = { notes: [], changed: [], problems: [] };
  for (const location of locations) {
    const previous = stored.get(location.path);
    const info = await stat(location.absolutePath).catch(() => null);
    if (previous && info && info.size === previous.size && info.mtimeMs === previous.mtimeMs) {
      survey.notes.push(previous);
      continue;
    }
    const read = await readNote(location);
    if (!read.ok) {
      survey.problems.push(read.problem);
      // An unreadable note keeps its items: a bad read must never retire history.
      if (previous) survey.notes.push(previous);
      continue;
    }
    const file = read.file;
    survey.notes.push({
      path: file.path,
      hash: file.hash,
      size: file.size,
      mtimeMs: file.mtimeMs,
      title: titleOf(file),
    });
    if (previous?.hash !== file.hash) survey.changed.push(file);
  }
  return survey;
}

/** First `# heading`, else the file name without `.md`. */
function titleOf(file: NoteFile): string {
  const heading = firstHeadingTitle(file.text);
  return heading ?? file.path.replace(/^.*\//, '').replace(/\.md$/i, '');
}
