/**
 * Child process of note-memory.test.ts: builds the deck of one 5 MB hostile note under a small heap and prints
 * the problems as one JSON line. Run with --max-old-space-size, so a note read whole would crash it.
 */
import { buildDeck } from '../../src/pipeline.js';

const rows = (count: number, row: (i: number) => string): string =>
  Array.from({ length: count }, (_, i) => row(i)).join('\n');

const NOTES: Readonly<Record<string, () => string>> = {
  table: () =>
    `| Year | Event |\n| --- | --- |\n${rows(250_000, (i) => `| ${1000 + (i % 999)} | event ${i} |`)}`,
  bullets: () => rows(200_000, (i) => `- bullet ${i} is **b${i}**`),
};

const make = NOTES[process.argv[2] ?? ''];
if (!make) throw new Error(`no note named ${process.argv[2]}`);
const text = make();
const { deck } = buildDeck([{ path: 'huge.md', text, size: text.length, mtimeMs: 0, hash: 'h' }], {
  vault: 'v',
  clock: () => performance.now(),
});
process.stdout.write(
  `${JSON.stringify({ bytes: text.length, problems: deck.problems.map((p) => p.message) })}\n`,
);
