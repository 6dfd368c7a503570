/** Reading a tagger's memory file as it is on disk, for the tests. */
import BetterSqlite3 from 'better-sqlite3';

/** Every row of the memory at `file`, by key. */
export function tagRows(file: string): { key: Buffer; words: string }[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare('select key, words from tags order by key').all() as { key: Buffer; words: string }[];
  } finally {
    db.close();
  }
}
