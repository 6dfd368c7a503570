/** "X did Y, because Z" / "X did Y due to Z" → "Why did X do Y?" with Z as the answer. */
import { parseClause } from '../../knowledge/clause.js';
import type { NoteKnowledge } from '../../knowledge/model.js';
import { contentWords, trimEndPunctuation } from '../../knowledge/text.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { asQuestion, inverted, withoutParentheses } from '../phrasing.js';
import { askable, fromFact } from './make.js';

const BECAUSE = /^(.+?),?\s+(?:because(?: of)?|due to|as a result of|owing to)\s+(.+)$/i;

/** Why-questions for facts that state their own reason. */
export function causes(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  if (!scope.english) return [];
  const out: Candidate[] = [];
  for (const fact of k.facts) {
    if (!askable(fact)) continue;
    const m = BECAUSE.exec(fact.text);
    if (!m) continue;
    const clause = parseClause(m[1]!);
    if (!clause) continue;
    // "Alexander was potentially, because …": a why-question needs a predicate with content of its own.
    if (contentWords(withoutParentheses(clause.rest)).length < 2) continue;
    const question = inverted(clause, withoutParentheses(clause.rest));
    if (!question) continue;
    out.push(
      fromFact(fact, scope, {
        kind: 'qa',
        prompt: asQuestion(`Why ${question}`),
        answer: trimEndPunctuation(m[2]!),
        generator: 'cause',
      }),
    );
  }
  return out;
}
