/**
 * The teacher's dashboard, worked out from each student's counting reads (`StudentSummary`): pure, `now`
 * passed in. The definitions (also in docs/class-server.md, "Teacher dashboard"):
 * - due now: the student's active items past the new phase whose card is due at or before now;
 * - behind: of those, the ones overdue by more than a day (due before now − 24 h);
 * - mastered: an active item whose card is in the review phase with FSRS stability ≥ 21 days (`isMastered`,
 *   the local app's note mastery too);
 * - seen: the student has answered the item at least once (its card is past the new phase);
 * - retention: per ISO week (UTC) of the answer, the share of answers to cards already in the review phase
 *   (no first-time learning, no relearning steps) rated Hard, Good or Easy.
 */
import { isMastered, isoWeekOf } from '../schedule/index.js';
import type { CardRow, ItemReviewTally, NoteRecord, RetentionTally, StoredItem } from '../store/types.js';
import type { ClassNoteMastery, StudentProgress, WeekRetention } from './dashboard-types.js';

/** A due review counts as "behind" once it is overdue by more than this. */
export const BEHIND_AFTER_MS = 86_400_000;
/** Weeks of retention shown, counting back from the current week. */
export const RETENTION_WEEKS = 26;

/** What the dashboard reads of one student of the class (three queries on their store). */
export interface StudentSummary {
  readonly personId: number;
  readonly name: string;
  readonly email: string;
  readonly cards: readonly CardRow[];
  readonly tallies: readonly ItemReviewTally[];
  readonly retention: readonly RetentionTally[];
}

/** One student's numbers; `now` decides what is due and what is behind. */
export function progressOf(student: StudentSummary, now: Date): StudentProgress {
  const dueBy = now.getTime();
  const behindBy = dueBy - BEHIND_AFTER_MS;
  let due = 0;
  let behind = 0;
  for (const { state, card } of student.cards) {
    if (state !== 'active' || card.phase === 'new') continue;
    const at = Date.parse(card.due);
    if (at <= dueBy) due += 1;
    if (at < behindBy) behind += 1;
  }
  let reviews = 0;
  let last = -Infinity;
  for (const tally of student.tallies) {
    reviews += tally.reviews;
    last = Math.max(last, tally.lastReviewAt.getTime());
  }
  return {
    name: student.name,
    email: student.email,
    reviews,
    due,
    behind,
    lastReviewAt: reviews === 0 ? null : new Date(last).toISOString(),
  };
}

/** Most behind first, then most due, then by name: the students a teacher should look at come first. */
export function behindFirst(a: StudentProgress, b: StudentProgress): number {
  return (
    b.behind - a.behind || b.due - a.due || a.name.localeCompare(b.name) || a.email.localeCompare(b.email)
  );
}

/** Per published note (in path order) and per item (in note order): how much of it the class has mastered. */
export function masteryByNote(
  notes: readonly NoteRecord[],
  items: readonly StoredItem[],
  students: readonly StudentSummary[],
): ClassNoteMastery[] {
  const perStudent = students.map((student) => {
    const mastered = new Set<string>();
    const seen = new Set<string>();
    for (const { itemId, state, card } of student.cards) {
      if (card.phase !== 'new') seen.add(itemId);
      if (state === 'active' && isMastered(card)) mastered.add(itemId);
    }
    return { mastered, seen };
  });
  const byNote = new Map<string, StoredItem[]>(notes.map((note) => [note.path, []]));
  for (const item of items) {
    if (item.state === 'active') byNote.get(item.source.path)?.push(item);
  }
  return [...notes]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((note) => {
      const noteItems = [...(byNote.get(note.path) ?? [])].sort(
        (a, b) => a.source.line - b.source.line || (a.id < b.id ? -1 : 1),
      );
      const itemList = noteItems.map((item) => ({
        itemId: item.id,
        prompt: item.prompt,
        answer: item.answer,
        line: item.source.line,
        masteredBy: perStudent.filter((s) => s.mastered.has(item.id)).length,
        seenBy: perStudent.filter((s) => s.seen.has(item.id)).length,
      }));
      const mastered = itemList.reduce((sum, item) => sum + item.masteredBy, 0);
      const possible = noteItems.length * students.length;
      return {
        path: note.path,
        title: note.title,
        items: noteItems.length,
        mastered,
        possible,
        share: possible === 0 ? null : mastered / possible,
        seenBy: perStudent.filter((s) => noteItems.some((item) => s.seen.has(item.id))).length,
        itemList,
      };
    });
}

/**
 * The class's retention per ISO week, from the first week with such answers (at most RETENTION_WEEKS back) to
 * the week of `now`, weeks without answers included (reviews 0, share null); none at all gives an empty list.
 */
export function retentionByWeek(students: readonly StudentSummary[], now: Date): WeekRetention[] {
  const sums = new Map<string, { reviews: number; passed: number }>();
  for (const student of students) {
    for (const day of student.retention) {
      const { monday } = isoWeekOf(day.day);
      const sum = sums.get(monday) ?? { reviews: 0, passed: 0 };
      sum.reviews += day.reviews;
      sum.passed += day.passed;
      sums.set(monday, sum);
    }
  }
  if (sums.size === 0) return [];
  const last = isoWeekOf(now.toISOString().slice(0, 10)).monday;
  const earliest = addWeeks(last, 1 - RETENTION_WEEKS);
  // ISO dates compare as text: start at the first week with answers, or RETENTION_WEEKS back if that is later.
  let monday = [...sums.keys()].sort()[0] ?? last;
  if (monday < earliest) monday = earliest;
  const weeks: WeekRetention[] = [];
  for (; monday <= last; monday = addWeeks(monday, 1)) {
    const { reviews, passed } = sums.get(monday) ?? { reviews: 0, passed: 0 };
    weeks.push({
      week: isoWeekOf(monday).week,
      monday,
      reviews,
      passed,
      share: reviews ? passed / reviews : null,
    });
  }
  return weeks;
}

const addWeeks = (dayKey: string, weeks: number): string =>
  new Date(Date.parse(`${dayKey}T00:00:00Z`) + weeks * 7 * 86_400_000).toISOString().slice(0, 10);

/** Per item over the class: answers, answers rated Again, and the students who rated it Again at least once. */
export function failuresByItem(
  students: readonly StudentSummary[],
): Map<string, { fails: number; reviews: number; students: number }> {
  const counts = new Map<string, { fails: number; reviews: number; students: number }>();
  for (const student of students) {
    for (const tally of student.tallies) {
      const entry = counts.get(tally.itemId) ?? { fails: 0, reviews: 0, students: 0 };
      entry.reviews += tally.reviews;
      entry.fails += tally.fails;
      if (tally.fails > 0) entry.students += 1;
      counts.set(tally.itemId, entry);
    }
  }
  return counts;
}
