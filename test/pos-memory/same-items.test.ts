/**
 * The tagger's memory must not change a single item: the deck built with an empty memory, with a full one and
 * with a damaged one is the deck built without one. Built on worker threads, so each build starts with no tags in
 * its threads (a fresh pool) and a full memory really answers in place of the tagger: a memory holding other
 * tags changes the deck, which shows it was asked.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateVault, writeVault } from '../../bench/generate-vault.js';
import type { buildDeck } from '../../src/pipeline.js';
import { TAG_MEMORY_FILE } from '../../src/pos-memory/index.js';
import type { NoteFile } from '../../src/vault/index.js';
import { scanVault } from '../../src/vault/index.js';
import { buildDeckOnWorkers } from '../../src/workers/build-pool.js';
import { tagRows } from './helpers.js';

let files: NoteFile[];
let reference: ReturnType<typeof buildDeck>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recollect-tags-deck-'));
  await writeVault(join(dir, 'vault'), generateVault({ notes: 120, seed: 11 }));
  ({ files } = await scanVault(join(dir, 'vault')));
  reference = await buildDeckOnWorkers(files, { vault: 'v', threads: 2 });
}, 120_000);

const build = (tagMemory: string, threads = 2) =>
  buildDeckOnWorkers(files, { vault: 'v', threads, tagMemory, chunkNotes: 9 });

describe('the tagger’s memory', () => {
  it('gives the same deck empty, full, full in this thread, and damaged', async () => {
    expect(reference.deck.items.length).toBeGreaterThan(1000);
    const file = join(mkdtempSync(join(tmpdir(), 'recollect-tags-')), TAG_MEMORY_FILE);

    const filling = await build(file);
    expect(filling.deck).toEqual(reference.deck);
    expect(filling.rejections).toEqual(reference.rejections);
    const rows = tagRows(file);
    expect(rows.length).toBeGreaterThan(100);

    const recalled = await build(file);
    expect(recalled.deck).toEqual(reference.deck);
    expect(recalled.rejections).toEqual(reference.rejections);
    expect(tagRows(file)).toEqual(rows); // nothing new to remember

    const inThread = await build(file, 0);
    expect(inThread.deck).toEqual(reference.deck);

    writeFileSync(file, Buffer.alloc(64 * 1024, 7));
    const damaged = await build(file);
    expect(damaged.deck).toEqual(reference.deck);
  }, 240_000);

  it('is asked in place of the tagger: other tags in it give another deck', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'recollect-tags-')), TAG_MEMORY_FILE);
    await build(file);
    const db = new BetterSqlite3(file);
    // Every word a verb: blanks lose their nouns, statements start with verbs.
    const all = db.prepare('select key, words from tags').all() as { key: Buffer; words: string }[];
    const update = db.prepare('update tags set words = ? where key = ?');
    for (const row of all) {
      const [tags, ...rest] = JSON.parse(row.words) as [string, ...unknown[]];
      update.run(JSON.stringify(['P'.repeat(tags.length), ...rest]), row.key);
    }
    db.close();
    const misled = await build(file);
    expect(misled.deck.items.length).toBeGreaterThan(1000);
    expect(misled.deck.items).not.toEqual(reference.deck.items);
  }, 240_000);
});
