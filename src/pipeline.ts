/**
 * The pure pipeline: note files → parsed notes → knowledge → items.
 * No I/O here; `vault/` reads the files, the edges print or store the result.
 */
import type { Deck, Problem, Rejection } from './generate/item.js';
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
  // Placeholder until knowledge/ and generate/ land: no items yet.
  return {
    deck: {
      version: 1,
      vault: options.vault,
      notes: files.length,
      items: [],
      events: [],
      problems: [...(options.problems ?? [])],
    },
    rejections: [],
  };
}
