/**
 * Incremental scan: only notes whose size or mtime changed are read, only those whose content hash changed
 * go through the pipeline, and the result is reconciled with the store in one transaction.
 *
 * The notes to build stream through the per-note pass (on worker threads when there are many) in path order and
 * through one `VaultMerge`, so a scan's items are those a full build of the same notes makes. The vault pool is
 * the people the other notes named when they were built (stored with each note's record, in the same transaction
 * as its items), read only when a scan builds notes. The first scan of
 * a vault (an empty store: nothing to reconcile with) writes its items in batches as they come, so its memory
 * does not grow with the vault, and so does a rules upgrade (every note built again by new rules), reconciled
 * batch by batch; a scan that changes nothing writes nothing. Each built note's timeline events are
 * written with its items and replace those it had (the timeline is read from the store, never rebuilt on request).
 */

import { lstat, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Item, Problem, TimelineEvent } from '../generate/item.js';
import type { VaultPools } from '../generate/pools.js';
import { type NoteGeneration, VaultMerge } from '../generate/vault-merge.js';
import type { NoteRecord, Store } from '../store/types.js';
import { type FoundNotes, findNotes, type NoteFile, type NoteLocation } from '../vault/index.js';
import { emptyCounts, type ReconcileCounts, type ReconcileReport, reconcile } from './reconcile.js';
import { currentRules, RULES_SETTING } from './rules-version.js';
import type { ScanReport } from './service.js';
import { StoredNotes } from './stored-notes.js';
import { readAhead, recordOf, type Survey, surveyNotes } from './survey.js';

export interface ScanOptions {
  /** Worker threads for the per-note pass (default: by the number of notes to build, see build-pool.ts). */
  readonly threads?: number;
  /**
   * Only these vault-relative paths changed (a watcher says so): they alone are looked at, without walking the
   * vault. A path that is not a note file or a deleted note (a folder, a link) makes it a whole scan.
   */
  readonly paths?: readonly string[];
  /**
   * The tagger's memory file (pos-memory/, in the store's data folder): the sentences of a rebuilt note that were
   * tagged before are not tagged again. Without it every sentence goes to the tagger; the items are the same.
   */
  readonly tagMemory?: string;
  /** The rules that make items (default: this build's, rules-version.ts); other rules than the store's rebuild all. */
  readonly rules?: string;
  /**
   * Items written per transaction by a first scan and by a rules upgrade (default 5,000); tests set it low to
   * see the batches.
   */
  readonly batchItems?: number;
  /** Told after each note built: how many of the notes to build are done (a terminal shows it on long scans). */
  readonly onProgress?: (built: number, toBuild: number) => void;
}

/** Items written per transaction by the first scan of a vault and by a rules upgrade. */
const BATCH_ITEMS = 5000;

/**
 * Scans `vault` and reconciles `store` with it; `elapsed` measures the duration (monotonic clock). A long-lived
 * caller passes the same `storedNotes` to every scan, so the note records are read from the store only when
 * another process wrote to it.
 */
export async function scanVaultIntoStore(
  store: Store,
  vault: string,
  now: Date,
  elapsed: () => number,
  options: ScanOptions = {},
  storedNotes: StoredNotes = new StoredNotes(),
): Promise<ScanReport> {
  try {
    return await scanWith(store, vault, now, elapsed, options, storedNotes);
  } catch (error) {
    // What a failed scan wrote is unknown (the first scan commits in batches): read the store again next time.
    storedNotes.forget();
    throw error;
  }
}

