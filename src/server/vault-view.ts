/**
 * What the web pages show of the vault itself, beside the study store: note texts, titles and rendered source
 * lines. Read-only; refreshed after every scan. It keeps each note's path and title only: a note's text is read
 * when a page asks for it (a vault of 100,000 notes is ~300 MB of text, which a long-lived `serve` would otherwise
 * hold). (The timeline comes from the store: timeline.ts.)
 */
import { lstat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { noteTitle } from '../markdown/title.js';
import { findNotes, readNote } from '../vault/index.js';
import type { NoteFile } from '../vault/types.js';
import type { NotesView } from './api-context.js';
import type { ApiSource } from './api-types.js';
import { renderLines } from './render.js';

/** Lines shown around an item's own lines in "show source". */
const SOURCE_MARGIN = 1;

export interface VaultView extends NotesView {
  /** Reads the vault again (after a scan); with `paths`, only those notes (anything else reads it all). */
  refresh(paths?: readonly string[]): Promise<void>;
  obsidianUrl(path: string): string;
}

/** The lines of `text` around an item's own lines, rendered (the local vault and the class server alike). */
export function sourceOf(
  text: string,
  ref: { path: string; line: number; endLine: number },
  obsidianUrl: string | null,
  servesFiles = false,
): ApiSource {
  const from = Math.max(1, ref.line - SOURCE_MARGIN);
  const to = ref.endLine + SOURCE_MARGIN;
  return { ...ref, html: renderLines(text, from, to, servesFiles ? ref.path : undefined), obsidianUrl };
}

/** The note's title (`noteTitle`: its opening `# heading`, else the file name). */
export function titleOf(file: Pick<NoteFile, 'path' | 'text'>): string {
  return noteTitle(file.text, file.path);
}

/** Notes read at once while the view is refreshed: enough to keep the disk busy, few texts held at a time. */
const READ_AHEAD = 16;

/** A view of the vault at `root`; call `refresh()` before first use. */
export function createVaultView(root: string, vaultName = basename(root)): VaultView {
  // The notes present at the last refresh, by path (sorted), with their titles: read once per refresh, not on
  // every /api/stats or /api/notes request.
  let titles = new Map<string, string>();
  const obsidianUrl = (path: string): string =>
    `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(path.replace(/\.md$/i, ''))}`;
  /** The note's text now, if it was there at the last refresh and can be read. */
  const textOf = async (path: string): Promise<string | undefined> => {
    if (!titles.has(path)) return undefined;
    const absolutePath = join(root, path);
    // Only a file, as the walk found it: a link put in its place since (perhaps to outside the vault) is not read.
    const info = await lstat(absolutePath).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const read = await readNote({ path, absolutePath });
    return read.ok ? read.file.text : undefined;
  };
  return {
    async refresh(paths) {
      const next = new Map(titles);
      let named: readonly string[];
      if (paths?.every((p) => p.toLowerCase().endsWith('.md'))) named = paths;
      else {
        const found = await findNotes(root);
        named = found.notes.map((n) => n.path);
        next.clear();
      }
      for (let at = 0; at < named.length; at += READ_AHEAD) {
        const batch = named.slice(at, at + READ_AHEAD);
        const reads = await Promise.all(
          batch.map((path) => readNote({ path, absolutePath: join(root, path) })),
        );
        reads.forEach((read, i) => {
          const path = batch[i] as string;
          if (read.ok) next.set(path, titleOf(read.file));
          else next.delete(path);
        });
      }
      titles = new Map([...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    },
    notePaths: () => [...titles.keys()],
    noteText: textOf,
    noteTitle: (path) => titles.get(path) ?? basename(path).replace(/\.md$/i, ''),
    async source(ref) {
      const text = await textOf(ref.path);
      return text === undefined ? null : sourceOf(text, ref, obsidianUrl(ref.path), true);
    },
    obsidianUrl,
  };
}
