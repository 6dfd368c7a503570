/** The teacher's dashboard: the class's most-failed items over every student, and progress as CSV. */
import { describe, expect, it } from 'vitest';
import { type Client, useClassServer } from './helpers.js';

const h = useClassServer();

const NOTES = [
  {
    path: 'Biology/cells.md',
    text: "# Cells\n\n- The **nucleus** holds the cell's DNA\n- **Ribosomes** are where proteins are made\n",
  },
];

interface Card {
  item: { id: string; prompt: string };
  cardVersion: string;
}

/** Answers the next card with `rating`; returns its prompt. */
async function answer(student: Client, classId: string, rating: 1 | 2 | 3 | 4): Promise<string> {
  const next = await student.get(`/api/classes/${classId}/study/next`);
  const card = next.body.card as Card;
  const reply = await student.post(`/api/classes/${classId}/study/answer`, {
    itemId: card.item.id,
    rating,
    cardVersion: card.cardVersion,
  });
  expect(reply.status).toBe(200);
  return card.item.prompt;
}

describe("the teacher's dashboard", () => {
  it('ranks the items students failed most, counting every student', async () => {
    const teacher = await h.teacher('dash@school.example');
    const cls = await h.newClass(teacher, 'Dashboard');
    expect((await teacher.post(`/api/classes/${cls.id}/publish`, { notes: NOTES })).status).toBe(200);
    const empty = await teacher.get(`/api/classes/${cls.id}/most-failed`);
    expect(empty.body).toEqual({ items: [] });

    const ann = await h.student('ann@pupil.example', cls.invite);
    const ben = await h.student('ben@pupil.example', cls.invite);
    // Both fail the first card they see; Ann passes her second.
    const annFailed = await answer(ann, cls.id, 1);
    const annPassed = await answer(ann, cls.id, 3);
    const benFailed = await answer(ben, cls.id, 1);
    expect(annPassed).not.toBe(annFailed);

    const reply = await teacher.get(`/api/classes/${cls.id}/most-failed`);
    const items = reply.body.items as { prompt: string; fails: number; students: number; reviews: number }[];
    const expected =
      annFailed === benFailed
        ? [{ prompt: annFailed, fails: 2, students: 2, reviews: 2 }]
        : [
            { prompt: annFailed, fails: 1, students: 1, reviews: 1 },
            { prompt: benFailed, fails: 1, students: 1, reviews: 1 },
          ].sort((a, b) => a.prompt.localeCompare(b.prompt));
    expect(
      items.map(({ prompt, fails, students, reviews }) => ({ prompt, fails, students, reviews })),
    ).toEqual(expected);
  });

  it('downloads per-student progress as CSV, with names that look like formulas defused', async () => {
    const teacher = await h.teacher('csv@school.example');
    const cls = await h.newClass(teacher, 'CSV, "quoted" class');
    await teacher.post(`/api/classes/${cls.id}/publish`, { notes: NOTES });
    const cy = h.client();
    await cy.post('/api/join', {
      invite: cls.invite,
      email: 'cy@pupil.example',
      name: '=HYPERLINK("x")',
      password: 'correct horse battery',
    });
    await h.student('dee@pupil.example', cls.invite);
    await answer(cy, cls.id, 4);
    await answer(cy, cls.id, 4);

    const response = await fetch(`${h.server().url}/api/classes/${cls.id}/progress.csv`, {
      headers: { cookie: teacher.cookie ?? '' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''CSV-quoted-class-progress.csv",
    );
    const rows = (await response.text()).split('\r\n');
    expect(rows[0]).toBe('name,email,reviews,due_now,behind,last_review_utc');
    expect(rows.at(-1)).toBe('');
    const body = rows.slice(1, -1).sort();
    expect(body).toHaveLength(2);
    expect(body[0]).toMatch(/^"'=HYPERLINK\(""x""\)",cy@pupil\.example,2,0,0,\d{4}-\d\d-\d\dT[\d:.]+Z$/);
    expect(body[1]).toBe('dee@pupil.example,dee@pupil.example,0,0,0,');

    const student = await cy.request('GET', `/api/classes/${cls.id}/progress.csv`);
    expect(student.status).toBe(403);
  });
});
