/** Browse: every item, searchable and filtered by note, kind, state and tag; the address keeps the filters. */
import { query } from '../api';
import { byFact, FactRow, Failure, Loading } from '../components';
import { useJson } from '../hooks';
import type { ApiItem, ApiNoteSummary } from '../types';

const KINDS = ['cloze', 'qa', 'reverse', 'choice', 'date', 'order', 'argument', 'explicit'];
const FILTERS = ['q', 'note', 'kind', 'state', 'tag'] as const;

function setFilter(params: URLSearchParams, name: string, value: string): void {
  const next = new URLSearchParams(params);
  if (value === '') next.delete(name);
  else next.set(name, value);
  const search = next.toString();
  history.replaceState(null, '', `#/browse${search ? `?${search}` : ''}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function BrowsePage({ params }: { params: URLSearchParams }) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const notes = useJson<{ notes: ApiNoteSummary[] }>('/api/notes');
  const items = useJson<{ total: number; items: ApiItem[] }>(`/api/items${query(filters)}`);
  const change = (name: string) => (event: Event) =>
    setFilter(params, name, (event.currentTarget as HTMLInputElement).value);
  return (
    <div class="browse">
      <h1>Browse</h1>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <input
          type="search"
          aria-label="search"
          placeholder="Search prompts and answers"
          value={filters.q}
          onInput={change('q')}
        />
        <select aria-label="note" value={filters.note} onChange={change('note')}>
          <option value="">All notes</option>
          {notes.data?.notes.map((note) => (
            <option key={note.path} value={note.path}>
              {note.title}
            </option>
          ))}
        </select>
        <select aria-label="kind" value={filters.kind} onChange={change('kind')}>
          <option value="">All kinds</option>
          {KINDS.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </select>
        <select aria-label="state" value={filters.state} onChange={change('state')}>
          <option value="">Active and suspended</option>
          <option value="active">active</option>
          <option value="suspended">suspended</option>
          <option value="retired">retired</option>
        </select>
        <input aria-label="tag" placeholder="tag" value={filters.tag} onChange={change('tag')} />
      </form>
      {items.error && <Failure message={items.error} />}
      {!items.data ? (
        <Loading />
      ) : (
        <>
          <p class="muted count">
            {items.data.total} {items.data.total === 1 ? 'item' : 'items'}
            {items.data.total > items.data.items.length ? ` (first ${items.data.items.length} shown)` : ''},
            from {byFact(items.data.items).length} {byFact(items.data.items).length === 1 ? 'fact' : 'facts'}
          </p>
          <ul class="items">
            {byFact(items.data.items).map((group) => (
              <FactRow key={group[0]?.id} items={group} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
