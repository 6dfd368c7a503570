import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Candidate } from '../../src/generate/candidate.js';
import type { Item } from '../../src/generate/item.js';
import { buildDeck } from '../../src/pipeline.js';
import type { NoteFile } from '../../src/vault/types.js';

/** A note file in memory, as `vault/` would read it. */
export function noteFile(path: string, text: string): NoteFile {
  return { path, text, size: text.length, mtimeMs: 0, hash: `hash-${path}` };
}

/** Reads a fixture note from test/fixtures/notes. */
export function fixture(name: string): NoteFile {
  const url = new URL(`../fixtures/notes/${name}`, import.meta.url);
  return noteFile(name, readFileSync(fileURLToPath(url), 'utf8'));
}

/** Items of one in-memory note. */
export function itemsOf(text: string, path = 'note.md'): Item[] {
  return [...buildDeck([noteFile(path, text)], { vault: 'test' }).deck.items];
}

/** Finds the item with this kind and prompt, or undefined. */
export function find(items: readonly Item[], kind: Item['kind'], prompt: string): Item | undefined {
  return items.find((i) => i.kind === kind && i.prompt === prompt);
}

/** A candidate with sensible defaults, for gate tests. */
export function candidate(
  parts: Partial<Candidate> & Pick<Candidate, 'kind' | 'prompt' | 'answer'>,
): Candidate {
  return {
    context: ['Note'],
    source: { path: 'note.md', line: 1, endLine: 1 },
    tags: [],
    fact: `${parts.prompt} ${parts.answer}`,
    shape: 'short',
    answerType: 'other',
    generator: 'test',
    ...parts,
  };
}
