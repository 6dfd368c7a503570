/**
 * The local app's pages for a student of a class (Browse, Item, Notes, Timeline, Arguments, Stats, settings,
 * optimiser, suspend): the same API shapes under /api/classes/:id/, each student seeing the class's published
 * notes with their own cards, review log and settings, and never another student's. Real PostgreSQL, real HTTP.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openStudentStore } from '../../src/class-server/stores.js';
import { findClass } from '../../src/store/server/classes.js';
import { findPersonByEmail } from '../../src/store/server/people.js';
import { type Client, useClassServer } from './helpers.js';

const NOW = new Date('2025-03-10T12:00:00Z');
const h = useClassServer({ now: () => NOW });

const COLD_WAR = `# The Early Cold War

## Harry Truman
- President of the United States from **1945** to **1953**
- Announced the **Truman Doctrine** on March 12th, 1947

## The Marshall Plan
- In 1948, Congress passed the **Marshall Plan**, giving over $12 billion of aid to Western Europe
`;
const CELLS = `# Cells

- **Mitochondria** release energy from glucose in aerobic respiration
- The **nucleus** holds the cell's genetic material

![a labelled cell](diagrams/cell.png)
`;

interface Item {
  id: string;
  prompt: string;
  state: string;
  source: { path: string };
}

let classId: string;
let invite: string;
let published: number;
let ann: Client;
let ben: Client;
/** A student of another class, with notes of its own. */
let cat: Client;
let otherClassId: string;
let answered: Item;

/** The student's stored items, read from their store directly (to count facts). */
async function storeOf(email: string) {
  const ctx = h.server().context;
  const cls = await findClass(ctx.db, classId);
  const person = await findPersonByEmail(ctx.db, email);
  if (!cls || !person) throw new Error('missing class or person');
  return (await openStudentStore(ctx.connection, cls, person.id)).listItems({ states: ['active'] });
}

const api = (path: string, id = classId) => `/api/classes/${id}${path}`;

beforeAll(async () => {
  const teacher = await h.teacher('teacher@school.example');
  const cls = await h.newClass(teacher, 'Year 10');
  classId = cls.id;
  invite = cls.invite;
  ann = await h.student('ann@pupil.example', cls.invite);
  const reply = await teacher.post(api('/publish'), {
    notes: [
      { path: 'History/cold-war.md', text: COLD_WAR },
      { path: 'Biology/cells.md', text: CELLS },
    ],
  });
  published = reply.body.items as number;
  // Ben joins after the publish: he gets the class's items, notes and timeline too.
  ben = await h.student('ben@pupil.example', cls.invite);
  const other = await h.teacher('other@school.example');
  const otherClass = await h.newClass(other, 'Year 11');
  otherClassId = otherClass.id;
  cat = await h.student('cat@pupil.example', otherClass.invite);
  await other.post(api('/publish', otherClassId), {
    notes: [
      {
        path: 'Physics/waves.md',
        text: '# Waves\n\n- **Sound** is a wave of pressure that travels through a medium such as air\n',
      },
    ],
  });
  const next = await ann.get(api('/study/next'));
  const card = next.body.card as { item: Item; cardVersion: string };
  answered = card.item;
  const answer = await ann.post(api('/study/answer'), {
    itemId: answered.id,
    rating: 3,
    cardVersion: card.cardVersion,
  });
  expect(answer.status).toBe(200);
});

