/** Cloze: the fact with one key term hidden. Author-marked terms first; otherwise one name or number. */
import { findDates } from '../../knowledge/dates.js';
import type { Fact, KeyTerm, NoteKnowledge } from '../../knowledge/model.js';
import { isAuthorMarked } from '../../knowledge/terms.js';
import { asSentence, normalise } from '../../knowledge/text.js';
import { recogniseVerb } from '../../knowledge/verbs.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { askable, fromFact } from './make.js';

const MAX_MARKED_CLOZES = 2;
/** "Lenin and Stalin were not": the completed statement is asked by the ellipsis question, not blanked. */
const ELLIPTIC = /\b(?:were|was|is|are|did|do|does|had|has|have)\s+not$/i;
export const BLANK = '___';

/** Clozes for every askable fact of the note. */
export function clozes(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  const out: Candidate[] = [];
  const defined = new Set(k.definitions.map((d) => d.fact));
  for (const fact of k.facts) {
    if (defined.has(fact.text)) continue;
    if (!askable(fact) && !(fact.isExample && fact.terms.some(isAuthorMarked))) continue;
    for (const term of clozeTerms(fact, scope)) {
      const prompt = blankOut(fact, term);
      if (!prompt) continue;
      out.push(
        fromFact(fact, scope, {
          kind: term.origin === 'highlight' ? 'explicit' : 'cloze',
          prompt,
          answer: term.text,
          answerType: scope.people.has(term.text) ? 'person' : 'term',
          generator: 'cloze',
        }),
      );
    }
  }
  return out;
}

/** The terms worth hiding: the author's marks (up to two), else the best name, acronym or number. */
function clozeTerms(fact: Fact, scope: NoteScope): KeyTerm[] {
  if (ELLIPTIC.test(fact.written.replace(/[.!]+$/, '').trim())) return [];
  const subject = fact.inherited ? fact.subject?.name : undefined;
  const usable = fact.terms.filter(
    (t) => !(subject?.includes(t.text) ?? false) && !(fact.datePrefix && t.text === fact.datePrefix.text),
  );
  // A bold year is asked by the date item; blanking it as well would ask the same thing twice.
  const marked = usable.filter((t) => isAuthorMarked(t) && !isWholeDate(t.text));
  if (marked.length > 0) return marked.slice(0, MAX_MARKED_CLOZES);
  // Blanking a guessed term needs a whole statement (subject and verb); fragments keep only the author's marks.
  if (!scope.english || isOrphanPredicate(fact) || (!fact.clause && !fact.subject)) return [];
  const ranked = usable
    .filter((t) => t.origin !== 'number' || /\d{2,}/.test(t.text))
    .filter(
      (t) => !(fact.clause && normalise(fact.clause.subject) === normalise(t.text) && t.origin === 'name'),
    )
    .sort((a, b) => rank(b, fact.text) - rank(a, fact.text));
  return ranked.slice(0, 1);
}

/** "Moved the church headquarters to Avignon" with no subject to give it: too vague to blank a guessed term. */
function isOrphanPredicate(fact: Fact): boolean {
  const unadorned = fact.text.replace(
    /^(?:likely|probably|possibly|also|often|sometimes|later|eventually|then|once|first)\s+/i,
    '',
  );
  const first = /^\p{L}+/u.exec(unadorned)?.[0] ?? '';
  return !fact.subject && !fact.clause && recogniseVerb(first) !== undefined;
}

function rank(t: KeyTerm, text: string): number {
  const words = t.text.split(/\s+/).length;
  if (insideParentheses(text, t.text)) return 0;
  if (t.origin === 'name') return 10 + Math.min(words, 4);
  if (t.origin === 'acronym') return 8;
  return 5;
}

function isWholeDate(text: string): boolean {
  const d = findDates(text)[0];
  return d !== undefined && d.start === 0 && d.end >= text.length - 1;
}

function insideParentheses(text: string, term: string): boolean {
  const at = text.indexOf(term);
  return at >= 0 && text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
}

/** The fact's statement with the first whole-word occurrence of the term replaced by the blank. */
function blankOut(fact: Fact, term: KeyTerm): string | undefined {
  const on = fact.datePrefix?.precision === 'day' ? 'On' : 'In';
  const text = fact.datePrefix ? `${on} ${fact.datePrefix.display}, ${lowerStart(fact.text)}` : fact.text;
  const at = findWhole(text, term.text);
  if (at < 0) return undefined;
  let start = at;
  let end = at + term.text.length;
  // Keep quote marks around a quoted term outside the blank: "a ___" rather than "a '___'".
  if (/['"“‘]/.test(text.charAt(start - 1)) && /['"”’]/.test(text.charAt(end))) {
    start -= 1;
    end += 1;
  }
  return asSentence(`${text.slice(0, start)}${BLANK}${text.slice(end)}`);
}

function findWhole(text: string, term: string): number {
  let from = 0;
  for (;;) {
    const i = text.indexOf(term, from);
    if (i < 0) return -1;
    const before = text.charAt(i - 1);
    const after = text.charAt(i + term.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return i;
    from = i + 1;
  }
}

/** "The Romans …" → "the Romans …" after a date label; names keep their capital. */
function lowerStart(text: string): string {
  return text.replace(/^(The|A|An)\b/, (m) => m.toLowerCase());
}
