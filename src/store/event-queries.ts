/**
 * SQL for the timeline: each note's events, as the last scan of that note made them. A note's events are
 * replaced whole when it is built again, and go with its record when it is deleted (a foreign key cascade).
 */
import type { Kysely, Selectable } from 'kysely';
import type { TimelineEvent } from '../generate/item.js';
import { sortEvents } from '../generate/sort-key.js';
import { parseColumn } from './json-columns.js';
import type { Database, EventsTable } from './schema.js';
import type { EventFilter } from './types.js';

type Db = Kysely<Database>;

/** Paths per `in (…)` list and rows per insert: well under SQLite's bound-parameter limit. */
const PATHS_PER_QUERY = 1000;
const ROWS_PER_INSERT = 100;

/**
 * Replaces the stored events of the notes at `paths` by `events` (each must belong to one of those notes, whose
 * record must be stored). A note among `paths` without events is left with none.
 */
export async function replaceEvents(
  db: Db,
  paths: readonly string[],
  events: readonly TimelineEvent[],
): Promise<void> {
  for (const part of chunks(paths, PATHS_PER_QUERY))
    await db.deleteFrom('events').where('note_path', 'in', part).execute();
  const positions = new Map<string, number>();
  const rows = events.map((event) => {
    const position = positions.get(event.source.path) ?? 0;
    positions.set(event.source.path, position + 1);
    return eventRow(event, position);
  });
  for (const part of chunks(rows, ROWS_PER_INSERT)) await db.insertInto('events').values(part).execute();
}

/** The stored events (of `filter.paths` only, when given) in timeline order: date, then note, then line. */
export async function listEvents(db: Db, filter: EventFilter = {}): Promise<TimelineEvent[]> {
  const pathParts = filter.paths ? chunks(filter.paths, PATHS_PER_QUERY) : [undefined];
  const rows: Selectable<EventsTable>[] = [];
  for (const paths of pathParts) {
    let query = db.selectFrom('events').selectAll();
    if (paths) query = query.where('note_path', 'in', paths);
    rows.push(...(await query.execute()));
  }
  // Note order first (in JavaScript: PostgreSQL's collation may order paths differently), then the one sort
  // the pipeline uses, which is stable: events of one date and line keep their order in the note.
  rows.sort((a, b) => compareText(a.note_path, b.note_path) || a.position - b.position);
  return sortEvents(rows.map(eventFromRow));
}

function eventRow(event: TimelineEvent, position: number): EventsTable {
  return {
    note_path: event.source.path,
    position,
    sort_key: event.sortKey,
    end_sort_key: event.endSortKey ?? null,
    date: event.date,
    text: event.text,
    context: JSON.stringify(event.context),
    line: event.source.line,
    end_line: event.source.endLine,
  };
}

function eventFromRow(row: Selectable<EventsTable>): TimelineEvent {
  const key = `${row.note_path}#${row.position}`;
  return {
    date: row.date,
    sortKey: row.sort_key,
    ...(row.end_sort_key === null ? {} : { endSortKey: row.end_sort_key }),
    text: row.text,
    context: parseColumn<string[]>(row.context, { table: 'events', key, column: 'context' }),
    source: { path: row.note_path, line: row.line, endLine: row.end_line },
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
