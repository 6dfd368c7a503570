/** Two-column tables (`Term | Meaning`, `Year | Event`, `Algorithm | Worst-case time`) are lists of pairs. */
import type { TableBlock } from '../markdown/tree.js';
import { findDates } from './dates.js';
import type { Definition } from './model.js';
import { squash } from './text.js';
import { recogniseVerb } from './verbs.js';

const MEANING =
  /^(?:meaning|definition|description|explanation|what it (?:is|does|means)|means|role|function|purpose|use|used for)$/i;

/** One definition per row of a two-column table whose cells are both filled (dated tables are events). */
export function definitionsFromTable(
  table: TableBlock,
  context: readonly string[],
  path: string,
): Definition[] {
  if (table.header.length < 2 || isDateTable(table)) return [];
  const headers = table.header.map((h) => squash(h.text));
  const columns = attributeColumns(headers);
  const out: Definition[] = [];
  table.rows.forEach((row, i) => {
    const term = squash(row[0]?.text ?? '');
    // A number or a formula ("1", "e < 0") does not name anything a question could ask about.
    if (!term || term.split(/\s+/).length > 8 || !/\p{L}{2}/u.test(term) || /[<>=]/.test(term)) return;
    const line = table.line + 2 + i;
    for (const column of columns) {
      const explanation = squash(row[column]?.text ?? '');
      if (!explanation) continue;
      // Two columns with a "Meaning" header are a glossary; any other column is an attribute of the row.
      const attribute =
        headers.length === 2 && (MEANING.test(headers[1] ?? '') || !headers[1]) ? undefined : headers[column];
      out.push({
        term,
        explanation,
        ...(attribute ? { attribute } : {}),
        context: [...context, headers.join(' / ')],
        source: { path, line, endLine: line },
        fact: `${term} - ${attribute ? `${attribute}: ` : ''}${explanation}`,
      });
    }
  });
  return out;
}

/**
 * The columns after the first that make a clear question: a named header, up to the point where the header row
 * repeats itself (tables laid out as two side-by-side copies).
 */
function attributeColumns(headers: readonly string[]): number[] {
  const out: number[] = [];
  const seen = new Set([headers[0]?.toLowerCase()]);
  for (let c = 1; c < headers.length; c++) {
    const h = headers[c]?.toLowerCase() ?? '';
    if (seen.has(h)) break;
    seen.add(h);
    const header = headers[c] ?? '';
    const nounPhrase =
      !/[?!]/.test(header) &&
      header.split(/\s+/).length <= 4 &&
      (recogniseVerb(header.split(/\s+/)[0] ?? '')?.form ?? 'base') === 'base';
    if ((h && nounPhrase) || headers.length === 2) out.push(c);
  }
  return out;
}

/** A table whose first column is all dates: each row is an event ("1917 | The October Revolution"). */
export function isDateTable(table: TableBlock): boolean {
  if (table.header.length < 2 || table.rows.length === 0) return false;
  return table.rows.every((row) => {
    const cell = squash(row[0]?.text ?? '');
    const date = findDates(cell)[0];
    return date !== undefined && date.start === 0 && date.end >= cell.length - 1;
  });
}

/** The rows of a dated table as "date - event" statements with their lines. */
export function datedRows(table: TableBlock): { text: string; line: number }[] {
  return table.rows.map((row, i) => ({
    text: `${squash(row[0]?.text ?? '')} - ${squash(
      row
        .slice(1)
        .map((c) => c.text)
        .join(', '),
    )}`,
    line: table.line + 2 + i,
  }));
}
