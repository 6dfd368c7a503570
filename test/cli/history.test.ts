import { afterEach, describe, expect, it } from 'vitest';
import { makeStudyVault, NOW, recollect, requireBuild } from './study-helpers.js';

// `recollect history`: an item's review history in the terminal, by item or by note.
let temp: ReturnType<typeof makeStudyVault> | undefined;
afterEach(() => temp?.remove());

interface HistoryJson {
  items: {
    id: string;
    prompt: string;
    state: string;
    card: { phase: string; due: string } | null;
    reviews: { reviewedAt: string; rating: string; interval: string }[];
  }[];
}

function studiedVault() {
  requireBuild();
  temp = makeStudyVault();
  const data = ['--data', temp.data, '--now', NOW];
  // Two answers: Good on the first item (a 10-minute step), Again on the second (a 1-minute step).
  expect(recollect(['study', temp.vault, ...data], ['', '3', '', '1', 'q'].join('\n')).status).toBe(0);
  return data;
}

describe('recollect history', () => {
  it('lists every item of a note with its reviews, grades and the intervals they gave', () => {
    const data = studiedVault();
    const json = recollect(['history', temp!.vault, '--note', 'Bio/cells.md', '--json', ...data]);
    expect(json.status).toBe(0);
    const history = JSON.parse(json.stdout) as HistoryJson;
    const reviewed = history.items.filter((item) => item.reviews.length > 0);
    expect(reviewed.map((item) => item.reviews.map((r) => [r.rating, r.interval]))).toEqual([
      [['good', '10m']],
      [['again', '1m']],
    ]);
    expect(reviewed.map((item) => item.card?.phase)).toEqual(['learning', 'learning']);
    expect(history.items.length).toBeGreaterThan(reviewed.length);

    const text = recollect(['history', temp!.vault, '--note', 'Bio/cells.md', ...data]).stdout;
    const first = reviewed[0]!;
    expect(text).toContain(first.prompt);
    expect(text).toMatch(/2025-03-10 10:00 {2}Good {3}→ 10m/);
    expect(text).toContain('never reviewed');
  });

  it('shows one item by its id or a unique start of it, and says so when none matches', () => {
    const data = studiedVault();
    const all = JSON.parse(
      recollect(['history', temp!.vault, '--note', 'Bio/cells.md', '--json', ...data]).stdout,
    );
    const reviewed = (all as HistoryJson).items.find((item) => item.reviews.length > 0)!;
    const byPrefix = recollect([
      'history',
      temp!.vault,
      '--item',
      reviewed.id.slice(0, 8),
      '--json',
      ...data,
    ]);
    expect((JSON.parse(byPrefix.stdout) as HistoryJson).items.map((item) => item.id)).toEqual([reviewed.id]);
    const none = recollect(['history', temp!.vault, '--item', 'zzzz', ...data]);
    expect([none.status, none.stderr]).toEqual([
      1,
      "recollect: no item with an id starting 'zzzz' (ids: recollect cards --json)\n",
    ]);
    expect(recollect(['history', temp!.vault, ...data]).status).toBe(2);
  });
});
