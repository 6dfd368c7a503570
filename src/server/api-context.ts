/**
 * What the pages' API handlers (api-read.ts, api-study.ts) need: the study use cases on one student's store, a
 * read-only view of the notes, and the clock. The local server has one for its vault (context.ts); the class
 * server makes one per request from a class's published notes and the signed-in student's own store.
 */
import type { StudyService } from '../study/service.js';
import type { ApiSource } from './api-types.js';

/** The notes as the pages show them: paths, titles, texts and rendered source lines. Read-only. */
export interface NotesView {
  /** Every note's path, sorted. */
  notePaths(): readonly string[];
  noteTitle(path: string): string;
  /** The note's Markdown, undefined for a note that is not there. */
  noteText(path: string): Promise<string | undefined>;
  /** The lines of a note around an item, rendered; null when the note is not there. */
  source(ref: { path: string; line: number; endLine: number }): Promise<ApiSource | null>;
  /** A link that opens the note in Obsidian; null where there is no vault on this computer (class server). */
  obsidianUrl(path: string): string | null;
}

export interface ApiContext {
  readonly service: StudyService;
  readonly view: NotesView;
  /** Current time; tests pass a fixed clock. */
  readonly now: () => Date;
}
