/** Concepts: "What did the Theory of Permanent Revolution argue?" → its children's gist. */
import type { NoteKnowledge } from '../../knowledge/model.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { asQuestion } from '../phrasing.js';
import { fromFact } from './make.js';

/** One question per concept, answered by the bullets that explain it. */
export function concepts(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  if (!scope.english) return [];
  return k.concepts.map((c) => {
    const question =
      c.verb === 'argue' ? `What did ${c.term} argue` : `What ${c.past ? 'was' : 'is'} ${c.term}`;
    return fromFact(
      { text: `${c.term}: ${c.explanation.join('; ')}`, context: c.context, source: c.source },
      scope,
      {
        kind: 'qa',
        prompt: asQuestion(question),
        answer: c.explanation.join('; '),
        shape: 'definition',
        generator: 'concept',
      },
    );
  });
}
