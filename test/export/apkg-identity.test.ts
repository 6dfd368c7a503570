import { afterEach, describe, expect, it } from 'vitest';
import { buildApkg } from '../../src/export/apkg.js';
import type { Item } from '../../src/generate/item.js';
import { item, type OpenedApkg, openApkg, SAMPLE_ITEMS } from './helpers.js';

const OPTIONS = { vaultName: 'Study Vault', now: new Date('2024-05-10T12:00:00Z') };

let opened: OpenedApkg[] = [];
afterEach(() => {
  for (const apkg of opened) apkg.close();
  opened = [];
});

async function notesOf(items: readonly Item[], now = OPTIONS.now) {
  const apkg = openApkg(await buildApkg(items, { ...OPTIONS, now }));
  opened.push(apkg);
  const rows = apkg.db.prepare('select id, guid, flds, mod from notes').all() as {
    id: number;
    guid: string;
    flds: string;
    mod: number;
  }[];
  return new Map(rows.map((row) => [row.flds.split('\x1f')[0], row]));
}

describe('note identity across exports', () => {
  it('keeps GUIDs of unchanged items and gives an edited item (new id) a new GUID', async () => {
    const before = await notesOf(SAMPLE_ITEMS);
    const edited = SAMPLE_ITEMS.map((it) =>
      it.id === 'qa-1' ? { ...it, id: 'qa-1-edited', prompt: 'Into which sea does the Danube flow?' } : it,
    ).filter((it) => it.id !== 'date-1');
    const added = item('qa-2', 'qa', 'Which river flows through Vienna?', 'the Danube');
    const after = await notesOf([added, ...edited], new Date('2024-06-01T08:00:00Z'));

    const unchanged = 'The Danube passes through {{c1::four}} capital cities.';
    expect(after.get(unchanged)?.guid).toBe(before.get(unchanged)?.guid);
    expect(after.get(unchanged)?.id).toBe(before.get(unchanged)?.id);
    expect(after.get('landform at a river mouth')?.guid).toBe(before.get('landform at a river mouth')?.guid);
    const oldGuid = before.get('Which sea does the Danube flow into?')?.guid;
    const newGuid = after.get('Into which sea does the Danube flow?')?.guid;
    expect(newGuid).toBeDefined();
    expect(newGuid).not.toBe(oldGuid);
    const beforeGuids = new Set([...before.values()].map((n) => n.guid));
    const afterGuids = [...after.values()].map((n) => n.guid);
    expect(afterGuids.filter((guid) => beforeGuids.has(guid))).toHaveLength(6);
    // Anki only updates an existing note when the incoming one is newer.
    expect(after.get(unchanged)?.mod).toBeGreaterThan(before.get(unchanged)?.mod ?? Number.POSITIVE_INFINITY);
  });

  it('gives every note a distinct GUID made of safe characters', async () => {
    const notes = [...(await notesOf(SAMPLE_ITEMS)).values()];
    expect(new Set(notes.map((n) => n.guid)).size).toBe(notes.length);
    for (const { guid, id } of notes) {
      expect(guid).toMatch(/^[a-zA-Z0-9!#$%()*+,\-./:;=?@[\]^_`{|}~]{1,11}$/);
      expect(Number.isSafeInteger(id)).toBe(true);
    }
  });

  it('writes byte-identical packages for the same items at the same time', async () => {
    const first = await buildApkg(SAMPLE_ITEMS, OPTIONS);
    const second = await buildApkg(SAMPLE_ITEMS, OPTIONS);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('keeps note, card and deck ids when only the export time differs', async () => {
    const ids = async (now: Date) => {
      const apkg = openApkg(await buildApkg(SAMPLE_ITEMS, { ...OPTIONS, now }));
      opened.push(apkg);
      return apkg.db.prepare('select id, nid, did, ord from cards order by id').all();
    };
    expect(await ids(new Date('2025-01-01T00:00:00Z'))).toEqual(await ids(OPTIONS.now));
  });
});

describe('note and card ids that every Anki accepts', () => {
  // Anki 2.1.54–2.1.60 refuse a package holding a note, card or revlog id later than one day from now, and
  // later versions renumber such ids: every id must be a time in the past.
  it('never writes a note, card or deck id later than the export time', async () => {
    const now = new Date('2020-01-01T00:00:00Z');
    const many = Array.from({ length: 40 }, (_, i) =>
      item(`qa-${i}`, 'qa', `Which river is number ${i}?`, `River ${i}`, {
        source: { path: `Folder ${i % 7}/Note ${i}.md`, line: 1, endLine: 1 },
      }),
    );
    const apkg = openApkg(await buildApkg(many, { ...OPTIONS, now }));
    opened.push(apkg);
    const ids = [
      ...(apkg.db.prepare('select id from notes').pluck().all() as number[]),
      ...(apkg.db.prepare('select id from cards').pluck().all() as number[]),
      ...Object.values(
        JSON.parse(apkg.db.prepare('select decks from col').pluck().get() as string) as Record<
          string,
          { id: number }
        >,
      ).map((deck) => deck.id),
    ];
    expect(ids).toHaveLength(40 + 40 + 9);
    expect(ids.filter((id) => id > now.getTime())).toEqual([]);
  });

  it('dates a note and its cards from when the item was first seen, the same in every export', async () => {
    const firstSeen = new Map([
      ['qa-1', new Date('2024-03-01T10:00:00Z')],
      ['rev-1', new Date('2024-04-02T18:30:00Z')],
    ]);
    const idsAt = async (now: Date) => {
      const apkg = openApkg(await buildApkg(SAMPLE_ITEMS, { ...OPTIONS, now, firstSeen }));
      opened.push(apkg);
      return apkg.db
        .prepare(
          `select notes.id as nid, cards.id as cid, cards.ord from notes join cards on cards.nid = notes.id
           where notes.flds like 'Which sea%' or notes.flds like 'landform%' order by notes.flds, cards.ord`,
        )
        .all() as { nid: number; cid: number; ord: number }[];
    };
    const first = await idsAt(OPTIONS.now);
    expect(await idsAt(new Date('2025-02-01T00:00:00Z'))).toEqual(first);
    const day = 86_400_000;
    const [sea, delta1, delta2] = first;
    for (const row of [delta1, delta2]) {
      for (const id of [row?.nid, row?.cid]) {
        expect(id).toBeGreaterThan(Date.parse('2024-04-02T18:30:00Z') - day);
        expect(id).toBeLessThanOrEqual(Date.parse('2024-04-02T18:30:00Z'));
      }
    }
    expect(sea?.nid).toBeGreaterThan(Date.parse('2024-03-01T10:00:00Z') - day);
    expect(sea?.cid).toBeLessThanOrEqual(Date.parse('2024-03-01T10:00:00Z'));
  });
});
