/**
 * A class with a few weeks of history for the dashboard in the browser: a teacher (signed in by API), three
 * students, the class vault published, and cards and answers written into two students' own stores, dated
 * back from the real clock (the browser test runs the server on it).
 */
import { join } from 'node:path';
import { addTeacher } from '../../src/class-server/accounts.js';
import type { RunningClassServer } from '../../src/class-server/start.js';
import { openClassStore, openStudentStore } from '../../src/class-server/stores.js';
import type { CardState } from '../../src/schedule/card-state.js';
import type { PostgresConnection } from '../../src/store/pg-open.js';
import { findClass, membersOf } from '../../src/store/server/classes.js';
import type { StoredItem } from '../../src/store/types.js';
import { scanVault } from '../../src/vault/index.js';
import { Client, PASSWORD } from '../class-server/helpers.js';

const DAY = 86_400_000;

function card(phase: CardState['phase'], stability: number, due: Date): CardState {
  return {
    phase,
    due: due.toISOString(),
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    lastReview: new Date(due.getTime() - stability * DAY).toISOString(),
  };
}

export interface DashboardClass {
  readonly teacherCookie: string;
  readonly classId: string;
  /** The cells note's items in line order; Ada and Bo have mastered the first, Ada the second too. */
  readonly cells: readonly StoredItem[];
}

export async function dashboardClass(
  server: RunningClassServer,
  connection: PostgresConnection,
  vault: string,
): Promise<DashboardClass> {
  const { token } = await addTeacher(server.context.db, 'head@school.example', new Date());
  const teacher = new Client(server.url);
  await teacher.post('/api/sign-in', { token });
  const created = await teacher.post('/api/classes', { name: 'Biology 8C' });
  const classId = (created.body.class as { id: string }).id;
  const invite = String(created.body.inviteUrl).replace(/^.*#join=/, '');
  const { files } = await scanVault(join(vault));
  await teacher.post(`/api/classes/${classId}/publish`, {
    notes: files.map((f) => ({ path: f.path, text: f.text })),
  });
  for (const [email, name] of [
    ['ada@pupil.example', 'Ada Lovelace'],
    ['bo@pupil.example', 'Bo Chen'],
    ['cy@pupil.example', 'Cy Young'],
  ] as const) {
    await new Client(server.url).post('/api/join', { invite, email, name, password: PASSWORD });
  }
  const record = await findClass(server.context.db, classId);
  if (!record) throw new Error('class not found');
  const items = await (await openClassStore(connection, record)).listItems({ states: ['active'] });
  const inNote = (path: string) =>
    items.filter((i) => i.source.path === path).sort((a, b) => a.source.line - b.source.line);
  const cells = inNote('Biology/cells.md');
  const plants = inNote('Biology/plants.md');
  const ids = new Map((await membersOf(server.context.db, record.id)).map((m) => [m.email, m.personId]));
  const storeOf = (email: string) => openStudentStore(connection, record, ids.get(email) ?? -1);
  const now = Date.now();
  const at = (days: number) => new Date(now - days * DAY);
  const ada = await storeOf('ada@pupil.example');
  const bo = await storeOf('bo@pupil.example');
  const [c0, c1] = cells as [StoredItem, StoredItem];
  const p0 = plants[0] as StoredItem;
  await ada.saveCard(c0.id, card('review', 34, at(-20)));
  await ada.saveCard(c1.id, card('review', 23, at(-9)));
  await ada.saveCard(p0.id, card('review', 4, at(3))); // overdue by three days: behind
  await bo.saveCard(c0.id, card('review', 25, at(-12)));
  await bo.saveCard(p0.id, card('learning', 0.5, at(0.02))); // due half an hour ago: due, not behind
  // Answers to learned cards over the last five weeks, a mix of passes and fails.
  const answers: [typeof ada, StoredItem, 1 | 2 | 3 | 4, number][] = [
    [ada, c0, 3, 33],
    [bo, c0, 1, 32],
    [ada, c1, 3, 26],
    [bo, c0, 3, 25],
    [ada, p0, 1, 19],
    [ada, c0, 4, 18],
    [bo, p0, 3, 12],
    [ada, c1, 2, 11],
    [bo, c0, 3, 5],
    [ada, p0, 3, 4],
    [ada, c0, 3, 1],
  ];
  for (const [store, item, rating, daysAgo] of answers) {
    await store.appendReview({
      itemId: item.id,
      rating,
      reviewedAt: at(daysAgo),
      durationMs: 4000,
      stateBefore: card('review', 10, at(daysAgo)),
      stateAfter: card(rating === 1 ? 'relearning' : 'review', 12, at(daysAgo - 12)),
    });
  }
  const cookie = teacher.cookie ?? '';
  return { teacherCookie: cookie, classId, cells };
}
