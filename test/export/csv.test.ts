import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/export/csv.js';
import { item, SAMPLE_ITEMS } from './helpers.js';

describe('CSV export', () => {
  it('starts with Anki’s header lines and writes front, back and tags separated by tabs', () => {
    const csv = toCsv([
      item('a', 'qa', 'Which sea does the Danube flow into?', 'the Black Sea', {
        tags: ['geography', 'big rivers'],
      }),
    ]);
    expect(csv).toBe(
      '#separator:tab\n#html:false\n#tags column:3\nWhich sea does the Danube flow into?\tthe Black Sea\tgeography big_rivers\n',
    );
  });

  it('quotes fields that hold tabs, line breaks or quotes, doubling the quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a\tb')).toBe('"a\tb"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('she said "no"')).toBe('"she said ""no"""');
    expect(csvField('#not a header')).toBe('"#not a header"');
  });

  it('lists choices, order events and checklists as lines inside quoted fields', () => {
    const lines = toCsv(SAMPLE_ITEMS).split('\n');
    const csv = toCsv(SAMPLE_ITEMS);
    expect(csv).toContain(
      '"Where does the Danube rise?\n1. Alps\n2. Black Forest\n3. Carpathians\n4. Jura"\tBlack Forest',
    );
    expect(csv).toContain('\t"1. Vienna\n2. Budapest\n3. Belgrade"\tgeography');
    expect(csv).toContain(
      '\t"Dams give clean power and stop floods.\n- clean power\n- flood control"\tgeography',
    );
    expect(csv).toContain('The Danube passes through ___ capital cities.\tfour\tgeography');
    expect(lines[0]).toBe('#separator:tab');
  });

  it('keeps one record per item when parsed back with quote rules', () => {
    const csv = toCsv(SAMPLE_ITEMS);
    const records = parseTsv(csv.split('\n').slice(3).join('\n'));
    expect(records).toHaveLength(SAMPLE_ITEMS.length);
    expect(records.every((r) => r.length === 3)).toBe(true);
    expect(records[0]).toEqual(['Which sea does the Danube flow into?', 'the Black Sea', 'geography']);
  });
});

/** A small reader for quoted TSV, independent of the writer. */
function parseTsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === '\t') {
      record.push(field);
      field = '';
    } else if (c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  return records;
}
