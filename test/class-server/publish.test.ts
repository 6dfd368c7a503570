/**
 * A teacher publishes notes; students who joined before and after get the class's items, study them with
 * their own cards, keep their history when the teacher renames a note, and the teacher sees their progress.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openStudentStore } from '../../src/class-server/stores.js';
import { buildDeck } from '../../src/pipeline.js';
import { findClass } from '../../src/store/server/classes.js';
import { findPersonByEmail } from '../../src/store/server/people.js';
import { useClassServer } from './helpers.js';

const h = useClassServer();

const COLD_WAR = `# The Early Cold War

## Harry Truman
- President of the United States from **1945** to **1953**
- Announced the **Truman Doctrine** on March 12th, 1947
\t- Promised American support to free peoples resisting outside pressure

## The Marshall Plan
- In 1948, Congress passed the **Marshall Plan**, giving over $12 billion of aid to Western Europe
`;
const CELLS = `# Cells

- **Mitochondria** release energy from glucose in aerobic respiration
- The **nucleus** holds the cell's genetic material
`;

const notes = [
  { path: 'History/cold-war.md', text: COLD_WAR },
  { path: 'Biology/cells.md', text: CELLS },
];

/** The items the local pipeline makes of the same notes: what every student must get. */
function localDeckIds(list: readonly { path: string; text: string }[]): string[] {
  const files = list.map((n) => ({
    path: n.path,
    text: n.text,
    size: Buffer.byteLength(n.text),
    mtimeMs: 0,
    hash: createHash('sha256').update(n.text).digest('hex'),
  }));
  return buildDeck(files, { vault: 'x' })
    .deck.items.map((i) => i.id)
    .sort();
}

async function storeOf(classId: string, email: string) {
  const ctx = h.server().context;
  const cls = await findClass(ctx.db, classId);
  const person = await findPersonByEmail(ctx.db, email);
  if (!cls || !person) throw new Error('missing class or person');
  return openStudentStore(ctx.connection, cls, person.id);
}

describe('publishing notes to a class', () => {
  it('gives every student the items the local pipeline makes, before and after they join', async () => {
    const teacher = await h.teacher('pat@school.example');
    const cls = await h.newClass(teacher, 'Year 10');
    const early = await h.student('early@pupil.example', cls.invite);
    const published = await teacher.post(`/api/classes/${cls.id}/publish`, { notes });
    const expected = localDeckIds(notes);
    expect(expected.length).toBeGreaterThan(3);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ notes: 2, items: expected.length, students: 1, problems: [] });
    expect((published.body.changes as { added: number }).added).toBe(expected.length);
    await h.student('late@pupil.example', cls.invite);
    for (const email of ['early@pupil.example', 'late@pupil.example']) {
      const store = await storeOf(cls.id, email);
      expect((await store.listItems({ states: ['active'] })).map((i) => i.id).sort()).toEqual(expected);
    }
    const next = await early.get(`/api/classes/${cls.id}/study/next`);
    expect(expected).toContain((next.body.card as { item: { id: string } }).item.id);
  });

  it('changes nothing when the same notes are published again', async () => {
    const teacher = await h.teacher('quinn@school.example');
    const cls = await h.newClass(teacher, 'Again');
    await h.student('ray@pupil.example', cls.invite);
    await teacher.post(`/api/classes/${cls.id}/publish`, { notes });
    const again = await teacher.post(`/api/classes/${cls.id}/publish`, { notes });
    const count = localDeckIds(notes).length;
    expect(again.body.changes).toEqual({
      added: 0,
      updated: 0,
      unchanged: count,
      retired: 0,
      revived: 0,
      moved: 0,
    });
  });

  it("keeps a student's answers through a renamed note, and shows the teacher who studied", async () => {
    const teacher = await h.teacher('sue@school.example');
    const cls = await h.newClass(teacher, 'Renames');
    const student = await h.student('tom@pupil.example', cls.invite);
    await h.student('uma@pupil.example', cls.invite);
    await teacher.post(`/api/classes/${cls.id}/publish`, { notes });
    const next = await student.get(`/api/classes/${cls.id}/study/next`);
    const card = next.body.card as { item: { id: string }; cardVersion: string };
    const answered = await student.post(`/api/classes/${cls.id}/study/answer`, {
      itemId: card.item.id,
      rating: 3,
      cardVersion: card.cardVersion,
    });
    expect(answered.status).toBe(200);
    const twice = await student.post(`/api/classes/${cls.id}/study/answer`, {
      itemId: card.item.id,
      rating: 3,
      cardVersion: card.cardVersion,
    });
    expect(twice.status).toBe(409);

    // Every note moves into a folder: the answered item (whichever note it came from) moves with its history.
    const before = await (await storeOf(cls.id, 'tom@pupil.example')).getItem(card.item.id);
    const renamed = notes.map((n) => ({ ...n, path: `Year 10/${n.path}` }));
    const republished = await teacher.post(`/api/classes/${cls.id}/publish`, { notes: renamed });
    expect((republished.body.changes as { added: number; retired: number }).added).toBe(0);
    expect((republished.body.changes as { retired: number }).retired).toBe(0);
    const store = await storeOf(cls.id, 'tom@pupil.example');
    const history = await store.reviewsForItem(card.item.id);
    expect(history.map((r) => r.rating)).toEqual([3]);
    expect((await store.getItem(card.item.id))?.source.path).toBe(`Year 10/${before?.source.path}`);

    const progress = await teacher.get(`/api/classes/${cls.id}/progress`);
    expect(progress.body.students).toEqual([
      {
        name: 'tom@pupil.example',
        email: 'tom@pupil.example',
        reviews: 1,
        due: 0,
        behind: 0,
        lastReviewAt: expect.any(String),
      },
      {
        name: 'uma@pupil.example',
        email: 'uma@pupil.example',
        reviews: 0,
        due: 0,
        behind: 0,
        lastReviewAt: null,
      },
    ]);
  });

  it('refuses note paths that leave the vault', async () => {
    const teacher = await h.teacher('val@school.example');
    const cls = await h.newClass(teacher, 'Paths');
    for (const path of ['../secret.md', '/etc/x.md', 'a/./b.md', 'notes.txt', 'a\\b.md']) {
      const reply = await teacher.post(`/api/classes/${cls.id}/publish`, { notes: [{ path, text: '# x' }] });
      expect([path, reply.status]).toEqual([path, 400]);
    }
  });
});
