/**
 * The Store over Kysely. The queries are plain Kysely (no SQLite-only SQL), so SQLite and PostgreSQL share this
 * class; only opening, migrating and how a transaction begins are per database (sqlite-open.ts, pg-open.ts),
 * and one expression (reading a phase from a review's JSON, tally-queries.ts) is written per dialect.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Item, TimelineEvent } from '../generate/item.js';
import { DatabaseBusyError } from './errors.js';
import * as events from './event-queries.js';
import * as items from './item-queries.js';
import type { SqlDialect } from './migrations.js';
import * as people from './people-queries.js';
import type { PreparedStatements } from './prepared.js';
import type { Database } from './schema.js';
import * as study from './study-queries.js';
import * as tallies from './tally-queries.js';
import type {
  EventFilter,
  ItemFilter,
  ItemState,
  NoteRecord,
  ReviewInput,
  Store,
  StoredCard,
} from './types.js';

export interface KyselyStoreOptions {
  /** Runs first in every transaction (PostgreSQL takes the store's write lock there). */
  readonly begin?: (trx: Transaction<Database>) => Promise<void>;
  /** What `close()` does; default: destroy the Kysely instance. A store sharing a pool closes nothing. */
  readonly close?: () => Promise<void>;
  /** Store.externalChangeMark on this database (SQLite: `PRAGMA data_version`); default: cannot tell (null). */
  readonly changeMark?: (db: Kysely<Database>) => Promise<number>;
  /** Called after each outermost transaction commits (SQLite schedules its WAL checkpoint there). */
  readonly afterCommit?: () => void;
  /** The database's SQL dialect, for the one expression that differs (tally-queries.ts); default SQLite. */
  readonly dialect?: SqlDialect;
}

export class KyselyStore implements Store {
  readonly #db: Kysely<Database>;
  readonly #inTransaction: boolean;
  readonly #options: KyselyStoreOptions;

  /** The answer path's statements, compiled once (prepared.ts); shared with this store's transactions. */
  readonly #statements: PreparedStatements;

  constructor(
    db: Kysely<Database>,
    options: KyselyStoreOptions = {},
    inTransaction = false,
    statements: PreparedStatements = new Map(),
  ) {
    this.#db = db;
    this.#options = options;
    this.#inTransaction = inTransaction;
    this.#statements = statements;
  }

  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    // Kysely has one connection per transaction; a nested call must reuse it, not wait for it.
    if (this.#inTransaction) return fn(this);
    const { begin, afterCommit } = this.#options;
    const done = retryWhenBusy(() =>
      this.#db.transaction().execute(async (trx) => {
        if (begin) await begin(trx);
        return fn(new KyselyStore(trx, this.#options, true, this.#statements));
      }),
    );
    if (!afterCommit) return done;
    return done.then((value) => {
      afterCommit();
      return value;
    });
  }

  async close(): Promise<void> {
    if (this.#inTransaction) return;
    await (this.#options.close ? this.#options.close() : this.#db.destroy());
  }

  listNotes = () => items.listNotes(this.#db);
  // In one transaction with the people counts they move (people-queries.ts); inside another, they join it.
  upsertNotes = (notes: readonly NoteRecord[], now: Date) =>
    this.transaction((tx) => items.upsertNotes((tx as KyselyStore).#db, notes, now));
  listNotePeople = (paths?: readonly string[]) => items.listNotePeople(this.#db, paths);
  deleteNotes = (paths: readonly string[]) =>
    this.transaction((tx) => items.deleteNotes((tx as KyselyStore).#db, paths));
  countNotePeople = () => people.countNotePeople(this.#db);

  replaceEvents = (paths: readonly string[], list: readonly TimelineEvent[]) =>
    events.replaceEvents(this.#db, paths, list);
  listEvents = (filter?: EventFilter) => events.listEvents(this.#db, filter);

  listItems = (filter?: ItemFilter) => items.listItems(this.#db, filter);
  getItems = (ids: readonly string[]) => items.getItems(this.#db, ids);
  getItem = (id: string) => items.getItem(this.#db, id, this.#statements);
  resolveAliases = (ids: readonly string[]) => items.resolveAliases(this.#db, ids);
  insertItems = (list: readonly Item[], now: Date) => items.insertItems(this.#db, list, now);
  updateItem = (currentId: string, item: Item, now: Date) => items.updateItem(this.#db, currentId, item, now);
  setItemState = (id: string, state: ItemState, now: Date) => items.setItemState(this.#db, id, state, now);
  reviveItem = (id: string, now: Date) => items.reviveItem(this.#db, id, now);
  setLeech = (id: string, leech: boolean, now: Date) => items.setLeech(this.#db, id, leech, now);
  listSiblings = (id: string) => items.listSiblings(this.#db, id);

  getCard = (itemId: string) => study.getCard(this.#db, itemId, this.#statements);
  saveCard = (itemId: string, card: StoredCard) => study.saveCard(this.#db, itemId, card, this.#statements);
  listDue = (now: Date, limit: number) => study.listDue(this.#db, now, limit);
  listNew = (limit: number) => study.listNew(this.#db, limit);
  listDueRows = (now: Date, limit: number) => study.listDueRows(this.#db, now, limit);
  listNewRows = (limit: number) => study.listNewRows(this.#db, limit);
  listCards = () => tallies.listCards(this.#db);

  appendReview = (review: ReviewInput) => study.appendReview(this.#db, review, this.#statements);
  deleteReview = (logId: number) => study.deleteReview(this.#db, logId);
  getReview = (logId: number) => study.getReview(this.#db, logId);
  reviewsSince = (since: Date) => study.reviewsSince(this.#db, since);
  reviewsForItem = (itemId: string) => study.reviewsForItem(this.#db, itemId);
  studiedSince = (since: Date) => study.studiedSince(this.#db, since);
  reviewTallies = () => tallies.reviewTallies(this.#db);
  retentionTallies = () => tallies.retentionTallies(this.#db, this.#options.dialect ?? 'sqlite');
  externalChangeMark = async (): Promise<number | null> =>
    this.#options.changeMark ? this.#options.changeMark(this.#db) : null;

  getSetting<T>(key: string): Promise<T | undefined> {
    return study.getSetting<T>(this.#db, key);
  }
  getSettings = (keys: readonly string[]) => study.getSettings(this.#db, keys);
  setSetting = (key: string, value: unknown) => study.setSetting(this.#db, key, value);
}

/** Attempts of a transaction that found the database busy (each after the full busy timeout). */
export const BUSY_ATTEMPTS = 3;

/**
 * Runs a transaction again when another process held the write lock past the busy timeout. Safe: a busy
 * failure rolled the whole transaction back, so nothing of the first attempt remains.
 */
async function retryWhenBusy<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof DatabaseBusyError) || attempt >= BUSY_ATTEMPTS) throw error;
    }
  }
}