async function scanWith(
  store: Store,
  vault: string,
  now: Date,
  elapsed: () => number,
  options: ScanOptions,
  storedNotes: StoredNotes,
): Promise<ScanReport> {
  const started = elapsed();
  const stored: ReadonlyMap<string, NoteRecord> = await storedNotes.records(store);
  const watched = options.paths && (await watchedNotes(vault, options.paths, stored));
  let found: FoundNotes;
  let survey: Survey;
  let gone: string[];
  if (watched) {
    // Only the named notes are looked at: nothing here is as big as the vault (an edit in `serve`).
    found = { notes: [], problems: [], unreadableFolders: [] };
    survey = await surveyNotes(watched.present, stored);
    gone = watched.deleted;
  } else {
    found = await findNotes(vault);
    survey = await surveyNotes(found.notes, stored);
    keepNotesOfUnreadableFolders(survey, found.unreadableFolders, stored);
    const seen = new Set([...survey.kept.map((n) => n.path), ...survey.toBuild.map((b) => b.location.path)]);
    gone = [...stored.keys()].filter((path) => !seen.has(path));
  }
  // Items the store holds were made by other rules (a newer recollect): every note is built again. Only a whole
  // scan decides it; an edit seen by `serve` is built by this process's rules anyway.
  const rules = options.rules ?? currentRules();
  const storedRules = watched ? rules : await store.getSetting<string>(RULES_SETTING);
  const rulesChanged = stored.size > 0 && storedRules !== rules;
  if (rulesChanged) rebuildAll(survey, found.notes);
  else await buildCopiesToo(vault, survey, gone, stored);
  // What a rebuild could not reach (a folder or a note that cannot be read) keeps the old rules' items: the setting
  // then stays as it was, so that the next scan tries again. A note that was never stored (it never could be read)
  // holds no item of the old rules, so it does not hold the setting back: else one binary file in a vault would
  // make every later scan build every note again.
  const rebuildReachesAll = (build: BuildStream): boolean => {
    if (survey.kept.length > 0) return false;
    const parsed = new Set(build.parsed);
    return survey.toBuild.every((b) => b.previous === undefined || parsed.has(b.location.path));
  };
  const notesSeen = watched ? watched.notesSeen : found.notes.length;
  const touched = survey.kept.filter((n) => stored.get(n.path) !== n);
  const finish = (
    report: ReconcileReport,
    notesParsed: number,
    problems: readonly Problem[],
  ): ScanReport => ({
    ...report,
    notesSeen,
    notesParsed,
    problems: [...found.problems, ...survey.problems, ...problems].map((p) => ({
      path: p.path,
      message: p.message,
    })),
    durationMs: Math.round(elapsed() - started),
    ...(rulesChanged && notesParsed > 0 ? { rulesChanged } : {}),
  });
  if (survey.toBuild.length === 0 && gone.length === 0 && touched.length === 0) return finish(NOTHING, 0, []);
  // The vault pool: read only when a note is built, from every note but those rebuilt now.
  const rebuilt = new Set(survey.toBuild.map((b) => b.location.path));
  const pools = () => storedNotes.pools(store, rebuilt);

  const cold = stored.size === 0 && (await store.listItems()).length === 0;
  const build = new BuildStream(survey, pools, options);
  const written: NoteRecord[] = [];
  // The first scan names its rules before its first batch: an interrupted one is finished by the same rules.
  if (cold && storedRules !== rules) await store.setSetting(RULES_SETTING, rules);
  // A first scan keeps no record in memory: at 100,000 notes the records alone are ~40 MB at the end of the run,
  // where the memory peaks. The next scan of a long-lived process reads them from the store once (~70 ms at
  // 10,000 notes).
  const batchItems = options.batchItems ?? BATCH_ITEMS;
  const report = cold
    ? await coldIndex(store, build, now, batchItems)
    : rulesChanged
      ? await upgrade(store, build, { survey, stored, gone, now, written, batchItems })
      : await rescan(store, build, survey, stored, gone, now, written);
  if (cold) storedNotes.forget();
  else storedNotes.applied(written, gone);
  if (!cold && storedRules !== rules && (!rulesChanged || rebuildReachesAll(build)))
    await store.setSetting(RULES_SETTING, rules);
  return finish(report, build.parsed.length, build.problems);
}

