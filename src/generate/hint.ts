/**
 * A cloze's hint: how many words the answer has and their first letters, written right after the blank
 * ("The ___ (2 words: W, S) case …"). A bare blank often admits several answers the note never meant ("cognitive
 * frameworks" or "schemas"); with the hint one is clearly expected. A blind A/B rating of 75 dev clozes (same items,
 * six raters): 49 % acceptable without the hint, 60 % with it, "single" failures 15 → 3. A reverse item ("Which term
 * means: X?") gets it after its question mark: on 35 reverse items, 20 → 23 acceptable, "single" failures 7 → 4.
 */

/** Answers this short give too much away with a first letter ("US" → U). */
const MIN_HINTED_CHARACTERS = 4;

/** What the hint says for this answer, or undefined when it gets none (numbers, formulas, pairs, short answers). */
export function clozeHint(answer: string): string | undefined {
  const words = answer
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => w !== '');
  // A number, a formula ("H₂SO₄", "NO3"), a pair written with a slash ("Skeptics/Cynics") or a name with its
  // abbreviation in brackets ("Central Board of Film Certification (CBFC)", counted as a sixth word) has no simple shape.
  if (words.length === 0 || /[\p{N}/()[\]]/u.test(answer)) return undefined;
  if ((answer.match(/[\p{L}\p{N}]/gu) ?? []).length < MIN_HINTED_CHARACTERS) return undefined;
  // The first character as a reader sees it: a letter with its accent ("Édouard" written decomposed → É).
  const initials = words.map((w) => [...w.normalize('NFC')][0] ?? '');
  return words.length === 1
    ? `first letter: ${initials[0]}`
    : `${words.length} words: ${initials.join(', ')}`;
}

/**
 * The prompt with the hint in brackets after its blank (and after a closing quote mark right behind it). A blank
 * with a word glued to it ("___-driven", "___'s theory") gets none: the hint would split the word.
 */
export function withClozeHint(prompt: string, answer: string): string {
  const hint = clozeHint(answer);
  const blank = /_{3,}['"’”]*/.exec(prompt);
  if (hint === undefined || !blank) return prompt;
  const end = blank.index + blank[0].length;
  if (/^[\p{L}\p{N}\p{M}_-]/u.test(prompt.slice(end))) return prompt;
  return `${prompt.slice(0, end)} (${hint})${prompt.slice(end)}`;
}

/** "Which term means: a duty to act fairly? (first letter: F)"; a prompt of another shape stays as it is. */
export function withTermHint(prompt: string, term: string): string {
  const hint = clozeHint(term);
  return hint !== undefined && /^Which term means: .+\?$/s.test(prompt) ? `${prompt} (${hint})` : prompt;
}

/** The hint `withTermHint` wrote at the end of a prompt, as a pattern's tail (for readers of the prompt). */
export const TRAILING_HINT = / \((?:first letter: [^\s),]+|\d+ words: [^)]+)\)$/;

/** A hint as `withClozeHint` writes it after a blank. */
export interface WrittenHint {
  /** The hint's words, without brackets: "2 words: W, S". */
  readonly text: string;
  /** The closing quote marks between the blank and the hint, if any. */
  readonly quotes: string;
  /** Where the hint ends in the prompt. */
  readonly end: number;
}

/** The hint `withClozeHint` wrote right after the blank that ends at `blankEnd`, if any. */
export function hintAfter(prompt: string, blankEnd: number): WrittenHint | undefined {
  const m = /^(['"’”]*) \((first letter: [^\s),]+|\d+ words: [^)]+)\)/u.exec(prompt.slice(blankEnd));
  if (!m) return undefined;
  return { text: m[2] ?? '', quotes: m[1] ?? '', end: blankEnd + m[0].length };
}
