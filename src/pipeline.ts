/**
 * The pure pipeline: note files → parsed notes → knowledge → items.
 * No I/O here; `vault/` reads the files, the edges print or store the result.
 */
import type { Assessment } from './generate/confidence.js';
import { generateItems, generateNote, type NoteGeneration, type VaultPools } from './generate/index.js';
import type { Deck, Problem, Rejection } from './generate/item.js';
import { extractKnowledge } from './knowledge/index.js';
import type { NoteKnowledge } from './knowledge/model.js';
import { parseNote } from './markdown/index.js';
import type { NoteFile } from './vault/types.js';
import { type WorkBudget, WorkBudgetExceededError, workBudget } from './work-budget.js';

export interface BuildOptions {
  /** How the vault is named in the output (`vault` field). */
  readonly vault: string;
  /** Problems found while reading the vault (unreadable files…), carried into the deck. */
  readonly problems?: readonly Problem[];
  /**
   * The people of the notes not rebuilt now, when only some notes are rebuilt (an incremental scan):
   * multiple-choice distractors then come from the same vault-wide pool as in a full build.
   */
  readonly otherPeople?: readonly string[];
  /**
   * A monotonic clock in ms (the edge passes `performance.now`). With it, a note whose reading takes longer than
   * `noteBudgetMs` is cut off while it is read, becomes a problem entry and is left out, and the run goes on.
   */
  readonly clock?: () => number;
  readonly noteBudgetMs?: number;
  /** The most steps of work one note may take (see work-budget.ts); bounds time and memory with or without a clock. */
  readonly noteMaxSteps?: number;
}

/** The default time a single note may take before it is cut off and reported instead of used. */
export const NOTE_BUDGET_MS = 5000;
/**
 * The default steps of work for one note: about 1 MB of dense bullets or 50,000 headings (some 200 MB of memory
 * while parsing). A long revision note (5,000 lines, 100 KB) takes a tenth of it; a 2.5 KB note about 300.
 */
export const NOTE_MAX_STEPS = 300_000;

export interface BuildResult {
  readonly deck: Deck;
  /** Candidates dropped by the quality gates, for `--explain`. */
  readonly rejections: readonly Rejection[];
  /** Why each item was kept: its confidence and the reasons (item id → assessment), for `--explain`. */
  readonly assessments: ReadonlyMap<string, Assessment>;
  /** The people each note built names (path → names), for incremental scans to remember. */
  readonly people: ReadonlyMap<string, readonly string[]>;
}

/** Turns note files into the deck of items and timeline events (deterministic). */
export function buildDeck(files: readonly NoteFile[], options: BuildOptions): BuildResult {
  const problems: Problem[] = [...(options.problems ?? [])];
  const knowledge: NoteKnowledge[] = [];
  let notes = 0;
  for (const file of files) {
    const result = noteKnowledge(file, noteBudget(options));
    if ('problem' in result) {
      problems.push(result.problem);
      continue;
    }
    if (result.knowledge) {
      notes++;
      knowledge.push(result.knowledge);
    }
  }
  const generated = generateItems(knowledge, options.otherPeople ?? []);
  return {
    deck: {
      version: 1,
      vault: options.vault,
      notes,
      items: generated.items,
      events: generated.events,
      problems,
    },
    rejections: generated.rejections,
    assessments: generated.assessments,
    people: new Map(knowledge.map((k) => [k.path, k.people])),
  };
}

/** What the per-note pass gives for one note file: its generation, its problem, or nothing (excluded). */
export type NoteBuild =
  | { readonly path: string; readonly generation: NoteGeneration; readonly people: readonly string[] }
  | { readonly path: string; readonly problem: Problem }
  | { readonly path: string; readonly excluded: true };

/**
 * The per-note pass of the pipeline: one file → knowledge → items, within the note's work budget. It needs only
 * the note and the vault pools, so notes can be built apart (worker threads, one edited note) and joined by a
 * `VaultMerge` in path order.
 */
export function buildNote(
  file: NoteFile,
  pools: VaultPools,
  options: Omit<BuildOptions, 'vault' | 'problems' | 'otherPeople'> = {},
): NoteBuild {
  const result = noteKnowledge(file, noteBudget(options));
  if ('problem' in result) return { path: file.path, problem: result.problem };
  if (!result.knowledge) return { path: file.path, excluded: true };
  return {
    path: file.path,
    generation: generateNote(result.knowledge, pools),
    people: result.knowledge.people,
  };
}

function noteBudget(options: Pick<BuildOptions, 'noteMaxSteps' | 'clock' | 'noteBudgetMs'>): WorkBudget {
  return workBudget({
    maxSteps: options.noteMaxSteps ?? NOTE_MAX_STEPS,
    ...(options.clock ? { clock: options.clock, limitMs: options.noteBudgetMs ?? NOTE_BUDGET_MS } : {}),
  });
}

/**
 * One note's knowledge; a note that fails or runs out of `budget` is a problem entry, never a crash of the whole
 * run.
 */
export function noteKnowledge(
  file: NoteFile,
  budget?: WorkBudget,
): { knowledge?: NoteKnowledge } | { problem: Problem } {
  try {
    const parsed = parseNote(file.path, file.text, budget);
    if (parsed.frontmatter.excluded) return {};
    return { knowledge: extractKnowledge(parsed, budget) };
  } catch (error) {
    if (error instanceof WorkBudgetExceededError)
      return { problem: { path: file.path, message: error.message } };
    const message = error instanceof Error ? error.message : String(error);
    return { problem: { path: file.path, message: `could not be read as a note: ${message}` } };
  }
}
