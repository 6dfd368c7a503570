/** Small pieces shared by pages. */

import { itemHref, noteHref } from './links';
import type { ApiItem, ApiSource } from './types';

/** Note title › heading › parent bullet. */
export function Breadcrumb({ context }: { context: readonly string[] }) {
  return <p class="breadcrumb">{context.join(' › ')}</p>;
}

/** HTML the server rendered from Markdown with raw HTML disabled and script URLs refused. */
export function Rendered({ html, class: className }: { html: string; class?: string }) {
  return <div class={`rendered ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The note lines an item came from, and a link that opens the note in Obsidian. */
export function SourcePanel({ source }: { source: ApiSource }) {
  return (
    <section class="source" aria-label="source">
      <p class="muted">
        <a href={noteHref(source.path)}>{source.path}</a>:{source.line}
        {source.obsidianUrl !== null && (
          <>
            {' · '}
            <a href={source.obsidianUrl}>open in Obsidian</a>
          </>
        )}
      </p>
      <Rendered html={source.html} />
    </section>
  );
}

/** A one-line summary of an item in lists. */
function ItemLine({ item }: { item: ApiItem }) {
  return (
    <>
      <a href={itemHref(item.id)}>
        <span class={`kind kind-${item.kind}`}>{item.kind}</span> {item.prompt}
      </a>
      {item.state !== 'active' && <span class="badge">{item.state}</span>}
      <div class="muted small">{item.answer}</div>
    </>
  );
}

export function ItemRow({ item, chosen = false }: { item: ApiItem; chosen?: boolean }) {
  return (
    <li class={chosen ? 'item-row chosen' : 'item-row'} id={`item-${item.id}`}>
      <ItemLine item={item} />
    </li>
  );
}

/** The items made from one fact (one source line): the first shown, its siblings folded under it. */
export function FactRow({ items }: { items: readonly ApiItem[] }) {
  const [first, ...siblings] = items;
  if (!first) return null;
  return (
    <li class="item-row fact-row" id={`item-${first.id}`}>
      <ItemLine item={first} />
      {siblings.length > 0 && (
        <details class="siblings">
          <summary class="muted small">
            {siblings.length} more from the same fact:{' '}
            {siblings.map((item) => (
              <span key={item.id} class={`kind kind-${item.kind}`}>
                {item.kind}
              </span>
            ))}
          </summary>
          <ul class="items">
            {siblings.map((item) => (
              <ItemRow key={item.id} item={item} />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** Items grouped by the fact they come from (same note and source line), in their order. */
export function byFact(items: readonly ApiItem[]): ApiItem[][] {
  const groups = new Map<string, ApiItem[]>();
  for (const item of items) {
    const key = `${item.source.path}\n${item.source.line}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()];
}

/** A horizontal bar for a share between 0 and 1. */
export function ShareBar({ share, label }: { share: number; label: string }) {
  return (
    <span class="share" title={label}>
      <span class="share-fill" style={{ width: `${Math.round(share * 100)}%` }} />
    </span>
  );
}

export function Failure({ message }: { message: string }) {
  return (
    <p class="error" role="alert">
      {message}
    </p>
  );
}

export function Loading() {
  return <p class="muted">Loading…</p>;
}
