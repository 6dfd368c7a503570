/** The SQLite study service on a real database file and a small vault in a temp folder. */
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StudyService } from '../../src/study/service.js';
import { CELLS, later, makeVault, NOW, RIVERS, type TempVault } from './service-fixtures.js';

let temp: TempVault;
let study: StudyService;

beforeEach(async () => {
  temp = makeVault();
  study = await temp.open();
});

afterEach(async () => {
  await study.close();
  temp.remove();
});

const DAY = 86_400_000;

describe('scanning a vault into the study store', () => {
  it('adds every item on the first scan and parses both notes', async () => {
    const report = await study.scan(NOW);
    expect(report.notesSeen).toBe(2);
    expect(report.notesParsed).toBe(2);
    // Cells: Mitochondria asked both ways, the nucleus, the ribosomes; Rivers: the Nile, the Danube, 1869.
    expect(report.added).toBe(7);
    expect(report.problems).toEqual([]);
    expect(await study.items()).toHaveLength(7);
  });

  it('parses nothing and changes nothing when scanned again', async () => {
    await study.scan(NOW);
    const again = await study.scan(later(NOW, 1000));
    expect(again.notesParsed).toBe(0);
    expect([again.added, again.updated, again.retired, again.revived]).toEqual([0, 0, 0, 0]);
    expect(await study.items()).toHaveLength(7);
  });

  it('re-parses exactly the one note that was edited', async () => {
    await study.scan(NOW);
    temp.write('rivers.md', RIVERS.replace('four capital cities', 'four European capital cities'));
    const report = await study.scan(later(NOW, 1000));
    expect(report.notesParsed).toBe(1);
    expect(report.notes.map((n) => n.path)).toEqual(['rivers.md']);
    expect(report.added).toBe(0);
    // Only the Danube's cloze is made from the edited bullet.
    expect(report.updated).toBe(1);
    expect(await study.items({ states: ['active'] })).toHaveLength(7);
  });

  it('retires the items of a deleted note and never writes inside the vault', async () => {
    await study.scan(NOW);
    temp.write('rivers.md', '# Rivers\n');
    const report = await study.scan(later(NOW, 1000));
    expect(report.retired).toBe(3);
    expect(await study.items({ states: ['retired'] })).toHaveLength(3);
    expect(readdirSync(temp.vault).sort()).toEqual(['Bio', 'rivers.md']);
    expect(existsSync(join(temp.dataDir, 'recollect.db'))).toBe(true);
  });
});

describe('history through renames', () => {
  it('keeps the reviews of a note moved to another folder, parsing only the moved note', async () => {
    await study.scan(NOW);
    const river = (await study.items()).find((item) => item.source.path === 'rivers.md')!;
    await study.answer({ itemId: river.id, rating: 3 }, NOW);
    renameSync(join(temp.vault, 'rivers.md'), join(temp.vault, 'Bio', 'rivers.md'));
    const report = await study.scan(later(NOW, 1000));
    expect(report.notesParsed).toBe(1);
    expect(report.moved).toBe(3);
    expect(report.deletedNotes).toEqual(['rivers.md']);
    const detail = await study.item(river.id);
    expect(detail?.item.source.path).toBe('Bio/rivers.md');
    expect(detail?.reviews).toHaveLength(1);
  });
});

