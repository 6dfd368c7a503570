/**
 * What `recollect check --repair` does for each kind of problem. Nothing that a person wrote or did is thrown
 * away: reviews whose item vanished are re-attached to a retired placeholder item (the review log is the
 * source of truth), while derived rows (orphan cards and aliases) are deleted and impossible cards are
 * rebuilt from the log.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { CheckProblem } from './check-rules.js';
import { expectedPeopleCounts, whyImpossible } from './check-rules.js';
import { columnProblem } from './json-columns.js';
import { cardFromRow, cardToRow } from './rows.js';
import type { CardsTable } from './schema.js';
import type { StoredCard } from './types.js';

type Db = BetterSqlite3.Database;

/** Applies every repairable fix; the caller wraps this in one transaction. Returns what was done. */
export function applyRepairs(db: Db, problems: readonly CheckProblem[], now: Date): string[] {
  const done: string[] = [];
  for (const problem of problems) {
    const fix = repairOne(db, problem, now);
    if (fix !== undefined) done.push(fix);
  }
  return done;
}

function repairOne(db: Db, problem: CheckProblem, now: Date): string | undefined {
  const key = problem.key;
  switch (problem.kind) {
    case 'people-counts': {
      // Derived from the notes' people: counted again.
      const counts = expectedPeopleCounts(db);
      db.prepare('delete from note_people').run();
      const insert = db.prepare('insert into note_people (name, notes) values (?, ?)');
      for (const [name, notes] of counts) insert.run(name, notes);
      return `counted the people of every note again (${counts.size} names)`;
    }
    case 'integrity':
      // Index damage is the one kind SQLite can rebuild from the tables themselves.
      if (!problem.repairable) return undefined;
      db.exec('reindex');
      return 'rebuilt the indexes';
    case 'orphan-review':
      if (key === undefined) return undefined;
      addPlaceholderItem(db, key, now);
      return `kept the reviews of item key ${key} under a retired placeholder item`;
    case 'orphan-card':
      if (key === undefined) return undefined;
      // A placeholder made for its reviews above now owns the card: keep it then.
      if (db.prepare('select 1 from items where key = ?').get(key)) return undefined;
      db.prepare('delete from cards where item_key = ?').run(key);
      return `deleted the card of missing item key ${key}`;
    case 'orphan-alias':
      if (problem.oldId === undefined) return undefined;
      db.prepare('delete from item_aliases where old_id = ?').run(problem.oldId);
      return `deleted the former id ${problem.oldId}`;
    case 'impossible-card':
      return key === undefined ? undefined : rebuildCard(db, key);
    case 'bad-json':
      return problem.json === undefined ? undefined : repairJson(db, problem.json);
    case 'orphan-events':
      if (problem.notePath === undefined) return undefined;
      // The note is unknown now: if it is still in the vault, the next scan builds it and writes its events.
      db.prepare('delete from events where note_path = ?').run(problem.notePath);
      return `deleted the timeline events of ${problem.notePath}, whose note record is gone`;
    case 'vanished-note':
      if (key === undefined) return undefined;
      db.prepare(
        "update items set state = 'retired', retired_at = ?, updated_at = ? where key = ? and state != 'retired'",
      ).run(now.getTime(), now.getTime(), key);
      return `retired item key ${key}, whose note is gone`;
    default:
      return undefined;
  }
}

/**
 * A damaged JSON value gets the value it must have had: a review's state is its neighbour's (the state after the
 * previous review of the item, the state before the next one, or the card itself after the latest); item lists
 * are emptied and their note read again at the next scan, which rewrites them (a note's timeline events are
 * dropped and rewritten the same way); a damaged setting is dropped (its default applies).
 */
