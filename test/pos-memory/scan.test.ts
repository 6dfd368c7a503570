/** A scan keeps the tagger's memory in the store's data folder, never among the notes. */
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateVault, writeVault } from '../../bench/generate-vault.js';
import { TAG_MEMORY_FILE } from '../../src/pos-memory/index.js';
import { createStudyService } from '../../src/study/create-service.js';
import { tagRows } from './helpers.js';

const examples = resolve(import.meta.dirname, '../../examples');
const NOW = new Date('2025-03-10T10:00:00Z');

const rows = (file: string): number => tagRows(file).length;

describe('the tagger’s memory of a scan', () => {
  it('is written in .recollect/ beside the database, and the notes folder gets nothing else', async () => {
    const vault = join(mkdtempSync(join(tmpdir(), 'recollect-tags-scan-')), 'vault');
    cpSync(examples, vault, { recursive: true });
    const before = readdirSync(vault, { recursive: true }).sort();
    const study = await createStudyService({ vault, settings: { timeZone: 'UTC' } });
    try {
      const report = await study.scan(NOW);
      expect(report.added).toBeGreaterThan(20);
    } finally {
      await study.close();
    }
    const after = readdirSync(vault, { recursive: true })
      .filter((p) => !String(p).startsWith('.recollect'))
      .sort();
    expect(after).toEqual(before);
    expect(rows(join(vault, '.recollect', TAG_MEMORY_FILE))).toBeGreaterThan(5);
  });

  it('follows --data to another folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'recollect-tags-scan-'));
    const vault = join(root, 'vault');
    // Other notes than the first test's: sentences this process tagged already are not asked again.
    await writeVault(vault, generateVault({ notes: 12, seed: 4 }));
    const study = await createStudyService({
      vault,
      dataDir: join(root, 'data'),
      settings: { timeZone: 'UTC' },
    });
    try {
      await study.scan(NOW);
    } finally {
      await study.close();
    }
    expect(existsSync(join(vault, '.recollect'))).toBe(false);
    expect(rows(join(root, 'data', TAG_MEMORY_FILE))).toBeGreaterThan(5);
  });
});
