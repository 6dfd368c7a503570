/**
 * The vault-wide step after the per-note pass: gate 7 (near-duplicates) across notes and one item per id. It
 * walks the notes in path order, so feeding it one note at a time (from workers, in batches) gives the very
 * items a whole-vault build gives, while it keeps only two 64-bit keys per item.
 */
import { createHash } from 'node:crypto';
import type { Candidate } from './candidate.js';
import type { Assessment } from './confidence.js';
import { promptKey } from './gates/near-duplicates.js';
import type { Item, Rejection, TimelineEvent } from './item.js';
import { KeySet } from './key-set.js';

/** One kept candidate of a note, as an item with its confidence and the key of its question. */
export interface NoteItem {
  readonly item: Item;
  readonly assessment: Assessment;
  /** 16 hex digits of sha256 of `promptKey` (near-duplicates.ts): equal keys ask the same question. */
  readonly promptKey: string;
}

/** What the per-note pass gives for one note. */
export interface NoteGeneration {
  readonly path: string;
  /** In the order `cards` prints them (source line, then kind). */
  readonly items: readonly NoteItem[];
  readonly events: readonly TimelineEvent[];
  readonly rejections: readonly Rejection[];
}

export interface Merged {
  readonly kept: readonly NoteItem[];
  readonly rejections: readonly Rejection[];
}

/** Feed it the notes of a vault in path order; each call returns what of that note survives. */
export class VaultMerge {
  readonly #prompts = new KeySet();
  readonly #ids = new KeySet({ withValues: false });
  #lastPath: string | undefined;

  add(note: NoteGeneration): Merged {
    if (this.#lastPath !== undefined && note.path <= this.#lastPath)
      throw new RangeError(`notes must come in path order: ${note.path} after ${this.#lastPath}`);
    this.#lastPath = note.path;
    const kept: NoteItem[] = [];
    const rejections: Rejection[] = [];
    for (const x of note.items) {
      const earlierLine = this.#prompts.get(x.promptKey);
      if (earlierLine !== undefined) {
        rejections.push(dropped(x.item, `same question as the item from line ${earlierLine}`));
        continue;
      }
      // The id hashes kind, fact and answer as gate 7's second key does.
      if (this.#ids.has(x.item.id)) {
        rejections.push(dropped(x.item, 'same fact and answer as another item'));
        continue;
      }
      this.#prompts.add(x.promptKey, x.item.source.line);
      this.#ids.add(x.item.id);
      kept.push(x);
    }
    return { kept, rejections };
  }
}

function dropped(item: Item, reason: string): Rejection {
  return {
    kind: item.kind,
    prompt: item.prompt,
    answer: item.answer,
    gate: 'near-duplicate',
    reason,
    source: item.source,
  };
}

/** The 64-bit key of a candidate's question (kind and normalised prompt), as `NoteItem.promptKey`. */
export function questionKey(c: Pick<Candidate, 'kind' | 'prompt'>): string {
  return createHash('sha256').update(promptKey(c)).digest('hex').slice(0, 16);
}
