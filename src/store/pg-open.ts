/**
 * The store on PostgreSQL: one connection pool per server, and any number of stores in it, each in a schema of
 * its own (`openPostgresStore(connection, 'space_42')`). The queries are the SQLite store's (kysely-store.ts),
 * pointed at the schema with Kysely's `withSchema`; the migrations are the same list (migrations.ts).
 *
 * Writes to one store are serialised like SQLite's `BEGIN IMMEDIATE`: every transaction first takes a
 * transaction-scoped advisory lock named after its schema, so a read-then-write (reconcile, answer) never races
 * another writer of the same store, while stores of other schemas proceed in parallel.
 */
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, sql } from 'kysely';
import type pg from 'pg';
import { RecollectError } from '../errors.js';
import { DatabaseTooNewError, DatabaseUnreadableError } from './errors.js';
import { KyselyStore } from './kysely-store.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations.js';
import { fromPgError } from './pg-errors.js';
import type { Database } from './schema.js';
import type { Store } from './types.js';

export interface PostgresConnectOptions {
  /** `postgres://user:password@host:port/database`. */
  readonly url: string;
  /** Pool size; default 10. */
  readonly maxConnections?: number;
  /**
   * Open every connection of the pool now rather than on demand (the class server): a connection opened under
   * load waits for its sign-in handshake behind everything else on the machine.
   */
  readonly warm?: boolean;
  /** How the connections name themselves in `pg_stat_activity`; default `recollect`. */
  readonly applicationName?: string;
}

/** A pool of connections to one PostgreSQL database. */
export interface PostgresConnection {
  /** Kysely on the pool, in the default schema. */
  // biome-ignore lint/suspicious/noExplicitAny: tables differ per schema; callers type their own view.
  readonly db: Kysely<any>;
  /** The server as messages name it: host, port and database, never the password. */
  readonly where: string;
  close(): Promise<void>;
}

const INT8_OID = 20;

/** Connects (and checks the connection with one query); throws DatabaseUnavailableError when it cannot. */
export async function connectPostgres(options: PostgresConnectOptions): Promise<PostgresConnection> {
  const where = describeUrl(options.url);
  const max = options.maxConnections ?? 10;
  // Loaded here: store/index.js re-exports this module, and pg (~40 CommonJS files) would otherwise load with
  // every command that opens a SQLite store.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: options.url,
    max,
    // Idle connections stay open (pg's default closes them after 10 s): opening one costs a SCRAM handshake,
    // and a pool that shrank between bursts had to open them again at the worst moment.
    idleTimeoutMillis: 0,
    application_name: options.applicationName ?? 'recollect',
    // int8 (bigint millisecond times, count(*)) as numbers: every value stored fits in 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: typedPool(pool, where) }) });
  try {
    await sql`select 1`.execute(db);
    if (options.warm) {
      const clients = await Promise.all(Array.from({ length: max }, () => pool.connect()));
      for (const client of clients) client.release();
    }
  } catch (error) {
    await db.destroy();
    throw fromPgError(error, where);
  }
  return { db, where, close: () => db.destroy() };
}

/** A schema name recollect may create: lower-case letters, digits and `_`, starting with a letter. */
export function isSchemaName(name: string): boolean {
  return /^[a-z][a-z0-9_]{0,62}$/.test(name);
}

export interface OpenPostgresStoreOptions {
  /** For tests of the upgrade path; defaults to the real migrations. */
  readonly migrations?: readonly Migration[];
}

/**
 * The store in `schema`, created and migrated as needed. Closing it leaves the pool open (the connection
 * belongs to the caller). Throws DatabaseTooNewError for a schema written by a newer recollect.
 */
