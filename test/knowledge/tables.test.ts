import { describe, expect, it } from 'vitest';
import {
  datedRows,
  definitionsFromTable,
  flashcardsFromTable,
  isDateTable,
} from '../../src/knowledge/tables.js';
import type { TableBlock } from '../../src/markdown/tree.js';
import { rich } from './helpers.js';

function table(header: readonly string[], rows: readonly (readonly string[])[], line = 5): TableBlock {
  return {
    type: 'table',
    header: header.map((h) => rich(h)),
    rows: rows.map((r) => r.map((c) => rich(c))),
    line,
    endLine: line + rows.length + 1,
  };
}

describe('definitionsFromTable', () => {
  it("makes one definition per row of a Term | Meaning table, with the row's own line", () => {
    const terms = table(
      ['Term', 'Meaning'],
      [
        ['Tariff', 'a tax on imports'],
        ['Quota', 'a limit on the amount imported'],
      ],
    );
    expect(definitionsFromTable(terms, ['Trade'], 'econ.md')).toEqual([
      {
        term: 'Tariff',
        explanation: 'a tax on imports',
        context: ['Trade', 'Term / Meaning'],
        source: { path: 'econ.md', line: 7, endLine: 7 },
        fact: 'Tariff - a tax on imports',
      },
      {
        term: 'Quota',
        explanation: 'a limit on the amount imported',
        context: ['Trade', 'Term / Meaning'],
        source: { path: 'econ.md', line: 8, endLine: 8 },
        fact: 'Quota - a limit on the amount imported',
      },
    ]);
  });

  it('keeps a second header that is not a meaning as the attribute asked about', () => {
    const algorithms = table(['Algorithm', 'Worst-case time'], [['Merge sort', 'O(n log n)']]);
    expect(definitionsFromTable(algorithms, [], 'cs.md')[0]?.attribute).toBe('Worst-case time');
  });

  it('skips rows with an empty cell or a term longer than eight words', () => {
    const t = table(
      ['Term', 'Definition'],
      [
        ['Allele', ''],
        ['one two three four five six seven eight nine', 'too long to be a term'],
        ['Gene', 'a length of DNA'],
      ],
    );
    expect(definitionsFromTable(t, [], 'bio.md').map((d) => d.term)).toEqual(['Gene']);
  });

  it('reads a wider table as one fact per cell, with its column header as the attribute', () => {
    const t = table(['Planet', 'Number of moons', 'Mean temperature (°C)'], [['Saturn', '146', '-178']]);
    const defs = definitionsFromTable(t, [], 'a.md');
    expect(defs.map((d) => [d.term, d.attribute, d.explanation])).toEqual([
      ['Saturn', 'Number of moons', '146'],
      ['Saturn', 'Mean temperature (°C)', '-178'],
    ]);
  });

  it('asks only about columns that name an attribute ("Sensor used" and "Explain" are not)', () => {
    const t = table(
      ['Quantity measured', 'Sensor used', 'Unit', 'Explain'],
      [['Salinity', 'conductivity probe', 'ppt', 'salt in the water']],
    );
    expect(definitionsFromTable(t, [], 'a.md').map((d) => [d.term, d.attribute])).toEqual([
      ['Salinity', 'Unit'],
    ]);
  });

  it('asks nothing of a comparison table, whose rows are aspects and columns the things compared', () => {
    const blank = table(['', 'Moss', 'Fern'], [['Vascular tissue', 'absent', 'present']]);
    const aspects = table(['Feature', 'Moss', 'Fern'], [['Spores', 'yes', 'yes']]);
    const values = table(['Rock type', 'Example'], [['Igneous', 'granite']]);
    expect(definitionsFromTable(blank, [], 'a.md')).toEqual([]);
    expect(definitionsFromTable(aspects, [], 'a.md')).toEqual([]);
    expect(definitionsFromTable(values, [], 'a.md')).toEqual([]);
  });

  it('asks nothing of two lists side by side ("Advantages | Disadvantages")', () => {
    const pros = table(['Advantages', 'Disadvantages'], [['Cheap to run', 'Slow to start']]);
    const strengths = table(['Strengths', 'Weaknesses', 'Cost'], [['Well known brand', 'Few shops', '$3m']]);
    expect(definitionsFromTable(pros, [], 'a.md')).toEqual([]);
    expect(definitionsFromTable(strengths, [], 'a.md')).toEqual([]);
  });

  it("stops where a second table of the first column's kind starts beside the first", () => {
    const t = table(['Colour', 'Value', 'Band colour', 'Tolerance'], [['Green', '5', 'Gold', '5%']]);
    expect(definitionsFromTable(t, [], 'a.md').map((d) => [d.term, d.attribute, d.explanation])).toEqual([
      ['Green', 'Value', '5'],
    ]);
  });

  it('asks nothing about rows keyed by a bare number or a formula', () => {
    const t = table(
      ['Good', 'Price'],
      [
        ['1', '$20'],
        ['e < 0', 'inferior good'],
        ['Bread', '$4'],
      ],
    );
    expect(definitionsFromTable(t, [], 'a.md').map((d) => d.term)).toEqual(['Bread']);
  });

  it('stops at a repeated header (a table laid out as two side-by-side copies)', () => {
    const t = table(['Prefix', 'Symbol', 'Prefix', 'Symbol'], [['milli', 'm', 'kilo', 'k']]);
    expect(definitionsFromTable(t, [], 'a.md').map((d) => [d.term, d.attribute, d.explanation])).toEqual([
      ['milli', 'Symbol', 'm'],
    ]);
  });

  it('asks nothing about the rows of a worked example, keyed by a measured value', () => {
    const t = table(
      ['Part', 'Current', 'Power'],
      [
        ['Lamp (12 V)', '2 A', '24 W'],
        ['Heater (3kΩ)', '4mA', '48mW'],
        ['Group 2', 'two', 'none'],
      ],
    );
    expect(definitionsFromTable(t, [], 'c.md').map((d) => d.term)).toEqual(['Group 2', 'Group 2']);
  });

  it('makes no definitions from a dated table (its rows are events)', () => {
    const t = table(['Year', 'Event'], [['1929', 'Wall Street Crash']]);
    expect(definitionsFromTable(t, [], 'h.md')).toEqual([]);
  });
});

