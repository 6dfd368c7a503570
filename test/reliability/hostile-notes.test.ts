/**
 * Requirement 5 (reliability.md): hostile notes never break the pipeline. Generated and mutated Markdown goes
 * through the whole of `buildDeck`; it must not throw, must give a well-formed deck, the same one every time,
 * and must finish each note quickly (a hang check with a generous bound, not a speed test).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/pipeline.js';
import type { NoteFile } from '../../src/vault/types.js';
import { deckViolations, noteFile } from './deck-checks.js';
import { mutatedNote } from './mutations.js';
import { generatedNote } from './note-arbitraries.js';

const PER_NOTE_BOUND_MS = 2_000;
const SEED_NOTE = readFileSync(new URL('../fixtures/hostile/seed-note.md', import.meta.url), 'utf8');

const notesOf = (texts: readonly string[]): NoteFile[] =>
  texts.map((t, i) => noteFile(`hostile/note-${i}.md`, t));

/** Runs each note alone against the time bound, then all of them together; returns the whole deck's faults. */
function pipelineFaults(texts: readonly string[]): string[] {
  const files = notesOf(texts);
  const faults: string[] = [];
  for (const file of files) {
    const started = performance.now();
    buildDeck([file], { vault: 'hostile' });
    const ms = performance.now() - started;
    if (ms >= PER_NOTE_BOUND_MS) faults.push(`${file.path} took ${Math.round(ms)} ms`);
  }
  const { deck } = buildDeck(files, { vault: 'hostile' });
  return [...faults, ...deckViolations(deck, files)];
}

const generatedNotes = fc.array(generatedNote, { minLength: 1, maxLength: 3 });
const mutatedNotes = fc.array(mutatedNote(SEED_NOTE), { minLength: 1, maxLength: 3 });

describe('the pipeline on generated note-like Markdown', () => {
  it('never throws, gives a well-formed deck and finishes every note in time', () => {
    fc.assert(
      fc.property(generatedNotes, (texts) => {
        expect(pipelineFaults(texts)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same deck twice for the same notes', () => {
    fc.assert(
      fc.property(generatedNotes, (texts) => {
        const first = buildDeck(notesOf(texts), { vault: 'hostile' });
        const second = buildDeck(notesOf(texts), { vault: 'hostile' });
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the pipeline on mutations of a realistic note', () => {
  it('turns the unmutated seed note into a well-formed deck with items', () => {
    const { deck } = buildDeck(notesOf([SEED_NOTE]), { vault: 'hostile' });
    expect(deck.notes).toBe(1);
    expect(deck.problems).toEqual([]);
    expect(deck.items.length).toBeGreaterThan(3);
    expect(deckViolations(deck, notesOf([SEED_NOTE]))).toEqual([]);
  });

  it('never throws, gives a well-formed deck and finishes every note in time', () => {
    fc.assert(
      fc.property(mutatedNotes, (texts) => {
        expect(pipelineFaults(texts)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same deck twice, whatever order the files come in', () => {
    fc.assert(
      fc.property(mutatedNotes, (texts) => {
        const files = notesOf(texts);
        const first = buildDeck(files, { vault: 'hostile' });
        const again = buildDeck(notesOf(texts), { vault: 'hostile' });
        const reversed = buildDeck([...files].reverse(), { vault: 'hostile' });
        expect(JSON.stringify(again)).toBe(JSON.stringify(first));
        expect(JSON.stringify(reversed.deck.items)).toBe(JSON.stringify(first.deck.items));
      }),
      { numRuns: 60 },
    );
  });
});
