/** SQL for people, one-time sign-in links, sessions, failed logins and publish tokens. */
import type { Selectable } from 'kysely';
import type { ServerDb } from './open.js';
import type { PeopleTable, Role } from './schema.js';

export interface Person {
  readonly id: number;
  readonly email: string;
  readonly role: Role;
  readonly name: string;
  readonly passwordHash: string | null;
}

const toPerson = (row: Selectable<PeopleTable>): Person => ({
  id: row.id,
  email: row.email,
  role: row.role,
  name: row.name,
  passwordHash: row.password_hash,
});

export async function findPersonByEmail(db: ServerDb, email: string): Promise<Person | null> {
  const row = await db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirst();
  return row ? toPerson(row) : null;
}

export async function getPerson(db: ServerDb, id: number): Promise<Person | null> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPerson(row) : null;
}

/** Inserts a person; returns null when the email is taken. */
export async function insertPerson(
  db: ServerDb,
  person: { email: string; role: Role; name: string; passwordHash: string | null },
  now: Date,
): Promise<Person | null> {
  const row = await db
    .insertInto('people')
    .values({
      email: person.email,
      role: person.role,
      name: person.name,
      password_hash: person.passwordHash,
      created_at: now.getTime(),
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toPerson(row) : null;
}

export async function setPassword(db: ServerDb, personId: number, passwordHash: string): Promise<void> {
  await db.updateTable('people').set({ password_hash: passwordHash }).where('id', '=', personId).execute();
}

export async function insertSignInLink(
  db: ServerDb,
  link: { tokenHash: string; personId: number; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sign_in_links')
    .values({
      token_hash: link.tokenHash,
      person_id: link.personId,
      expires_at: link.expiresAt.getTime(),
      used_at: null,
    })
    .execute();
}

/** Marks a valid, unused link used and returns its person; null when unknown, used or expired. One use only. */
export async function useSignInLink(db: ServerDb, tokenHash: string, now: Date): Promise<number | null> {
  const row = await db
    .updateTable('sign_in_links')
    .set({ used_at: now.getTime() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.getTime())
    .returning('person_id')
    .executeTakeFirst();
  return row?.person_id ?? null;
}

export interface SessionRow {
  readonly personId: number;
  readonly csrf: string;
}

export async function insertSession(
  db: ServerDb,
  session: { tokenHash: string; personId: number; csrf: string; expiresAt: Date },
  now: Date,
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      person_id: session.personId,
      csrf: session.csrf,
      created_at: now.getTime(),
      expires_at: session.expiresAt.getTime(),
    })
    .execute();
}

export async function findSession(db: ServerDb, tokenHash: string, now: Date): Promise<SessionRow | null> {
  const row = await db
    .selectFrom('sessions')
    .select(['person_id', 'csrf'])
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now.getTime())
    .executeTakeFirst();
  return row ? { personId: row.person_id, csrf: row.csrf } : null;
}

/** The person of a live session and its CSRF token, in one query (every request asks it). */
export async function findSessionPerson(
  db: ServerDb,
  tokenHash: string,
  now: Date,
): Promise<{ person: Person; csrf: string } | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.person_id')
    .selectAll('people')
    .select('sessions.csrf')
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now.getTime())
    .executeTakeFirst();
  if (!row) return null;
  const { csrf, ...person } = row;
  return { person: toPerson(person), csrf };
}

export async function deleteSession(db: ServerDb, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Failed logins since `since` for this email and from this address. */
export async function countLoginFailures(
  db: ServerDb,
  key: { email: string; address: string },
  since: Date,
): Promise<{ email: number; address: number }> {
  const count = async (column: 'email' | 'address', value: string) => {
    const row = await db
      .selectFrom('login_failures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, '=', value)
      .where('at', '>=', since.getTime())
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return { email: await count('email', key.email), address: await count('address', key.address) };
}

export async function recordLoginFailure(
  db: ServerDb,
  key: { email: string; address: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto('login_failures')
    .values({ email: key.email, address: key.address, at: now.getTime() })
    .execute();
}

export async function clearLoginFailures(db: ServerDb, email: string): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', email).execute();
}

export async function insertPublishToken(db: ServerDb, tokenHash: string, personId: number, now: Date) {
  await db
    .insertInto('publish_tokens')
    .values({ token_hash: tokenHash, person_id: personId, created_at: now.getTime() })
    .execute();
}

export async function findPublishToken(db: ServerDb, tokenHash: string): Promise<number | null> {
  const row = await db
    .selectFrom('publish_tokens')
    .select('person_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row?.person_id ?? null;
}
