/**
 * The published notes as students read them: each note's text is kept in the class store beside its record
 * (publish writes it, in the publish's own transaction), and `classNotesView` serves titles, texts and rendered
 * source lines from there, read-only. The texts use the store's key-value table (`published.text:<path>`), so the
 * class server needs no table of its own; a note that is no longer published has its text cleared.
 */
import type { NotesView } from '../server/api-context.js';
import { sourceOf } from '../server/vault-view.js';
import type { Store } from '../store/types.js';

const TEXT_PREFIX = 'published.text:';
const textKey = (path: string): string => `${TEXT_PREFIX}${path}`;

/** Stores the texts of `files` that changed and clears those of `removed` paths; run inside the publish's transaction. */
export async function storeNoteTexts(
  tx: Store,
  files: readonly { readonly path: string; readonly text: string }[],
  removed: readonly string[],
): Promise<void> {
  const stored = await tx.getSettings(files.map((file) => textKey(file.path)));
  for (const file of files) {
    if (stored.get(textKey(file.path)) !== file.text) await tx.setSetting(textKey(file.path), file.text);
  }
  for (const path of removed) await tx.setSetting(textKey(path), null);
}

/** A read-only view of the class's published notes (one query for the note list; texts read when asked). */
export async function classNotesView(classStore: Store): Promise<NotesView> {
  const notes = (await classStore.listNotes()).sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const titles = new Map(notes.map((note) => [note.path, note.title]));
  const noteText = async (path: string): Promise<string | undefined> => {
    if (!titles.has(path)) return undefined;
    const text = await classStore.getSetting<unknown>(textKey(path));
    return typeof text === 'string' ? text : undefined;
  };
  return {
    notePaths: () => [...titles.keys()],
    noteTitle: (path) => titles.get(path) ?? path,
    noteText,
    async source(ref) {
      const text = await noteText(ref.path);
      return text === undefined ? null : sourceOf(text, ref, null);
    },
    obsidianUrl: () => null,
  };
}
