/** Timeline: dated events in order, grouped by decade, filterable by note, each linked to its note. */
import { query } from '../api';
import { Failure, Loading } from '../components';
import { useJson } from '../hooks';
import type { ApiNoteSummary, ApiTimelineEvent } from '../types';

function groupByDecade(events: readonly ApiTimelineEvent[]): [string, ApiTimelineEvent[]][] {
  const groups: [string, ApiTimelineEvent[]][] = [];
  for (const event of events) {
    const last = groups[groups.length - 1];
    if (last && last[0] === event.decade) last[1].push(event);
    else groups.push([event.decade, [event]]);
  }
  return groups;
}

export function TimelinePage({ note }: { note: string }) {
  const notes = useJson<{ notes: ApiNoteSummary[] }>('/api/notes');
  const timeline = useJson<{ events: ApiTimelineEvent[] }>(`/api/timeline${query({ note })}`);
  if (timeline.error) return <Failure message={timeline.error} />;
  return (
    <div class="timeline">
      <h1>Timeline</h1>
      <select
        aria-label="note"
        value={note}
        onChange={(event) => {
          const value = event.currentTarget.value;
          location.hash = `#/timeline${query({ note: value })}`;
        }}
      >
        <option value="">All notes</option>
        {notes.data?.notes.map((n) => (
          <option key={n.path} value={n.path}>
            {n.title}
          </option>
        ))}
      </select>
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
                <li key={`${event.source.path}:${event.source.line}:${event.text}`}>
                  <span class="date">{event.date}</span> <span class="event-text">{event.text}</span>
                  <a class="muted small" href={`#/note/${event.source.path}`}>
                    {event.context[0] ?? event.source.path}:{event.source.line}
                  </a>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
    </div>
  );
}