describe('history through copies of a note', () => {
  // "Bio/a copy.md" sorts before "Bio/cells.md": a scan that builds both gives the shared items to the copy.
  const copy = (): void => copyFileSync(join(temp.vault, 'Bio/cells.md'), join(temp.vault, 'Bio/a copy.md'));
  const liveCells = async () =>
    (await study.items({ states: ['active'] })).filter((item) => item.source.path.startsWith('Bio/'));

  async function answeredCells(): Promise<string> {
    await study.scan(NOW);
    const cell = (await study.items()).find((item) => item.source.path === 'Bio/cells.md');
    if (!cell) throw new Error('no item of cells.md');
    await study.answer({ itemId: cell.id, rating: 3 }, NOW);
    return cell.id;
  }

  it('gives the items back to the original when a copy of it is deleted', async () => {
    const answered = await answeredCells();
    const before = (await liveCells()).length;
    copy();
    await study.scan(later(NOW, 1000));
    rmSync(join(temp.vault, 'Bio/a copy.md'));
    const report = await study.scan(later(NOW, 2000));
    expect(report.retired).toBe(0);
    const live = await liveCells();
    expect(live).toHaveLength(before);
    expect(live.every((item) => item.source.path === 'Bio/cells.md')).toBe(true);
    expect((await study.item(answered))?.reviews).toHaveLength(1);
    expect((await study.next(later(NOW, 2000)))?.item).toBeDefined();
  });

  it('gives the shared items back when an edited copy is deleted', async () => {
    const answered = await answeredCells();
    const before = (await liveCells()).length;
    temp.write('Bio/a copy.md', `${CELLS}- The **cell membrane** controls what enters and leaves the cell\n`);
    await study.scan(later(NOW, 1000));
    rmSync(join(temp.vault, 'Bio/a copy.md'));
    await study.scan(later(NOW, 2000));
    const live = await liveCells();
    expect(live).toHaveLength(before);
    expect(live.every((item) => item.source.path === 'Bio/cells.md')).toBe(true);
    expect((await study.item(answered))?.item.state).toBe('active');
  });

  it('builds only the edited note when other notes share its title but not its text', async () => {
    temp.write('Chem/cells.md', '# Cells\n\n- **Chloroplasts** hold chlorophyll in plant cells\n');
    await study.scan(NOW);
    temp.write('Bio/cells.md', `${CELLS}- The **cell wall** stiffens plant cells\n`);
    const report = await study.scan(later(NOW, 1000), { paths: ['Bio/cells.md'] });
    expect(report.notesParsed).toBe(1);
  });

  it('keeps the items, with their reviews, in the copy when the original is deleted', async () => {
    const answered = await answeredCells();
    const before = (await liveCells()).length;
    copy();
    await study.scan(later(NOW, 1000));
    rmSync(join(temp.vault, 'Bio/cells.md'));
    const report = await study.scan(later(NOW, 2000));
    expect(report.retired).toBe(0);
    const live = await liveCells();
    expect(live).toHaveLength(before);
    expect(live.every((item) => item.source.path === 'Bio/a copy.md')).toBe(true);
    expect((await study.item(answered))?.reviews).toHaveLength(1);
  });
});

describe('answering and undoing', () => {
  it('keeps an answer after the database is closed and opened again', async () => {
    await study.scan(NOW);
    const first = await study.next(NOW);
    expect(first?.phase).toBe('new');
    expect(first?.intervals).toEqual({
      again: '1m',
      hard: '6m',
      good: '10m',
      easy: expect.stringMatching(/d$/),
    });
    const result = await study.answer({ itemId: first!.item.id, rating: 3, durationMs: 4200 }, NOW);
    await study.close();
    study = await temp.open();
    const detail = await study.item(first!.item.id);
    expect(detail?.card).toEqual(result.card);
    expect(detail?.card?.phase).toBe('learning');
    expect(detail?.reviews).toHaveLength(1);
    expect(detail?.reviews[0]).toMatchObject({ id: result.logId, rating: 3, durationMs: 4200 });
  });

  it('restores the exact card and removes the log row on undo', async () => {
    await study.scan(NOW);
    const item = (await study.next(NOW))!.item;
    const firstAnswer = await study.answer({ itemId: item.id, rating: 4 }, NOW);
    const reviewAt = later(firstAnswer.card.due, 60_000);
    await study.answer({ itemId: item.id, rating: 1 }, reviewAt);
    expect((await study.item(item.id))?.card?.lapses).toBe(1);

    const undone = await study.undo(reviewAt);
    expect(undone).toEqual({ itemId: item.id, restored: firstAnswer.card });
    const detail = await study.item(item.id);
    expect(detail?.card).toEqual(firstAnswer.card);
    expect(detail?.reviews.map((r) => r.id)).toEqual([firstAnswer.logId]);
  });

  it('puts a first answer back among the new items when it is undone', async () => {
    await study.scan(NOW);
    const item = (await study.next(NOW))!.item;
    await study.answer({ itemId: item.id, rating: 3 }, NOW);
    const undone = await study.undo(NOW);
    expect(undone?.restored?.phase).toBe('new');
    expect((await study.item(item.id))?.reviews).toEqual([]);
    expect((await study.next(NOW))?.item.id).toBe(item.id);
    expect(await study.undo(NOW)).toBeNull();
  });
});

