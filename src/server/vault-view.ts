/**
 * What the web pages show of the vault itself, beside the study store: note texts, titles, timeline events and
 * rendered source lines. Read-only; refreshed after every scan.
 */
import { basename, join } from 'node:path';
import type { Item, TimelineEvent } from '../generate/item.js';
import { atxHeadingText } from '../markdown/title.js';
import { buildDeck } from '../pipeline.js';
import { readNote, scanVault } from '../vault/index.js';
import type { NoteFile } from '../vault/types.js';
import type { ApiSource, ApiTimelineEvent } from './api-types.js';
import { renderLines } from './render.js';

/** Lines shown around an item's own lines in "show source". */
const SOURCE_MARGIN = 1;

export interface VaultView {
  /** Reads the vault again (after a scan); with `paths`, only those notes (anything else reads it all). */
  refresh(paths?: readonly string[]): Promise<void>;
  notePaths(): readonly string[];
  noteText(path: string): string | undefined;
  noteTitle(path: string): string;
  timeline(): readonly ApiTimelineEvent[];
  source(ref: { path: string; line: number; endLine: number }): ApiSource | null;
  obsidianUrl(path: string): string;
}

/** `# Title` on the first line after any frontmatter, else the file name without `.md`. */
export function titleOf(file: Pick<NoteFile, 'path' | 'text'>): string {
  const body = file.text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const first = body.split(/\r?\n/).find((line) => line.trim() !== '');
  const heading = first === undefined ? undefined : atxHeadingText(first);
  return heading ?? basename(file.path).replace(/\.md$/i, '');
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

/** Each note's tags (frontmatter and inline), read from the items the deck made of it. */
function tagsByNote(items: readonly Item[]): Map<string, string[]> {
  const tags = new Map<string, Set<string>>();
  for (const item of items) {
    const set = tags.get(item.source.path) ?? new Set<string>();
    for (const tag of item.tags) set.add(tag);
    tags.set(item.source.path, set);
  }
  return new Map([...tags].map(([path, set]) => [path, [...set].sort()]));
}

/** A numeric order for sort keys that holds for BC years too (`-0509` before `0031`). */
function compareSortKeys(a: string, b: string): number {
  const year = (key: string): number => Number.parseInt(/^-?\d+/.exec(key)?.[0] ?? '0', 10);
  return year(a) - year(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A view of the vault at `root`; call `refresh()` before first use. */
export function createVaultView(root: string, vaultName = basename(root)): VaultView {
  let files = new Map<string, NoteFile>();
  // Titles are read once per refresh, not on every /api/stats or /api/notes request.
  let titles = new Map<string, string>();
  let events: ApiTimelineEvent[] | undefined;
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
        events = undefined;
        return;
      }
      const scan = await scanVault(root, { allowEmpty: true });
      files = new Map(scan.files.map((file) => [file.path, file]));
      titles = new Map(scan.files.map((file) => [file.path, titleOf(file)]));
      events = undefined; // rebuilt on the next timeline request
    },
    notePaths: () => [...files.keys()],
    noteText: (path) => files.get(path)?.text,
    noteTitle: (path) => titles.get(path) ?? basename(path).replace(/\.md$/i, ''),
    timeline() {
      if (!events) {
        const { deck } = buildDeck([...files.values()], { vault: vaultName });
        const tags = tagsByNote(deck.items);
        events = deck.events
          .map((event) => toApiEvent(event, tags.get(event.source.path) ?? []))
          .sort((a, b) => compareSortKeys(a.sortKey, b.sortKey));
      }
      return events;
    },
    source(ref) {
      const file = files.get(ref.path);
      if (!file) return null;
      const from = Math.max(1, ref.line - SOURCE_MARGIN);
      const to = ref.endLine + SOURCE_MARGIN;
      return { ...ref, html: renderLines(file.text, from, to), obsidianUrl: obsidianUrl(ref.path) };
    },
    obsidianUrl,
  };
}
