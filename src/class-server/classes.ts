/** Classes: a teacher creates one and gets an invite; students join with it. */
import {
  addMember,
  type ClassRecord,
  findClassByInvite,
  insertClass,
  setInvite,
} from '../store/server/classes.js';
import type { ServerDb } from '../store/server/open.js';
import type { Person } from '../store/server/people.js';
import { BadInputError, ConflictError, NotFoundError } from './errors.js';
import { hashSecret, newPublicId, newSecret } from './secrets.js';

/** A class name: 1–100 characters of text, trimmed. */
export function checkClassName(input: unknown): string {
  const name = typeof input === 'string' ? input.trim() : '';
  if (name.length === 0 || name.length > 100 || /\p{Cc}/u.test(name)) {
    throw new BadInputError('a class name is 1 to 100 characters of text');
  }
  return name;
}

/** Creates a class; returns it with its invite token (shown once; a new one can be made). */
export async function createClass(
  db: ServerDb,
  teacher: Person,
  nameInput: unknown,
  now: Date,
): Promise<{ cls: ClassRecord; invite: string }> {
  const name = checkClassName(nameInput);
  const invite = newSecret();
  const cls = await insertClass(
    db,
    { publicId: newPublicId(), teacherId: teacher.id, name, inviteHash: hashSecret(invite) },
    now,
  );
  if (!cls) throw new ConflictError(`you already have a class called ${name}`);
  return { cls, invite };
}

/** Replaces a class's invite: the old link stops working. */
export async function renewInvite(db: ServerDb, cls: ClassRecord): Promise<string> {
  const invite = newSecret();
  await setInvite(db, cls.id, hashSecret(invite));
  return invite;
}

/** The class an invite belongs to; NotFoundError for an unknown or replaced invite. */
export async function classOfInvite(db: ServerDb, invite: unknown): Promise<ClassRecord> {
  const cls =
    typeof invite === 'string' && invite.length <= 200
      ? await findClassByInvite(db, hashSecret(invite))
      : null;
  if (!cls) throw new NotFoundError('this invite link is not valid (the teacher may have replaced it)');
  return cls;
}

export async function enrol(db: ServerDb, cls: ClassRecord, student: Person, now: Date): Promise<void> {
  await addMember(db, cls.id, student.id, now);
}
