/**
 * The pure pipeline: note files → parsed notes → knowledge → items.
 * No I/O here; `vault/` reads the files, the edges print or store the result.
 */
import { generateItems } from './generate/index.js';
import type { Deck, Problem, Rejection } from './generate/item.js';
import { extractKnowledge } from './knowledge/index.js';
import type { NoteKnowledge } from './knowledge/model.js';
import { parseNote } from './markdown/index.js';
import type { NoteFile } from './vault/types.js';

export interface BuildOptions {
  /** How the vault is named in the output (`vault` field). */
  readonly vault: string;
  /** Problems found while reading the vault (unreadable files…), carried into the deck. */
  readonly problems?: readonly Problem[];
}

export interface BuildResult {
  readonly deck: Deck;
  /** Candidates dropped by the quality gates, for `--explain`. */
  readonly rejections: readonly Rejection[];
}

/** Turns note files into the deck of items and timeline events (deterministic). */
export function buildDeck(files: readonly NoteFile[], options: BuildOptions): BuildResult {
  const problems: Problem[] = [...(options.problems ?? [])];
  const knowledge: NoteKnowledge[] = [];
  let notes = 0;
  for (const file of files) {
    const result = noteKnowledge(file);
    if ('problem' in result) {
      problems.push(result.problem);
      continue;
    }
    if (result.knowledge) {
      notes++;
      knowledge.push(result.knowledge);
    }
  }
  const generated = generateItems(knowledge);
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
  };
}

/** One note's knowledge; a note that fails is a problem entry, never a crash of the whole run. */
export function noteKnowledge(file: NoteFile): { knowledge?: NoteKnowledge } | { problem: Problem } {
  try {
    const parsed = parseNote(file.path, file.text);
    if (parsed.frontmatter.excluded) return {};
    return { knowledge: extractKnowledge(parsed) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problem: { path: file.path, message: `could not be read as a note: ${message}` } };
  }
}
