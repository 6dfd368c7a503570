/**
 * Timeline: dated events in order, grouped by decade, filterable by note and tag, each linked to its note.
 * Ticking 2–5 events starts an order drill on them.
 */
import { useState } from 'preact/hooks';
import { query } from '../api';
import { Failure, Loading } from '../components';
import { useJson } from '../hooks';
import { noteHref } from '../links';
import { drillProblem, inTimelineOrder, OrderDrill } from '../timeline/drill';
import type { ApiNoteSummary, ApiTimeline, ApiTimelineEvent } from '../types';

function groupByDecade(events: readonly ApiTimelineEvent[]): [string, ApiTimelineEvent[]][] {
  const groups: [string, ApiTimelineEvent[]][] = [];
  for (const event of events) {
    const last = groups[groups.length - 1];
    if (last && last[0] === event.decade) last[1].push(event);
    else groups.push([event.decade, [event]]);
  }
  return groups;
}

const keyOf = (event: ApiTimelineEvent): string => `${event.source.path}:${event.source.line}:${event.text}`;

function Filters({ note, tag, tags }: { note: string; tag: string; tags: readonly string[] }) {
  const notes = useJson<{ notes: ApiNoteSummary[] }>('/api/notes');
  const go = (next: { note: string; tag: string }): void => {
    location.hash = `#/timeline${query(next)}`;
  };
  return (
    <p class="filters">
      <select aria-label="note" value={note} onChange={(e) => go({ note: e.currentTarget.value, tag })}>
        <option value="">All notes</option>
        {notes.data?.notes.map((n) => (
          <option key={n.path} value={n.path}>
            {n.title}
          </option>
        ))}
      </select>{' '}
      <select aria-label="tag" value={tag} onChange={(e) => go({ note, tag: e.currentTarget.value })}>
        <option value="">All tags</option>
        {tags.map((t) => (
          <option key={t} value={t}>
            #{t}
          </option>
        ))}
      </select>
    </p>
  );
}

function EventRow(props: { event: ApiTimelineEvent; ticked: boolean; onTick: (ticked: boolean) => void }) {
  const { event, ticked, onTick } = props;
  return (
    <li class={ticked ? 'event-row ticked' : 'event-row'}>
      <label class="tick">
        <input
          type="checkbox"
          checked={ticked}
          aria-label={`select ${event.text}`}
          onChange={(e) => onTick(e.currentTarget.checked)}
        />
        <span class="date">{event.date}</span> <span class="event-text">{event.text}</span>
      </label>{' '}
      <a class="muted small" href={noteHref(event.source.path)}>
        {event.context[0] ?? event.source.path}:{event.source.line}
      </a>
    </li>
  );
}

/** The bar under the list: how many events are ticked and the button that starts the drill. */
function SelectionBar(props: {
  selected: readonly ApiTimelineEvent[];
  onStart: () => void;
  onClear: () => void;
}) {
  const problem = drillProblem(props.selected);
  return (
    <div class="selection-bar">
      <span>{props.selected.length} ticked</span>{' '}
      <button type="button" disabled={problem !== undefined} onClick={props.onStart} title={problem}>
        Order drill
      </button>{' '}
      {props.selected.length > 0 && (
        <button type="button" onClick={props.onClear}>
          Clear
        </button>
      )}
      {problem && props.selected.length > 0 && <span class="muted small"> {problem}</span>}
    </div>
  );
}

export function TimelinePage({ note, tag }: { note: string; tag: string }) {
  const timeline = useJson<ApiTimeline>(`/api/timeline${query({ note, tag })}`);
  const [selected, setSelected] = useState<ApiTimelineEvent[]>([]);
  const [drill, setDrill] = useState<readonly ApiTimelineEvent[] | undefined>(undefined);
  if (timeline.error) return <Failure message={timeline.error} />;
  if (drill) return <OrderDrill events={drill} onClose={() => setDrill(undefined)} />;
  const tick = (event: ApiTimelineEvent, ticked: boolean): void =>
    setSelected((current) =>
      ticked ? [...current, event] : current.filter((other) => keyOf(other) !== keyOf(event)),
    );
  const startDrill = (): void => setDrill(inTimelineOrder(selected));
  return (
    <div class="timeline">
      <h1>Timeline</h1>
      <Filters note={note} tag={tag} tags={timeline.data?.tags ?? []} />
      <p class="muted small">Tick 2–5 events to practise putting them in order.</p>
      {!timeline.data ? (
        <Loading />
      ) : timeline.data.events.length === 0 ? (
        <p class="muted">No dated events.</p>
      ) : (
        groupByDecade(timeline.data.events).map(([decade, events]) => (
          <section key={decade} class="decade">
            <h2>{decade}</h2>
            <ol class="events">
              {events.map((event) => (
                <EventRow
                  key={keyOf(event)}
                  event={event}
                  ticked={selected.some((other) => keyOf(other) === keyOf(event))}
                  onTick={(ticked) => tick(event, ticked)}
                />
              ))}
            </ol>
          </section>
        ))
      )}
      <SelectionBar selected={selected} onStart={startDrill} onClear={() => setSelected([])} />
    </div>
  );
}
