/** "A wanted X, whereas B wanted Y" → two questions, one per side of the contrast. */
import { parseClause } from '../../knowledge/clause.js';
import type { NoteKnowledge } from '../../knowledge/model.js';
import { trimEndPunctuation } from '../../knowledge/text.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { asQuestion, inverted } from '../phrasing.js';
import { askable, fromFact } from './make.js';

const SPLIT = /,?\s+(?:whereas|while|but)\s+/i;

/** Contrast questions for facts with two clauses of different subjects joined by "whereas"/"while"/"but". */
export function contrasts(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  if (!scope.english) return [];
  const out: Candidate[] = [];
  for (const fact of k.facts) {
    if (!askable(fact)) continue;
    const parts = fact.text.split(SPLIT);
    if (parts.length !== 2) continue;
    const left = parseClause(parts[0]!);
    const right = parseClause(parts[1]!);
    if (!left || !right || left.subject === right.subject || left.negated || right.negated) continue;
    for (const [one, other] of [
      [left, right],
      [right, left],
    ] as const) {
      if (one.info.base === 'be' || one.info.base === 'have') continue;
      const question = inverted(one, '');
      if (!question) continue;
      out.push(
        fromFact(fact, scope, {
          kind: 'qa',
          prompt: asQuestion(`What ${question.trim()}, unlike ${other.subject}`),
          answer: trimEndPunctuation(one.rest),
          generator: 'contrast',
        }),
      );
    }
  }
  return out;
}
