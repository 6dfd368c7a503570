import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/recollect.js');
const examples = join(root, 'examples');

function run(args: string[]) {
  if (!existsSync(join(root, 'dist/cli/main.js')))
    throw new Error('dist/ is missing: run `npm run build` first');
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
}

describe('recollect export', () => {
  it('writes an Anki package with one note per item of the example vault', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recollect-export-'));
    const out = join(dir, 'examples.apkg');
    const result = run(['export', 'anki', examples, '-o', out]);
    expect(result.status).toBe(0);
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    const dbFile = join(dir, 'collection.anki2');
    writeFileSync(dbFile, files['collection.anki2']!);
    const db = new Database(dbFile, { readonly: true });
    const notes = db.prepare('select count(*) as n from notes').get() as { n: number };
    db.close();
    const cards = JSON.parse(run(['cards', examples, '--json']).stdout) as { items: unknown[] };
    expect(notes.n).toBe(cards.items.length);
  });

  it('dates Anki notes from when the scan first saw their items, never later than now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recollect-export-'));
    const data = join(dir, 'data');
    const before = Date.now();
    expect(run(['scan', examples, '--data', data]).status).toBe(0);
    const after = Date.now();
    const out = join(dir, 'examples.apkg');
    expect(run(['export', 'anki', examples, '-o', out, '--data', data]).status).toBe(0);
    const dbFile = join(dir, 'collection.anki2');
    writeFileSync(dbFile, unzipSync(readFileSync(out))['collection.anki2']!);
    const db = new Database(dbFile, { readonly: true });
    const ids = db.prepare('select id from notes union all select id from cards').pluck().all() as number[];
    db.close();
    expect(ids.length).toBeGreaterThan(50);
    // Each id lies within the day before the item's first scan.
    expect(ids.filter((id) => id > after || id <= before - 86_400_000)).toEqual([]);
  });

  it('writes tab-separated CSV with Anki import headers', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'recollect-export-')), 'cards.tsv');
    expect(run(['export', 'csv', examples, '-o', out]).status).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines[0]).toBe('#separator:tab');
    expect(lines.some((l) => l.startsWith('What does DNS stand for?\tDomain Name System'))).toBe(true);
  });

  it('keeps a frontmatter tag with a space as one tag and leaves line-ending #tags out of the text', () => {
    const vault = mkdtempSync(join(tmpdir(), 'recollect-tags-'));
    writeFileSync(
      join(vault, 'cells.md'),
      '---\ntags: [exam prep]\n---\n# Cells\n\n- The **nucleus** holds the genetic material of the cell #biology\n',
    );
    const out = join(vault, '..', `${vault.split('/').pop()}.tsv`);
    expect(run(['export', 'csv', vault, '-o', out]).status).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [front, back, tags] = row.split('\t');
      expect(`${front} ${back}`).not.toContain('#');
      expect(tags).toBe('exam_prep biology');
    }
  });

  it('writes Quizlet text: term, tab, definition, one card per line, nothing else', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'recollect-export-')), 'quizlet.txt');
    expect(run(['export', 'quizlet', examples, '-o', out]).status).toBe(0);
    const lines = readFileSync(out, 'utf8').replace(/\n$/, '').split('\n');
    const cards = JSON.parse(run(['cards', examples, '--json']).stdout) as { items: unknown[] };
    expect(lines).toHaveLength(cards.items.length);
    for (const line of lines) expect(line).toMatch(/^[^\t#][^\t]*\t[^\t]+$/);
    expect(lines).toContain('What does DNS stand for?\tDomain Name System');
  });

  it('refuses a folder as the output and leaves it untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recollect-export-'));
    const target = join(dir, 'out.apkg');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'mine');
    const result = run(['export', 'anki', examples, '-o', target]);
    expect(result.status).toBe(1);
    // One clear line, no stack trace.
    expect(result.stderr).toBe(`recollect: ${target} is a folder; give a file path\n`);
    expect(readdirSync(target)).toEqual(['keep.txt']);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['out.apkg']);
  });

  it('asks for a format and an output file', () => {
    expect(run(['export', examples]).status).toBe(2);
    expect(run(['export', 'anki', examples]).stderr).toMatch(/-o FILE/);
  });
});
