/** "X did Y, because Z" / "X did Y due to Z" → "Why did X do Y?" with Z as the answer. */
import { parseClause } from '../../knowledge/clause.js';
import type { NoteKnowledge } from '../../knowledge/model.js';
import { contentWords, trimEndPunctuation } from '../../knowledge/text.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { asQuestion, inverted, withoutParentheses } from '../phrasing.js';
import { askable, fromFact } from './make.js';

const BECAUSE = /^(.+?),?\s+(?:because(?: of)?|due to|as a result of|owing to)\s+(.+)$/i;

/** "The purpose of …", "The main aim of …": the subject of a statement of purpose. */
const PURPOSE =
  /^(?:the\s+)?(?:main\s+|chief\s+|key\s+)?(?:purpose|aim|goal|function|role|point|objective|intention)s?\s+of\b/i;

/** "old age, this causes loss of vision" → "old age": the reason stops where a new clause about it begins. */
function reasonOnly(reason: string): string {
  const cut = /,\s*(?:this|which|that|it|they|these|those|so)\b/i.exec(reason);
  return cut ? reason.slice(0, cut.index) : reason;
}

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
    // "The purpose of judicial warnings is to prevent … as a result of unreliable evidence": a statement of purpose,
    // whose "as a result of" belongs inside it, has no cause to ask for.
    if (PURPOSE.test(clause.subject)) continue;
    // "Alexander was potentially, because …": a why-question needs a predicate with content of its own.
    if (contentWords(withoutParentheses(clause.rest)).length < 2) continue;
    const question = inverted(clause, withoutParentheses(clause.rest));
    if (!question) continue;
    out.push(
      fromFact(fact, scope, {
        kind: 'qa',
        prompt: asQuestion(`Why ${question}`),
        answer: trimEndPunctuation(reasonOnly(m[2]!)),
        generator: 'cause',
      }),
    );
  }
  return out;
}
