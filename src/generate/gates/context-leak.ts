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
  return context.some((part) => tokens.some((t) => wholeWord(t).test(part)));
}

/** The expression that finds `name` as a whole word, compiled once per name (gate 11 asks for the same few). */
const WHOLE_WORD = new Map<string, RegExp>();
const MAX_WHOLE_WORDS = 10_000;

export function wholeWord(name: string): RegExp {
  let re = WHOLE_WORD.get(name);
  if (re === undefined) {
    if (WHOLE_WORD.size >= MAX_WHOLE_WORDS) WHOLE_WORD.clear();
    // No `g` flag: `test` keeps no state between calls, so one expression serves every caller.
    re = new RegExp(`(?:^|[^\\p{L}])${name}(?:[^\\p{L}]|$)`, 'u');
    WHOLE_WORD.set(name, re);
  }
  return re;
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
      (byTerms && sameTerms(shown.words, sought.words))
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

/** A text's words without plural endings, and the same run together ("side walk" and "sidewalk" meet). */
function leakForm(text: string): { words: string; joined: string } {
  const singular = normalise(text)
    .split(' ')
    .map((w) => (w.length > 4 ? w.replace(/ies$/, 'y').replace(/(?<![su])s$/, '') : w));
  return { words: singular.join(' '), joined: singular.join('') };
}
