/**
 * What a damaged study database can still give after `check --repair` put its newest backup in its place: the
 * reviews (with their items and cards) it holds and the backup does not. A backup is at most a day old, and the
 * answers given since then are the one thing a scan cannot make again, so they are read row by row from the
 * damaged file, skipping only the rows its damaged pages hide.
 */
import BetterSqlite3 from 'better-sqlite3';
import { rebuildCard } from './check-repair.js';

type Db = BetterSqlite3.Database;
type Row = Record<string, unknown>;

export interface Salvage {
  /** Review rows copied in (new since the backup, or changed since it). */
  readonly reviews: number;
  /** Items and notes copied in for them (made after the backup). */
  readonly items: number;
  readonly notes: number;
  /** Why nothing (or not everything) could be read, when so. */
  readonly unreadable?: string;
}

/** Rows read per query; a query that fails is read again one row at a time, so one bad page costs only its rows. */
const CHUNK = 500;

/** Copies into `restored` what `damagedFile` holds of the review history and the backup does not. */
export function salvageReviews(restored: Db, damagedFile: string): Salvage {
  let damaged: Db;
  try {
    damaged = new BetterSqlite3(damagedFile, { readonly: true, fileMustExist: true });
  } catch (error) {
    return nothing(`the damaged file cannot be opened (${(error as Error).message})`);
  }
  try {
    const version = (db: Db) => db.pragma('user_version', { simple: true }) as number;
    let damagedVersion: number;
    try {
      damagedVersion = version(damaged);
    } catch (error) {
      return nothing(`the damaged file cannot be read (${(error as Error).message})`);
    }
    if (damagedVersion !== version(restored))
      return nothing(`the damaged file has schema ${damagedVersion}, its backup ${version(restored)}`);
    return copyHistory(restored, damaged);
  } finally {
    damaged.close();
  }
}

function copyHistory(restored: Db, damaged: Db): Salvage {
  const reviews = readRows(damaged, 'review_log', 'id');
  if (reviews.rows.length === 0 && reviews.complete === false)
    return nothing('the damaged file shows no review it can read');
  const present = new Map(
    (restored.prepare('select * from review_log').all() as Row[]).map(
      (row) => [row.id as number, row] as const,
    ),
  );
  const changed = reviews.rows.filter((row) => {
    const old = present.get(row.id as number);
    return old === undefined || JSON.stringify(old) !== JSON.stringify(row);
  });
  // A row of the backup the damaged file lacks stays: an answer undone since is kept rather than risk dropping one
  // the damage hid. A row both hold under one id with other content (an undo, then a new answer) is the newer.
  const keys = new Set(changed.map((row) => row.item_key as number));
  if (changed.length === 0) return { reviews: 0, items: 0, notes: 0 };

  let items = 0;
  let notes = 0;
  restored.pragma('foreign_keys = OFF');
  try {
    restored
      .transaction(() => {
        const missingItems = [...keys].filter(
          (key) => !restored.prepare('select 1 from items where key = ?').get(key),
        );
        for (const key of missingItems) {
          const item = rowWhere(damaged, 'items', 'key', key);
          if (!item) continue;
          const path = item.note_path as string;
          if (!restored.prepare('select 1 from notes where path = ?').get(path)) {
            const note = rowWhere(damaged, 'notes', 'path', path);
            // With no stamp of the file it was read from, so the next scan reads the note again and makes the
            // items that had no answer to bring them along (its stamp would have said "unchanged").
            if (note && insert(restored, 'notes', { ...note, hash: '', size: -1, mtime_ms: 0 })) notes++;
          }
          if (insert(restored, 'items', item)) items++;
        }
        for (const row of changed) insert(restored, 'review_log', row, 'replace');
        for (const key of keys) {
          // The card as the damaged file has it; else the backup's, set to the state after its latest review.
          const card = rowWhere(damaged, 'cards', 'item_key', key);
          if (card) insert(restored, 'cards', card, 'replace');
          else rebuildCard(restored, key);
        }
      })
      .immediate();
  } finally {
    restored.pragma('foreign_keys = ON');
  }
  return {
    reviews: changed.length,
    items,
    notes,
    ...(reviews.complete ? {} : { unreadable: 'some reviews sit on damaged pages and could not be read' }),
  };
}

/** Every readable row of `table` in `key` order, and whether none was skipped. */
function readRows(db: Db, table: string, key: string): { rows: Row[]; complete: boolean } {
  try {
    return { rows: db.prepare(`select * from ${table} order by ${key}`).all() as Row[], complete: true };
  } catch {
    // Read in chunks of keys, then one key at a time where a chunk fails.
    const rows: Row[] = [];
    let complete = true;
    let last: number;
    try {
      last =
        (db.prepare(`select max(${key}) as last from ${table}`).get() as { last: number | null }).last ?? 0;
    } catch {
      return { rows, complete: false };
    }
    for (let from = 0; from <= last; from += CHUNK) {
      const to = from + CHUNK - 1;
      try {
        rows.push(
          ...(db.prepare(`select * from ${table} where ${key} between ? and ?`).all(from, to) as Row[]),
        );
      } catch {
        for (let k = from; k <= to; k++) {
          try {
            const row = db.prepare(`select * from ${table} where ${key} = ?`).get(k) as Row | undefined;
            if (row) rows.push(row);
          } catch {
            complete = false;
          }
        }
      }
    }
    return { rows, complete };
  }
}

function rowWhere(db: Db, table: string, column: string, value: unknown): Row | undefined {
  try {
    return db.prepare(`select * from ${table} where ${column} = ?`).get(value) as Row | undefined;
  } catch {
    return undefined;
  }
}

/** Inserts `row` with the columns both files share; false when it could not (a unique id already taken). */
function insert(db: Db, table: string, row: Row, conflict: 'ignore' | 'replace' = 'ignore'): boolean {
  const columns = (db.prepare(`pragma table_info(${table})`).all() as { name: string }[])
    .map((c) => c.name)
    .filter((name) => name in row);
  const sql = `insert or ${conflict} into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`;
  try {
    return db.prepare(sql).run(...columns.map((c) => row[c])).changes > 0;
  } catch {
    return false;
  }
}

const nothing = (unreadable: string): Salvage => ({ reviews: 0, items: 0, notes: 0, unreadable });
