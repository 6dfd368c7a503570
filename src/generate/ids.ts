/** Stable, content-derived item ids (generation.md §6): never from line numbers or paths. */
import { createHash } from 'node:crypto';
import { normalise } from '../knowledge/text.js';
import type { ItemKind } from './item.js';

const ID_LENGTH = 16;

/** The id of an item: a hash of its normalised fact, kind and answer. */
export function itemId(kind: ItemKind, fact: string, answer: string): string {
  return createHash('sha256')
    .update(`${kind}\u0000${normalise(fact)}\u0000${normalise(answer)}`)
    .digest('hex')
    .slice(0, ID_LENGTH);
}