/**
 * Moves every note the survey would keep to the notes to build, with its record, as for an edited note (a note
 * that cannot be read then keeps its items, as in any scan). Notes of folders that could not be listed are not in
 * `notes` and stay kept, as do notes the survey could not read.
 */
function rebuildAll(survey: Survey, notes: readonly NoteLocation[]): void {
  // A note the survey could not read keeps its items and its problem (reported once).
  const unreadable = new Set(survey.problems.map((p) => p.path));
  const found = new Set(notes.map((n) => n.path));
  const rebuilt = survey.kept.filter((r) => found.has(r.path) && !unreadable.has(r.path));
  const records = new Map<string, NoteRecord | undefined>(rebuilt.map((r) => [r.path, r] as const));
  for (const b of survey.toBuild) records.set(b.location.path, b.previous);
  survey.kept.splice(0, survey.kept.length, ...survey.kept.filter((r) => !records.has(r.path)));
  survey.toBuild.length = 0;
  // Found notes are in path order, so the notes to build stay in it.
  for (const location of notes) {
    if (!records.has(location.path)) continue;
    const previous = records.get(location.path);
    survey.toBuild.push({ location, ...(previous ? { previous } : {}) });
  }
}

/** A text or a title shared by more notes than this is a template's ("Untitled", "Notes"), not a copy's. */
const MAX_COPIES = 3;

/**
 * Copies of a note share its items (the vault holds one item per id), and a scan gives a shared item to whichever
 * copy it builds. So when a note is deleted, its unchanged copies (the same text, or the same title: "Cells 1.md"
 * made from "Cells.md") are built again too, and when a note is edited, its unchanged exact copies: the items they
 * still hold move to them instead of retiring with the other copy (a copy made, then deleted, took its original's
 * items out of study).
 */
async function buildCopiesToo(
  vault: string,
  survey: Survey,
  gone: readonly string[],
  stored: ReadonlyMap<string, NoteRecord>,
): Promise<void> {
  const deleted = gone.flatMap((path) => stored.get(path) ?? []);
  const rebuilt = survey.toBuild.flatMap((b) => b.previous ?? []);
  if (deleted.length === 0 && rebuilt.length === 0) return;
  // A deleted note's copies by text or by title; an edited note's only by text (its exact copies): an edit in
  // `serve` must not build every other "Summary" of the vault.
  const wanted = new Set([
    ...deleted.flatMap((r) => [`hash:${r.hash}`, ...(r.title ? [`title:${r.title}`] : [])]),
    ...rebuilt.map((r) => `hash:${r.hash}`),
  ]);
  const busy = new Set([...gone, ...survey.toBuild.map((b) => b.location.path)]);
  const byKey = new Map<string, NoteRecord[]>();
  for (const record of stored.values()) {
    if (busy.has(record.path)) continue;
    for (const key of [`hash:${record.hash}`, `title:${record.title}`]) {
      if (!wanted.has(key)) continue;
      const copies = byKey.get(key) ?? [];
      copies.push(record);
      byKey.set(key, copies);
    }
  }
  const copies = new Map<string, NoteRecord>();
  for (const records of byKey.values())
    if (records.length <= MAX_COPIES) for (const r of records) copies.set(r.path, r);
  if (copies.size === 0) return;
  const root = await realpath(vault);
  // A copy the survey kept (unchanged, or only touched) is built instead; its newest record comes with the read.
  survey.kept.splice(0, survey.kept.length, ...survey.kept.filter((r) => !copies.has(r.path)));
  for (const [path, previous] of copies) survey.toBuild.push({ location: locationIn(root, path), previous });
  survey.toBuild.sort((a, b) =>
    a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : 0,
  );
}

const NOTHING = { ...emptyCounts(), notes: [], deletedNotes: [] };

/** The notes to build, read ahead, through the per-note pass and the vault merge, one note at a time. */
class BuildStream {
  readonly problems: Problem[] = [];
  /** Records of the notes read for building, by path. */
  readonly records = new Map<string, NoteRecord>();
  /** Paths of the notes read and parsed (whatever the pipeline made of them). */
  readonly parsed: string[] = [];
  readonly #survey: Survey;
  readonly #pools: () => Promise<VaultPools>;
  readonly #options: ScanOptions;

