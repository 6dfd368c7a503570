import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import type { Item, ItemKind } from '../../src/generate/item.js';

/** A small study item in our own words; override what a test cares about. */
export function item(
  id: string,
  kind: ItemKind,
  prompt: string,
  answer: string,
  extra: Partial<Item> = {},
): Item {
  return {
    id,
    kind,
    prompt,
    answer,
    context: ['Rivers of Europe', 'The Danube'],
    source: { path: 'Geography/Rivers/Danube.md', line: 4, endLine: 4 },
    tags: ['geography'],
    fact: `${prompt} ${answer}`,
    ...extra,
  };
}

/** A mixed set of items: one per kind. */
export const SAMPLE_ITEMS: readonly Item[] = [
  item('qa-1', 'qa', 'Which sea does the Danube flow into?', 'the Black Sea'),
  item('cloze-1', 'cloze', 'The Danube passes through ___ capital cities.', 'four'),
  item('rev-1', 'reverse', 'Which term means: landform at a river mouth?', 'Delta', {
    source: { path: 'Glossary.md', line: 2, endLine: 2 },
    tags: ['terms', 'physical geography'],
  }),
  item('choice-1', 'choice', 'Where does the Danube rise?', 'Black Forest', {
    choices: ['Alps', 'Black Forest', 'Carpathians', 'Jura'],
  }),
  item('date-1', 'date', 'When did the Danube Commission first meet?', '1856'),
  item('order-1', 'order', 'Put in order, from source to sea:', 'Vienna → Budapest → Belgrade', {
    choices: ['Vienna', 'Budapest', 'Belgrade'],
  }),
  item(
    'arg-1',
    'argument',
    'Argue for building more Danube dams.',
    'Dams give clean power and stop floods.',
    {
      checklist: ['clean power', 'flood control'],
    },
  ),
  item('exp-1', 'explicit', 'River ___ is the longest in the EU.', 'Danube', {
    source: { path: 'Geography/Overview.md', line: 9, endLine: 9 },
  }),
];

/** An opened `.apkg`: the SQLite collection (read-only), the media map, and the zip entry names. */
export interface OpenedApkg {
  readonly db: Database.Database;
  readonly media: unknown;
  readonly entries: string[];
  close(): void;
}

/** Unzips an `.apkg` with fflate and opens its `collection.anki2` with better-sqlite3. */
export function openApkg(bytes: Uint8Array): OpenedApkg {
  const files = unzipSync(bytes);
  const folder = mkdtempSync(join(tmpdir(), 'recollect-apkg-test-'));
  const collection = files['collection.anki2'];
  if (!collection) throw new Error('no collection.anki2 in the package');
  const dbPath = join(folder, 'collection.anki2');
  writeFileSync(dbPath, collection);
  const db = new Database(dbPath, { readonly: true });
  const mediaBytes = files.media;
  return {
    db,
    media: mediaBytes ? JSON.parse(strFromU8(mediaBytes)) : undefined,
    entries: Object.keys(files).sort(),
    close() {
      db.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A fresh temporary folder for output files. */
export function tempFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'recollect-export-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
