/**
 * Gate 11: the context shown with a prompt never gives its answer away. The breadcrumb is cut above the first
 * part (title, heading, parent bullet) that holds the answer; when the note title itself holds it, no breadcrumb
 * is shown at all (and the confidence counts that against the item: it asks about the note's own topic).
 */
import { isStopword, normalise } from '../../knowledge/text.js';
import type { Candidate } from '../candidate.js';

/** Kinds whose answer is one thing a breadcrumb could show (order and argument answers are whole passages). */
const CHECKED = new Set(['cloze', 'qa', 'reverse', 'choice', 'date', 'explicit']);

/** The candidate with its breadcrumb cut above the first part that contains its answer. */
export function withSafeContext(c: Candidate): Candidate {
  if (!CHECKED.has(c.kind) || normalise(c.answer).length < 3) return c;
  const leak = c.context.findIndex((part) => holdsAnswer(part, c.answer, c.kind !== 'explicit'));
  return leak < 0 ? c : { ...c, context: c.context.slice(0, leak) };
}

/**
 * True when the breadcrumb names part of a name the answer is ("Mrs Johnson" under "Taylor v Johnson"): cutting
 * the breadcrumb would leave the prompt without its case or topic, so such an item is dropped.
 */
export function namesAnswerPartly(context: readonly string[], answer: string): boolean {
  if (!PERSON_LIKE.test(answer.trim())) return false;
  const names = answer.match(/\p{Lu}\p{Ll}{3,}/gu) ?? [];
  const tokens = names.filter((n) => !/^(?:The|This|That|Court|High|Supreme|State|Commonwealth)$/.test(n));
  if (tokens.length === 0 || tokens.length > 3) return false;
  // Law notes often write a case name in capitals ("COMMERCIAL BANK OF AUSTRALIA V AMADIO"): compare in capitals.
  return context.some((part) =>
    tokens.some((t) => hasWholeWord(part, t) || (isAllCaps(part) && hasWholeWord(part, t.toUpperCase()))),
  );
}

/**
 * Whether `name` (letters only) stands in `text` as a whole word, with no letter just before or after it: what
 * `(?:^|[^\p{L}])name(?:[^\p{L}]|$)` with the `u` flag finds, by `indexOf` (gate 11 asks it for every name of
 * every candidate's answer against every part of its breadcrumb; an expression per name cost ~9 % of the pass).
 */
export function hasWholeWord(text: string, name: string): boolean {
  if (name === '') return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isLetterAt(text, before(text, at)) && !isLetterAt(text, at + name.length)) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;

/** Whether the code point starting at `index` is a letter (false past either end). */
function isLetterAt(text: string, index: number): boolean {
  const code = index < 0 ? undefined : text.codePointAt(index);
  if (code === undefined) return false;
  // ASCII first: most text is, and a test of one character against \p{L} is the slow path.
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCodePoint(code));
}

/** Where the code point before `index` starts (a surrogate pair counts as one), -1 at the start. */
function before(text: string, index: number): number {
  if (index === 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return index - 2;
  }
  return index - 1;
}

/** "COMMERCIAL BANK OF AUSTRALIA V AMADIO (1983) 151 CLR 447": letters, all of them capitals. */
function isAllCaps(text: string): boolean {
  return /\p{Lu}{3}/u.test(text) && !/\p{Ll}/u.test(text);
}

const PERSON_LIKE =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}$/u;

/**
 * True when a breadcrumb part shows the answer (or, for a list answer, any of its elements), as whole words and
 * allowing for plurals and hyphens: "Inherent risks" shows "inherent risk", "Sidewalk sales" "side-walk sales".
 * `byTerms` also counts the same words in another order, or a heading that is most of the answer; an author's
 * own card ("Louis XVI" → "Ruler during the French Revolution") keeps its note's title.
 */
export function holdsAnswer(part: string, answer: string, byTerms = true): boolean {
  const pieces = answer.includes('; ') ? answer.split('; ') : [answer];
  const shown = leakForm(part);
  return pieces.some((p) => {
    if (normalise(p).length < 3) return false;
    const sought = leakForm(p);
    return (
      ` ${shown.words} `.includes(` ${sought.words} `) ||
      (sought.joined.length >= 8 && shown.joined.includes(sought.joined)) ||
      (byTerms && sameTerms(shown.words, sought.words)) ||
      (byTerms && shownWithTypo(shown.words, sought.words))
    );
  });
}

/**
 * "Emergence of Conservatives and Liberals" shows "Liberals and Conservatives" (every word of the answer, in another
 * order); "One-Party" shows "one-party system" (a heading that is most of the answer's own words).
 */
function sameTerms(part: string, answer: string): boolean {
  const content = (text: string) => new Set(text.split(' ').filter((w) => w.length > 1 && !isStopword(w)));
  const shown = content(part);
  const sought = content(answer);
  if (shown.size === 0 || sought.size === 0) return false;
  const covered = [...sought].filter((w) => shown.has(w)).length;
  if (covered === sought.size && sought.size >= 2) return true;
  return shown.size <= 4 && [...shown].every((w) => sought.has(w)) && shown.size * 2 >= sought.size;
}

/**
 * "Inhibtors" shows "inhibitor", "Air pollution" shows "Air polution": the same words but for one letter left out,
 * added, changed or two swapped (a typo on either side), for an answer of six letters or more.
 */
function shownWithTypo(part: string, answer: string): boolean {
  const sought = answer.replace(/ /g, '');
  if (sought.length < 6) return false;
  const size = answer.split(' ').length;
  const shown = part.split(' ');
  for (let i = 0; i + size <= shown.length; i++) {
    const window = shown.slice(i, i + size).join('');
    if (window[0] === sought[0] && oneEditApart(window, sought)) return true;
  }
  return false;
}

/** Whether two different strings are one insertion, deletion, substitution or swap of neighbours apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/** A text's words without plural endings, and the same run together ("side walk" and "sidewalk" meet). */
function leakForm(text: string): { words: string; joined: string } {
  const singular = normalise(text)
    .split(' ')
    .map((w) => (w.length > 4 ? w.replace(/ies$/, 'y').replace(/(?<![su])s$/, '') : w));
  return { words: singular.join(' '), joined: singular.join('') };
}
