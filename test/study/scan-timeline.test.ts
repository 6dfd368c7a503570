/**
 * The timeline in the study store: a scan writes each built note's events with its items, replaces them when the
 * note changes, drops them when it goes, and keeps them when it cannot be read.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/generate/item.js';
import { buildDeck } from '../../src/pipeline.js';
import { createStudyService } from '../../src/study/create-service.js';
import type { StudyService } from '../../src/study/service.js';
import { scanVault } from '../../src/vault/index.js';

const ROME = `# Rome

- **753 BC** - Rome was founded by Romulus
- **44 BC** - Julius Caesar was assassinated in the Senate
`;

const WAR = `# The Great War

- **1914** - The First World War began in Europe
- **1919** - The Treaty of Versailles was signed
`;

const NOW = new Date('2025-03-10T10:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
/** One line per event: what the timeline shows of it. */
const lines = (events: readonly TimelineEvent[]) =>
  events.map((e) => `${e.date} | ${e.text} | ${e.source.path}:${e.source.line}`);

let root: string;
let vault: string;
let dataDir: string;
let service: StudyService | undefined;

const write = (path: string, text: string | Uint8Array): void => {
  mkdirSync(join(vault, path, '..'), { recursive: true });
  writeFileSync(join(vault, path), text);
};
const open = async (): Promise<StudyService> => {
  service = await createStudyService({ vault, dataDir, settings: { timeZone: 'UTC' } });
  return service;
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'recollect-timeline-'));
  vault = join(root, 'vault');
  dataDir = join(root, 'data');
  write('History/rome.md', ROME);
  write('war.md', WAR);
});

afterEach(async () => {
  await service?.close();
  service = undefined;
  rmSync(root, { recursive: true, force: true });
});

describe('the timeline a scan stores', () => {
  it('holds every dated event after the first scan, in the order a whole-vault build gives', async () => {
    const study = await open();
    await study.scan(NOW);
    const stored = await study.timeline();
    expect(lines(stored)).toEqual([
      '753 BC | Rome was founded by Romulus | History/rome.md:3',
      '44 BC | Julius Caesar was assassinated in the Senate | History/rome.md:4',
      '1914 | The First World War began in Europe | war.md:3',
      '1919 | The Treaty of Versailles was signed | war.md:4',
    ]);
    const { files } = await scanVault(vault);
    expect(stored).toEqual(buildDeck(files, { vault }).deck.events);
    expect(lines(await study.timeline({ paths: ['war.md'] }))).toEqual([
      '1914 | The First World War began in Europe | war.md:3',
      '1919 | The Treaty of Versailles was signed | war.md:4',
    ]);
  });

  it("replaces an edited note's events and leaves the other note's alone", async () => {
    const study = await open();
    await study.scan(NOW);
    write(
      'war.md',
      WAR.replace(
        '**1919** - The Treaty of Versailles was signed',
        '**1918** - The armistice ended the fighting',
      ),
    );
    const report = await study.scan(later(1));
    expect(report.notesParsed).toBe(1);
    expect(lines(await study.timeline())).toEqual([
      '753 BC | Rome was founded by Romulus | History/rome.md:3',
      '44 BC | Julius Caesar was assassinated in the Senate | History/rome.md:4',
      '1914 | The First World War began in Europe | war.md:3',
      '1918 | The armistice ended the fighting | war.md:4',
    ]);
  });

  it('drops the events of a deleted note and moves those of a renamed one to its new path', async () => {
    const study = await open();
    await study.scan(NOW);
    rmSync(join(vault, 'war.md'));
    renameSync(join(vault, 'History', 'rome.md'), join(vault, 'History', 'ancient-rome.md'));
    await study.scan(later(1));
    expect(lines(await study.timeline())).toEqual([
      '753 BC | Rome was founded by Romulus | History/ancient-rome.md:3',
      '44 BC | Julius Caesar was assassinated in the Senate | History/ancient-rome.md:4',
    ]);
  });

  it('replaces and drops events when only the paths a watcher reports are scanned', async () => {
    const study = await open();
    await study.scan(NOW);
    write('History/rome.md', `${ROME}- **27 BC** - Augustus became the first Roman emperor\n`);
    rmSync(join(vault, 'war.md'));
    const report = await study.scan(later(1), { paths: ['History/rome.md', 'war.md'] });
    expect(report.deletedNotes).toEqual(['war.md']);
    expect(lines(await study.timeline())).toEqual([
      '753 BC | Rome was founded by Romulus | History/rome.md:3',
      '44 BC | Julius Caesar was assassinated in the Senate | History/rome.md:4',
      '27 BC | Augustus became the first Roman emperor | History/rome.md:5',
    ]);
  });

  it('keeps the events of a note that cannot be read now, as it keeps its items', async () => {
    const study = await open();
    await study.scan(NOW);
    write('war.md', Uint8Array.from([0x41, 0x00, 0x42]));
    const report = await study.scan(later(1));
    expect(report.problems.map((p) => p.path)).toEqual(['war.md']);
    expect(lines(await study.timeline({ paths: ['war.md'] }))).toEqual([
      '1914 | The First World War began in Europe | war.md:3',
      '1919 | The Treaty of Versailles was signed | war.md:4',
    ]);
  });

  it('fills the timeline of a database made before events were stored, keeping every item as it was', async () => {
    let study = await open();
    const first = await study.scan(NOW);
    await study.close();
    service = undefined;
    // The database as the first schema left it: no events table, version 1.
    const raw = new BetterSqlite3(join(dataDir, 'recollect.db'));
    raw.exec('drop table events');
    // …and with the first schema's queue indexes (migration 3 replaces them).
    raw.exec('drop index items_new_order; drop index cards_due_key');
    raw.exec(
      'create index items_state_created on items (state, created_at); create index cards_due on cards (due)',
    );
    raw.pragma('user_version = 1');
    raw.close();
    study = await open();
    expect(await study.timeline()).toEqual([]);
    const upgraded = await study.scan(later(1));
    expect(upgraded).toMatchObject({
      notesParsed: 2,
      added: 0,
      updated: 0,
      retired: 0,
      unchanged: first.added,
    });
    expect(lines(await study.timeline())).toEqual([
      '753 BC | Rome was founded by Romulus | History/rome.md:3',
      '44 BC | Julius Caesar was assassinated in the Senate | History/rome.md:4',
      '1914 | The First World War began in Europe | war.md:3',
      '1919 | The Treaty of Versailles was signed | war.md:4',
    ]);
  });
});
