/**
 * The sections of the teacher's dashboard (GET /api/classes/:id/dashboard; definitions in docs/class-server.md):
 * students most behind first, mastery per note with its items, retention per week, the most-failed items.
 */
import { ShareBar } from '../components';
import type { ClassNoteMastery, FailedItem, StudentProgress, WeekRetention } from './types';

/** A short time for a phone: `Dec 4, 12:02 PM` (the year only when it is not this year's). */
function when(iso: string | null): string {
  if (iso === null) return 'never';
  const date = new Date(iso);
  const thisYear = date.getFullYear() === new Date().getFullYear();
  return date.toLocaleString(undefined, {
    month: 'short',
    day: 'numeric',
    ...(thisYear ? {} : { year: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
  });
}

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function Students({ students, hours }: { students: readonly StudentProgress[]; hours: number }) {
  return (
    <ul class="student-list">
      {students.map((s) => (
        <li key={s.email} class={s.behind > 0 ? 'student behind' : 'student'}>
          <div class="student-name">
            <strong>{s.name}</strong>
            {s.behind > 0 && (
              <span class="behind-badge" title={`due reviews overdue by more than ${hours} hours`}>
                {s.behind} behind
              </span>
            )}
          </div>
          <div class="muted small">{s.email}</div>
          <dl class="student-numbers">
            <div>
              <dt>behind</dt>
              <dd>{s.behind}</dd>
            </div>
            <div>
              <dt>due now</dt>
              <dd>{s.due}</dd>
            </div>
            <div>
              <dt>reviews</dt>
              <dd>{s.reviews}</dd>
            </div>
            <div>
              <dt>last review</dt>
              <dd>{when(s.lastReviewAt)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function Mastery({ notes, students }: { notes: readonly ClassNoteMastery[]; students: number }) {
  if (notes.length === 0) return <p class="muted">No notes published yet.</p>;
  return (
    <ul class="mastery-list">
      {notes.map((note) => (
        <li key={note.path}>
          <details class="note-mastery">
            <summary>
              <span class="note-mastery-title">{note.title}</span>
              <span class="note-mastery-meta">
                <ShareBar share={note.share ?? 0} label={`${percent(note.share)} mastered`} />
                <strong>{percent(note.share)}</strong>
                <span class="muted small">
                  {plural(note.items, 'item')} · seen by {note.seenBy} of {students}
                </span>
              </span>
            </summary>
            <ul class="item-mastery">
              {note.itemList.map((item) => (
                <li key={item.itemId}>
                  <p class="item-mastery-prompt">{item.prompt}</p>
                  <p class="muted small">
                    {item.answer} · mastered by <strong>{item.masteredBy}</strong> of {students} · seen by{' '}
                    {item.seenBy}
                  </p>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}

const weekLabel = (monday: string) =>
  new Date(`${monday}T00:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

export function Retention({ weeks }: { weeks: readonly WeekRetention[] }) {
  if (weeks.length === 0) return <p class="muted">No reviews of learned items yet.</p>;
  return (
    <ol class="retention-list">
      {[...weeks].reverse().map((w) => (
        <li key={w.week}>
          <span class="retention-week">
            {w.week.slice(5)} <span class="muted small">{weekLabel(w.monday)}</span>
          </span>
          <ShareBar share={w.share ?? 0} label={`${percent(w.share)} recalled`} />
          <span class="retention-share">{percent(w.share)}</span>
          <span class="muted small retention-count">{plural(w.reviews, 'review')}</span>
        </li>
      ))}
    </ol>
  );
}

export function MostFailed({ items }: { items: readonly FailedItem[] }) {
  if (items.length === 0) return <p class="muted">No one has rated an item Again yet.</p>;
  return (
    <ol class="failed-list">
      {items.map((item) => (
        <li key={item.itemId} class="failed">
          <p class="breadcrumb">{item.context.join(' › ')}</p>
          <p class="failed-prompt">{item.prompt}</p>
          <p class="muted small">
            {item.answer} · <strong>{item.fails}</strong> of {item.reviews} answers failed, by{' '}
            {plural(item.students, 'student')}
          </p>
        </li>
      ))}
    </ol>
  );
}