describe("a student's Browse and items", () => {
  it("lists the class's items with the student's own card on the one they answered", async () => {
    expect(published).toBeGreaterThan(3);
    const list = await ann.get(api('/items'));
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(published);
    const cells = await ann.get(api('/items?note=Biology'));
    const paths = new Set((cells.body.items as Item[]).map((item) => item.source.path));
    expect([...paths]).toEqual(['Biology/cells.md']);

    const mine = await ann.get(api(`/items/${answered.id}`));
    expect(mine.status).toBe(200);
    expect(mine.body.card).toMatchObject({ reps: 1, lapses: 0 });
    expect(mine.body.reviews).toEqual([
      { id: expect.any(Number), rating: 3, reviewedAt: NOW.toISOString(), durationMs: null },
    ]);
    // The item's lines of the published note, rendered (no Obsidian on a phone).
    expect((mine.body.source as { obsidianUrl: unknown }).obsidianUrl).toBeNull();
  });

  it("shows another student the same item with no card and no reviews: Ann's log stays hers", async () => {
    const bens = await ben.get(api(`/items/${answered.id}`));
    expect(bens.status).toBe(200);
    expect(bens.body.card).toBeNull();
    expect(bens.body.reviews).toEqual([]);
    expect((bens.body.item as Item).prompt).toBe(answered.prompt);
  });

  it("suspends an item in the student's own store only", async () => {
    const item = ((await ben.get(api('/items'))).body.items as Item[]).find((i) => i.id !== answered.id);
    if (!item) throw new Error('no second item');
    const done = await ben.post(api(`/items/${item.id}/state`), { state: 'suspended' });
    expect(done).toMatchObject({ status: 200, body: { itemId: item.id, state: 'suspended' } });
    const bensSuspended = await ben.get(api('/items?state=suspended'));
    expect((bensSuspended.body.items as Item[]).map((i) => i.id)).toEqual([item.id]);
    const annsSuspended = await ann.get(api('/items?state=suspended'));
    expect(annsSuspended.body.total).toBe(0);
    await ben.post(api(`/items/${item.id}/state`), { state: 'active' });
  });

  it("answers an item of another class like an item that does not exist, and another class's routes like a missing class", async () => {
    const foreign = ((await cat.get(api('/items', otherClassId))).body.items as Item[])[0];
    if (!foreign) throw new Error('no item in the other class');
    const made = 'f'.repeat(foreign.id.length);
    const hidden = await ann.get(api(`/items/${foreign.id}`));
    const missing = await ann.get(api(`/items/${made}`));
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(String(hidden.body.error).replace(foreign.id, 'ID')).toBe(
      String(missing.body.error).replace(made, 'ID'),
    );
    // Suspending it is refused the same way, and changes nothing.
    expect((await ann.post(api(`/items/${foreign.id}/state`), { state: 'suspended' })).status).toBe(404);
    const intoClass = await cat.get(api(`/items/${answered.id}`));
    const intoNowhere = await cat.get(api(`/items/${answered.id}`, 'AAAAAAAAAAAAAAAAAAAAAA'));
    expect(intoClass).toMatchObject({ status: 404, body: intoNowhere.body });
  });
});

describe("a student's Notes and Timeline", () => {
  it('lists the published notes by path with their titles and item counts', async () => {
    const notes = await ben.get(api('/notes'));
    const list = notes.body.notes as { path: string; title: string; items: number; mastery: number }[];
    expect(list.map((n) => [n.path, n.title, n.mastery])).toEqual([
      ['Biology/cells.md', 'Cells', 0],
      ['History/cold-war.md', 'The Early Cold War', 0],
    ]);
    expect(list.reduce((sum, n) => sum + n.items, 0)).toBe(published);
  });

  it('renders a published note read-only, with its items', async () => {
    const note = await ben.get(api('/notes/Biology/cells.md'));
    expect(note.status).toBe(200);
    expect(note.body.title).toBe('Cells');
    expect(note.body.obsidianUrl).toBeNull();
    expect(note.body.html).toContain('<strong>Mitochondria</strong> release energy from glucose');
    // The class server serves no vault files: a relative image keeps its address, not the local app's /api/files.
    expect(note.body.html).toContain('<img src="diagrams/cell.png" alt="a labelled cell">');
    const items = note.body.itemList as Item[];
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.source.path))).toEqual(new Set(['Biology/cells.md']));
    expect((await ben.get(api('/notes/Biology/none.md'))).status).toBe(404);
    // A note of another class is not there for this class's students.
    expect((await ben.get(api('/notes/Physics/waves.md'))).status).toBe(404);
  });

  it("gives the notes' dated events in order, under their decade", async () => {
    const timeline = await ben.get(api('/timeline'));
    const events = timeline.body.events as {
      date: string;
      decade: string;
      text: string;
      source: { path: string };
    }[];
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(new Set(events.map((e) => e.source.path))).toEqual(new Set(['History/cold-war.md']));
    expect(new Set(events.map((e) => e.decade))).toEqual(new Set(['1940s']));
    const doctrine = events.findIndex((e) => e.text.includes('Truman Doctrine'));
    const plan = events.findIndex((e) => e.text.includes('Marshall Plan'));
    expect(doctrine).toBeGreaterThanOrEqual(0);
    expect(plan).toBeGreaterThan(doctrine); // 1947 before 1948
    const none = await ben.get(api('/timeline?note=Biology/cells.md'));
    expect(none.body.events).toEqual([]);
  });

  it('lists no arguments for notes without any', async () => {
    expect((await ben.get(api('/arguments'))).body).toEqual({ arguments: [] });
  });
});

