/** Opens the class server's tables on a PostgreSQL connection, creating and migrating them as needed. */
import { type Kysely, sql } from 'kysely';
import { DatabaseTooNewError } from '../errors.js';
import type { PostgresConnection } from '../pg-open.js';
import { SERVER_MIGRATIONS, SERVER_SCHEMA, type ServerDatabase } from './schema.js';

export type ServerDb = Kysely<ServerDatabase>;

/** The server tables, migrated under one advisory lock so two servers starting together migrate once. */
export async function openServerDatabase(connection: PostgresConnection): Promise<ServerDb> {
  const latest = SERVER_MIGRATIONS.at(-1)?.version ?? 0;
  const version = sql.id(SERVER_SCHEMA, 'schema_version');
  await connection.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('recollect.migrations'))`.execute(trx);
    await sql`create schema if not exists ${sql.id(SERVER_SCHEMA)}`.execute(trx);
    await sql`create table if not exists ${version} (version integer primary key)`.execute(trx);
    const found = await sql<{ v: number | null }>`select max(version) as v from ${version}`.execute(trx);
    const current = found.rows[0]?.v ?? 0;
    if (current > latest) throw new DatabaseTooNewError(current, latest, { file: connection.where });
    for (const migration of SERVER_MIGRATIONS.filter((m) => m.version > current)) {
      await migration.up(trx.withSchema(SERVER_SCHEMA));
      await sql`insert into ${version} (version) values (${migration.version})`.execute(trx);
    }
  });
  return (connection.db as Kysely<ServerDatabase>).withSchema(SERVER_SCHEMA);
}
