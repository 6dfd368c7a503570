/**
 * Pairs items that appeared in a scan with stored items that vanished from it, so an edited fact keeps its
 * history. One-to-one, best pair first: a former id (alias) beats everything, then pairs in the same note,
 * then pairs across notes (a rename or move); within a tier the higher score wins.
 */
import type { Item } from '../generate/item.js';
import type { StoredItem } from '../store/types.js';
import { dice, profile, type TextProfile } from './similarity.js';

/** Fact or prompt texts at least this similar may be the same fact edited. */
export const MATCH_THRESHOLD = 0.6;

interface Pair {
  readonly fresh: Item;
  readonly stored: StoredItem;
  readonly tier: number;
  readonly score: number;
}

/** The four feature sets compared: trigrams and words of the fact and of the prompt. */
const FEATURES = ['factTrigrams', 'factWords', 'promptTrigrams', 'promptWords'] as const;
type Features = Record<(typeof FEATURES)[number], ReadonlySet<string>>;

function featuresOf(item: Item): Features {
  const fact: TextProfile = profile(item.fact);
  const prompt: TextProfile = profile(item.prompt);
  return {
    factTrigrams: fact.trigrams,
    factWords: fact.words,
    promptTrigrams: prompt.trigrams,
    promptWords: prompt.words,
  };
}

/**
 * Candidates of one kind with an inverted index per feature, so a fresh item is compared only with the
 * candidates it shares something with (a full rescan may hold thousands of each).
 */
class CandidateIndex {
  readonly items: StoredItem[] = [];
  readonly features: Features[] = [];
  readonly #postings = FEATURES.map(() => new Map<string, number[]>());

  add(item: StoredItem): void {
    const index = this.items.length;
    const features = featuresOf(item);
    this.items.push(item);
    this.features.push(features);
    FEATURES.forEach((name, f) => {
      for (const token of features[name]) {
        const list = this.#postings[f]!.get(token);
        if (list) list.push(index);
        else this.#postings[f]!.set(token, [index]);
      }
    });
  }

  /** Candidate index → best text similarity (max over features), for those at or above the threshold. */
  similar(features: Features): Map<number, number> {
    const best = new Map<number, number>();
    FEATURES.forEach((name, f) => {
      const shared = new Map<number, number>();
      for (const token of features[name]) {
        for (const index of this.#postings[f]!.get(token) ?? [])
          shared.set(index, (shared.get(index) ?? 0) + 1);
      }
      for (const [index, count] of shared) {
        const value = (2 * count) / (features[name].size + this.features[index]![name].size);
        if (value >= MATCH_THRESHOLD && value > (best.get(index) ?? 0)) best.set(index, value);
      }
    });
    return best;
  }
}

function candidatePairs(item: Item, index: CandidateIndex, aliasTarget: string | undefined): Pair[] {
  const pairs: Pair[] = [];
  const answer = profile(item.answer);
  for (const [i, text] of index.similar(featuresOf(item))) {
    const stored = index.items[i]!;
    // The answer only breaks ties between siblings (items of one fact), so it weighs less than the fact.
    const answerSimilarity = dice(answer.trigrams, profile(stored.answer).trigrams);
    const tier = stored.source.path === item.source.path ? 1 : 2;
    pairs.push({ fresh: item, stored, tier, score: text + 0.3 * answerSimilarity });
  }
  const aliased = aliasTarget === undefined ? undefined : index.items.find((s) => s.id === aliasTarget);
  if (aliased) pairs.push({ fresh: item, stored: aliased, tier: 0, score: 1 });
  return pairs;
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
  const byKind = new Map<string, CandidateIndex>();
  for (const candidate of candidates) {
    const index = byKind.get(candidate.kind) ?? new CandidateIndex();
    index.add(candidate);
    byKind.set(candidate.kind, index);
  }
  const pairs = fresh.flatMap((item) => {
    const index = byKind.get(item.kind);
    return index ? candidatePairs(item, index, aliases.get(item.id)) : [];
  });
  pairs.sort((a, b) => a.tier - b.tier || b.score - a.score);
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (matches.has(pair.fresh.id) || taken.has(pair.stored.id)) continue;
    matches.set(pair.fresh.id, pair.stored);
    taken.add(pair.stored.id);
  }
  return matches;
}
