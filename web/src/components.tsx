/** Small pieces shared by pages. */
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
        <a href={`#/note/${source.path}`}>{source.path}</a>:{source.line} ·{' '}
        <a href={source.obsidianUrl}>open in Obsidian</a>
      </p>
      <Rendered html={source.html} />
    </section>
  );
}

/** A one-line summary of an item in lists. */
export function ItemRow({ item, chosen = false }: { item: ApiItem; chosen?: boolean }) {
  return (
    <li class={chosen ? 'item-row chosen' : 'item-row'} id={`item-${item.id}`}>
      <a href={`#/item/${item.id}`}>
        <span class={`kind kind-${item.kind}`}>{item.kind}</span> {item.prompt}
      </a>
      {item.state !== 'active' && <span class="badge">{item.state}</span>}
      <div class="muted small">{item.answer}</div>
    </li>
  );
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
