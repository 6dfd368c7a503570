/** Notes: every note with its mastery; one note rendered with its facts highlighted and its items. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Failure, ItemRow, Loading, Rendered, ShareBar } from '../components';
import { useJson } from '../hooks';
import { noteHref } from '../links';
import { markFacts } from '../note/highlight';
import type { ApiItem, ApiNote, ApiNoteSummary } from '../types';

const percent = (share: number): string => `${Math.round(share * 100)}%`;
/** The note's folder, not its whole path (the title already names the note): `History · `, or nothing at the root. */
const folderOf = (path: string): string => {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : `${path.slice(0, slash)} · `;
};

export function NotesPage() {
  const notes = useJson<{ notes: ApiNoteSummary[] }>('/api/notes');
  if (notes.error) return <Failure message={notes.error} />;
  if (!notes.data) return <Loading />;
  return (
    <div class="notes">
      <h1>Notes</h1>
      <ul class="note-list">
        {notes.data.notes.map((note) => (
          <li key={note.path}>
            <a href={noteHref(note.path)} title={note.path}>
              {note.title}
            </a>
            <div class="muted small note-meta">
              <span>
                {folderOf(note.path)}
                {note.items} items · {percent(note.mastery)} mastered
              </span>{' '}
              <ShareBar share={note.mastery} label={`${percent(note.mastery)} mastered`} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Marks the fact block at `target` as chosen and returns its items (nothing for clicks elsewhere or on links). */
function chooseFact(target: EventTarget | null, facts: Map<HTMLElement, ApiItem[]>): ApiItem[] | undefined {
  const element = target instanceof Element ? target : null;
  if (!element || element.closest('a')) return undefined; // links inside a fact still just open
  const block = element.closest<HTMLElement>('.fact');
  const held = block ? facts.get(block) : undefined;
  if (!block || !held) return undefined;
  for (const other of facts.keys()) other.classList.toggle('fact-chosen', other === block);
  return held;
}

/** The note's text with the blocks that hold facts highlighted; choosing one shows its items below. */
function NoteBody({ html, items }: { html: string; items: readonly ApiItem[] }) {
  const root = useRef<HTMLDivElement>(null);
  const facts = useRef(new Map<HTMLElement, ApiItem[]>());
  const [chosen, setChosen] = useState<readonly string[]>([]);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    facts.current = markFacts(element, items);
    const choose = (target: EventTarget | null): void => {
      const held = chooseFact(target, facts.current);
      if (!held) return;
      setChosen(held.map((item) => item.id));
      document.getElementById(`item-${held[0]?.id}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    };
    // The blocks are server-rendered HTML, so they are wired here rather than in JSX.
    const onClick = (event: MouseEvent): void => choose(event.target);
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Enter') choose(event.target);
    };
    element.addEventListener('click', onClick);
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('click', onClick);
      element.removeEventListener('keydown', onKey);
    };
  }, [html, items]);
  return (
    <>
      <div ref={root}>
        <Rendered html={html} class="note-body" />
      </div>
      <h2>Items from this note</h2>
      <p class="muted small">
        Highlighted passages hold the facts of these items: click one to find its items.
      </p>
      <ul class="items">
        {items.map((item) => (
          <ItemRow key={item.id} item={item} chosen={chosen.includes(item.id)} />
        ))}
      </ul>
    </>
  );
}

export function NotePage({ path }: { path: string }) {
  const note = useJson<ApiNote>(`/api/notes/${path.split('/').map(encodeURIComponent).join('/')}`);
  if (note.error) return <Failure message={note.error} />;
  if (!note.data) return <Loading />;
  const { title, html, itemList, mastery, obsidianUrl } = note.data;
  return (
    <div class="note">
      <p>
        <a href="#/notes">← Notes</a> ·{' '}
        {obsidianUrl !== null && (
          <>
            <a href={obsidianUrl}>open in Obsidian</a> ·{' '}
          </>
        )}
        <a href={`#/timeline?note=${encodeURIComponent(path)}`}>timeline</a> ·{' '}
        <a href={`#/browse?note=${encodeURIComponent(path)}`}>browse items</a>
      </p>
      <p class="muted mastery">
        {title}: {itemList.length} items, {percent(mastery)} mastered{' '}
        <ShareBar share={mastery} label="mastery" />
      </p>
      <NoteBody html={html} items={itemList} />
    </div>
  );
}
