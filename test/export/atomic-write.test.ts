import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecollectError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/export/atomic-write.js';
import {
  ExportFolderMissingError,
  ExportPathIsDirectoryError,
  ExportWriteError,
} from '../../src/export/errors.js';
import { exportDeck } from '../../src/export/run-export.js';
import { SAMPLE_ITEMS, tempFolder } from './helpers.js';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

async function* failingHalfWay(): AsyncGenerator<string> {
  yield 'first half of the file';
  throw new Error('disk went away');
}

describe('atomic export writes', () => {
  it('writes the file and leaves no temporary file behind', async () => {
    const target = join(folder.path, 'deck.csv');
    await writeFileAtomic(target, 'hello');
    expect(readFileSync(target, 'utf8')).toBe('hello');
    expect(readdirSync(folder.path)).toEqual(['deck.csv']);
  });

  it('keeps the old file and removes the temporary one when writing fails part-way', async () => {
    const target = join(folder.path, 'deck.csv');
    writeFileSync(target, 'previous export');
    const attempt = writeFileAtomic(target, failingHalfWay());
    await expect(attempt).rejects.toBeInstanceOf(ExportWriteError);
    await expect(attempt).rejects.toThrow(/disk went away/);
    expect(readFileSync(target, 'utf8')).toBe('previous export');
    expect(readdirSync(folder.path)).toEqual(['deck.csv']);
  });

  it('leaves no file at all when a first write fails', async () => {
    const target = join(folder.path, 'new.apkg');
    await expect(writeFileAtomic(target, failingHalfWay())).rejects.toBeInstanceOf(ExportWriteError);
    expect(readdirSync(folder.path)).toEqual([]);
  });

  it('refuses a folder as the output path', async () => {
    const target = join(folder.path, 'out');
    mkdirSync(target);
    const attempt = exportDeck('anki', SAMPLE_ITEMS, { output: target, vaultName: 'V' });
    await expect(attempt).rejects.toBeInstanceOf(ExportPathIsDirectoryError);
    await expect(attempt).rejects.toBeInstanceOf(RecollectError);
    expect(readdirSync(target)).toEqual([]);
  });

  it('refuses an output path whose folder does not exist', async () => {
    const target = join(folder.path, 'missing', 'deck.apkg');
    await expect(exportDeck('csv', SAMPLE_ITEMS, { output: target, vaultName: 'V' })).rejects.toBeInstanceOf(
      ExportFolderMissingError,
    );
  });

  it('refuses an output path inside a regular file', async () => {
    const file = join(folder.path, 'notes.txt');
    writeFileSync(file, 'x');
    await expect(
      exportDeck('json', SAMPLE_ITEMS, { output: join(file, 'deck.json'), vaultName: 'V' }),
    ).rejects.toBeInstanceOf(ExportFolderMissingError);
  });

  it('exports each format to a file', async () => {
    for (const format of ['anki', 'csv', 'json'] as const) {
      const target = join(folder.path, `deck.${format}`);
      await exportDeck(format, SAMPLE_ITEMS, {
        output: target,
        vaultName: 'V',
        now: new Date('2024-01-01T00:00:00Z'),
      });
      expect(readFileSync(target).length).toBeGreaterThan(100);
    }
    expect(readdirSync(folder.path).sort()).toEqual(['deck.anki', 'deck.csv', 'deck.json']);
    expect(readFileSync(join(folder.path, 'deck.anki')).subarray(0, 2).toString()).toBe('PK');
  });
});
