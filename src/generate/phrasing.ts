/** Turning statements into questions: "Lenin arranged X" → "When did Lenin arrange X?". */
import { type Clause, doSupport, parseClause, thirdPerson } from '../knowledge/clause.js';
import { decapitalise, squash, trimEndPunctuation, trimEndWhile } from '../knowledge/text.js';

/** Removes parentheticals: "Commander of the Red Army (Commisar …)" → "Commander of the Red Army". */
export function withoutParentheses(text: string): string {
  return squash(text.replace(/\s+\([^()]*\)/g, ''));
}

/** Cuts a clause at its first reason or contrast (", because …", ", whereas …") or a new clause after a comma. */
export function mainClause(text: string): string {
  const first =
    text.split(/,?\s+(?:because|whereas|while|although|though|since|due to|as a result of)\s+|;\s+/i)[0] ??
    text;
  const parts = first.split(/,\s+/);
  let kept = parts[0]!;
  for (const part of parts.slice(1)) {
    const newClause = /^(?:but|so|which|who|then)\b/i.test(part) || parseClause(part.replace(/^and\s+/i, ''));
    if (newClause) break;
    kept = `${kept}, ${part}`;
  }
  return trimEndPunctuation(kept);
}

/** "Subject verb rest" → "did Subject base rest" (the inverted part of a wh-question), or undefined. */
export function inverted(clause: Clause, rest: string, isCommonNoun?: CommonNounTest): string | undefined {
  const { info } = clause;
  const subject = questionSubject(clause, isCommonNoun);
  if (clause.negated) return undefined;
  // "Compulsory for police force to be | set up …" → "When did compulsory for police force to be set …?": a subject
  // that ends with "to be" is an infinitive, not a noun phrase ("The right to be forgotten was …" is one).
  if (/\bto be$/i.test(clause.subject)) return undefined;
  if (info.base === 'be') {
    const be = info.form === 'past' ? (clause.plural ? 'were' : 'was') : clause.plural ? 'are' : 'is';
    return `${be} ${subject} ${rest}`;
  }
  if (info.base === 'have' && /^(?:been|had|[a-z]+ed)\b/.test(rest)) {
    return `${clause.verb.toLowerCase()} ${subject} ${rest}`;
  }
  return `${doSupport(info, clause.plural)} ${subject} ${info.base} ${rest}`;
}

/**
 * The clause's subject as it stands inside a question. "Major empires fought …" → "Why did major empires fight …?":
 * a capital that only began the sentence goes. A one-word subject keeps it unless the note says it is a common noun
 * (`isCommonNoun`): "Hitler" and "Palaces" cannot be told apart without the note. "Little is known …" → "Why is
 * little known …?": quantifiers are never names.
 */
export function questionSubject(clause: Clause, isCommonNoun?: CommonNounTest): string {
  return /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}'’-]*)+$/u.test(clause.subject) ||
    /^(?:Little|Much|Many|Most|Some|Few|Several|Both|All|Each|Others?|Such)$/.test(clause.subject) ||
    (/^\p{Lu}\p{Ll}+$/u.test(clause.subject) && isCommonNoun?.(clause.subject) === true)
    ? decapitalise(clause.subject)
    : clause.subject.replace(/^(The|A|An)\b/, (m) => m.toLowerCase());
}

/** Whether a capitalised word that opens a sentence of the note is a common noun there ("Palaces", not "Hitler"). */
export type CommonNounTest = (word: string) => boolean;

/**
 * The common-noun test of one note, from its own words (`texts`: its statements and headings, not its title). A word
 * is a common noun only where the note writes it in lower case ("Case study: frogs" makes "Frogs are losing water …"
 * a question about frogs), never capitalises it after another word ("the Labour government", "John Major", "Liberals
 * and Conservatives"), and does not name one of its people. A plural the note only writes at the start of a sentence
 * keeps its capital: "Palaces" and "Vikings", "Allies", "Alps" look the same to every word list and tagger here.
 * Each word is looked up once; `noteTexts` may be a function, called on the first question (most notes ask none).
 */
export function commonNounTest(
  noteTexts: readonly string[] | (() => readonly string[]),
  people: ReadonlySet<string> = new Set(),
): CommonNounTest {
  const known = new Map<string, boolean>();
  let texts: readonly string[] | undefined;
  return (word) => {
    const hit = known.get(word);
    if (hit !== undefined) return hit;
    texts ??= typeof noteTexts === 'function' ? noteTexts() : noteTexts;
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const writtenLower = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.toLowerCase()}(?![\\p{L}\\p{N}])`, 'u');
    const capitalInside = new RegExp(`[\\p{L}\\p{N},;]\\s+${escaped}(?![\\p{L}\\p{N}])`, 'u');
    const answer =
      !people.has(word) &&
      !texts.some((t) => capitalInside.test(t)) &&
      texts.some((t) => writtenLower.test(t));
    known.set(word, answer);
    return answer;
  };
}

/** The verb as a singular subject question needs it: "have" → "has", "were" → "was", past stays past. */
export function singularVerb(clause: Clause): string {
  const v = clause.verb.toLowerCase();
  if (clause.info.form === 'past') return v === 'were' ? 'was' : v;
  if (clause.info.form === 'present' && clause.plural) return thirdPerson(clause.info.base);
  return v;
}

/** Makes a question sentence: first letter upper-case, ends with one question mark. */
export function asQuestion(text: string): string {
  const squashed = trimEndWhile(squash(text), /[\s?!]/);
  // "… tools, etc.?": the full stop of "etc." stays (trimEndPunctuation keeps the one of "B.C." itself).
  const t = /\betc\.$/.test(squashed) ? squashed : trimEndPunctuation(squashed);
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}?`;
}
