/**
 * People and sessions: teachers added from the command line sign in with a one-time link; students join a class
 * with its invite and choose a password; everyone signs in again with email and password. Failed sign-ins are
 * counted in the database (per email and per address), so the limit holds across server instances.
 */

import type { ServerDb } from '../store/server/open.js';
import {
  clearLoginFailures,
  countLoginFailures,
  findPersonByEmail,
  getPerson,
  insertPerson,
  insertPublishToken,
  insertSession,
  insertSignInLink,
  type Person,
  recordLoginFailure,
  setPassword,
  useSignInLink,
} from '../store/server/people.js';
import {
  AccessDeniedError,
  BadInputError,
  ConflictError,
  NotFoundError,
  SignInRequiredError,
  TooManyAttemptsError,
} from './errors.js';
import { hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.js';

export const SESSION_DAYS = 30;
export const SIGN_IN_LINK_HOURS = 24;
/** Failed sign-ins allowed per email, and per address, within the window. */
export const LOGIN_LIMITS = { perEmail: 5, perAddress: 50, windowMs: 15 * 60_000 } as const;
export const MIN_PASSWORD_LENGTH = 10;

const DAY_MS = 86_400_000;

/** A new session: the cookie value and the CSRF token the app sends back with every change. */
export interface NewSession {
  readonly token: string;
  readonly csrf: string;
  readonly person: Person;
}

/** Trimmed and lower-cased; throws BadInputError when it is not an email address. */
export function normaliseEmail(input: unknown): string {
  const email = typeof input === 'string' ? input.trim().toLowerCase() : '';
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new BadInputError('give a valid email address');
  }
  return email;
}

export function checkPassword(input: unknown): string {
  if (typeof input !== 'string' || input.length < MIN_PASSWORD_LENGTH || input.length > 1024) {
    throw new BadInputError(`choose a password of at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  return input;
}

/** Adds a teacher (or finds one) and returns a one-time sign-in token valid for a day. */
export async function addTeacher(
  db: ServerDb,
  emailInput: string,
  now: Date,
): Promise<{ token: string; person: Person }> {
  const email = normaliseEmail(emailInput);
  const person =
    (await findPersonByEmail(db, email)) ??
    (await insertPerson(
      db,
      { email, role: 'teacher', name: email.replace(/@.*/, ''), passwordHash: null },
      now,
    )) ??
    (await findPersonByEmail(db, email));
  if (!person) throw new ConflictError(`could not add ${email}`);
  if (person.role !== 'teacher')
    throw new ConflictError(`${email} is a student on this server, not a teacher`);
  const token = newSecret();
  await insertSignInLink(db, {
    tokenHash: hashSecret(token),
    personId: person.id,
    expiresAt: new Date(now.getTime() + SIGN_IN_LINK_HOURS * 3_600_000),
  });
  return { token, person };
}

export async function createSession(db: ServerDb, person: Person, now: Date): Promise<NewSession> {
  const token = newSecret();
  const csrf = newSecret();
  await insertSession(
    db,
    {
      tokenHash: hashSecret(token),
      personId: person.id,
      csrf,
      expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS),
    },
    now,
  );
  return { token, csrf, person };
}

/** Signs in with a one-time link; the link is spent even if the session is never used. */
export async function signInWithLink(db: ServerDb, token: unknown, now: Date): Promise<NewSession> {
  if (typeof token !== 'string' || token.length > 200)
    throw new SignInRequiredError('this sign-in link is not valid');
  const personId = await useSignInLink(db, hashSecret(token), now);
  const person = personId === null ? null : await getPerson(db, personId);
  if (!person)
    throw new SignInRequiredError('this sign-in link is not valid, was used already, or has expired');
  return createSession(db, person, now);
}

// A hash to verify against when the email is unknown, so both cases take the same time.
let decoyHash: Promise<string> | undefined;

/** Throws TooManyAttemptsError after too many recent failed sign-ins for the email or from the address. */
async function refuseWhenLimited(db: ServerDb, email: string, address: string, now: Date): Promise<void> {
  const failures = await countLoginFailures(
    db,
    { email, address },
    new Date(now.getTime() - LOGIN_LIMITS.windowMs),
  );
  if (failures.email >= LOGIN_LIMITS.perEmail || failures.address >= LOGIN_LIMITS.perAddress) {
    throw new TooManyAttemptsError('too many failed sign-ins; wait 15 minutes and try again');
  }
}

/** Email and password sign-in, limited per email and per address. */
export async function logIn(
  db: ServerDb,
  input: { email: unknown; password: unknown; address: string },
  now: Date,
): Promise<NewSession> {
  const email = normaliseEmail(input.email);
  const password = typeof input.password === 'string' ? input.password : '';
  await refuseWhenLimited(db, email, input.address, now);
  const person = await findPersonByEmail(db, email);
  decoyHash ??= hashPassword('decoy password that is never anyone');
  const ok = await verifyPassword(password, person?.passwordHash ?? (await decoyHash));
  if (!person?.passwordHash || !ok) {
    await recordLoginFailure(db, { email, address: input.address }, now);
    throw new SignInRequiredError('wrong email or password');
  }
  await clearLoginFailures(db, email);
  return createSession(db, person, now);
}

/** Sets the signed-in person's password (a teacher after the sign-in link, anyone changing it). */
export async function changePassword(db: ServerDb, person: Person, password: unknown): Promise<void> {
  await setPassword(db, person.id, await hashPassword(checkPassword(password)));
}

/**
 * A student for a class: a new account, or an existing student who proves it with their password.
 * Teachers do not join classes as students.
 */
export async function studentFor(
  db: ServerDb,
  input: { email: unknown; name: unknown; password: unknown; address: string },
  now: Date,
): Promise<Person> {
  const email = normaliseEmail(input.email);
  const password = checkPassword(input.password);
  const existing = await findPersonByEmail(db, email);
  if (existing) {
    if (existing.role !== 'student')
      throw new AccessDeniedError('a teacher cannot join a class as a student');
    // Giving an account's password here is a sign-in, limited like one.
    await refuseWhenLimited(db, email, input.address, now);
    if (!existing.passwordHash || !(await verifyPassword(password, existing.passwordHash))) {
      await recordLoginFailure(db, { email, address: input.address }, now);
      throw new ConflictError('this email already has an account: give its password to join');
    }
    return existing;
  }
  const name =
    typeof input.name === 'string' && input.name.trim()
      ? input.name.trim().slice(0, 100)
      : email.replace(/@.*/, '');
  const person = await insertPerson(
    db,
    { email, role: 'student', name, passwordHash: await hashPassword(password) },
    now,
  );
  if (!person) throw new ConflictError('this email already has an account: give its password to join');
  return person;
}

/** A publish token for a teacher (for `recollect publish`); shown once, stored as its hash. */
export async function addPublishToken(db: ServerDb, emailInput: string, now: Date): Promise<string> {
  const email = normaliseEmail(emailInput);
  const person = await findPersonByEmail(db, email);
  if (person?.role !== 'teacher') throw new NotFoundError(`no teacher ${email}: add one with add-teacher`);
  const token = newSecret();
  await insertPublishToken(db, hashSecret(token), person.id, now);
  return token;
}
