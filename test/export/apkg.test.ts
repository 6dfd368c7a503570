import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../../src/export/anki-models.js';
import { buildApkg } from '../../src/export/apkg.js';
import type { Item } from '../../src/generate/item.js';
import { describeWith, type SystemTool } from '../system-tools.js';
import { item, type OpenedApkg, openApkg, SAMPLE_ITEMS } from './helpers.js';

// Written by hand from Anki's rslib/src/storage/schema11.sql (the schema-11 tables Anki 2.1 creates).
const SCHEMA_11_COLUMNS: Record<string, string[]> = {
  col: ['id', 'crt', 'mod', 'scm', 'ver', 'dty', 'usn', 'ls', 'conf', 'models', 'decks', 'dconf', 'tags'],
  notes: ['id', 'guid', 'mid', 'mod', 'usn', 'tags', 'flds', 'sfld', 'csum', 'flags', 'data'],
  cards: [
    'id',
    'nid',
    'did',
    'ord',
    'mod',
    'usn',
    'type',
    'queue',
    'due',
    'ivl',
    'factor',
    'reps',
    'lapses',
    'left',
    'odue',
    'odid',
    'flags',
    'data',
  ],
  revlog: ['id', 'cid', 'usn', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type'],
  graves: ['usn', 'oid', 'type'],
};
const SCHEMA_11_INDEXES: Record<string, string[]> = {
  ix_notes_usn: ['usn'],
  ix_cards_usn: ['usn'],
  ix_revlog_usn: ['usn'],
  ix_cards_nid: ['nid'],
  ix_cards_sched: ['did', 'queue', 'due'],
  ix_revlog_cid: ['cid'],
  ix_notes_csum: ['csum'],
};

const NOW = new Date('2024-05-10T12:00:00Z');
const ANKI_PACKAGE = fileURLToPath(new URL('../../../shared/reference/anki/update1.apkg', import.meta.url));
const ankiPackagesTool: SystemTool = {
  name: "Anki's own test package",
  missing: existsSync(ANKI_PACKAGE) ? undefined : `${ANKI_PACKAGE} is absent`,
  install: 'a checkout of ../shared/reference next to the repository',
};
const OPTIONS = { vaultName: 'Study Vault', now: NOW };

let opened: OpenedApkg[] = [];
afterEach(() => {
  for (const apkg of opened) apkg.close();
  opened = [];
});

async function exportAndOpen(items: readonly Item[], options: Parameters<typeof buildApkg>[1] = OPTIONS) {
  const apkg = openApkg(await buildApkg(items, options));
  opened.push(apkg);
  return apkg;
}

type Row = Record<string, unknown>;
const tableColumns = (db: OpenedApkg['db'], table: string) =>
  (db.prepare(`pragma table_info(${table})`).all() as Row[]).map((c) => [c.name, c.type, c.notnull]);

function noteOf(db: OpenedApkg['db'], fieldStart: string): Row {
  return db.prepare('select * from notes where flds like ?').get(`${fieldStart}%`) as Row;
}

describe('the .apkg package', () => {
  it('holds a collection.anki2 and an empty media map', async () => {
    const apkg = await exportAndOpen(SAMPLE_ITEMS);
    expect(apkg.entries).toEqual(['collection.anki2', 'media']);
    expect(apkg.media).toEqual({});
  });

  it('has every table and column of Anki schema 11, all NOT NULL, and its indexes', async () => {
    const { db } = await exportAndOpen(SAMPLE_ITEMS);
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .pluck()
      .all();
    expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    for (const [table, columns] of Object.entries(SCHEMA_11_COLUMNS)) {
      const info = db.prepare(`pragma table_info(${table})`).all() as Row[];
      expect(info.map((c) => c.name)).toEqual(columns);
      const primaryKeys = info.filter((c) => c.pk === 1).map((c) => c.name);
      expect(primaryKeys).toEqual(table === 'graves' ? [] : ['id']);
      expect(info.filter((c) => c.pk === 0).every((c) => c.notnull === 1)).toBe(true);
    }
    for (const [index, columns] of Object.entries(SCHEMA_11_INDEXES)) {
      const info = db.prepare(`pragma index_info(${index})`).all() as Row[];
      expect(info.map((c) => c.name)).toEqual(columns);
    }
    expect(db.prepare('select id, ver, dty, usn, ls, tags from col').all()).toEqual([
      { id: 1, ver: 11, dty: 0, usn: 0, ls: 0, tags: '{}' },
    ]);
  });

  // The reference files are not part of the project (AGPL): outside CI this comparison skips loudly without
  // them (the hand-written lists above always apply); CI requires them.
  describeWith(ankiPackagesTool, 'test/export/apkg.test.ts (Anki-written package)')(
    'compared with a package Anki itself wrote',
    () => {
      it('lays out every table exactly like Anki’s update1.apkg', async () => {
        expect(ankiPackagesTool.missing).toBeUndefined();
        const { db } = await exportAndOpen(SAMPLE_ITEMS);
        const ankis = openApkg(new Uint8Array(readFileSync(ANKI_PACKAGE)));
        opened.push(ankis);
        for (const table of Object.keys(SCHEMA_11_COLUMNS)) {
          expect(tableColumns(db, table)).toEqual(tableColumns(ankis.db, table));
        }
      });
    },
  );

  it('declares the three recollect note types in col.models', async () => {
    const { db } = await exportAndOpen(SAMPLE_ITEMS);
    const models = JSON.parse(db.prepare('select models from col').pluck().get() as string);
    const byName = Object.fromEntries(Object.values(models as Record<string, Row>).map((m) => [m.name, m]));
    expect(Object.keys(byName).sort()).toEqual([
      'recollect Basic',
      'recollect Basic (and reversed)',
      'recollect Cloze',
    ]);
    const basic = byName['recollect Basic'] as Row & { flds: Row[]; tmpls: Row[] };
    expect(basic.id).toBe(String(MODEL_IDS.basic));
    expect(basic.type).toBe(0);
    expect(basic.flds.map((f) => [f.name, f.ord])).toEqual([
      ['Front', 0],
      ['Back', 1],
      ['Context', 2],
      ['Source', 3],
    ]);
    expect(basic.tmpls).toHaveLength(1);
    expect(basic.tmpls[0]?.qfmt).toContain('{{Front}}');
    expect(basic.tmpls[0]?.qfmt).toContain('{{Context}}');
    expect(basic.tmpls[0]?.afmt).toContain('{{Source}}');
    const reversed = byName['recollect Basic (and reversed)'] as Row & { tmpls: Row[] };
    expect(reversed.tmpls.map((t) => t.ord)).toEqual([0, 1]);
    expect(reversed.tmpls[1]?.qfmt).toContain('{{Back}}');
    const cloze = byName['recollect Cloze'] as Row & { flds: Row[]; tmpls: Row[] };
    expect(cloze.type).toBe(1);
    expect(cloze.flds.map((f) => f.name)).toEqual(['Text', 'Extra', 'Context', 'Source']);
    expect(cloze.tmpls[0]?.qfmt).toContain('{{cloze:Text}}');
    for (const model of Object.values(byName)) {
      for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css']) {
        expect(model).toHaveProperty(key);
      }
    }
  });

  it('keeps the Default deck and adds a deck per folder under the root deck', async () => {
    const { db } = await exportAndOpen(SAMPLE_ITEMS, { ...OPTIONS, deckName: 'Rivers' });
    const decks = JSON.parse(db.prepare('select decks from col').pluck().get() as string) as Record<
      string,
      Row
    >;
    const names = Object.values(decks)
      .map((d) => d.name)
      .sort();
    expect(names).toEqual(['Default', 'Rivers', 'Rivers::Geography', 'Rivers::Geography::Rivers']);
    expect(decks['1']?.name).toBe('Default');
    for (const [key, deck] of Object.entries(decks)) {
      expect(deck.id).toBe(Number(key));
      expect(deck).toMatchObject({ dyn: 0, conf: 1, collapsed: false, newToday: [0, 0] });
    }
    const idOf = (name: string) => Object.values(decks).find((d) => d.name === name)?.id;
    const deckOfNote = (start: string) =>
      db
        .prepare('select did from cards join notes on notes.id = cards.nid where flds like ?')
        .pluck()
        .get(`${start}%`);
    expect(deckOfNote('Which sea')).toBe(idOf('Rivers::Geography::Rivers'));
    expect(deckOfNote('River {{c1::Danube}}')).toBe(idOf('Rivers::Geography'));
    expect(deckOfNote('landform')).toBe(idOf('Rivers'));
    const dconf = JSON.parse(db.prepare('select dconf from col').pluck().get() as string);
    expect(dconf['1']).toMatchObject({ id: 1, name: 'Default', maxTaken: 60 });
    const conf = JSON.parse(db.prepare('select conf from col').pluck().get() as string);
    expect(conf).toMatchObject({ curDeck: idOf('Rivers'), schedVer: 2 });
  });

  it('separates the four fields with \\x1f and links each card to its note in Obsidian', async () => {
    const { db } = await exportAndOpen(SAMPLE_ITEMS);
    const note = noteOf(db, 'Which sea');
    expect((note.flds as string).split('\x1f')).toEqual([
      'Which sea does the Danube flow into?',
      'the Black Sea',
      'Rivers of Europe › The Danube',
      '<a href="obsidian://open?vault=Study%20Vault&amp;file=Geography%2FRivers%2FDanube">Geography/Rivers/Danube.md:4</a>',
    ]);
    expect(note.mid).toBe(MODEL_IDS.basic);
    expect(note.sfld).toBe('Which sea does the Danube flow into?');
    expect(note.csum).toBe(2754984225);
    expect(note).toMatchObject({ usn: -1, flags: 0, data: '', mod: NOW.getTime() / 1000 });
  });

  it('puts {{c1::answer}} where the cloze blank was, for generated and explicit clozes', async () => {
    const { db } = await exportAndOpen(SAMPLE_ITEMS);
    const cloze = noteOf(db, 'The Danube passes');
    expect((cloze.flds as string).split('\x1f').slice(0, 2)).toEqual([
      'The Danube passes through {{c1::four}} capital cities.',
      '',
    ]);
    expect(cloze.mid).toBe(MODEL_IDS.cloze);
    const explicit = noteOf(db, 'River {{c1::Danube}}');
    expect((explicit.flds as string).split('\x1f')[0]).toBe('River {{c1::Danube}} is the longest in the EU.');
    expect(explicit.mid).toBe(MODEL_IDS.cloze);
  });

  it('lists choices on the front, shuffles order events, and puts the checklist on the back', async () => {
    const { db } = await exportAndOpen(SAMPLE_ITEMS);
    const fields = (start: string) => (noteOf(db, start).flds as string).split('\x1f');
    expect(fields('Where does')[0]).toBe(
      'Where does the Danube rise?<ol><li>Alps</li><li>Black Forest</li><li>Carpathians</li><li>Jura</li></ol>',
    );
    const [orderFront, orderBack] = fields('Put in order');
    expect(orderBack).toBe('<ol><li>Vienna</li><li>Budapest</li><li>Belgrade</li></ol>');
    expect(orderFront).not.toContain('<li>Vienna</li><li>Budapest</li><li>Belgrade</li>');
    for (const city of ['Vienna', 'Budapest', 'Belgrade']) expect(orderFront).toContain(`<li>${city}</li>`);
    expect(fields('Argue for')[1]).toBe(
      'Dams give clean power and stop floods.<ul><li>clean power</li><li>flood control</li></ul>',
    );
    expect(noteOf(db, 'Argue for').mid).toBe(MODEL_IDS.basic);
  });

  it('makes one card per note, and two for a reversed item', async () => {
    const { db } = await exportAndOpen(SAMPLE_ITEMS);
    expect(db.prepare('select count(*) from notes').pluck().get()).toBe(8);
    const ords = db
      .prepare('select ord from cards join notes on notes.id = cards.nid where notes.mid = ? order by ord')
      .pluck()
      .all(MODEL_IDS.reversed);
    expect(ords).toEqual([0, 1]);
    expect(db.prepare('select count(*) from cards').pluck().get()).toBe(9);
  });

  it('writes tags with underscores for spaces, padded with a space on each side', async () => {
    const { db } = await exportAndOpen(SAMPLE_ITEMS);
    expect(noteOf(db, 'landform').tags).toBe(' terms physical_geography ');
    expect(noteOf(db, 'Which sea').tags).toBe(' geography ');
  });

  it('escapes HTML in the notes’ text', async () => {
    const tricky = item('html-1', 'qa', 'Is <b> & "bold" the same?', "It's <strong>");
    const { db } = await exportAndOpen([tricky]);
    const [front, back] = (noteOf(db, 'Is ').flds as string).split('\x1f');
    expect(front).toBe('Is &lt;b&gt; &amp; &quot;bold&quot; the same?');
    expect(back).toBe('It&#39;s &lt;strong&gt;');
    expect(noteOf(db, 'Is ').sfld).toBe('Is <b> & "bold" the same?');
  });
});