function repairJson(db: Db, where: NonNullable<CheckProblem['json']>): string {
  const { table, column, row } = where;
  if (table === 'settings') {
    db.prepare('delete from settings where key = ?').run(row);
    return `dropped the damaged setting ${row} (its default applies)`;
  }
  if (table === 'items') {
    db.prepare(`update items set ${column} = ? where key = ?`).run(
      column === 'context' || column === 'tags' ? '[]' : null,
      row,
    );
    // size -1 makes the next scan read the note again and rewrite the item from it.
    db.prepare(
      'update notes set size = -1, hash = ? where path = (select note_path from items where key = ?)',
    ).run('', row);
    return `emptied ${column} of item key ${row}; the next scan rewrites it from its note`;
  }
  if (table === 'notes') {
    // A note's people are made by building it: the next scan reads it again and writes them.
    db.prepare("update notes set people = '[]', size = -1, hash = '' where path = ?").run(row);
    return `emptied the people of ${row}; the next scan rewrites them from the note`;
  }
  if (table === 'events') {
    // The row is named `path#position`: the note's events go, and the next scan builds the note again.
    const path = String(row).slice(0, String(row).lastIndexOf('#'));
    db.prepare('delete from events where note_path = ?').run(path);
    db.prepare('update notes set size = -1, hash = ? where path = ?').run('', path);
    return `dropped the timeline events of ${path}; the next scan rewrites them from the note`;
  }
  const state = neighbourState(db, Number(row), column === 'state_before' ? 'before' : 'after');
  db.prepare(`update review_log set ${column} = ? where id = ?`).run(state, row);
  return `rebuilt ${column} of review_log row ${row} from ${state === 'null' ? 'nothing (unknown)' : 'its neighbours'}`;
}

/** The state logged next to review `id` of the same item (see repairJson), as JSON; 'null' when none is usable. */
function neighbourState(db: Db, id: number, side: 'before' | 'after'): string {
  const { item_key } = db.prepare('select item_key from review_log where id = ?').get(id) as {
    item_key: number;
  };
  const neighbour = (
    side === 'before'
      ? db
          .prepare(
            'select state_after as s from review_log where item_key = ? and id < ? order by id desc limit 1',
          )
          .get(item_key, id)
      : db
          .prepare(
            'select state_before as s from review_log where item_key = ? and id > ? order by id limit 1',
          )
          .get(item_key, id)
  ) as { s: string } | undefined;
  if (neighbour !== undefined)
    return columnProblem(neighbour.s, 'state') === undefined ? neighbour.s : 'null';
  if (side === 'before') return 'null'; // the first review: the card was new
  const card = db.prepare('select * from cards where item_key = ?').get(item_key) as CardsTable | undefined;
  return card === undefined ? 'null' : JSON.stringify(cardFromRow(card));
}

function addPlaceholderItem(db: Db, key: number, now: Date): void {
  const first = db.prepare('select min(reviewed_at) as at from review_log where item_key = ?').get(key) as {
    at: number | null;
  };
  db.prepare(
    `insert into items (key, id, note_path, kind, prompt, answer, context, line, end_line, tags, fact, fact_key,
       state, leech, created_at, updated_at, retired_at)
     values (?, ?, '', 'qa', '(an item lost from the database)', '', '[]', 0, 0, '[]', '', ?, 'retired', 0, ?, ?, ?)`,
  ).run(key, `lost-${key}`, `lost-${key}`, first.at ?? now.getTime(), now.getTime(), now.getTime());
}

/** Resets a card to the state after its latest review whose logged state is possible, else to new. */
/** Sets the card of item `key` to the state after its latest usable review (or new, when it has none). */
export function rebuildCard(db: Db, key: number): string {
  const logged = db
    .prepare('select state_after from review_log where item_key = ? order by id desc')
    .all(key) as { state_after: string }[];
  for (const { state_after } of logged) {
    const row = possibleRow(state_after);
    if (row === undefined) continue;
    db.prepare(
      `update cards set phase = ?, due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?,
         learning_steps = ?, reps = ?, lapses = ?, last_review = ? where item_key = ?`,
    ).run(
      row.phase,
      row.due,
      row.stability,
      row.difficulty,
      row.elapsed_days,
      row.scheduled_days,
      row.learning_steps,
      row.reps,
      row.lapses,
      row.last_review,
      key,
    );
    return `reset the card of item key ${key} to its state after its last review`;
  }
  // No card row means "new": the item is studied again from the start, its history kept in the log.
  db.prepare('delete from cards where item_key = ?').run(key);
  return `reset the card of item key ${key} to new (no usable review state)`;
}

function possibleRow(json: string): ReturnType<typeof cardToRow> | undefined {
  try {
    const row = cardToRow(JSON.parse(json) as StoredCard);
    return whyImpossible(row) === undefined ? row : undefined;
  } catch {
    return undefined;
  }
}
