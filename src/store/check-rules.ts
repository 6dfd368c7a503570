/**
 * What `recollect check` looks for, one query per kind of problem. Each finding says what is wrong in one
 * line and whether `--repair` can fix it (check-repair.ts). Runs on a raw better-sqlite3 handle so a damaged
 * database can still be inspected without migrations or the typed store in the way.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { columnProblem, JSON_COLUMNS, rowName } from './json-columns.js';
import { peopleOf } from './people-queries.js';
import type { CardsTable } from './schema.js';

export type ProblemKind =
  | 'integrity'
  | 'foreign-key'
  | 'orphan-card'
  | 'orphan-review'
  | 'orphan-alias'
  | 'impossible-card'
  | 'vanished-note'
  | 'orphan-events'
  | 'bad-json'
  | 'people-counts';

export interface CheckProblem {
  readonly kind: ProblemKind;
  readonly message: string;
  readonly repairable: boolean;
  /** The item key concerned, for the repairs. */
  readonly key?: number;
  /** For orphan aliases: the former id. */
  readonly oldId?: string;
  /** For orphan events: the note path they point to. */
  readonly notePath?: string;
  /** For damaged JSON: where the value is (the row's key column value). */
  readonly json?: { readonly table: string; readonly column: string; readonly row: string | number };
}

type Db = BetterSqlite3.Database;
const PHASES = new Set(['new', 'learning', 'review', 'relearning']);
/** Tables whose foreign keys the orphan rules below already cover with clearer messages. */
const COVERED_TABLES = new Set(['cards', 'review_log', 'item_aliases', 'events']);

/** Every problem found in the database, in a stable order. */
export function findProblems(db: Db): CheckProblem[] {
  const integrity = integrityProblems(db);
  // A damaged file can make the other queries throw or lie: report the damage alone.
  if (integrity.length > 0) return integrity;
  return [
    ...foreignKeyProblems(db),
    ...orphanReviews(db),
    ...orphanCards(db),
    ...orphanAliases(db),
    ...impossibleCards(db),
    ...vanishedNotes(db),
    ...orphanEvents(db),
    ...badJsonValues(db),
    ...peopleCountProblems(db),
  ];
}

