import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { noteGuid } from '../../src/export/ids.js';
import { definitionOf } from '../../src/export/item-parts.js';
import type { Item } from '../../src/generate/item.js';
import { createStudyService } from '../../src/study/create-service.js';
import { describeWith } from '../system-tools.js';
import {
  APT_PACKAGES,
  importIntoAnki,
  type RenderedCard,
  readerMissing,
  textOf,
} from './anki-reader/reader.js';

// Anki's own importer reads our packages: every card rendered, re-imports update in place, scheduling kept.
const root = fileURLToPath(new URL('../..', import.meta.url));
const missing = readerMissing();
const suite = describeWith(
  {
    name: "Anki 2.1.16's importer",
    missing,
    install: `apt-get install -y ${APT_PACKAGES}, and ../shared/reference`,
  },
  'test/export/anki-reader.test.ts',
);

const T1 = '2025-01-10T09:00:00.000Z';
const T2 = '2025-01-11T09:00:00.000Z';
const work = mkdtempSync(join(tmpdir(), 'recollect-anki-reader-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(root, 'bin/recollect.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  if (result.status !== 0) throw new Error(`recollect ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

function copyOfExamples(name: string): string {
  const vault = join(work, name);
  cpSync(join(root, 'examples'), vault, { recursive: true });
  return vault;
}

const itemsOf = (vault: string) => (JSON.parse(run(['cards', vault, '--json'])) as { items: Item[] }).items;
const occurrences = (text: string, part: string) => text.split(part).length - 1;
/** The answer side below the line, without the source link. */
const backOf = (card: RenderedCard | undefined) =>
  textOf((card?.a.split('<hr id=answer>')[1] ?? '').split('<div class="source">')[0] ?? '');

suite('Anki 2.1.16 importing our .apkg', () => {
  let vault = '';
  let items: Item[] = [];
  let first = '';

  beforeAll(() => {
    vault = copyOfExamples('vault');
    items = itemsOf(vault);
    first = join(work, 'first.apkg');
    run(['export', 'anki', vault, '-o', first], { RECOLLECT_NOW: T1 });
  });

  it('has Anki 2.1.16 and its Python packages (required in CI)', () => {
    expect(missing).toBeUndefined();
  });

  it('imports every item as a note, with the required fields Anki itself computes, and passes Check Database', () => {
    const report = importIntoAnki(first);
    const [imported] = report.imports;
    // A reverse item whose prompt holds its definition ("Which term means: X?") is a reversed note of two cards; one
    // asked by its kind ("Which organelle makes proteins?") is a question and its answer, one card.
    const reversed = items.filter((item) => item.kind === 'reverse' && definitionOf(item.prompt)).length;
    expect(reversed).toBeGreaterThan(0);
    expect(reversed).toBeLessThan(items.filter((item) => item.kind === 'reverse').length);
    expect(imported).toMatchObject({ added: items.length, dupes: 0, notes: items.length });
    expect(imported?.cards).toBe(items.length + reversed);
    for (const model of imported?.models ?? []) expect(model.req).toEqual(model.ankiReq);
    expect(report.integrity).toEqual({ ok: true, message: 'Database rebuilt and optimized.' });
    expect(report.afterCheck).toEqual({ notes: items.length, cards: items.length + reversed });
    expect(imported?.decks).toEqual(
      expect.arrayContaining([
        'recollect',
        'recollect::Biology',
        'recollect::History',
        'recollect::Computing',
      ]),
    );
  });

  it('renders every card as its question and its answer', () => {
    const cards = importIntoAnki(first).imports[0]?.rendered ?? [];
    const byGuid = new Map<string, RenderedCard[]>();
    for (const card of cards) byGuid.set(card.guid, [...(byGuid.get(card.guid) ?? []), card]);
    for (const card of cards) {
      expect(`${card.q}${card.a}`).not.toMatch(/\{\{|\}\}|c1::/);
      expect(textOf(card.q).length).toBeGreaterThan(0);
    }
    for (const item of items) {
      const [card, second] = (byGuid.get(noteGuid(item.id)) ?? []).sort((x, y) => x.ord - y.ord);
      if (!card) throw new Error(`no card for ${item.kind} item "${item.prompt}"`);
      const q = textOf(card.q);
      const a = backOf(card);
      if (card.model === 'recollect Cloze') {
        // A generated cloze's hint ("___ (2 words: M, P)") is Anki's own hint, shown in the blank's place.
        const hint = /_{3,}['"’”]* \(((?:first letter|\d+ words): [^)]*)\)/.exec(item.prompt)?.[1];
        expect(q).toContain(hint === undefined ? '[...]' : `[${hint}]`);
        if (hint !== undefined) expect(occurrences(q, hint)).toBe(1);
        expect(textOf(card.a)).toContain(item.answer);
      } else if (item.kind === 'reverse' && definitionOf(item.prompt)) {
        // Definition → term, then term → definition: never a question as the answer.
        expect(a).toBe(item.answer);
        expect(textOf(second?.q ?? '')).toContain(item.answer);
        expect(backOf(second)).not.toMatch(/Which term means|\?$/);
        expect(q).toContain(backOf(second));
      } else if (item.kind === 'order') {
        for (const event of item.choices ?? [])
          expect([item.prompt, occurrences(q, event)]).toEqual([item.prompt, 1]);
        for (const dated of item.answer.split(' → ')) expect(a).toContain(dated);
      } else {
        expect(q).toContain(textOf(item.prompt.split('\n')[0] ?? ''));
        expect(a).toContain(textOf(item.answer.split('\n')[0] ?? ''));
      }
    }
  });

  it('updates notes in place when a newer export is imported after an edit, with no duplicates', () => {
    const edited = copyOfExamples('edited');
    const cold = join(edited, 'History/cold-war.md');
    writeFileSync(
      cold,
      readFileSync(cold, 'utf8').replace(
        'Berlin Blockade**, cutting road and rail',
        'Berlin Blockade**, cutting the road and rail',
      ),
    );
    mkdirSync(join(edited, 'Computing/Algorithms'));
    renameSync(join(edited, 'Computing/sorting.md'), join(edited, 'Computing/Algorithms/sorting.md'));
    const after = itemsOf(edited);
    const second = join(work, 'second.apkg');
    run(['export', 'anki', edited, '-o', second], { RECOLLECT_NOW: T2 });

    const before = new Set(items.map((item) => item.id));
    const kept = after.filter((item) => before.has(item.id));
    const added = after.filter((item) => !before.has(item.id));
    expect(added.length).toBeGreaterThan(0);
    expect(
      kept.filter((item) => item.source.path.startsWith('Computing/Algorithms/')).length,
    ).toBeGreaterThan(0);

    const [, reimport] = importIntoAnki(first, second).imports;
    expect(reimport).toMatchObject({ added: added.length, updated: kept.length, dupes: 0 });
    const guids = new Set([...items, ...after].map((item) => noteGuid(item.id)));
    expect(reimport?.notes).toBe(guids.size);
    expect(new Set(reimport?.rendered.map((card) => card.guid))).toEqual(guids);
    const moved =
      reimport?.rendered.filter((card) => card.a.includes('Computing/Algorithms/sorting.md:')) ?? [];
    expect(moved.length).toBe(
      kept.filter((item) => item.source.path.startsWith('Computing/Algorithms/')).length,
    );
  });

  it('keeps the study state and the review log with --with-scheduling', async () => {
    const studied = copyOfExamples('studied');
    const data = join(work, 'studied-data');
    const start = new Date(Date.now() - 3 * 86_400_000);
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const service = await createStudyService({
      vault: studied,
      dataDir: data,
      settings: { timeZone: 'UTC' },
    });
    await service.scan(start);
    const graduated = await service.next(start);
    if (!graduated) throw new Error('nothing to study');
    await service.answer({ itemId: graduated.item.id, rating: 3, durationMs: 5000 }, at(0));
    await service.answer({ itemId: graduated.item.id, rating: 3, durationMs: 4000 }, at(11));
    const learning = await service.next(at(12));
    if (!learning || learning.item.id === graduated.item.id) throw new Error('no second item');
    await service.answer({ itemId: learning.item.id, rating: 1, durationMs: 9000 }, at(12));
    await service.close();
    const out = join(work, 'scheduled.apkg');
    run(['export', 'anki', studied, '-o', out, '--data', data, '--with-scheduling']);

    const report = importIntoAnki(out);
    const [imported] = report.imports;
    const cardOf = (id: string) => imported?.rendered.find((c) => c.guid === noteGuid(id) && c.ord === 0);
    expect(cardOf(graduated.item.id)).toMatchObject({ type: 2, queue: 2 });
    expect(cardOf(graduated.item.id)?.ivl).toBeGreaterThanOrEqual(1);
    expect(cardOf(learning.item.id)).toMatchObject({ type: 1, queue: 1 });
    const graduatedId = cardOf(graduated.item.id)?.id;
    const learningId = cardOf(learning.item.id)?.id;
    // Rows: id, cid, ease, ivl, lastIvl, factor, time, type. Learning steps are negative seconds.
    expect(imported?.revlog.map(([, cid, ease, ivl, lastIvl]) => [cid, ease, ivl, lastIvl])).toEqual([
      [graduatedId, 3, -600, 0],
      [graduatedId, 3, cardOf(graduated.item.id)?.ivl, -600],
      [learningId, 1, -60, 0],
    ]);
    expect(report.integrity.ok).toBe(true);
    expect(report.afterCheck).toEqual({ notes: imported?.notes, cards: imported?.cards });
  });
});
