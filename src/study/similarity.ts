/**
 * Text similarity for following a fact through edits. Two measures, the larger wins:
 * character trigrams forgive typos ("Stallin" ~ "Stalin"), word sets forgive reordering
 * ("signed at Versailles in 1919" ~ "signed in 1919 at Versailles").
 */

/** Lower-case words without accents or punctuation. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Pre-computed features of one text, so a text compared many times is analysed once. */
export interface TextProfile {
  readonly words: ReadonlySet<string>;
  readonly trigrams: ReadonlySet<string>;
}

export function profile(text: string): TextProfile {
  const list = words(text);
  const trigrams = new Set<string>();
  for (const word of list) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
  }
  return { words: new Set(list), trigrams };
}

/** Dice coefficient of two sets: 2|A∩B| / (|A|+|B|); 1 for two empty sets. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Similarity in [0, 1] of two profiled texts. */
export function similarity(a: TextProfile, b: TextProfile): number {
  return Math.max(dice(a.trigrams, b.trigrams), dice(a.words, b.words));
}

/** Similarity of two raw texts. */
export function textSimilarity(a: string, b: string): number {
  return similarity(profile(a), profile(b));
}
