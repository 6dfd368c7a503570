/** An ordering exercise on events the student picked on the timeline: practice only, not logged as a review. */
import { useState } from 'preact/hooks';
import { checkOrder, type OrderCheck } from '../../../src/schedule/order-check';
import { useKeys } from '../hooks';
import { OrderPicker, shuffled } from '../study/answers';
import type { ApiTimelineEvent } from '../types';

/** Events a drill can use: 2–5 of them, no two on the same date and no two with the same text. */
export function drillProblem(events: readonly ApiTimelineEvent[]): string | undefined {
  if (events.length < 2) return 'Tick at least 2 events to practise their order.';
  if (events.length > 5) return 'An order drill takes at most 5 events.';
  if (new Set(events.map((e) => e.sortKey)).size < events.length)
    return 'Two ticked events share a date, so their order is not defined.';
  if (new Set(events.map((e) => e.text)).size < events.length) return 'Two ticked events read the same.';
  return undefined;
}

const yearOf = (sortKey: string): number => Number.parseInt(/^-?\d+/.exec(sortKey)?.[0] ?? '0', 10);

/** Events sorted as the timeline shows them (by year as a number, so BC years come first, then month/day). */
export function inTimelineOrder(events: readonly ApiTimelineEvent[]): ApiTimelineEvent[] {
  const rest = (key: string): string => key.replace(/^-?\d+/, '');
  return [...events].sort(
    (a, b) => yearOf(a.sortKey) - yearOf(b.sortKey) || rest(a.sortKey).localeCompare(rest(b.sortKey)),
  );
}

/** A stable shuffle seed that does not show the events already in their right order. */
function drillSeed(expected: readonly string[]): string {
  const base = expected.join('\n');
  for (let attempt = 0; attempt < 50; attempt++) {
    const seed = `${base}#${attempt}`;
    if (shuffled(seed, expected).some((text, index) => text !== expected[index])) return seed;
  }
  return base;
}

const VERDICT_TEXT = { correct: 'Correct', close: 'Almost: one pair swapped', wrong: 'Not yet' } as const;

function DrillResult({ events, check }: { events: readonly ApiTimelineEvent[]; check: OrderCheck }) {
  return (
    <div class="drill-result">
      <p class={`verdict verdict-${check.verdict}`}>{VERDICT_TEXT[check.verdict]}</p>
      <p class="muted small">
        {check.positionsCorrect} of {events.length} in the right place. The right order:
      </p>
      <ol class="events drill-answer">
        {events.map((event, index) => (
          <li key={event.text} class={check.givenOrder[index] === event.text ? 'placed' : 'misplaced'}>
            <span class="date">{event.date}</span> <span class="event-text">{event.text}</span>
            <span class="muted small"> {check.givenOrder[index] === event.text ? '✓' : '✗'}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The drill: events are timeline-sorted, shown shuffled, picked in order, then checked here in the page. */
export function OrderDrill({
  events,
  onClose,
}: {
  events: readonly ApiTimelineEvent[];
  onClose: () => void;
}) {
  const expected = events.map((event) => event.text);
  const [check, setCheck] = useState<OrderCheck | undefined>(undefined);
  const [round, setRound] = useState(0);
  useKeys((event) => event.key === 'Escape' && onClose(), [onClose]);
  // checkOrder reads positions: number each picked event as it sits in the expected list.
  const finish = (order: string[]): void =>
    setCheck(checkOrder(expected, order.map((text) => expected.indexOf(text) + 1).join(' ')));
  return (
    <section class="drill" aria-label="order drill">
      <h2>Order drill</h2>
      {check ? (
        <DrillResult events={events} check={check} />
      ) : (
        <OrderPicker key={round} seed={drillSeed(expected)} events={expected} onOrder={finish} />
      )}
      <p class="drill-actions">
        {check && (
          <button
            type="button"
            onClick={() => {
              setCheck(undefined);
              setRound((r) => r + 1);
            }}
          >
            Try again
          </button>
        )}{' '}
        <button type="button" onClick={onClose}>
          Back to the timeline
        </button>
      </p>
    </section>
  );
}
