/** The teacher's CSV downloads: progress per student, mastery per note and per item (RFC 4180, CRLF rows). */
import type { ClassNoteMastery, StudentProgress } from './dashboard-types.js';

type Cell = string | number | null;

/** One CSV field (RFC 4180); a text a spreadsheet would run as a formula is prefixed with an apostrophe. */
function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvTable = (rows: readonly (readonly Cell[])[]): string =>
  `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** Per-student progress as CSV (the teacher's download): a header row, then one row per student. */
export function progressCsv(students: readonly StudentProgress[]): string {
  return csvTable([
    ['name', 'email', 'reviews', 'due_now', 'behind', 'last_review_utc'],
    ...students.map((s) => [s.name, s.email, s.reviews, s.due, s.behind, s.lastReviewAt]),
  ]);
}

/** A share to three decimals (0.333), empty when there is none. */
const shareCell = (share: number | null): Cell => (share === null ? null : Math.round(share * 1000) / 1000);

/** Mastery per note: one row per published note, in path order. */
export function masteryCsv(notes: readonly ClassNoteMastery[], students: number): string {
  return csvTable([
    ['note', 'title', 'items', 'students', 'seen_by', 'mastered', 'possible', 'mastered_share'],
    ...notes.map((n) => [
      n.path,
      n.title,
      n.items,
      students,
      n.seenBy,
      n.mastered,
      n.possible,
      shareCell(n.share),
    ]),
  ]);
}

/** Mastery per item: one row per published item, by note and line. */
export function masteryItemsCsv(notes: readonly ClassNoteMastery[], students: number): string {
  return csvTable([
    ['note', 'line', 'prompt', 'answer', 'mastered_by', 'seen_by', 'students'],
    ...notes.flatMap((n) =>
      n.itemList.map((i) => [n.path, i.line, i.prompt, i.answer, i.masteredBy, i.seenBy, students]),
    ),
  ]);
}
