/** Date items: "When did Lenin arrange …?" → 1922, or the statement with its date blanked. */
import { type Clause, parseClause } from '../../knowledge/clause.js';
import type { DateMention } from '../../knowledge/dates.js';
import type { Fact, NoteKnowledge } from '../../knowledge/model.js';
import { asSentence } from '../../knowledge/text.js';
import { recogniseVerb } from '../../knowledge/verbs.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { asQuestion, inverted, mainClause, questionSubject, withoutParentheses } from '../phrasing.js';
import { BLANK } from './cloze.js';
import { askable, fromFact } from './make.js';

/** One date item per fact that has exactly one date. */
export function dates(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  const out: Candidate[] = [];
  for (const fact of k.facts) {
    // "1983, report on ASEAN Cooperation says ASEAN members:": what happened then is the list below (0 of 13 rated).
    if (!askable(fact) || /:\s*$/.test(fact.written)) continue;
    const only = fact.dates.length === 1 ? fact.dates[0] : undefined;
    if (!only) continue;
    const prompt = fact.datePrefix
      ? (whenQuestion(fact, scope) ?? labelled(fact, only))
      : blanked(fact, only);
    if (!prompt) continue;
    out.push(
      fromFact(fact, scope, {
        kind: 'date',
        prompt,
        answer: only.display,
        answerType: 'year',
        generator: 'date',
      }),
    );
  }
  return out;
}

/** "When did Lenin arrange for Stalin to assume …?" from a date-labelled statement. */
function whenQuestion(fact: Fact, scope: NoteScope): string | undefined {
  if (!scope.english) return undefined;
  const clause = parseClause(mainClause(fact.text));
  if (clause?.info.form !== 'past') return undefined;
  const rest = withoutParentheses(clause.rest);
  const q = pastOfPerfect(clause, rest) ?? inverted(clause, rest);
  return q ? asQuestion(`When ${q}`) : undefined;
}

/**
 * "1688 - The English parliament had seized power" → "When did the English parliament seize power?", "… had been
 * abolished" → "When was … abolished?": a date says when it happened, so the question asks in the simple past,
 * not "When had … seized …?".
 */
function pastOfPerfect(clause: Clause, rest: string): string | undefined {
  if (clause.info.base !== 'have' || clause.negated) return undefined;
  if (/\bto be$/i.test(clause.subject)) return undefined;
  const [participle = '', ...after] = rest.split(/\s+/);
  const tail = after.join(' ');
  const subject = questionSubject(clause);
  if (/^been$/i.test(participle)) return `${clause.plural ? 'were' : 'was'} ${subject} ${tail}`;
  const verb = recogniseVerb(participle);
  if (verb?.form !== 'past') return undefined;
  return `did ${subject} ${verb.base} ${tail}`;
}

/** "In ___, the Romans set up the first republic." */
function labelled(fact: Fact, date: DateMention): string {
  const word = date.precision === 'day' ? 'On' : 'In';
  return asSentence(`${word} ${BLANK}, ${fact.text.replace(/^(The|A|An)\b/, (m) => m.toLowerCase())}`);
}

/** The statement with its date replaced by the blank: "… the first republic in ___ so …". */
function blanked(fact: Fact, date: DateMention): string | undefined {
  const at = fact.text.indexOf(date.text);
  if (at < 0) return undefined;
  return asSentence(`${fact.text.slice(0, at)}${BLANK}${fact.text.slice(at + date.text.length)}`);
}