/** The people counts of every note, as `note_people` should hold them (people-queries.ts), by name. */
export function expectedPeopleCounts(db: Db): Map<string, number> {
  const counts = new Map<string, number>();
  const rows = db.prepare("select people from notes where people <> '[]'").all() as { people: string }[];
  for (const { people } of rows)
    for (const name of peopleOf(people)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** `note_people` out of step with the notes' people (schema 5 on): the vault pool would be wrong. */
function peopleCountProblems(db: Db): CheckProblem[] {
  if (!db.prepare("select 1 from sqlite_master where type = 'table' and name = 'note_people'").get())
    return [];
  const expected = expectedPeopleCounts(db);
  const stored = db.prepare('select name, notes from note_people').all() as { name: string; notes: number }[];
  let wrong = stored.filter(({ name, notes }) => expected.get(name) !== notes).length;
  const names = new Set(stored.map(({ name }) => name));
  for (const name of expected.keys()) if (!names.has(name)) wrong++;
  if (wrong === 0) return [];
  return [
    {
      kind: 'people-counts',
      message: `note_people: the counts of ${wrong} ${wrong === 1 ? 'name differ' : 'names differ'} from the notes' people`,
      repairable: true,
    },
  ];
}

/** Every stored JSON value that does not parse, or does not have the shape its readers expect. */
function badJsonValues(db: Db): CheckProblem[] {
  return JSON_COLUMNS.flatMap(({ table, column, key, shape }) => {
    const rows = db
      .prepare(`select ${key} as row, ${column} as text from ${table} order by ${key}`)
      .all() as {
      row: string | number;
      text: string | null;
    }[];
    return rows.flatMap(({ row, text }) => {
      const why = columnProblem(text, shape);
      if (why === undefined) return [];
      return [
        {
          kind: 'bad-json' as const,
          message: `${rowName(table, row)}: ${column} ${why}`,
          repairable: true,
          json: { table, column, row },
        },
      ];
    });
  });
}

function integrityProblems(db: Db): CheckProblem[] {
  const rows = db.pragma('integrity_check(100)') as { integrity_check: string }[];
  return rows
    .filter((row) => row.integrity_check !== 'ok')
    .map((row) => ({
      kind: 'integrity' as const,
      message: `damaged storage: ${row.integrity_check}`,
      repairable: /index|wrong # of entries/i.test(row.integrity_check),
    }));
}

function foreignKeyProblems(db: Db): CheckProblem[] {
  const rows = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  return rows
    .filter((row) => !COVERED_TABLES.has(row.table))
    .map((row) => ({
      kind: 'foreign-key' as const,
      message: `row ${row.rowid} of ${row.table} points to a missing row of ${row.parent}`,
      repairable: false,
    }));
}

function orphanReviews(db: Db): CheckProblem[] {
  const rows = db
    .prepare(
      'select item_key as key, count(*) as n from review_log where item_key not in (select key from items) ' +
        'group by item_key order by item_key',
    )
    .all() as { key: number; n: number }[];
  return rows.map(({ key, n }) => ({
    kind: 'orphan-review' as const,
    message: `${n} review${n === 1 ? '' : 's'} of item key ${key}, which no longer exists`,
    repairable: true,
    key,
  }));
}

function orphanCards(db: Db): CheckProblem[] {
  const rows = db
    .prepare('select item_key as key from cards where item_key not in (select key from items) order by 1')
    .all() as { key: number }[];
  return rows.map(({ key }) => ({
    kind: 'orphan-card' as const,
    message: `a card for item key ${key}, which no longer exists`,
    repairable: true,
    key,
  }));
}

/** Timeline events of a note whose record is gone (one finding per note): the next scan builds the note anew. */
function orphanEvents(db: Db): CheckProblem[] {
  const rows = db
    .prepare(
      'select note_path as path, count(*) as n from events where note_path not in (select path from notes) ' +
        'group by note_path order by note_path',
    )
    .all() as { path: string; n: number }[];
  return rows.map(({ path, n }) => ({
    kind: 'orphan-events' as const,
    message: `${n} timeline event${n === 1 ? '' : 's'} of ${path}, a note the database no longer has`,
    repairable: true,
    notePath: path,
  }));
}

function orphanAliases(db: Db): CheckProblem[] {
  const rows = db
    .prepare(
      'select old_id as oldId, item_key as key from item_aliases ' +
        'where item_key not in (select key from items) order by 1',
    )
    .all() as { oldId: string; key: number }[];
  return rows.map(({ oldId, key }) => ({
    kind: 'orphan-alias' as const,
    message: `former id ${oldId} points to item key ${key}, which no longer exists`,
    repairable: true,
    key,
    oldId,
  }));
}

function impossibleCards(db: Db): CheckProblem[] {
  const rows = db
    .prepare(
      'select cards.*, items.id as item_id from cards join items on items.key = cards.item_key order by 1',
    )
    .all() as (CardsTable & { item_id: string })[];
  return rows.flatMap((row) => {
    const reason = whyImpossible(row);
    if (reason === undefined) return [];
    return [
      {
        kind: 'impossible-card' as const,
        message: `the card of item ${row.item_id} is impossible: ${reason}`,
        repairable: true,
        key: row.item_key,
      },
    ];
  });
}

/** Why a card row cannot come from the scheduler, or undefined when it could. */
export function whyImpossible(card: Omit<CardsTable, 'item_key'>): string | undefined {
  if (!PHASES.has(card.phase)) return `unknown phase '${String(card.phase)}'`;
  const numbers = {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
  };
  for (const [name, value] of Object.entries(numbers)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} is ${String(value)}`;
    if (value < 0) return `${name} is negative (${value})`;
  }
  if (card.difficulty > 10) return `difficulty ${card.difficulty} is above 10`;
  if (card.lapses > card.reps) return `more lapses (${card.lapses}) than reviews (${card.reps})`;
  if (card.last_review !== null && typeof card.last_review !== 'number') return 'last review is not a time';
  if (card.last_review === null && card.phase !== 'new') return `phase ${card.phase} but never reviewed`;
  if (card.last_review !== null && card.due < card.last_review) return 'due before its last review';
  return undefined;
}

function vanishedNotes(db: Db): CheckProblem[] {
  const rows = db
    .prepare(
      "select key, id, note_path as path from items where state != 'retired' " +
        'and note_path not in (select path from notes) order by note_path, key',
    )
    .all() as { key: number; id: string; path: string }[];
  return rows.map(({ key, id, path }) => ({
    kind: 'vanished-note' as const,
    message: `item ${id} is still studied but its note ${path} is gone`,
    repairable: true,
    key,
  }));
}