  constructor(survey: Survey, pools: () => Promise<VaultPools>, options: ScanOptions) {
    this.#survey = survey;
    this.#pools = pools;
    this.#options = options;
  }

  /** Each built note with the items it keeps after the vault merge and its timeline events, in path order. */
  async *notes(): AsyncGenerator<BuiltNote> {
    // Nothing is loaded or read for the build until a note to build could be read: a rescan that finds nothing
    // changed, or only notes that cannot be read (a malformed file is read again by every scan), loads neither
    // the pipeline nor the vault pool.
    const files = this.#files();
    const first = await files.next();
    if (first.done) return;
    const merge = new VaultMerge();
    const { buildNotes } = await import('../workers/build-pool.js');
    const builds = buildNotes(startingWith(first.value, files), {
      pools: await this.#pools(),
      timed: true,
      // A scan stores items and events: the rejections and reasons `--explain` prints stay in the workers.
      itemsOnly: true,
      expectedNotes: this.#survey.toBuild.length,
      ...(this.#options.threads === undefined ? {} : { threads: this.#options.threads }),
      ...(this.#options.tagMemory === undefined ? {} : { tagMemory: this.#options.tagMemory }),
    });
    let built = 0;
    const toBuild = this.#survey.toBuild.length;
    for await (const build of builds) {
      this.#options.onProgress?.(++built, toBuild);
      if ('problem' in build) this.problems.push(build.problem);
      if (!('generation' in build)) continue;
      // The note's people go with its record: the vault pool of later scans.
      const record = this.records.get(build.path);
      if (record) this.records.set(build.path, { ...record, people: build.people });
      yield {
        path: build.path,
        items: keptItems(merge, build.generation),
        events: build.generation.events,
      };
    }
  }

  async *#files(): AsyncGenerator<NoteFile> {
    for await (const { entry, read } of readAhead(this.#survey.toBuild)) {
      if (!read.ok) {
        this.problems.push(read.problem);
        // An unreadable note keeps its items: a bad read must never retire history.
        if (entry.previous) this.records.set(entry.previous.path, entry.previous);
        continue;
      }
      this.records.set(read.file.path, recordOf(read.file));
      this.parsed.push(read.file.path);
      yield read.file;
    }
  }
}

async function* startingWith<T>(first: T, rest: AsyncIterator<T>): AsyncGenerator<T> {
  try {
    yield first;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}

interface BuiltNote {
  readonly path: string;
  readonly items: Item[];
  readonly events: readonly TimelineEvent[];
}

function keptItems(merge: VaultMerge, generation: NoteGeneration): Item[] {
  return merge.add(generation).kept.map((x) => x.item);
}

/** A changed vault: the items of the rebuilt notes reconciled with the store in one transaction. */
async function rescan(
  store: Store,
  build: BuildStream,
  survey: Survey,
  stored: ReadonlyMap<string, NoteRecord>,
  gone: readonly string[],
  now: Date,
  written: NoteRecord[],
): Promise<ReconcileReport> {
  const items: Item[] = [];
  const events: TimelineEvent[] = [];
  for await (const note of build.notes()) {
    items.push(...note.items);
    events.push(...note.events);
  }
  const notes = [...survey.kept, ...build.records.values()];
  // Unchanged records are the stored objects themselves: only the others are written (in path order).
  const changedNotes = notes
    .filter((n) => stored.get(n.path) !== n)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // No note built, none gone, no record changed (only unreadable notes were tried): no transaction at all.
  if (build.parsed.length === 0 && gone.length === 0 && changedNotes.length === 0) return NOTHING;
  const report = await reconcile(
    store,
    { items, events, notes, scannedPaths: build.parsed, deletedNotes: gone, changedNotes },
    now,
  );
  written.push(...changedNotes);
  return report;
}

/** What a rules upgrade needs besides the notes it builds. */
interface UpgradeScope {
  readonly survey: Survey;
  readonly stored: ReadonlyMap<string, NoteRecord>;
  readonly gone: readonly string[];
  readonly now: Date;
  readonly written: NoteRecord[];
  readonly batchItems: number;
}

/**
 * A rules upgrade: every note is built again by the new rules. Its items are reconciled in batches of notes (path
 * order), each batch one transaction with its notes' records and events, as the first scan writes: memory no longer
 * holds every item of the vault at once (one transaction peaked at 1.4 GB for 10,000 notes). Reconciling a batch
 * looks a scan item's id up in the whole store, so an item the new rules put in a note of an earlier batch keeps its
 * row ("moved"); one they put in a later batch is retired with its old note's batch and revived, history and all,
 * with its new note's. Deleted notes and the records of notes not built go with the last batch. A scan cut short
 * leaves the rules setting as it was, so the next scan rebuilds again.
 */
async function upgrade(store: Store, build: BuildStream, scope: UpgradeScope): Promise<ReconcileReport> {
  const { survey, stored, gone, now, written, batchItems } = scope;
  const reports: ReconcileReport[] = [];
  let items: Item[] = [];
  let events: TimelineEvent[] = [];
  let parsedDone = 0;
  const flush = async (upTo: string | undefined): Promise<void> => {
    const last = upTo === undefined;
    const within = (path: string) => last || path <= upTo;
    const parsed: string[] = [];
    while (parsedDone < build.parsed.length && within(build.parsed[parsedDone] ?? '')) {
      parsed.push(build.parsed[parsedDone] ?? '');
      parsedDone++;
    }
    // A written batch's records leave the stream, as the first scan's do: later batches see only their own.
    const records = [...build.records.values()].filter((r) => within(r.path));
    for (const r of records) build.records.delete(r.path);
    const changed = [...records, ...(last ? survey.kept : [])].filter((r) => stored.get(r.path) !== r);
    changed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const batch = { items, events, parsed, changed };
    items = [];
    events = [];
    if (batch.parsed.length === 0 && batch.changed.length === 0 && !(last && gone.length > 0)) return;
    reports.push(
      await reconcile(
        store,
        {
          items: batch.items,
          events: batch.events,
          notes: [],
          scannedPaths: batch.parsed,
          deletedNotes: last ? gone : [],
          changedNotes: batch.changed,
        },
        now,
      ),
    );
    written.push(...batch.changed);
  };
  for await (const note of build.notes()) {
    items.push(...note.items);
    events.push(...note.events);
    // Notes come in path order: every note read up to this one is built.
    if (items.length >= batchItems) await flush(note.path);
  }
  await flush(undefined);
  return mergeReports(reports, gone);
}

/** The reports of an upgrade's batches as one (a note's counts summed if two batches name it). */
function mergeReports(reports: readonly ReconcileReport[], gone: readonly string[]): ReconcileReport {
  const total = emptyCounts();
  const perNote = new Map<string, ReconcileCounts>();
  for (const report of reports) {
    for (const key of COUNT_KEYS) total[key] += report[key];
    for (const { path, ...counts } of report.notes) {
      const note = perNote.get(path) ?? emptyCounts();
      for (const key of COUNT_KEYS) note[key] += counts[key];
      perNote.set(path, note);
    }
  }
  const notes = [...perNote]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, counts]) => ({ path, ...counts }));
  return { ...total, notes, deletedNotes: [...gone].sort() };
}

