/**
 * Pairs items that appeared in a scan with stored items that vanished from it, so an edited fact keeps its
 * history. One-to-one, best pair first: a former id (alias) beats everything, then pairs in the same note,
 * then pairs across notes (a rename or move); within a tier the higher score wins.
 */
import type { Item } from '../generate/item.js';
import type { StoredItem } from '../store/types.js';
import { profile, similarity, type TextProfile } from './similarity.js';

/** Fact or prompt texts at least this similar may be the same fact edited. */
export const MATCH_THRESHOLD = 0.6;

interface Profiled<T extends Item> {
  readonly item: T;
  readonly fact: TextProfile;
  readonly prompt: TextProfile;
  readonly answer: TextProfile;
}

function profiled<T extends Item>(item: T): Profiled<T> {
  return { item, fact: profile(item.fact), prompt: profile(item.prompt), answer: profile(item.answer) };
}

interface Pair {
  readonly fresh: Item;
  readonly stored: StoredItem;
  readonly tier: number;
  readonly score: number;
}

/**
 * Scores a candidate pair, or returns null when they cannot be the same item. The answer only breaks ties
 * between siblings (items of one fact), so it weighs less than the fact.
 */
function pairOf(
  fresh: Profiled<Item>,
  stored: Profiled<StoredItem>,
  aliasTarget: string | undefined,
): Pair | null {
  if (fresh.item.kind !== stored.item.kind) return null;
  const samePath = fresh.item.source.path === stored.item.source.path;
  if (aliasTarget === stored.item.id) return { fresh: fresh.item, stored: stored.item, tier: 0, score: 1 };
  const text = Math.max(similarity(fresh.fact, stored.fact), similarity(fresh.prompt, stored.prompt));
  if (text < MATCH_THRESHOLD) return null;
  const score = text + 0.3 * similarity(fresh.answer, stored.answer);
  return { fresh: fresh.item, stored: stored.item, tier: samePath ? 1 : 2, score };
}

/**
 * Matches fresh items to candidates. `aliases` maps a fresh id to the current id of the stored item that
 * once had it. Returns fresh id → matched stored item.
 */
export function matchItems(
  fresh: readonly Item[],
  candidates: readonly StoredItem[],
  aliases: ReadonlyMap<string, string>,
): Map<string, StoredItem> {
  const matches = new Map<string, StoredItem>();
  if (fresh.length === 0 || candidates.length === 0) return matches;
  const byKind = new Map<string, Profiled<StoredItem>[]>();
  for (const candidate of candidates) {
    const list = byKind.get(candidate.kind) ?? [];
    list.push(profiled(candidate));
    byKind.set(candidate.kind, list);
  }
  const pairs: Pair[] = [];
  for (const item of fresh) {
    const one = profiled(item);
    for (const candidate of byKind.get(item.kind) ?? []) {
      const pair = pairOf(one, candidate, aliases.get(item.id));
      if (pair) pairs.push(pair);
    }
  }
  pairs.sort((a, b) => a.tier - b.tier || b.score - a.score);
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (matches.has(pair.fresh.id) || taken.has(pair.stored.id)) continue;
    matches.set(pair.fresh.id, pair.stored);
    taken.add(pair.stored.id);
  }
  return matches;
}
