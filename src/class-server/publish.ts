/**
 * Publishing: a teacher sends the notes of a vault; the server runs the pipeline once and reconciles the class
 * store and every student's store with the result, each in its own transaction, exactly as a local scan does:
 * students keep their history through edits, renames and moves, and publishing the same notes again changes
 * nothing. A student who joins later gets the class's current items (seedStudent).
 */
import { createHash } from 'node:crypto';
import { noteTitle } from '../markdown/title.js';
import { buildDeck } from '../pipeline.js';
import type { ClassRecord } from '../store/server/classes.js';
import { membersOf } from '../store/server/classes.js';
import type { NoteRecord } from '../store/types.js';
import { type ReconcileCounts, reconcile } from '../study/reconcile.js';
import { MAX_NOTE_BYTES } from '../vault/read-note.js';
import type { NoteFile } from '../vault/types.js';
import { storeNoteTexts } from './class-notes.js';
import type { ClassServerContext } from './context.js';
import { BadInputError } from './errors.js';
import { openClassStore, openStudentStore } from './stores.js';

export const MAX_PUBLISHED_NOTES = 10_000;

export interface PublishedNote {
  readonly path: string;
  readonly text: string;
}

export interface PublishReport {
  readonly notes: number;
  readonly items: number;
  /** What the class's items did (added, updated, retired, …). */
  readonly changes: ReconcileCounts;
  readonly students: number;
  readonly problems: readonly { readonly path: string; readonly message: string }[];
}

/** The notes of a publish request, checked: relative `.md` paths without `.` or `..` parts, text under 5 MB. */
export function checkNotes(input: unknown): PublishedNote[] {
  if (!Array.isArray(input) || input.length > MAX_PUBLISHED_NOTES) {
    throw new BadInputError(`send notes as a list of at most ${MAX_PUBLISHED_NOTES} { path, text }`);
  }
  const seen = new Set<string>();
  return input.map((note: unknown) => {
    const { path, text } = (note ?? {}) as { path?: unknown; text?: unknown };
    if (
      typeof path !== 'string' ||
      path.length > 500 ||
      !/\.md$/i.test(path) ||
      path.startsWith('/') ||
      path.split('/').some((part) => part === '' || part === '.' || part === '..') ||
      /\p{Cc}|\\/u.test(path)
    ) {
      throw new BadInputError(`not a note path inside a vault: ${String(path).slice(0, 100)}`);
    }
    if (typeof text !== 'string' || Buffer.byteLength(text) > MAX_NOTE_BYTES) {
      throw new BadInputError(`${path}: the note text is missing or larger than 5 MB`);
    }
    if (seen.has(path)) throw new BadInputError(`${path} is sent twice`);
    seen.add(path);
    return { path, text };
  });
}

function noteFile(note: PublishedNote): NoteFile {
  const text = note.text.replace(/\r\n/g, '\n').replace(/\r/g, ' ');
  const bytes = Buffer.from(note.text);
  return {
    path: note.path,
    text,
    size: bytes.length,
    mtimeMs: 0,
    hash: createHash('sha256').update(bytes).digest('hex'),
  };
}

function noteRecord(file: NoteFile): NoteRecord {
  const title = noteTitle(file.text, file.path);
  return { path: file.path, hash: file.hash, size: file.size, mtimeMs: file.mtimeMs, title };
}

export async function publish(
  ctx: ClassServerContext,
  cls: ClassRecord,
  notes: readonly PublishedNote[],
  now: Date,
): Promise<PublishReport> {
  const files = [...notes].sort((a, b) => (a.path < b.path ? -1 : 1)).map(noteFile);
  const deck = buildDeck(files, { vault: cls.name, clock: () => performance.now() });
  const scan = { items: deck.deck.items, events: deck.deck.events, notes: files.map(noteRecord) };
  const classStore = await openClassStore(ctx.connection, cls);
  // The texts are written in the reconcile's transaction (nested transactions join the outer one).
  const report = await classStore.transaction(async (tx) => {
    const reconciled = await reconcile(tx, scan, now);
    await storeNoteTexts(tx, files, reconciled.deletedNotes);
    return reconciled;
  });
  const members = await membersOf(ctx.db, cls.id);
  for (const member of members) {
    await reconcile(await openStudentStore(ctx.connection, cls, member.personId), scan, now);
  }
  const { notes: _perNote, deletedNotes: _deleted, ...changes } = report;
  return {
    notes: files.length,
    items: deck.deck.items.length,
    changes,
    students: members.length,
    problems: deck.deck.problems.map((p) => ({ path: p.path, message: p.message })),
  };
}

/** Gives a student who just joined the class's current items (nothing changes when they have them already). */
export async function seedStudent(ctx: ClassServerContext, cls: ClassRecord, personId: number, now: Date) {
  const classStore = await openClassStore(ctx.connection, cls);
  const [items, notes, events] = await Promise.all([
    classStore.listItems({ states: ['active', 'suspended'] }),
    classStore.listNotes(),
    classStore.listEvents(),
  ]);
  await reconcile(await openStudentStore(ctx.connection, cls, personId), { items, events, notes }, now);
}
