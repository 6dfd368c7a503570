/**
 * The timeline page's data, read from the study store: the events the last scan stored, each with the decade it is
 * listed under and its note's tags. No note is read or built here, so a request costs one store read whatever the
 * notes hold.
 */
import type { TimelineEvent } from '../generate/item.js';
import type { StoredItem } from '../store/types.js';
import type { ApiContext } from './api-context.js';
import type { ApiTimeline, ApiTimelineEvent } from './api-types.js';

export interface TimelineQuery {
  /** Only the events of this note (vault-relative path); '' for all. */
  readonly note: string;
  /** Only the events of notes with this tag (without '#'); '' for all. */
  readonly tag: string;
}

/** The stored timeline narrowed by `query`, with every tag of any event for the tag filter. */
export async function loadTimeline(ctx: ApiContext, query: TimelineQuery): Promise<ApiTimeline> {
  const [events, items] = await Promise.all([
    ctx.service.timeline(),
    ctx.service.items({ states: ['active', 'suspended'] }),
  ]);
  const tags = tagsByNote(items);
  const all = events.map((event) => toApiEvent(event, tags.get(event.source.path) ?? []));
  return {
    events: all.filter(
      (event) =>
        (!query.note || event.source.path === query.note) && (!query.tag || event.tags.includes(query.tag)),
    ),
    tags: [...new Set(all.flatMap((event) => event.tags))].sort(),
  };
}

/** The group an event is listed under: `1920s`, `1900s`, `510s BC`. */
export function decadeOf(sortKey: string): string {
  const year = Number.parseInt(/^-?\d+/.exec(sortKey)?.[0] ?? '0', 10);
  if (year < 0) return `${Math.floor(-year / 10) * 10}s BC`;
  return `${Math.floor(year / 10) * 10}s`;
}

function toApiEvent(event: TimelineEvent, tags: readonly string[]): ApiTimelineEvent {
  return {
    date: event.date,
    sortKey: event.sortKey,
    text: event.text,
    context: event.context,
    source: event.source,
    decade: decadeOf(event.sortKey),
    tags,
  };
}

/** Each note's tags (frontmatter and inline), read from its live items (every item of a note carries them). */
function tagsByNote(items: readonly StoredItem[]): Map<string, string[]> {
  const tags = new Map<string, Set<string>>();
  for (const item of items) {
    const set = tags.get(item.source.path) ?? new Set<string>();
    for (const tag of item.tags) set.add(tag);
    tags.set(item.source.path, set);
  }
  return new Map([...tags].map(([path, set]) => [path, [...set].sort()]));
}
