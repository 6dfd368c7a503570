/** How each kind of item is attempted in the terminal: choice by number, order and argument by typing. */
import { describe, expect, it } from 'vitest';
import { createStyle } from '../../src/cli/format.js';
import { attempt, shuffledFor } from '../../src/cli/tui/attempt.js';
import type { StudyInput } from '../../src/cli/tui/input.js';
import type { StudyCard } from '../../src/study/service.js';

/** Input that replays `script`: each entry is one key or one typed line. */
function scripted(script: readonly string[]): StudyInput {
  const queue = [...script];
  return {
    key: async () => queue.shift() ?? 'eof',
    line: async () => queue.shift() ?? null,
    close: () => undefined,
  };
}

function cardOf(item: Partial<StudyCard['item']>): StudyCard {
  return {
    item: {
      id: 'item-1',
      kind: 'qa',
      prompt: 'Q',
      answer: 'A',
      context: [],
      source: { path: 'n.md', line: 1, endLine: 1 },
      tags: [],
      fact: 'f',
      state: 'active',
      leech: false,
      factKey: 'k',
      createdAt: new Date(0),
      updatedAt: new Date(0),
      retiredAt: null,
      suspendedAt: null,
      ...item,
    },
    card: null,
    version: 'new',
    intervals: { again: '1m', hard: '6m', good: '10m', easy: '8d' },
    phase: 'new',
  };
}

function run(card: StudyCard, script: readonly string[]) {
  let written = '';
  const io = { input: scripted(script), write: (t: string) => (written += t), style: createStyle(false) };
  return attempt(card, io).then((result) => ({ result, written }));
}

describe('attempting a card in the terminal', () => {
  const choice = cardOf({ kind: 'choice', answer: 'Paris', choices: ['Lyon', 'Paris', 'Nice', 'Lille'] });

  it('numbers the options of a choice item and suggests Good for the right one', async () => {
    const { result, written } = await run(choice, ['2']);
    expect(written).toContain('  1. Lyon\n  2. Paris\n');
    expect(written).toContain('✓ correct (suggested: 3 Good)');
    expect(result).toEqual({ kind: 'attempted', suggested: 3, typed: 'Paris' });
  });

  it('suggests Again for a wrong choice', async () => {
    const { result } = await run(choice, ['4']);
    expect(result).toMatchObject({ suggested: 1, typed: 'Lille' });
  });

  it('forgives a small typo in a typed answer and suggests Good', async () => {
    const qa = cardOf({ answer: 'Mitochondria' });
    const { result, written } = await run(qa, ['t', 'mitocondria']);
    expect(written).toContain('✓ correct');
    expect(result).toMatchObject({ suggested: 3, typed: 'mitocondria' });
  });

  it('reads an order typed as the numbers of the shown events, asking again when unreadable', async () => {
    const events = ['Storming of the Bastille', 'Reign of Terror', 'Napoleon crowned'];
    const order = cardOf({ kind: 'order', answer: events.join(' → '), choices: events });
    const shown = shuffledFor('item-1', events);
    expect(shown).not.toEqual(events);
    const right = events.map((event) => shown.indexOf(event) + 1).join(' ');
    const { result, written } = await run(order, ['9 9', right]);
    expect(written).toContain('type each number once, e.g. 1 2 3');
    expect(result).toMatchObject({ kind: 'attempted', suggested: 3, typed: right });
  });

  it('ticks the checklist points an argument paragraph covers', async () => {
    const argument = cardOf({
      kind: 'argument',
      checklist: ['Rome was founded in 753 BC', 'Carthage lost the Punic Wars'],
    });
    const { result, written } = await run(argument, ['Rome was founded in 753 BC by legend.', '']);
    expect(written).toContain('[x] Rome was founded in 753 BC');
    expect(written).toContain('[ ] Carthage lost the Punic Wars');
    expect(written).toContain('1 of 2 points covered');
    expect(result).toMatchObject({ suggested: 2 });
  });

  it('treats a lone q on the prompt as quit and e as a request for the source', async () => {
    const argument = cardOf({ kind: 'argument', checklist: ['x'] });
    expect((await run(argument, ['q'])).result).toEqual({ kind: 'command', command: 'quit' });
    expect((await run(choice, ['e'])).result).toEqual({ kind: 'command', command: 'source' });
  });
});
