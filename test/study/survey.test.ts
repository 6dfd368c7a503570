/** The survey sorts each note against its last record: kept, touched (kept with a new stamp), to build, a problem. */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../src/store/types.js';
import { surveyNotes } from '../../src/study/survey.js';
import type { NoteLocation } from '../../src/vault/index.js';

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

function vaultWith(notes: Record<string, string>): { dir: string; locations: NoteLocation[] } {
  const dir = mkdtempSync(join(tmpdir(), 'recollect-survey-'));
  for (const [path, text] of Object.entries(notes)) writeFileSync(join(dir, path), text);
  const locations = Object.keys(notes)
    .sort()
    .map((path) => ({ path, absolutePath: join(dir, path) }));
  return { dir, locations };
}

function recordOf(dir: string, path: string, text: string): NoteRecord {
  const info = statSync(join(dir, path));
  return { path, hash: hashOf(text), size: info.size, mtimeMs: info.mtimeMs, title: path };
}

describe('surveyNotes', () => {
  it('keeps unchanged notes as their stored records, in path order, and builds new and changed ones', async () => {
    const { dir, locations } = vaultWith({
      'a.md': '- one',
      'b.md': '- two',
      'c.md': '- three',
      'd.md': '- four',
      'e.md': '\u0000binary',
    });
    const stored = new Map<string, NoteRecord>();
    for (const [path, text] of [
      ['a.md', '- one'],
      ['b.md', '- two'],
      ['c.md', '- three'],
      ['e.md', '\u0000binary'],
    ] as const)
      stored.set(path, recordOf(dir, path, text));
    // b: touched (new mtime, same bytes); c: edited; d: new; e: changed stamp but unreadable now.
    utimesSync(join(dir, 'b.md'), new Date('2030-01-01'), new Date('2030-01-01'));
    writeFileSync(join(dir, 'c.md'), '- three, edited');
    utimesSync(join(dir, 'e.md'), new Date('2030-01-01'), new Date('2030-01-01'));

    const survey = await surveyNotes(locations, stored);
    expect(survey.kept.map((r) => r.path)).toEqual(['a.md', 'b.md', 'e.md']);
    expect(survey.kept[0]).toBe(stored.get('a.md')); // the stored object itself: nothing to write
    expect(survey.kept[1]).not.toBe(stored.get('b.md'));
    expect(survey.kept[1]).toMatchObject({ hash: hashOf('- two'), mtimeMs: Date.parse('2030-01-01') });
    expect(survey.kept[2]).toBe(stored.get('e.md')); // unreadable: its history is kept as it was
    expect(survey.toBuild.map((b) => [b.location.path, b.previous?.path])).toEqual([
      ['c.md', 'c.md'],
      ['d.md', undefined],
    ]);
    expect(survey.problems).toEqual([{ path: 'e.md', message: 'binary file (contains NUL bytes)' }]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('sees a note gone since the walk as a problem and keeps its record', async () => {
    const { dir, locations } = vaultWith({ 'a.md': '- one', 'b.md': '- two' });
    const stored = new Map(
      ['a.md', 'b.md'].map((p) => [p, recordOf(dir, p, p === 'a.md' ? '- one' : '- two')]),
    );
    rmSync(join(dir, 'b.md'));
    const survey = await surveyNotes(locations, stored);
    expect(survey.kept).toEqual([stored.get('a.md'), stored.get('b.md')]);
    expect(survey.toBuild).toEqual([]);
    expect(survey.problems).toEqual([{ path: 'b.md', message: 'file could not be read (ENOENT)' }]);
    rmSync(dir, { recursive: true, force: true });
  });
});
