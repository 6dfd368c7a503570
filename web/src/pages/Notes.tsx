/** Notes: every note with its mastery; one note rendered with its items. */
import { Failure, ItemRow, Loading, Rendered, ShareBar } from '../components';
import { useJson } from '../hooks';
import type { ApiNote, ApiNoteSummary } from '../types';

const percent = (share: number): string => `${Math.round(share * 100)}%`;

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
            <a href={`#/note/${note.path}`}>{note.title}</a>
            <span class="muted small">
              {' '}
              {note.path} · {note.items} items · {percent(note.mastery)} mastered
            </span>
            <ShareBar share={note.mastery} label={`${percent(note.mastery)} mastered`} />
          </li>
        ))}
      </ul>
    </div>
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
        <a href="#/notes">← Notes</a> · <a href={obsidianUrl}>open in Obsidian</a> ·{' '}
        <a href={`#/timeline?note=${encodeURIComponent(path)}`}>timeline</a> ·{' '}
        <a href={`#/browse?note=${encodeURIComponent(path)}`}>browse items</a>
      </p>
      <p class="muted mastery">
        {title}: {itemList.length} items, {percent(mastery)} mastered{' '}
        <ShareBar share={mastery} label="mastery" />
      </p>
      <Rendered html={html} class="note-body" />
      <h2>Items from this note</h2>
      <ul class="items">
        {itemList.map((item) => (
          <ItemRow key={item.id} item={item} />
        ))}
      </ul>
    </div>
  );
}
