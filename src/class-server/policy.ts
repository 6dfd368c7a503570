/**
 * Authorization, in one place: every route names one access rule, and `authorize` decides it before the
 * handler runs. A class a person may not see answers exactly like a class that does not exist (404), so
 * class ids cannot be probed; a student of the class asking for a teacher's page gets 403.
 */
import { type ClassRecord, findClassForPerson } from '../store/server/classes.js';
import type { ServerDb } from '../store/server/open.js';
import type { Person } from '../store/server/people.js';
import { AccessDeniedError, NotFoundError, SignInRequiredError } from './errors.js';

export type Access =
  /** No sign-in needed (sign-in, login, join). */
  | 'anyone'
  /** Any signed-in person. */
  | 'signed-in'
  /** A signed-in teacher. */
  | 'teacher'
  /** The class's teacher or one of its students. */
  | 'class-member'
  /** A student of the class (their own study data). */
  | 'class-student'
  /** The class's teacher only. */
  | 'class-teacher';

export interface Granted {
  readonly person: Person | null;
  /** Set for class rules. */
  readonly cls: ClassRecord | null;
  /** For class rules: whether the person teaches the class. */
  readonly teaches: boolean;
}

/**
 * `granted.person` is set for every rule but 'anyone', and `granted.cls` for every class rule: a handler states
 * with `must(…)` that it relies on this.
 */
export const must = <T>(value: T | null): T => value as T;

const CLASS_RULES = new Set<Access>(['class-member', 'class-student', 'class-teacher']);

/** Whether a rule needs the `:classId` of the path. */
export const needsClass = (access: Access): boolean => CLASS_RULES.has(access);

/** Decides `access` for `person` (null: no one signed in) on the class `classId` of the path, if any. */
export async function authorize(
  db: ServerDb,
  access: Access,
  person: Person | null,
  classId?: string,
): Promise<Granted> {
  if (access === 'anyone') return { person, cls: null, teaches: false };
  if (!person) throw new SignInRequiredError('sign in first');
  if (access === 'signed-in') return { person, cls: null, teaches: false };
  if (access === 'teacher') {
    if (person.role !== 'teacher') throw new AccessDeniedError('only teachers may do this');
    return { person, cls: null, teaches: false };
  }
  const found = classId === undefined ? null : await findClassForPerson(db, classId, person.id);
  const hidden = new NotFoundError('no such class');
  if (!found) throw hidden;
  const { cls } = found;
  const teaches = cls.teacherId === person.id;
  const member = !teaches && found.member;
  if (!teaches && !member) throw hidden;
  if (access === 'class-teacher' && !teaches)
    throw new AccessDeniedError("only the class's teacher may do this");
  if (access === 'class-student' && !member)
    throw new AccessDeniedError('only students of the class study in it');
  return { person, cls, teaches };
}
