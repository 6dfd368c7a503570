import { describe, expect, it } from 'vitest';
import {
  createStyle,
  formatItems,
  formatRejections,
  formatTimeline,
  useColour,
} from '../../src/cli/format.js';
import type { Io } from '../../src/cli/io.js';
import type { Item, Rejection, TimelineEvent } from '../../src/generate/item.js';

const plain = createStyle(false);

function item(path: string, line: number, prompt: string, answer: string, extra: Partial<Item> = {}): Item {
  return {
    id: `id-${line}`,
    kind: 'cloze',
    prompt,
    answer,
    context: ['Cold War', 'Harry Truman'],
    source: { path, line, endLine: line },
    tags: [],
    fact: prompt,
    ...extra,
  };
}

function io(env: Record<string, string | undefined>, stdoutIsTTY: boolean): Io {
  return { out: () => {}, err: () => {}, stdoutIsTTY, stderrIsTTY: false, env, now: () => 0 };
}

describe('formatItems', () => {
  it('groups items under their note path with kind, line, breadcrumb, prompt and answer', () => {
    const text = formatItems(
      [
        item('History/cold-war.md', 4, 'Truman announced the ___ in 1947.', 'Truman Doctrine'),
        item('History/cold-war.md', 9, 'In 1948 Congress passed the ___.', 'Marshall Plan', {
          source: { path: 'History/cold-war.md', line: 9, endLine: 10 },
        }),
        item('Biology/cells.md', 3, 'The basic unit of life is the ___.', 'cell', {
          kind: 'qa',
          context: [],
        }),
      ],
      plain,
    );
    expect(text).toBe(
      [
        'History/cold-war.md',
        '  cloze line 4',
        '    Cold War › Harry Truman',
        '    Q: Truman announced the ___ in 1947.',
        '    A: Truman Doctrine',
        '',
        '  cloze line 9-10',
        '    Cold War › Harry Truman',
        '    Q: In 1948 Congress passed the ___.',
        '    A: Marshall Plan',
        '',
        'Biology/cells.md',
        '  qa line 3',
        '    Q: The basic unit of life is the ___.',
        '    A: cell',
        '',
        '',
      ].join('\n'),
    );
  });

  it('shows the options of a choice item and the checklist of an argument', () => {
    const choice = item('a.md', 1, 'Who announced the Truman Doctrine?', 'Truman', {
      kind: 'choice',
      choices: ['Truman', 'Stalin', 'Kennedy', 'Khrushchev'],
    });
    const argument = item('a.md', 2, 'Argue for containment.', 'The Marshall Plan rebuilt Europe.', {
      kind: 'argument',
      checklist: ['Marshall Plan', 'NATO'],
    });
    const text = formatItems([choice, argument], plain);
    expect(text).toContain('    choices: Truman | Stalin | Kennedy | Khrushchev\n');
    expect(text).toContain('    checklist: Marshall Plan; NATO\n');
  });

  it('dims the breadcrumb with ANSI codes when colour is on', () => {
    const text = formatItems([item('a.md', 1, 'p', 'a')], createStyle(true));
    expect(text).toContain('\x1b[2mCold War › Harry Truman\x1b[22m');
  });
});

describe('formatRejections', () => {
  it('names the gate, the source and the reason of each dropped candidate', () => {
    const rejection: Rejection = {
      kind: 'cloze',
      prompt: '___ , Lenin arranged it.',
      answer: 'Thus',
      gate: 'stands-alone',
      reason: 'answer is a connective',
      source: { path: 'History/a.md', line: 7, endLine: 7 },
    };
    expect(formatRejections([rejection], plain)).toBe(
      'Dropped candidates (1):\n  stands-alone History/a.md:7 cloze: answer is a connective\n' +
        '    Q: ___ , Lenin arranged it.\n    A: Thus\n',
    );
  });
});

describe('formatTimeline', () => {
  it('prints one line per event with the dates padded to one width', () => {
    const event = (date: string, text: string, line: number): TimelineEvent => ({
      date,
      sortKey: '0000-00-00',
      text,
      context: [],
      source: { path: 'History/cold-war.md', line, endLine: line },
    });
    const text = formatTimeline(
      [event('1947', 'Truman Doctrine', 7), event('13 August 1961', 'Berlin Wall', 30)],
      plain,
    );
    expect(text).toBe(
      '1947            Truman Doctrine  History/cold-war.md:7\n13 August 1961  Berlin Wall  History/cold-war.md:30\n',
    );
  });
});

describe('useColour', () => {
  it('follows the terminal unless NO_COLOR or FORCE_COLOR say otherwise', () => {
    expect(useColour(io({}, true))).toBe(true);
    expect(useColour(io({}, false))).toBe(false);
    expect(useColour(io({ NO_COLOR: '1' }, true))).toBe(false);
    expect(useColour(io({ NO_COLOR: '' }, true))).toBe(true);
    expect(useColour(io({ FORCE_COLOR: '1' }, false))).toBe(true);
    expect(useColour(io({ FORCE_COLOR: '0' }, true))).toBe(true);
  });
});