describe('flashcardsFromTable', () => {
  it('reads a two-column table with an empty header as front | back cards, one per row, with its line', () => {
    const t = table(
      ['', ''],
      [
        ['Capital of the Byzantine Empire', 'Constantinople'],
        ['Emperor who built the Hagia Sophia', 'Justinian'],
        ['', 'a row with no front'],
      ],
      10,
    );
    const cards = flashcardsFromTable(t, ['Byzantium'], 'b.md');
    expect(cards).toEqual([
      {
        prompt: 'Capital of the Byzantine Empire',
        answer: 'Constantinople',
        bothWays: false,
        context: ['Byzantium'],
        source: { path: 'b.md', line: 12, endLine: 12 },
      },
      {
        prompt: 'Emperor who built the Hagia Sophia',
        answer: 'Justinian',
        bothWays: false,
        context: ['Byzantium'],
        source: { path: 'b.md', line: 13, endLine: 13 },
      },
    ]);
  });

  it('asks a front that only labels a list as the question it stands for', () => {
    const t = table(
      ['', ''],
      [
        ['Kinds of Rock', 'Igneous, sedimentary and metamorphic'],
        ['Causes of the Dust Bowl', 'Drought and deep ploughing'],
        ['Capital of Peru', 'Lima'],
      ],
    );
    expect(flashcardsFromTable(t, ['Earth'], 'e.md')?.map((c) => c.prompt)).toEqual([
      'What are the kinds of rock?',
      'What are the causes of the Dust Bowl?',
      'Capital of Peru',
    ]);
  });

  it('asks nothing of a table of mnemonics', () => {
    const t = table(
      ['', ''],
      [
        ['Virtues of a ruler', 'Just People Win'],
        ['Duties of a citizen', 'Vote Pay Serve'],
      ],
    );
    expect(flashcardsFromTable(t, ['Civics mnemonics'], 'm.md')).toEqual([]);
  });

  it('is not a deck when the header names its columns, when it has more columns, or one card', () => {
    const rows = [
      ['Osmosis', 'water moving across a membrane'],
      ['Diffusion', 'particles spreading out'],
    ];
    expect(flashcardsFromTable(table(['Term', 'Meaning'], rows), [], 'c.md')).toBeUndefined();
    expect(flashcardsFromTable(table(['', '', ''], rows), [], 'c.md')).toBeUndefined();
    expect(flashcardsFromTable(table(['', ''], rows.slice(0, 1)), [], 'c.md')).toBeUndefined();
  });

  it('leaves out a back that is a passage of notes, and shorthand in capitals', () => {
    const passage = Array.from({ length: 11 }, (_, i) => `word${i}`).join(' ');
    const t = table(
      ['', ''],
      [
        ['Long row', passage],
        ['Two sentences', 'Rome fell. The east went on.'],
        ['Empire was VERY LARGE', 'from Spain to Syria'],
        ['Virtues of a ruler', 'JPW'],
        ['Virtues of a ruler (mnemonic)', 'Just People Win'],
        ['Year the Western Empire fell', '476 AD'],
        ['First Christian emperor', 'Constantine'],
      ],
    );
    expect(flashcardsFromTable(t, [], 'c.md')?.map((c) => c.prompt)).toEqual([
      'Year the Western Empire fell',
      'First Christian emperor',
    ]);
  });
});

describe('isDateTable', () => {
  it('is true when every first cell is a date: years, months and ranges', () => {
    const t = table(
      ['When', 'What'],
      [
        ['1929', 'Wall Street Crash'],
        ['March 1933', 'Bank holiday'],
        ['1939 - 1945', 'Second World War'],
      ],
    );
    expect(isDateTable(t)).toBe(true);
  });

  it('is false when one first cell is not a date', () => {
    expect(
      isDateTable(
        table(
          ['Year', 'Event'],
          [
            ['1929', 'Crash'],
            ['Later', 'Recovery'],
          ],
        ),
      ),
    ).toBe(false);
  });

  it('is false for a table with no rows', () => {
    expect(isDateTable(table(['Year', 'Event'], []))).toBe(false);
  });
});

describe('datedRows', () => {
  it('writes each row as "date - cells" with its source line', () => {
    const t = table(
      ['Year', 'Event', 'Leader'],
      [
        ['1929', 'Wall Street Crash', 'Hoover'],
        ['1933', 'New Deal begins', 'Roosevelt'],
      ],
      20,
    );
    expect(datedRows(t)).toEqual([
      { text: '1929 - Wall Street Crash, Hoover', line: 22 },
      { text: '1933 - New Deal begins, Roosevelt', line: 23 },
    ]);
  });
});