const COUNT_KEYS = Object.keys(emptyCounts()) as (keyof ReconcileCounts)[];

/**
 * The first scan of a vault: every item is new, so there is nothing to match and no history to keep. Items and
 * their notes' records are written in batches as the notes come, each batch one transaction: a scan cut short
 * leaves whole notes stored, and the next scan builds only the rest.
 */
async function coldIndex(
  store: Store,
  build: BuildStream,
  now: Date,
  batchItems: number,
): Promise<ReconcileReport> {
  const perNote = new Map<string, number>();
  // Events wait for their note's record, as they belong to it.
  const events = new Map<string, readonly TimelineEvent[]>();
  let items: Item[] = [];
  let paths: string[] = [];
  let added = 0;
  const flush = async (): Promise<void> => {
    const records = paths.flatMap((p) => build.records.get(p) ?? []);
    const batch = items;
    if (batch.length === 0 && records.length === 0) return;
    const batchEvents = paths.flatMap((p) => events.get(p) ?? []);
    await store.transaction(async (tx) => {
      await tx.insertItems(batch, now);
      await tx.upsertNotes(records, now);
      await tx.replaceEvents(
        records.map((r) => r.path),
        batchEvents,
      );
    });
    for (const p of paths) {
      build.records.delete(p);
      events.delete(p);
    }
    items = [];
    paths = [];
  };
  for await (const note of build.notes()) {
    items.push(...note.items);
    if (note.events.length > 0) events.set(note.path, note.events);
    added += note.items.length;
    if (note.items.length > 0) perNote.set(note.path, note.items.length);
    if (items.length >= batchItems) {
      // Records of notes read so far whose build is done: every note up to this one (path order).
      paths = [...build.records.keys()].filter((p) => p <= note.path);
      await flush();
    }
  }
  paths = [...build.records.keys()];
  await flush();
  return {
    ...NOTHING,
    added,
    notes: [...perNote].map(([path, count]) => ({ ...NOTHING, path, added: count })),
  };
}

