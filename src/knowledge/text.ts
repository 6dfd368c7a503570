/** Small text helpers shared by the knowledge and generate stages. */

const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as into onto than then that this these those ' +
    'is are was were be been being am do does did has have had it its he she they them his her their him ' +
    'we you i me my our your not no so such very can could would should will shall may might must also ' +
    'which who whom whose what when where why how there here about over under up down out off more most ' +
    'some any all each both either neither other same own only just too s t'
  ).split(' '),
);

const NORMALISED = new Map<string, string>();
const MAX_MEMO = 50_000;

/** Lower-cased, accent-free, punctuation-free form for comparisons (memoised: gates ask for the same strings). */
export function normalise(text: string): string {
  const known = NORMALISED.get(text);
  if (known !== undefined) return known;
  if (NORMALISED.size >= MAX_MEMO) NORMALISED.clear();
  const result = normaliseUncached(text);
  NORMALISED.set(text, result);
  return result;
}

/** Any character outside ASCII: only such a text can hold accents, other letters or other digits. */
const NON_ASCII = /[\u0080-\uffff]/;

export function normaliseUncached(text: string): string {
  // ASCII (most notes): lower-casing stays in ASCII, NFKD changes nothing and there are no accents to drop, and the
  // letters and digits of \p{L} and \p{N} are a-z and 0-9: the same result in one cheap pass.
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of a text, in comparison form. */
export function words(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** Words that carry meaning (not stopwords). */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => !STOPWORDS.has(w));
}

/** True when `needle` occurs in `haystack` as whole words (normalised). */
export function containsWords(haystack: string, needle: string): boolean {
  const n = normalise(needle);
  if (!n) return false;
  return ` ${normalise(haystack)} `.includes(` ${n} `);
}

/** `text` with the characters a regular expression reads specially escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Collapses whitespace and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Words that begin an outline's lines and no one's name. */
const LABEL_LEADS = new Set(
  'after before against during within without while although because once soon since until unless upon'.split(
    ' ',
  ),
);

/**
 * "B. Shortly after the event", "(c) The court held …": the letter that numbers a line of an outline is not part of
 * what the line says. "J. K. Rowling wrote …" keeps its initials.
 */
export function stripOutlineLabel(text: string): string {
  // "(b) The tenant …", "d) Prices rise": a letter in brackets is never an initial.
  const bracketed = /^\(?[A-Za-z]\)\s+(?=\p{Lu}\p{Ll})/u.exec(text);
  if (bracketed) return text.slice(bracketed[0].length);
  const m = /^[A-Za-z]\.\s+(\p{Lu}\p{Ll}+)/u.exec(text);
  if (!m) return text;
  // "A. Lincoln issued …", "E. Coli is …": an initial before a name stays; a label comes before an ordinary word
  // ("B. Shortly after", "(c) The court", "A. Under a duty").
  const next = (m[1] ?? '').toLowerCase();
  return isStopword(next) || /ly$/.test(next) || LABEL_LEADS.has(next)
    ? text.slice(m[0].length - (m[1] ?? '').length)
    : text;
}

/** Removes trailing sentence punctuation and spaces. */
export function trimEndPunctuation(text: string): string {
  const trimmed = trimEndWhile(text, END_PUNCTUATION);
  // "429 B.C.", "the U.S.": the last full stop of an initialism is part of it (only the end is looked at).
  return text.charAt(trimmed.length) === '.' && /(?:^|[^\p{L}])(?:\p{L}\.)+\p{L}$/u.test(trimmed.slice(-32))
    ? `${trimmed}.`
    : trimmed;
}

const END_PUNCTUATION = /[\s.,;:!?—–-]/u;

/** `text` without the characters at its end that `char` matches, one by one (a `…+$` pattern is quadratic). */
export function trimEndWhile(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word looks like a name or acronym. */
export function decapitalise(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  if (/^[A-Z][A-Z0-9]+\b/.test(first) || /^[A-Z]\w*[A-Z]/.test(first)) return text;
  // "Joseph Stalin's …", "Newton's law": a capitalised word before another name, or a possessive, is a name.
  if (/^\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u.test(text) && !isStopword(first)) return text;
  if (/^\p{Lu}\p{L}*['’]s\b/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Ends a statement with a full stop unless it already ends with punctuation. */
export function asSentence(text: string): string {
  const t = squash(text);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** "… a trial.’" at the end of the text or before a space: a word of three lower-case letters or more, then ".’". */
const QUOTE_CUT_AT_START = /(?<![\p{L}.])\p{Ll}{3,}[.!?]’(?=$|[\s,;:)\]?!.])/u;

/** True when brackets and quotes are balanced. */
export function isBalanced(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  return (
    count(/\(/g) === count(/\)/g) &&
    count(/\[/g) === count(/\]/g) &&
    count(/"/g) % 2 === 0 &&
    count(/“/g) === count(/”/g) &&
    // An opening single quote with no closing one ("merely means ‘sane’ or ‘not impaired."); a closing one alone
    // may be an apostrophe ("students’ rights", "don’t"), so only a surplus of openers counts.
    count(/‘/g) <= count(/’/g) &&
    // A closing quote after a word's full stop, with no opening quote anywhere: the end of a quotation whose start
    // was cut off ("… concluded before a trial.’"). Not an apostrophe after an abbreviation ("U.S.’ entry", "Co.’s").
    !(
      count(/‘/g) + count(/(?:^|[\s([{—–"“-])'(?=\S)/gu) === 0 &&
      QUOTE_CUT_AT_START.test(text.replace(/'/g, '’'))
    ) &&
    count(/(?:^|[\s([])'(?!(?:round|til|tis|twas|em|cause|n)\b)(?=\p{L})/gu) <=
      count(/(?<=[\p{L}\d.,!?])'(?=$|[\s.,;:!?)\]])/gu)
  );
}

/** Stands in for the dots of abbreviations while prose is split into sentences. */
const ABBREVIATION_DOT = '\u2024';

/** Splits prose into sentences (keeps abbreviations like "e.g." and "B.C." together). */
export function splitSentences(text: string): string[] {
  const protectedText = text.replace(
    /\b(e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|St|No|B\.C|A\.D|c|approx)\.(?=\s)/gi,
    (m) => m.replace(/\./g, ABBREVIATION_DOT),
  );
  return protectedText
    .split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/u)
    .map((s) => squash(s.split(ABBREVIATION_DOT).join('.')))
    .filter((s) => s.length > 0);
}
