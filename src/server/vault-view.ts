/**
 * What the web pages show of the vault itself, beside the study store: note texts, titles and rendered source
 * lines. Read-only; refreshed after every scan. (The timeline comes from the store: timeline.ts.)
 */
import { basename, join } from 'node:path';
import { noteTitle } from '../markdown/title.js';
import { readNote, scanVault } from '../vault/index.js';
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
): ApiSource {
  const from = Math.max(1, ref.line - SOURCE_MARGIN);
  const to = ref.endLine + SOURCE_MARGIN;
  return { ...ref, html: renderLines(text, from, to), obsidianUrl };
}

/** The note's title (`noteTitle`: its opening `# heading`, else the file name). */
export function titleOf(file: Pick<NoteFile, 'path' | 'text'>): string {
  return noteTitle(file.text, file.path);
}

/** A view of the vault at `root`; call `refresh()` before first use. */
export function createVaultView(root: string, vaultName = basename(root)): VaultView {
  let files = new Map<string, NoteFile>();
  // Titles are read once per refresh, not on every /api/stats or /api/notes request.
  let titles = new Map<string, string>();
  const obsidianUrl = (path: string): string =>
    `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(path.replace(/\.md$/i, ''))}`;
  return {
    async refresh(paths) {
      if (paths?.every((p) => p.toLowerCase().endsWith('.md'))) {
        for (const path of paths) {
          const read = await readNote({ path, absolutePath: join(root, path) });
          if (read.ok) {
            files.set(path, read.file);
            titles.set(path, titleOf(read.file));
          } else {
            files.delete(path);
            titles.delete(path);
          }
        }
        files = new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        return;
      }
      const scan = await scanVault(root, { allowEmpty: true });
      files = new Map(scan.files.map((file) => [file.path, file]));
      titles = new Map(scan.files.map((file) => [file.path, titleOf(file)]));
    },
    notePaths: () => [...files.keys()],
    noteText: async (path) => files.get(path)?.text,
    noteTitle: (path) => titles.get(path) ?? basename(path).replace(/\.md$/i, ''),
    async source(ref) {
      const file = files.get(ref.path);
      return file ? sourceOf(file.text, ref, obsidianUrl(ref.path)) : null;
    },
    obsidianUrl,
  };
}