/** Answers Easy to everything shown at `now` until the queue is empty; returns the items shown. */
async function studyAllEasy(now: Date) {
  const shown = [];
  for (let card = await study.next(now); card !== null; card = await study.next(now)) {
    shown.push(card.item);
    await study.answer({ itemId: card.item.id, rating: 4 }, now);
  }
  return shown;
}

describe("today's queue", () => {
  it('shows one item per fact today and the siblings the next day', async () => {
    await study.scan(NOW);
    const all = await study.items();
    const facts = new Set(all.map((item) => item.factKey));
    expect(facts.size).toBe(6);
    const today = await studyAllEasy(NOW);
    expect(today).toHaveLength(6);
    expect(new Set(today.map((item) => item.factKey)).size).toBe(6);
    const tomorrow = await studyAllEasy(later(NOW, DAY));
    expect(tomorrow.map((item) => item.id).sort()).toEqual(
      all
        .filter((item) => !today.some((shown) => shown.id === item.id))
        .map((item) => item.id)
        .sort(),
    );
  });

  it('stops at the daily limit of new items stored in the settings', async () => {
    await study.scan(NOW);
    await study.updateSettings({ newPerDay: 2 });
    expect((await study.settings()).newPerDay).toBe(2);
    expect(await studyAllEasy(NOW)).toHaveLength(2);
    expect(await study.progress(NOW)).toEqual({ done: 2, remaining: 0 });
  });

  it('keeps a suspended item out of the queue until it is unsuspended', async () => {
    await study.scan(NOW);
    const first = (await study.next(NOW))!.item;
    await study.setState(first.id, 'suspended', NOW);
    expect((await study.next(NOW))?.item.id).not.toBe(first.id);
    expect((await study.items({ states: ['suspended'] })).map((i) => i.id)).toEqual([first.id]);
    await study.setState(first.id, 'active', NOW);
    expect((await study.next(NOW))?.item.id).toBe(first.id);
  });
});

describe('leeches', () => {
  it('suspends and flags an item at its eighth lapse', async () => {
    await study.scan(NOW);
    const id = (await study.next(NOW))!.item.id;
    let now = NOW;
    let result = await study.answer({ itemId: id, rating: 4 }, now);
    for (let lapse = 1; lapse <= 8; lapse++) {
      now = later(result.card.due, 1000);
      result = await study.answer({ itemId: id, rating: 1 }, now);
      expect(result.card.lapses).toBe(lapse);
      expect(result.leech).toBe(lapse === 8);
      if (lapse < 8) {
        now = later(result.card.due, 1000);
        result = await study.answer({ itemId: id, rating: 4 }, now);
      }
    }
    const detail = await study.item(id);
    expect(detail?.item).toMatchObject({ state: 'suspended', leech: true });
    await expect(study.answer({ itemId: id, rating: 3 }, now)).rejects.toThrow(/suspended/);
    await study.undo(now);
    expect((await study.item(id))?.item).toMatchObject({ state: 'active', leech: false });
  });
});
