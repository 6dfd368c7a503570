import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateVault, malformedCount, writeVault } from '../../bench/generate-vault.js';
import { buildDeck } from '../../src/pipeline.js';
import { scanVault } from '../../src/vault/index.js';

const digest = (files: ReturnType<typeof generateVault>): string[] =>
  files.map((f) => `${f.path} ${createHash('sha256').update(f.bytes).digest('hex')}`);

describe('synthetic vault generator', () => {
  it('gives the same paths and bytes for the same seed', () => {
    expect(digest(generateVault({ notes: 40, seed: 7 }))).toEqual(
      digest(generateVault({ notes: 40, seed: 7 })),
    );
  });

  it('gives different notes for a different seed', () => {
    const a = digest(generateVault({ notes: 40, seed: 7 }));
    const b = digest(generateVault({ notes: 40, seed: 8 }));
    expect(a.filter((line) => b.includes(line))).toEqual([]);
  });

  it('keeps the first notes unchanged when more notes are asked for', () => {
    // Each note has its own random stream, so a bigger vault only adds notes (titles of note 0 and 1 agree).
    const small = generateVault({ notes: 5, seed: 3 }).map((f) => f.path);
    const big = generateVault({ notes: 9, seed: 3 }).map((f) => f.path);
    expect(big.filter((path) => small.includes(path))).toEqual(small);
  });

  it('produces exactly the requested number of distinct note files', () => {
    for (const notes of [1, 10, 250]) {
      const files = generateVault({ notes, seed: 1 });
      expect(files).toHaveLength(notes);
      expect(new Set(files.map((f) => f.path)).size).toBe(notes);
      expect(files.every((f) => f.path.endsWith('.md'))).toBe(true);
    }
  });

  it('holds a few malformed files from ten notes up', () => {
    expect([malformedCount(9), malformedCount(10), malformedCount(10_000)]).toEqual([0, 3, 10]);
    const kinds = generateVault({ notes: 10, seed: 1 }).flatMap((f) => (f.malformed ? [f.malformed] : []));
    expect(kinds.sort()).toEqual(['huge-line', 'invalid-utf8', 'nul-bytes']);
  });

  it('writes every revision-note style somewhere in a small vault', () => {
    const text = generateVault({ notes: 30, seed: 2 })
      .filter((f) => !f.malformed)
      .map((f) => Buffer.from(f.bytes).toString('utf8'))
      .join('\n');
    const styles: Record<string, RegExp> = {
      heading: /^## \S/m,
      'tab-nested bullet': /^\t- \S/m,
      'space-nested bullet': /^ {2,4}- \S/m,
      'bold term': /\*\*[A-Za-z][^*]+\*\* - /,
      'full date':
        /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
      'year range': /\b\d{4}[–-]\d{4}\b/,
      callout: /^>\[!example\] /m,
      'arguing for': /^> Arguing \*for\* /m,
      'arguing against': /^> Arguing \*against\* /m,
      wikilink: /\[\[[^\]|]+\|[^\]]+\]\]/,
      prose: /^[A-Z][^\n]*\. [A-Z][^\n]*\. /m,
      'question line': /^Who [^\n]+::[A-Z]/m,
      table: /^\| --- \| --- \| --- \|$/m,
    };
    const missing = Object.entries(styles).filter(([, pattern]) => !pattern.test(text));
    expect(missing.map(([name]) => name)).toEqual([]);
    const depths = new Set(generateVault({ notes: 30, seed: 2 }).map((f) => f.path.split('/').length));
    expect([...depths].sort()).toEqual([2, 3, 4]);
  });
});

describe('a generated vault through the pipeline', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('turns malformed files into problems and still builds items from the rest', async () => {
    dir = await mkdtemp(join(tmpdir(), 'recollect-bench-'));
    await writeVault(dir, generateVault({ notes: 12, seed: 5 }));
    const scan = await scanVault(dir);
    const { deck } = buildDeck(scan.files, { vault: 'bench', problems: scan.problems });
    expect(deck.problems.map((p) => p.message).sort()).toEqual([
      'binary file (contains NUL bytes)',
      'not valid UTF-8 text',
    ]);
    // The huge line is valid text: it is parsed like any note, so 10 of the 12 files count as notes.
    expect(deck.notes).toBe(10);
    expect(deck.items.length).toBeGreaterThan(50);
  });
});
