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
export function inverted(clause: Clause, rest: string): string | undefined {
  const { info } = clause;
  const subject = questionSubject(clause);
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
 * a capital that only began the sentence goes (a one-word subject keeps it: "Hitler" and "Palaces" cannot be told
 * apart without the note). "Little is known …" → "Why is little known …?": quantifiers are never names.
 */
export function questionSubject(clause: Clause): string {
  return /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}'’-]*)+$/u.test(clause.subject) ||
    /^(?:Little|Much|Many|Most|Some|Few|Several|Both|All|Each|Others?|Such)$/.test(clause.subject)
    ? decapitalise(clause.subject)
    : clause.subject.replace(/^(The|A|An)\b/, (m) => m.toLowerCase());
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
