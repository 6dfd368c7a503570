/**
 * Table shapes as Kysely sees them. Times are integer milliseconds since the Unix epoch (UTC): they compare
 * and index as plain numbers in SQLite and map to `bigint` in PostgreSQL. JSON columns hold text.
 */
import type { Generated } from 'kysely';

export interface NotesTable {
  path: string;
  hash: string;
  size: number;
  mtime_ms: number;
  title: string;
  last_seen_at: number;
  /** JSON array of the people the note names (migration 4; '[]' by default). */
  people: Generated<string>;
}

export interface ItemsTable {
  /** Internal row key: card and review_log rows point here, so an item can change its content id freely. */
  key: Generated<number>;
  /** Current content-derived id (generation.md §6); unique. */
  id: string;
  note_path: string;
  kind: string;
  prompt: string;
  answer: string;
  /** JSON array or null. */
  choices: string | null;
  /** JSON array or null. */
  checklist: string | null;
  /** JSON array. */
  context: string;
  line: number;
  end_line: number;
  /** JSON array. */
  tags: string;
  fact: string;
  /** Normalised fact text: siblings (items of one fact) share it. */
  fact_key: string;
  state: string;
  leech: number;
  suspended_at: number | null;
  created_at: number;
  updated_at: number;
  retired_at: number | null;
}

export interface ItemAliasesTable {
  old_id: string;
  item_key: number;
}

export interface CardsTable {
  item_key: number;
  phase: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  last_review: number | null;
}

export interface ReviewLogTable {
  id: Generated<number>;
  item_key: number;
  rating: number;
  reviewed_at: number;
  duration_ms: number | null;
  /** JSON. */
  state_before: string;
  /** JSON. */
  state_after: string;
}

/** One timeline event of a note, as the last scan of that note made it (replaced whole when the note changes). */
export interface EventsTable {
  note_path: string;
  /** The event's place among its note's events (0, 1, …): note order, which breaks ties of date and line. */
  position: number;
  /** `YYYY-MM-DD`, BC years negative (`-0509-00-00`). */
  sort_key: string;
  end_sort_key: string | null;
  /** The date as the note wrote it. */
  date: string;
  text: string;
  /** JSON array: the breadcrumb. */
  context: string;
  line: number;
  end_line: number;
}

export interface SettingsTable {
  key: string;
  /** JSON. */
  value: string;
}

/**
 * How many notes name each person (migration 5): the vault pool with its counts, kept with the notes' people in
 * the same transactions (people-queries.ts), so a scan reads ~600 rows instead of every note's people.
 */
export interface NotePeopleTable {
  name: string;
  /** Notes whose people include `name` (each note once); rows at 0 are deleted. */
  notes: number;
}

export interface Database {
  notes: NotesTable;
  note_people: NotePeopleTable;
  items: ItemsTable;
  item_aliases: ItemAliasesTable;
  cards: CardsTable;
  review_log: ReviewLogTable;
  settings: SettingsTable;
  events: EventsTable;
}
