/**
 * Child process of hostile-fixtures.test.ts: builds the deck of one hostile case and prints what happened as
 * one JSON line. A separate process, so the test can kill a case that hangs instead of hanging with it.
 */

import { buildDeck } from '../../src/pipeline.js';
import { hostileNotes } from '../fixtures/hostile/make.js';
import { deckViolations, noteFile } from './deck-checks.js';

/** What the child reports for one case. */
export interface CaseReport {
  readonly ms: number;
  readonly notes: number;
  readonly items: number;
  /** The distinct answers of the items (all of them: a case asserts the ones it must give). */
  readonly answers: readonly string[];
  readonly problems: readonly string[];
  readonly violations: readonly string[];
}

const name = process.argv[2];
const hostile = hostileNotes().find((n) => n.name === name);
if (!hostile) throw new Error(`no hostile case named ${name}`);
const files = [noteFile(`hostile/${hostile.name}`, hostile.make())];
const started = performance.now();
const { deck } = buildDeck(files, { vault: 'hostile' });
const report: CaseReport = {
  ms: Math.round(performance.now() - started),
  notes: deck.notes,
  items: deck.items.length,
  answers: [...new Set(deck.items.map((item) => item.answer))],
  problems: deck.problems.map((p) => p.message),
  violations: deckViolations(deck, files).slice(0, 5),
};
process.stdout.write(`${JSON.stringify(report)}\n`);
