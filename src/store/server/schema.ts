/**
 * The class server's own tables (people, classes, sessions), in the `recollect_server` schema of its PostgreSQL
 * database. Study data lives in one store schema per student and class (pg-open.ts), not here. Times are
 * integer milliseconds since the epoch; secrets (session, sign-in, invite and publish tokens) are stored only
 * as their SHA-256.
 */

import type { Generated } from 'kysely';
import { type Kysely, sql } from 'kysely';

export const SERVER_SCHEMA = 'recollect_server';

export type Role = 'teacher' | 'student';

export interface PeopleTable {
  id: Generated<number>;
  /** Lower-cased. */
  email: string;
  role: Role;
  name: string;
  /** scrypt hash (passwords.ts); null until a password is chosen. */
  password_hash: string | null;
  created_at: number;
}

export interface SignInLinksTable {
  token_hash: string;
  person_id: number;
  expires_at: number;
  used_at: number | null;
}

export interface SessionsTable {
  token_hash: string;
  person_id: number;
  /** Sent back by the app in a header on every change (double submit against CSRF). */
  csrf: string;
  created_at: number;
  expires_at: number;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  email: string;
  address: string;
  at: number;
}

export interface ClassesTable {
  id: Generated<number>;
  /** Random id used in URLs, so class numbers cannot be walked. */
  public_id: string;
  teacher_id: number;
  name: string;
  invite_hash: string;
  created_at: number;
}

export interface MembershipsTable {
  class_id: number;
  person_id: number;
  joined_at: number;
}

export interface PublishTokensTable {
  token_hash: string;
  person_id: number;
  created_at: number;
}

export interface ServerDatabase {
  people: PeopleTable;
  sign_in_links: SignInLinksTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  classes: ClassesTable;
  memberships: MembershipsTable;
  publish_tokens: PublishTokensTable;
}

export interface ServerMigration {
  readonly version: number;
  // biome-ignore lint/suspicious/noExplicitAny: migrations build tables that the typed schema does not know yet.
  up(db: Kysely<any>): Promise<void>;
}

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [
  {
    version: 1,
    async up(db) {
      await db.schema
        .createTable('people')
        .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('teacher', 'student')`))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sign_in_links')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('used_at', 'bigint')
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('login_failures')
        .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('login_failures_email')
        .on('login_failures')
        .columns(['email', 'at'])
        .execute();
      await db.schema
        .createIndex('login_failures_address')
        .on('login_failures')
        .columns(['address', 'at'])
        .execute();
      await db.schema
        .createTable('classes')
        .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
        .addColumn('public_id', 'text', (c) => c.notNull().unique())
        .addColumn('teacher_id', 'integer', (c) => c.notNull().references('people.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('invite_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('classes_teacher_name', ['teacher_id', 'name'])
        .execute();
      await db.schema
        .createTable('memberships')
        .addColumn('class_id', 'integer', (c) => c.notNull().references('classes.id').onDelete('cascade'))
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('memberships_pk', ['class_id', 'person_id'])
        .execute();
      await db.schema
        .createTable('publish_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
];
