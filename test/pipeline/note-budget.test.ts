/**
 * The per-note bound is enforced while a note is read, not after: a note is cut off when its work budget
 * (steps, and time on the clock the edge passes in) runs out, and the run goes on with the other notes.
 * The clocks here are fake and advance on every reading, so nothing depends on the machine's speed.
 */
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/pipeline.js';
import type { NoteFile } from '../../src/vault/types.js';

const note = (path: string, text: string): NoteFile => ({
  path,
  text,
  size: text.length,
  mtimeMs: 0,
  hash: `hash-of-${path}`,
});

const CELLS = note(
  'cells.md',
  '# Cells\n\n- **Mitochondria** are the organelles that release energy through respiration\n' +
    '- **Ribosomes** build proteins from amino acids\n',
);

const bullets = (n: number): string =>
  Array.from({ length: n }, (_, i) => `- Point ${i} is about **term ${i}**`).join('\n');

/** A clock that moves `step` ms forward each time it is read. */
function steppingClock(step: number): { clock: () => number; reads: () => number } {
  let reads = 0;
  return { clock: () => step * reads++, reads: () => reads };
}

describe('the work budget of one note', () => {
  it('cuts a note off while it is read once its time is up, and reads the other notes', () => {
    const big = note('big.md', `# Big\n${bullets(3000)}`);
    const { clock } = steppingClock(10);
    const { deck } = buildDeck([big, CELLS], { vault: 'v', clock, noteBudgetMs: 100 });
    expect(deck.problems).toEqual([{ path: 'big.md', message: 'took more than 100 ms to read; left out' }]);
    expect(deck.items.filter((item) => item.source.path === 'big.md')).toEqual([]);
    expect(deck.items.filter((item) => item.source.path === 'cells.md').length).toBeGreaterThan(0);
    expect(deck.notes).toBe(1);
  });

  it('leaves out a note too large for its step budget, whatever the clock says', () => {
    const big = note('big.md', `# Big\n${bullets(5000)}`);
    const { deck } = buildDeck([CELLS, big], { vault: 'v', noteMaxSteps: 2000 });
    expect(deck.problems).toEqual([
      { path: 'big.md', message: 'is too large to read (more than 2000 steps of work); left out' },
    ]);
    expect(deck.items.every((item) => item.source.path === 'cells.md')).toBe(true);
    expect(deck.items.length).toBeGreaterThan(0);
  });

  it('reads a note that fits its budget in full', () => {
    const { deck } = buildDeck([note('n.md', `# N\n${bullets(50)}`)], { vault: 'v', noteMaxSteps: 2000 });
    expect(deck.problems).toEqual([]);
    expect(deck.notes).toBe(1);
  });

  it('by default leaves out a 5 MB bullet list (it took 15 s and 900 MB) instead of reading it whole', () => {
    const huge = note('huge.md', bullets(160_000));
    expect(huge.text.length).toBeGreaterThan(5_000_000);
    const { clock } = steppingClock(0);
    const { deck } = buildDeck([huge, CELLS], { vault: 'v', clock });
    expect(deck.problems.map((p) => p.path)).toEqual(['huge.md']);
    expect(deck.problems[0]?.message).toMatch(
      /^is too large to read \(more than \d+ steps of work\); left out$/,
    );
    expect(deck.notes).toBe(1);
  });
});