/**
 * The named paths when only they changed (a watcher says so): those that are note files now, those of stored
 * notes that are gone, and how many notes the vault has then. Undefined when a path is anything else (a folder,
 * a link, a hidden file): then walk the vault.
 */
async function watchedNotes(
  vault: string,
  paths: readonly string[],
  stored: ReadonlyMap<string, NoteRecord>,
): Promise<{ present: NoteLocation[]; deleted: string[]; notesSeen: number } | undefined> {
  const root = await realpath(vault);
  const present = new Map<string, NoteLocation>();
  const deleted = new Set<string>();
  for (const path of new Set(paths)) {
    const parts = path.split('/');
    if (parts.some((p) => p === '' || p === '..' || p.startsWith('.') || p === 'node_modules'))
      return undefined;
    const info = await lstat(join(root, path)).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? null : undefined,
    );
    if (info === undefined) return undefined;
    if (info === null) {
      // Gone: a deleted note, or something that never was one (a folder moved away: walk to be sure).
      if (!stored.has(path)) return undefined;
      deleted.add(path);
    } else if (info.isFile() && path.toLowerCase().endsWith('.md')) {
      present.set(path, locationIn(root, path));
    } else if (!info.isFile()) return undefined;
  }
  const added = [...present.keys()].filter((path) => !stored.has(path)).length;
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    present: [...present.values()].sort((a, b) => byPath(a.path, b.path)),
    deleted: [...deleted].sort(byPath),
    notesSeen: stored.size + added - deleted.size,
  };
}

/** Where the note at vault-relative `path` is read from, under the vault's real path `root`. */
function locationIn(root: string, path: string): NoteLocation {
  return { path, absolutePath: `${root}${sep}${sep === '/' ? path : path.split('/').join(sep)}` };
}

/** The notes last seen in a folder that cannot be read now stay as they were: a read error is not a deletion. */
function keepNotesOfUnreadableFolders(
  survey: Survey,
  folders: readonly string[],
  stored: ReadonlyMap<string, NoteRecord>,
): void {
  if (folders.length === 0) return;
  const present = new Set(survey.kept.map((note) => note.path));
  for (const [path, note] of stored) {
    if (!present.has(path) && folders.some((folder) => path.startsWith(`${folder}/`))) survey.kept.push(note);
  }
}
