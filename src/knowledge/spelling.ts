/**
 * Words an author most likely misspelt ("Indentification", "procss", "assualt"): unknown to an English word list
 * (`word-list`, 274,000 lower-case words with their inflections) and one edit (a letter left out, added, changed or
 * two swapped) away from a word it knows. A word the list does not know and nothing known is near ("Teotihuacan",
 * "bursty") is taken as written; so is a capitalised word (a name: "Stalin" is one letter from "stain"). The
 * list lacks some words ("domination"), so the caller also asks whether the note uses the word more than once.
 *
 * The list is read on first use and searched as one sorted string (2.8 MB; a Set of it would cost 20 MB and
 * 170 ms in every worker).
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let list: string | undefined;

function words(): string {
  list ??= `\n${readFileSync(wordListPath, 'utf8')}\n`;
  return list;
}

/** Whether `word` (lower case) is a line of the sorted list: binary search over line starts. */
export function isKnownWord(word: string): boolean {
  const text = words();
  let low = 0;
  let high = text.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = text.lastIndexOf('\n', middle) + 1;
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    const line = text.slice(start, end);
    if (line === word) return true;
    if (line < word) low = end + 1;
    else high = start - 1;
  }
  return false;
}

/** British spellings the (American) list lacks: "decentralisation", "colour", "centre", "travelled", "haemoglobin". */
const BRITISH: readonly [RegExp, string][] = [
  [/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/our(s|ed|ing|ite|ites|able|ful)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ae/, 'e'],
  [/oe/, 'e'],
];

/** Words made from a known one that the list may lack: "sustainably" (sustainable), "fairness" (fair). */
const DERIVED: readonly [RegExp, string][] = [
  [/ably$/, 'able'],
  [/ibly$/, 'ible'],
  [/ly$/, ''],
  [/ness$/, ''],
  [/ment$/, ''],
];

/** Whether the list knows `word` (lower case) as it is, in its American spelling or as a word it derives from. */
function isKnownSpelling(word: string): boolean {
  if (isKnownWord(word)) return true;
  const spellings = [word, ...BRITISH.filter(([b]) => b.test(word)).map(([b, a]) => word.replace(b, a))];
  return spellings.some(
    (w) =>
      isKnownWord(w) ||
      DERIVED.some(([suffix, base]) => suffix.test(w) && isKnownWord(w.replace(suffix, base))),
  );
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Short words a hurried note glues to the word before ("agreementon", "memberof"). */
const GLUED_WORD = /(?:on|in|of|to|the|and|at|by|for|is|as|or|with|from|that)$/;

/** "agreementon": a word of five letters or more and a short word run together, the space left out. */
function gluedWords(word: string): boolean {
  const glued = GLUED_WORD.exec(word);
  if (!glued) return false;
  const head = word.slice(0, glued.index);
  return head.length >= 5 && isKnownSpelling(head);
}

/** Whether a known word is one edit away from `word`. */
function nearKnownWord(word: string): boolean {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail && isKnownWord(head + tail.slice(1))) return true;
    if (tail.length > 1 && isKnownWord(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const letter of LETTERS) {
      if (tail && letter !== tail[0] && isKnownWord(head + letter + tail.slice(1))) return true;
      if (isKnownWord(head + letter + tail)) return true;
    }
  }
  return false;
}

/** Shortest word checked; a capitalised one must be longer ("Plato" is one letter from "plate"). */
const MIN_LENGTH = 5;
const MIN_CAPITALISED_LENGTH = 9;

/**
 * The first word of `text` that looks misspelt, or undefined. Capitalised words are names and are not checked,
 * unless `capitalisedToo` (a one-word answer such as "Indentification" is a term, whatever its case).
 */
export function misspeltWord(text: string, capitalisedToo = false): string | undefined {
  const tokens = [...text.matchAll(/[\p{L}'’-]+/gu)].map((m) => m[0]);
  for (const [index, token] of tokens.entries()) {
    // Only plain ASCII words: accents, apostrophes and hyphens are names, foreign words and compounds.
    if (!/^[A-Za-z]+$/.test(token) || token.length < MIN_LENGTH) continue;
    // "NaHCO", "iPhone": a capital after the first letter is a formula, a brand or an acronym.
    if (/[A-Z]/.test(token.slice(1))) continue;
    if (/^[A-Z]/.test(token) && (!capitalisedToo || token.length < MIN_CAPITALISED_LENGTH)) continue;
    const word = token.toLowerCase();
    if (isKnownSpelling(word) || !(nearKnownWord(word) || gluedWords(word))) continue;
    // "princeps civitatis", "erga omnes": a word beside another the list does not know is a foreign phrase.
    const beside = [tokens[index - 1], tokens[index + 1]].filter((t): t is string =>
      /^[a-z]{3,}$/.test(t ?? ''),
    );
    if (beside.some((t) => !isKnownSpelling(t))) continue;
    return token;
  }
  return undefined;
}
