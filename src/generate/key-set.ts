/**
 * A set of 64-bit keys written as 16 hex digits (item ids, hashed prompts), each with a small number beside it,
 * in typed arrays: ~12–17 bytes a key instead of ~80 for a `Map<string, number>`, so the vault-wide duplicate check
 * of a 100,000-note vault (millions of keys) stays within the memory budget.
 */
export class KeySet {
  readonly #withValues: boolean;
  #high = new Uint32Array(1024);
  #low = new Uint32Array(1024);
  #value: Uint32Array;
  #used = new Uint8Array(1024);
  #size = 0;

  /** `withValues: false` keeps no number per key (9 bytes a slot instead of 13); `get` then gives 0. */
  constructor(options: { readonly withValues?: boolean } = {}) {
    this.#withValues = options.withValues ?? true;
    this.#value = new Uint32Array(this.#withValues ? 1024 : 0);
  }

  get size(): number {
    return this.#size;
  }

  /** The number stored with `key`, or undefined when the key is not in the set. */
  get(key: string): number | undefined {
    const at = this.#find(hexWord(key, 0), hexWord(key, 8));
    return this.#used[at] ? (this.#value[at] ?? 0) : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Adds `key` with `value` (kept if the key is there already). */
  add(key: string, value = 0): void {
    const high = hexWord(key, 0);
    const low = hexWord(key, 8);
    const at = this.#find(high, low);
    if (this.#used[at]) return;
    this.#used[at] = 1;
    this.#high[at] = high;
    this.#low[at] = low;
    if (this.#withValues) this.#value[at] = value;
    // Three quarters full at most: linear probing stays short, and the arrays stay small.
    if (++this.#size * 4 > this.#used.length * 3) this.#grow();
  }

  /** Open addressing with linear probing; the keys are hashes already, so their low bits spread well. */
  #find(high: number, low: number): number {
    const mask = this.#used.length - 1;
    let at = low & mask;
    while (this.#used[at] && (this.#high[at] !== high || this.#low[at] !== low)) at = (at + 1) & mask;
    return at;
  }

  #grow(): void {
    const [high, low, value, used] = [this.#high, this.#low, this.#value, this.#used];
    const capacity = used.length * 2;
    this.#high = new Uint32Array(capacity);
    this.#low = new Uint32Array(capacity);
    this.#value = new Uint32Array(this.#withValues ? capacity : 0);
    this.#used = new Uint8Array(capacity);
    for (let i = 0; i < used.length; i++) {
      if (!used[i]) continue;
      const at = this.#find(high[i] as number, low[i] as number);
      this.#used[at] = 1;
      this.#high[at] = high[i] as number;
      this.#low[at] = low[i] as number;
      if (this.#withValues) this.#value[at] = value[i] as number;
    }
  }
}

function hexWord(key: string, from: number): number {
  const word = Number.parseInt(key.slice(from, from + 8), 16);
  if (Number.isNaN(word) || key.length !== 16) throw new RangeError(`not a 16-hex-digit key: ${key}`);
  return word >>> 0;
}
