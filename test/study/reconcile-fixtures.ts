/** A tiny vault description (note path → fact lines) turned into what a scan would produce. */
import { createHash } from 'node:crypto';
import type { Item } from '../../src/generate/item.js';
import type { ScanInput } from '../../src/study/reconcile.js';
import { makeItem } from '../store/fixtures.js';

export type VaultNotes = Readonly<Record<string, readonly string[]>>;

/** Items of one fact: a cloze on its last word, and a date item when it names a year. */
export function itemsOfFact(fact: string, path: string, line: number): Item[] {
  const items = [makeItem({ fact, path, line })];
  const year = /\b(1\d{3}|20\d{2})\b/.exec(fact)?.[1];
  if (year) items.push(makeItem({ fact, kind: 'date', answer: year, path, line }));
  return items;
}

/** The scan of a whole vault: every note listed, every fact's items (line 1 is the title). */
export function scanOf(notes: VaultNotes, scannedPaths?: readonly string[]): ScanInput {
  const paths = Object.keys(notes).sort();
  const parsed = scannedPaths ?? paths;
  return {
    notes: paths.map((path) => {
      const text = (notes[path] ?? []).join('\n');
      return {
        path,
        hash: createHash('sha256').update(text).digest('hex'),
        size: text.length,
        mtimeMs: 0,
        title: path.replace(/\.md$/, ''),
      };
    }),
    items: parsed.flatMap((path) => (notes[path] ?? []).flatMap((fact, i) => itemsOfFact(fact, path, i + 2))),
    ...(scannedPaths ? { scannedPaths } : {}),
  };
}

/** The cloze item a fact makes (the one tests review). */
export const clozeOf = (fact: string, path = 'history/wwi.md') => makeItem({ fact, path });
