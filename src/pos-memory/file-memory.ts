/**
 * The tags of sentences seen before, in a SQLite file of the vault's data folder (`.recollect/pos-tags.db`): a
 * fresh `recollect scan` after an edit finds the tags of the note's old sentences there and loads the tagger's
 * model (~0.3 s) only for a sentence it has never tagged. Keyed by a hash of the sentence, one point lookup per
 * sentence; the file says which tagger made its tags and is emptied when that changes.
 *
 * A cache and nothing more: the items are the same with it, without it, or with a damaged one. Any failure
 * (a read-only folder, a damaged file, a lock held too long) turns it off for the rest of the process and the
 * tagger answers instead; nothing here ever fails a scan.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import type { TaggedWord, TagMemory } from '../knowledge/pos.js';
import { decodeWords, encodeWords } from './codec.js';

export const TAG_MEMORY_FILE = 'pos-tags.db';

/** How long a write waits for another thread's or process's write (workers of one scan share the file). */
const BUSY_TIMEOUT_MS = 5000;

const require = createRequire(import.meta.url);

/** The tagger the tags come from: its library and model versions, and this file's format. */
export function taggerId(): string {
  const version = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;
  return `1 wink-nlp@${version('wink-nlp')} wink-eng-lite-web-model@${version('wink-eng-lite-web-model')}`;
}

export interface TagMemoryCounts {
  /** Sentences found in the file. */
  recalled: number;
  /** Sentences asked for and not found (the tagger was asked). */
  missed: number;
  /** Sentences written to the file. */
  written: number;
}

export class FileTagMemory implements TagMemory {
  readonly counts: TagMemoryCounts = { recalled: 0, missed: 0, written: 0 };
  #db: BetterSqlite3.Database | undefined;
  #get: BetterSqlite3.Statement<[Buffer], { words: string }> | undefined;
  readonly #pending = new Map<string, { key: Buffer; words: string }>();

  private constructor(db: BetterSqlite3.Database) {
    this.#db = db;
    this.#get = db.prepare<[Buffer], { words: string }>('select words from tags where key = ?');
  }

  /** Opens (creating if needed) the memory at `file`; undefined when it cannot be used. */
  static open(file: string, tagger: string = taggerId()): FileTagMemory | undefined {
    let db: BetterSqlite3.Database | undefined;
    try {
      const Database = require('better-sqlite3') as typeof BetterSqlite3;
      db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.exec(
        'create table if not exists meta (name text primary key, value text not null);' +
          'create table if not exists tags (key blob primary key, words text not null) without rowid;',
      );
      const madeBy = db.prepare<[], { value: string }>("select value from meta where name = 'tagger'");
      if (madeBy.get()?.value !== tagger) {
        // Asked again inside the write lock: the workers of one scan open a new file together, and one that read
        // "no tagger" before another claimed the file and wrote its first tags must not empty it after.
        const claim = db.transaction(() => {
          if (madeBy.get()?.value === tagger) return;
          db?.exec('delete from tags');
          db?.prepare("insert or replace into meta (name, value) values ('tagger', ?)").run(tagger);
        });
        claim.immediate();
      }
      return new FileTagMemory(db);
    } catch {
      try {
        db?.close();
      } catch {
        // already unusable
      }
      return undefined;
    }
  }

  recall(sentence: string): readonly TaggedWord[] | undefined {
    const key = keyOf(sentence);
    const pending = this.#pending.get(key.toString('latin1'));
    const value = pending?.words ?? this.#attempt(() => this.#get?.get(key)?.words);
    const words = value === undefined ? undefined : decodeWords(sentence, value);
    if (words) this.counts.recalled++;
    else this.counts.missed++;
    return words;
  }

  remember(sentence: string, words: readonly TaggedWord[]): void {
    if (!this.#db) return;
    const encoded = encodeWords(sentence, words);
    if (encoded === undefined) return;
    const key = keyOf(sentence);
    this.#pending.set(key.toString('latin1'), { key, words: encoded });
  }

  /** Writes what was remembered since the last flush, in one transaction. */
  flush(): void {
    if (this.#pending.size === 0) return;
    const rows = [...this.#pending.values()];
    this.#pending.clear();
    this.#attempt(() => {
      const db = this.#db;
      if (!db) return;
      const insert = db.prepare<[Buffer, string]>('insert or replace into tags (key, words) values (?, ?)');
      db.transaction(() => {
        for (const row of rows) insert.run(row.key, row.words);
      }).immediate();
      this.counts.written += rows.length;
    });
  }

  /** Flushes and closes; the memory answers nothing afterwards. */
  close(): void {
    this.flush();
    const db = this.#db;
    this.#db = undefined;
    this.#get = undefined;
    try {
      db?.close();
    } catch {
      // closing a damaged file: nothing to keep
    }
  }

  /** Runs `fn`; a failure turns the memory off (the tagger answers from then on). */
  #attempt<T>(fn: () => T): T | undefined {
    if (!this.#db) return undefined;
    try {
      return fn();
    } catch {
      const db = this.#db;
      this.#db = undefined;
      this.#get = undefined;
      this.#pending.clear();
      try {
        db.close();
      } catch {
        // already unusable
      }
      return undefined;
    }
  }
}

/** 128 bits of the sentence's SHA-256: a collision would need ~2^64 sentences, and decoding checks the rest. */
function keyOf(sentence: string): Buffer {
  return createHash('sha256').update(sentence).digest().subarray(0, 16);
}
