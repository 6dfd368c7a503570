/** SQL for classes and who belongs to them. */
import type { ServerDb } from './open.js';

export interface ClassRecord {
  readonly id: number;
  readonly publicId: string;
  readonly teacherId: number;
  readonly name: string;
  readonly createdAt: Date;
}

export interface MemberRecord {
  readonly personId: number;
  readonly email: string;
  readonly name: string;
  readonly joinedAt: Date;
}

const CLASS_COLUMNS = ['id', 'public_id', 'teacher_id', 'name', 'created_at'] as const;

const toClass = (row: {
  id: number;
  public_id: string;
  teacher_id: number;
  name: string;
  created_at: number;
}): ClassRecord => ({
  id: row.id,
  publicId: row.public_id,
  teacherId: row.teacher_id,
  name: row.name,
  createdAt: new Date(row.created_at),
});

/** Inserts a class; null when the teacher already has one of that name. */
export async function insertClass(
  db: ServerDb,
  input: { publicId: string; teacherId: number; name: string; inviteHash: string },
  now: Date,
): Promise<ClassRecord | null> {
  const row = await db
    .insertInto('classes')
    .values({
      public_id: input.publicId,
      teacher_id: input.teacherId,
      name: input.name,
      invite_hash: input.inviteHash,
      created_at: now.getTime(),
    })
    .onConflict((oc) => oc.columns(['teacher_id', 'name']).doNothing())
    .returning(CLASS_COLUMNS)
    .executeTakeFirst();
  return row ? toClass(row) : null;
}

export async function findClass(db: ServerDb, publicId: string): Promise<ClassRecord | null> {
  const row = await db
    .selectFrom('classes')
    .select(CLASS_COLUMNS)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  return row ? toClass(row) : null;
}

/** A class by public id and whether `personId` is one of its students, in one query (every class request). */
export async function findClassForPerson(
  db: ServerDb,
  publicId: string,
  personId: number,
): Promise<{ cls: ClassRecord; member: boolean } | null> {
  const row = await db
    .selectFrom('classes')
    .leftJoin('memberships', (join) =>
      join.onRef('memberships.class_id', '=', 'classes.id').on('memberships.person_id', '=', personId),
    )
    .select(CLASS_COLUMNS.map((column) => `classes.${column}` as const))
    .select('memberships.person_id as member_id')
    .where('classes.public_id', '=', publicId)
    .executeTakeFirst();
  if (!row) return null;
  const { member_id, ...cls } = row;
  return { cls: toClass(cls), member: member_id !== null };
}

export async function findClassByName(
  db: ServerDb,
  teacherId: number,
  name: string,
): Promise<ClassRecord | null> {
  const row = await db
    .selectFrom('classes')
    .select(CLASS_COLUMNS)
    .where('teacher_id', '=', teacherId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? toClass(row) : null;
}

export async function findClassByInvite(db: ServerDb, inviteHash: string): Promise<ClassRecord | null> {
  const row = await db
    .selectFrom('classes')
    .select(CLASS_COLUMNS)
    .where('invite_hash', '=', inviteHash)
    .executeTakeFirst();
  return row ? toClass(row) : null;
}

export async function setInvite(db: ServerDb, classId: number, inviteHash: string): Promise<void> {
  await db.updateTable('classes').set({ invite_hash: inviteHash }).where('id', '=', classId).execute();
}

/** Classes a person teaches or belongs to, oldest first. */
export async function classesOf(db: ServerDb, personId: number): Promise<ClassRecord[]> {
  const rows = await db
    .selectFrom('classes')
    .select(CLASS_COLUMNS.map((c) => `classes.${c}` as const))
    .where((eb) =>
      eb.or([
        eb('classes.teacher_id', '=', personId),
        eb(
          'classes.id',
          'in',
          eb
            .selectFrom('memberships')
            .select('memberships.class_id')
            .where('memberships.person_id', '=', personId),
        ),
      ]),
    )
    .orderBy('classes.id')
    .execute();
  return rows.map(toClass);
}

export async function isMember(db: ServerDb, classId: number, personId: number): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('class_id', '=', classId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function addMember(db: ServerDb, classId: number, personId: number, now: Date): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ class_id: classId, person_id: personId, joined_at: now.getTime() })
    .onConflict((oc) => oc.columns(['class_id', 'person_id']).doNothing())
    .execute();
}

export async function membersOf(db: ServerDb, classId: number): Promise<MemberRecord[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select(['people.id', 'people.email', 'people.name', 'memberships.joined_at'])
    .where('memberships.class_id', '=', classId)
    .orderBy('people.name')
    .orderBy('people.id')
    .execute();
  return rows.map((r) => ({ personId: r.id, email: r.email, name: r.name, joinedAt: new Date(r.joined_at) }));
}
