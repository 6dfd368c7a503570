/** Cheap language and tense checks on a note's text. */
import { words } from './text.js';

const ENGLISH = new Set(
  'the and of to is in was that for it with as are be on by this were not or from an which his have has had they their'.split(
    ' ',
  ),
);
const MIN_WORDS = 12;
const MIN_ENGLISH_SHARE = 0.08;

/** Function words of the languages students most often write notes in besides English. */
const OTHER = new Set(
  (
    'le la les des est une du et dans pour qui que sur pas ' + // French
    'el los las es una y que por con para del ' + // Spanish
    'der die das und ist nicht mit den dem ein eine auf ' + // German
    'il di che è per non con una sono ' + // Italian
    'o os as é um uma não com para ' + // Portuguese
    'het een en van de is niet op '
  ) // Dutch
    .split(' '),
);

/**
 * True when the note reads as English: common English function words make up enough of it, or at least
 * outnumber those of other languages (tables and telegraphic lists have few function words of any kind).
 */
export function isEnglish(text: string): boolean {
  const all = words(text);
  const foreignScript = /[\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u3040-\u9fff\uac00-\ud7af]/u;
  if (foreignScript.test(text) && all.length < 5) return false;
  if (all.length < MIN_WORDS) return !/[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u.test(text);
  const english = all.filter((w) => ENGLISH.has(w)).length;
  if (english / all.length >= MIN_ENGLISH_SHARE) return true;
  const other = all.filter((w) => OTHER.has(w) && !ENGLISH.has(w)).length;
  const latin = all.filter((w) => /^[a-z0-9]+$/.test(w)).length;
  return english > other && latin / all.length > 0.8;
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
