/**
 * Amortised forward search inside one inline source string.
 * Inline rules look for a closing marker (`]]`, `%%`, `$`) from every opening position; a plain
 * `indexOf` per opener is quadratic on input like 100,000 unclosed `[[`. Because the answer to
 * "first match at or after `from`" is the same for every `from` up to the previous match, one
 * remembered (from, at) pair per needle makes the whole scan linear when positions only grow.
 */
interface Remembered {
  from: number;
  at: number;
}

const caches = new WeakMap<object, Map<string, Remembered>>();

/**
 * First index ≥ `from` found by `find` (which must return the first position-local match at or after
 * its argument, or -1), answered from memory when the previous search already covers it.
 * `owner` scopes the memory (one inline parse state).
 */
export function nextMatch(owner: object, key: string, from: number, find: (from: number) => number): number {
  let byKey = caches.get(owner);
  if (byKey === undefined) {
    byKey = new Map();
    caches.set(owner, byKey);
  }
  const seen = byKey.get(key);
  if (seen !== undefined && seen.from <= from && (seen.at === -1 || from <= seen.at)) return seen.at;
  const at = find(from);
  byKey.set(key, { from, at });
  return at;
}

/** `nextMatch` for a literal needle in `src`. */
export function nextIndexOf(owner: object, src: string, needle: string, from: number): number {
  return nextMatch(owner, `indexOf:${needle}`, from, (start) => src.indexOf(needle, start));
}