describe("a student's Stats, settings and optimiser", () => {
  const heatmapTotal = (body: Record<string, unknown>) =>
    (body.heatmap as { count: number }[]).reduce((sum, d) => sum + d.count, 0);

  it("counts only the student's own reviews", async () => {
    const anns = await ann.get(api('/stats'));
    const bens = await ben.get(api('/stats'));
    expect(heatmapTotal(anns.body)).toBe(1);
    expect((anns.body.heatmap as { count: number }[]).at(-1)?.count).toBe(1);
    expect(heatmapTotal(bens.body)).toBe(0);
    // Ann learnt one item: one fewer new item is left for her than for Ben.
    expect(anns.body.newAvailable).toBe(published - 1);
    expect(bens.body.newAvailable).toBe(published);
    expect(anns.body.countsByState).toEqual({ active: published });
  });

  it("keeps each student's settings in their own store", async () => {
    expect((await ann.get(api('/settings'))).body).toEqual({
      settings: { desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200, timeZone: null },
      defaults: { desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200, timeZone: null },
      optimised: false,
    });
    const changed = await ann.post(api('/settings'), {
      newPerDay: 2,
      desiredRetention: 0.85,
      timeZone: 'Europe/London',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.settings).toEqual({
      desiredRetention: 0.85,
      newPerDay: 2,
      reviewsPerDay: 200,
      timeZone: 'Europe/London',
    });
    expect((await ben.get(api('/settings'))).body.settings).toMatchObject({ newPerDay: 20, timeZone: null });
    // The day's queue follows the new limit of 2: Ann met one new item today, so one new one is left, plus that
    // item again (rated Good on first sight, it is in learning, due ten minutes later); Ben has all of them.
    expect((await ann.get(api('/study/next'))).body.progress).toEqual({ done: 1, remaining: 2 });
    // Ben's limit is 20, above the class's items; siblings (items of one fact) are buried: one item per fact.
    const facts = new Set((await storeOf('ben@pupil.example')).map((item) => item.factKey));
    expect(facts.size).toBeLessThan(published);
    expect((await ben.get(api('/study/next'))).body.progress).toEqual({ done: 0, remaining: facts.size });
  });

  it('refuses settings out of range, unknown ones and weights other than a reset', async () => {
    for (const body of [
      { newPerDay: 1.5 },
      { newPerDay: -1 },
      { desiredRetention: 2 },
      { timeZone: 'Mars/Olympus_Mons' },
      { weights: [1, 2, 3] },
      { leechThreshold: 3 },
    ]) {
      const reply = await ann.post(api('/settings'), body);
      expect([JSON.stringify(body), reply.status]).toEqual([JSON.stringify(body), 400]);
    }
    expect((await ann.get(api('/settings'))).body.settings).toMatchObject({ newPerDay: 2 });
  });

  it('refuses to optimise a log of one answer and says how much more study it needs', async () => {
    const reply = await ann.post(api('/optimize'));
    expect(reply.status).toBe(409);
    expect(reply.body.error).toContain('399 more reviews and 50 more items reviewed on a second day needed');
    expect((await ann.get(api('/settings'))).body.optimised).toBe(false);
  });
});

describe('typed answers and undo in class study', () => {
  it("checks a typed answer, records it, and undoes only the student's own last answer", async () => {
    const dee = await h.student('dee@pupil.example', invite);
    const next = await dee.get(api('/study/next'));
    const card = next.body.card as { item: Item & { answer: string }; cardVersion: string };
    const right = await dee.post(api('/study/check'), { itemId: card.item.id, typed: card.item.answer });
    expect(right.status).toBe(200);
    expect(right.body).toMatchObject({ verdict: 'correct', suggestedRating: 3 });
    const wrong = await dee.post(api('/study/check'), { itemId: card.item.id, typed: 'qqqq zzzz' });
    expect(wrong.body).toMatchObject({ verdict: 'wrong', suggestedRating: 1 });

    const recorded = await dee.post(api('/study/answer'), {
      itemId: card.item.id,
      rating: 3,
      cardVersion: card.cardVersion,
      typed: card.item.answer,
    });
    expect(recorded.status).toBe(200);
    expect((recorded.body.progress as { done: number }).done).toBe(1);
    expect((await dee.get(api(`/items/${card.item.id}`))).body.card).toMatchObject({ reps: 1 });

    const undone = await dee.post(api('/study/undo'));
    expect(undone.status).toBe(200);
    expect(undone.body.undone).toBe(card.item.id);
    expect((undone.body.progress as { done: number }).done).toBe(0);
    const after = await dee.get(api(`/items/${card.item.id}`));
    // The card is back as it was before the answer: new, never reviewed.
    expect(after.body.card).toMatchObject({ phase: 'new', reps: 0 });
    expect(after.body.reviews).toEqual([]);
    // Nothing left to undo; and Ann's answer from before is still hers.
    expect((await dee.post(api('/study/undo'))).body.undone).toBeNull();
    expect((await ann.get(api(`/items/${answered.id}`))).body.card).toMatchObject({ reps: 1 });
  });

  it('refuses check and undo to a student of another class, like a missing class', async () => {
    expect((await cat.post(api('/study/undo'))).status).toBe(404);
    expect((await cat.post(api('/study/check'), { itemId: 'x', typed: 'y' })).status).toBe(404);
  });
});
