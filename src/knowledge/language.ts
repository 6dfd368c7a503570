/** Cheap language and tense checks on a note's text. */
import { words } from './text.js';

const ENGLISH = new Set(
  'the and of to is in was that for it with as are be on by this were not or from an which his have has had they their'.split(
    ' ',
  ),
);
const MIN_WORDS = 12;
const MIN_ENGLISH_SHARE = 0.08;

/** True when enough of the words are common English function words (a stopword check). */
export function isEnglish(text: string): boolean {
  const all = words(text);
  if (/[\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u3040-\u9fff\uac00-\ud7af]/u.test(text) && all.length < 5)
    return false;
  if (all.length < MIN_WORDS) return !/[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u.test(text);
  const english = all.filter((w) => ENGLISH.has(w)).length;
  return english / all.length >= MIN_ENGLISH_SHARE;
}

/** True when past-tense verbs outnumber present-tense ones (history notes). */
export function isMostlyPast(text: string): boolean {
  const all = words(text);
  let past = 0;
  let present = 0;
  for (const w of all) {
    if (/^(?:was|were|had|did)$/.test(w) || /[a-z]{3}ed$/.test(w)) past++;
    else if (/^(?:is|are|has|does)$/.test(w)) present++;
  }
  return past > present;
}
