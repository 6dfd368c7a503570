import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Item } from '../generate/item.js';
import { writeCollection } from './anki-collection.js';
import { type AnkiExportOptions, planCollection } from './anki-plan.js';

/** Builds an Anki `.apkg` (zip of a schema-11 `collection.anki2` and an empty `media` map) in memory. */
export async function buildApkg(items: readonly Item[], options: AnkiExportOptions): Promise<Uint8Array> {
  const plan = planCollection(items, options);
  // better-sqlite3 needs a real file to build the collection; it lives in a private temp folder.
  const folder = await mkdtemp(join(tmpdir(), 'recollect-apkg-'));
  try {
    const dbPath = join(folder, 'collection.anki2');
    writeCollection(dbPath, plan);
    const collection = new Uint8Array(await readFile(dbPath));
    const mtime = options.now;
    return zipSync({
      'collection.anki2': [collection, { mtime }],
      media: [strToU8('{}'), { mtime }],
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
