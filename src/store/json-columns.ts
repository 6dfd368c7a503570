/**
 * The JSON columns of the database and how each must look. Readers parse through `parseColumn`, so a damaged value
 * becomes one clear error naming `check --repair`; `check` runs `columnProblem` over every value.
 */
import { DatabaseRowDamagedError } from './errors.js';

/** What a JSON column must hold once parsed. */
export type JsonShape = 'texts' | 'texts-or-null' | 'state' | 'any';

/** Every JSON column: table, column, the row's name for messages (key column) and the shape of its values. */
export const JSON_COLUMNS = [
  { table: 'items', column: 'context', key: 'key', shape: 'texts' },
  { table: 'items', column: 'tags', key: 'key', shape: 'texts' },
  { table: 'items', column: 'choices', key: 'key', shape: 'texts-or-null' },
  { table: 'items', column: 'checklist', key: 'key', shape: 'texts-or-null' },
  { table: 'review_log', column: 'state_before', key: 'id', shape: 'state' },
  { table: 'review_log', column: 'state_after', key: 'id', shape: 'state' },
  { table: 'settings', column: 'value', key: 'key', shape: 'any' },
  { table: 'events', column: 'context', key: "note_path || '#' || position", shape: 'texts' },
  { table: 'notes', column: 'people', key: 'path', shape: 'texts' },
] as const satisfies readonly { table: string; column: string; key: string; shape: JsonShape }[];

/** How a row is named in messages: `items key 3`, `review_log row 12`, `settings study.newPerDay`. */
export function rowName(table: string, key: string | number): string {
  if (table === 'review_log') return `review_log row ${key}`;
  if (table === 'items') return `items key ${key}`;
  return `${table} ${key}`;
}

const isTexts = (value: unknown): boolean =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** Why `text` does not fit `shape` (`is not valid JSON`, `is not a list of texts`), or undefined when it does. */
export function columnProblem(text: string | null, shape: JsonShape): string | undefined {
  if (text === null) return shape === 'texts-or-null' ? undefined : 'is missing';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  if ((shape === 'texts' || shape === 'texts-or-null') && !isTexts(value)) return 'is not a list of texts';
  if (shape === 'state' && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    return 'is not a card state';
  }
  return undefined;
}

/** Parses one stored JSON value; throws DatabaseRowDamagedError (naming the row and `check --repair`) when damaged. */
export function parseColumn<T>(
  text: string,
  where: { table: string; key: string | number; column: string },
): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new DatabaseRowDamagedError(
      `the study database has a damaged value (${rowName(where.table, where.key)}: ${where.column} is not valid ` +
        "JSON). Run 'recollect check --repair' to fix it",
      { cause: error },
    );
  }
}
