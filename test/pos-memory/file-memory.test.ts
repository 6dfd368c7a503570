import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { TaggedWord } from '../../src/knowledge/pos.js';
import { FileTagMemory, TAG_MEMORY_FILE, taggerId } from '../../src/pos-memory/index.js';
import { tagRows } from './helpers.js';

const sentence = 'The river flooded the town.';
const words: TaggedWord[] = [
  { text: 'The', pos: 'DET' },
  { text: 'river', pos: 'NOUN' },
  { text: 'flooded', pos: 'VERB' },
  { text: 'the', pos: 'DET' },
  { text: 'town', pos: 'NOUN' },
  { text: '.', pos: 'PUNCT' },
];
const fresh = () => join(mkdtempSync(join(tmpdir(), 'recollect-tags-')), TAG_MEMORY_FILE);
const rows = (file: string): number => tagRows(file).length;

describe('FileTagMemory', () => {
  it('recalls what it was told, in the same process and after being closed and opened again', () => {
    const file = fresh();
    const memory = FileTagMemory.open(file) as FileTagMemory;
    expect(memory.recall(sentence)).toBeUndefined();
    memory.remember(sentence, words);
    expect(memory.recall(sentence)).toEqual(words); // before the flush too
    memory.close();
    expect(rows(file)).toBe(1);
    const again = FileTagMemory.open(file) as FileTagMemory;
    expect(again.recall(sentence)).toEqual(words);
    expect(again.recall('The river flooded the city.')).toBeUndefined();
    expect(again.counts).toEqual({ recalled: 1, missed: 1, written: 0 });
    again.close();
    expect(again.recall(sentence)).toBeUndefined(); // closed: asks nothing
  });

  it('writes only on flush, once per sentence', () => {
    const file = fresh();
    const memory = FileTagMemory.open(file) as FileTagMemory;
    memory.remember(sentence, words);
    memory.remember(sentence, words);
    expect(rows(file)).toBe(0);
    memory.flush();
    expect(rows(file)).toBe(1);
    expect(memory.counts.written).toBe(1);
    memory.close();
  });

  it('forgets everything when the tagger changes', () => {
    const file = fresh();
    const first = FileTagMemory.open(file, 'tagger A') as FileTagMemory;
    first.remember(sentence, words);
    first.close();
    const same = FileTagMemory.open(file, 'tagger A') as FileTagMemory;
    expect(same.recall(sentence)).toEqual(words);
    same.close();
    const other = FileTagMemory.open(file, 'tagger B') as FileTagMemory;
    expect(other.recall(sentence)).toBeUndefined();
    other.close();
    expect(rows(file)).toBe(0);
  });

  it('names the library and model versions it was made with', () => {
    expect(taggerId()).toMatch(/^1 wink-nlp@\d+\.\d+\.\d+ wink-eng-lite-web-model@\d+\.\d+\.\d+$/);
  });

  it('is not used when its file is damaged or cannot be written', () => {
    const damaged = fresh();
    writeFileSync(
      damaged,
      'this is not a SQLite database, and it is long enough to have a header'.repeat(100),
    );
    expect(FileTagMemory.open(damaged)).toBeUndefined();
    const missing = join(mkdtempSync(join(tmpdir(), 'recollect-tags-')), 'no such folder', TAG_MEMORY_FILE);
    expect(FileTagMemory.open(missing)).toBeUndefined();
  });

  it('is not used where its folder cannot be made, even by root (a file stands in the way)', () => {
    // chmod does not stop root, and CI runs as root: a regular file where the folder should be stops everyone.
    const dir = mkdtempSync(join(tmpdir(), 'recollect-tags-'));
    writeFileSync(join(dir, 'locked'), 'a file, not a folder');
    expect(FileTagMemory.open(join(dir, 'locked', TAG_MEMORY_FILE))).toBeUndefined();
  });

  it('is not used in a folder it may not write', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'recollect-tags-')), 'locked');
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    const file = join(dir, TAG_MEMORY_FILE);
    const memory = FileTagMemory.open(file);
    if (process.getuid?.() === 0) {
      // Root may write anyway: then the memory must work, not half-open.
      expect(memory).toBeDefined();
      memory?.close();
    } else {
      expect(memory).toBeUndefined();
    }
  });

  it('gives nothing for a row that does not fit the sentence (a damaged value)', () => {
    const file = fresh();
    const memory = FileTagMemory.open(file) as FileTagMemory;
    memory.remember(sentence, words);
    memory.close();
    const db = new BetterSqlite3(file);
    db.prepare('update tags set words = ?').run('["D", 40, 3]');
    db.close();
    const again = FileTagMemory.open(file) as FileTagMemory;
    expect(again.recall(sentence)).toBeUndefined();
    expect(again.counts.missed).toBe(1);
    again.close();
  });

  it('keeps the tags of a worker that claimed a new file first, when another read it empty before', async () => {
    // The workers of one scan open a new file together. Here a connection holds the write lock while a worker
    // thread opens the file: the worker reads "no tagger" and waits for the lock. Meanwhile the holder claims the
    // file as another worker would and writes a tag; when the lock is free, the waiting worker must see the claim
    // and keep that tag, not empty the file as if it were still new (a full test run lost ~1,350 tags so).
    const source = join(dirname(fileURLToPath(import.meta.url)), '../../src/pos-memory/file-memory.ts');
    const file = fresh();
    const holder = new BetterSqlite3(file);
    holder.pragma('journal_mode = WAL');
    holder.exec(
      'create table meta (name text primary key, value text not null);' +
        'create table tags (key blob primary key, words text not null) without rowid;',
    );
    holder.exec('begin immediate');
    const worker = new Worker(
      // The worker runs this repository's source (tsx compiles it), not a build that may be older.
      `const { parentPort, workerData } = require('node:worker_threads');
       import('tsx/esm/api').then(({ tsImport }) => tsImport(workerData.url, workerData.url)).then(({ FileTagMemory }) => {
         parentPort.postMessage('opening');
         const memory = FileTagMemory.open(workerData.file, 'tagger A');
         memory?.close();
         parentPort.postMessage(memory ? 'opened' : 'not opened');
       });`,
      { eval: true, workerData: { url: pathToFileURL(source).href, file } },
    );
    const said: string[] = [];
    const done = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: string) => {
        said.push(m);
        if (m !== 'opening') resolve();
      });
      worker.on('error', reject);
    });
    await new Promise<void>((resolve) => worker.once('message', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 500)); // the worker has read the empty meta and waits
    holder.prepare("insert into meta (name, value) values ('tagger', 'tagger A')").run();
    holder.prepare('insert into tags (key, words) values (?, ?)').run(Buffer.alloc(16, 1), '["x"]');
    holder.exec('commit');
    await done;
    await worker.terminate();
    expect(said).toEqual(['opening', 'opened']);
    expect(holder.prepare<[], { n: number }>('select count(*) as n from tags').get()?.n).toBe(1);
    holder.close();
  });
});