export async function openPostgresStore(
  connection: PostgresConnection,
  schema: string,
  options: OpenPostgresStoreOptions = {},
): Promise<Store> {
  if (!isSchemaName(schema)) throw new RangeError(`not a schema name recollect creates: ${schema}`);
  // Migrating takes a database-wide lock; a schema this process has brought up to date is not looked at again
  // (the class server opens a student's store on every request).
  const migrated = migratedSchemas.get(connection) ?? new Set<string>();
  migratedSchemas.set(connection, migrated);
  if (options.migrations !== undefined || !migrated.has(schema)) {
    await migrateSchema(connection, schema, options.migrations ?? MIGRATIONS);
    if (options.migrations === undefined) migrated.add(schema);
  }
  const db = (connection.db as Kysely<Database>).withSchema(schema);
  const lockName = `recollect.store.${schema}`;
  return new KyselyStore(db, {
    dialect: 'postgres',
    begin: async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(${lockName}))`.execute(trx);
    },
    close: async () => undefined,
  });
}

const migratedSchemas = new WeakMap<PostgresConnection, Set<string>>();

/** The schema version of a store, or 0 when the schema holds none yet. */
export async function storeVersion(connection: PostgresConnection, schema: string): Promise<number> {
  const table = await sql<{
    exists: boolean;
  }>`select to_regclass(${`${schema}.schema_version`}) is not null as exists`.execute(connection.db);
  if (!table.rows[0]?.exists) return 0;
  const row = await sql<{
    version: number | null;
  }>`select max(version) as version from ${sql.id(schema, 'schema_version')}`.execute(connection.db);
  return row.rows[0]?.version ?? 0;
}

/** Removes a store and everything in it. */
export async function dropPostgresStore(connection: PostgresConnection, schema: string): Promise<void> {
  if (!isSchemaName(schema)) throw new RangeError(`not a schema name recollect creates: ${schema}`);
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(connection.db);
  migratedSchemas.get(connection)?.delete(schema);
}

/** One lock for every migration, so two servers starting on one database do not migrate the same schema twice. */
const MIGRATION_LOCK = 'recollect.migrations';

async function migrateSchema(
  connection: PostgresConnection,
  schema: string,
  migrations: readonly Migration[],
): Promise<void> {
  const latest = migrations[migrations.length - 1]?.version ?? LATEST_VERSION;
  try {
    await connection.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(${MIGRATION_LOCK}))`.execute(trx);
      await sql`create schema if not exists ${sql.id(schema)}`.execute(trx);
      await sql`create table if not exists ${sql.id(schema, 'schema_version')} (version integer primary key)`.execute(
        trx,
      );
      const found = await sql<{
        version: number | null;
      }>`select max(version) as version from ${sql.id(schema, 'schema_version')}`.execute(trx);
      const version = found.rows[0]?.version ?? 0;
      if (version > latest)
        throw new DatabaseTooNewError(version, latest, { file: `${connection.where} ${schema}` });
      for (const migration of migrations.filter((m) => m.version > version)) {
        await migration.up(trx.withSchema(schema), 'postgres');
        await sql`insert into ${sql.id(schema, 'schema_version')} (version) values (${migration.version})`.execute(
          trx,
        );
      }
    });
  } catch (error) {
    if (error instanceof RecollectError) throw error;
    const typed = fromPgError(error, connection.where);
    if (typed !== error) throw typed;
    throw new DatabaseUnreadableError(`Could not upgrade the database schema ${schema}: ${String(error)}`, {
      cause: error,
    });
  }
}

/** host:port/database of a connection URL, for messages (the password never appears). */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(unparsable database URL)';
  }
}

/** The pool as Kysely sees it, with PostgreSQL failures turned into typed errors (pg-errors.ts). */
function typedPool(pool: pg.Pool, where: string): PostgresPool {
  return {
    end: () => pool.end(),
    async connect(): Promise<PostgresPoolClient> {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw fromPgError(error, where);
      }
      const query = async (text: string, parameters: readonly unknown[]) => {
        try {
          return await client.query(text, parameters as unknown[]);
        } catch (error) {
          throw fromPgError(error, where);
        }
      };
      return {
        query: query as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy),
      };
    },
  };
}
