/** Subject questions: "Who created the Theory of …?" → Leon Trotsky; "What is more costly than …?" → Bartering. */
import type { Fact, NoteKnowledge } from '../../knowledge/model.js';
import { asSentence, contentWords } from '../../knowledge/text.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { asQuestion, mainClause, singularVerb, withoutParentheses } from '../phrasing.js';
import { BLANK } from './cloze.js';
import { askable, fromFact } from './make.js';

const MAX_WHAT_SUBJECT_WORDS = 4;
const MIN_PREDICATE_WORDS = 3;
/** "Who was governor of Gaul?" is specific enough with two content words when the answer is a person. */
const MIN_PERSON_PREDICATE_WORDS = 2;

/** One subject question per fact whose subject is a person (Who) or a short noun phrase (What). */
export function subjectQuestions(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  if (!scope.english) return [];
  const out: Candidate[] = [];
  const defined = new Set(k.definitions.map((d) => d.fact));
  for (const fact of k.facts) {
    if (!askable(fact) || fact.datePrefix || defined.has(fact.text)) continue;
    const c = subjectQuestion(fact, scope);
    if (c) out.push(c);
  }
  return out;
}

function subjectQuestion(fact: Fact, scope: NoteScope): Candidate | undefined {
  const clause = fact.clause;
  if (!clause || clause.negated || /\b(?:whereas|while)\b/i.test(clause.rest)) return undefined;
  // "Cities abandoned around 900 AD", "Dominated by Minoans": a passive without its "was" asks nothing clearly.
  if (
    clause.info.form === 'past' &&
    /ed$/i.test(clause.verb) &&
    /^(?:by|around|in|at)\b/i.test(clause.rest)
  ) {
    return undefined;
  }
  const person = fact.subject?.person === true && fact.subject.name === clause.subject;
  const predicate = withoutParentheses(mainClause(clause.rest));
  const needed = person ? MIN_PERSON_PREDICATE_WORDS : MIN_PREDICATE_WORDS;
  if (contentWords(predicate).length + (clause.info.base === 'be' ? 0 : 1) < needed) return undefined;
  if (/\b(?:he|she|they|it|him|her|them)\b/i.test(predicate) && !person) return undefined;
  if (!person) {
    const words = clause.subject.split(/\s+/);
    if (
      words.length > MAX_WHAT_SUBJECT_WORDS ||
      /^(?:this|these|that|those|it|one|some|many|most)\b/i.test(clause.subject)
    ) {
      return undefined;
    }
    if (!/^(?:the|a|an)?\s*[\p{L}]/iu.test(clause.subject) || /\d/.test(clause.subject)) return undefined;
  }
  const keepPlural = clause.plural && (person || clause.info.base === 'be');
  const tense = keepPlural ? clause.verb.toLowerCase() : singularVerb(clause);
  const verb = clause.adverb ? `${clause.adverb} ${tense}` : tense;
  const properName = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|de|von|van|and))*$/u.test(
    clause.subject,
  );
  if (!person && (fact.inherited || (properName && !/^(?:The|A|An)\s/.test(clause.subject)))) {
    // A heading that names something of unknown type ("Ohmmeter", "Shang Dynasty"): blank it, don't guess who/what.
    return fromFact(fact, scope, {
      kind: 'cloze',
      // The blank stands for the subject itself, so the verb stays as the author wrote it ("___ build …").
      prompt: asSentence(`${BLANK} ${clause.adverb ? `${clause.adverb} ` : ''}${clause.verb} ${predicate}`),
      answer: clause.subject,
      answerType: 'term',
      generator: 'subject-cloze',
    });
  }
  const wh = person ? 'Who' : 'What';
  return fromFact(fact, scope, {
    kind: 'qa',
    prompt: asQuestion(`${wh} ${verb} ${withRoleArticle(predicate, clause.info.base)}`),
    answer: clause.subject,
    answerType: person ? 'person' : 'term',
    generator: person ? 'who' : 'what',
  });
}

/** "Who was son of Philip II?" reads as "Who was the son of Philip II?". */
function withRoleArticle(predicate: string, base: string): string {
  if (base !== 'be') return predicate;
  return predicate.replace(
    /^(son|daughter|wife|husband|brother|sister|father|mother|heir|widow|founder|author|leader|head|ruler)\s+of\b/i,
    (m) => `the ${m.toLowerCase()}`,
  );
}
