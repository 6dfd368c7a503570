/** Definitions → "What is X?" (the explanation) and the reverse (the explanation → the term). */
import type { NoteKnowledge } from '../../knowledge/model.js';
import { trimEndPunctuation } from '../../knowledge/text.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { asQuestion } from '../phrasing.js';
import { fromFact } from './make.js';

const MAX_DEFINITION_WORDS = 12;

/** A `qa` (term → explanation, when short) and a `reverse` (explanation → term) per definition. */
export function definitions(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  const out: Candidate[] = [];
  for (const d of k.definitions) {
    const explanation = trimEndPunctuation(d.explanation);
    const fact = { text: d.fact, context: d.context, source: d.source };
    const short = explanation.split(/\s+/).length <= MAX_DEFINITION_WORDS;
    if (short) {
      const prompt = scope.english ? asQuestion(`What is ${d.term}`) : `${d.term}:`;
      out.push(
        fromFact(fact, scope, {
          kind: 'qa',
          prompt,
          answer: explanation,
          shape: 'definition',
          generator: 'definition',
        }),
      );
    }
    const reversePrompt = scope.english ? `Which term means: ${explanation}?` : `${explanation} →`;
    out.push(
      fromFact(fact, scope, {
        kind: 'reverse',
        prompt: reversePrompt,
        answer: d.term,
        answerType: 'term',
        generator: 'definition',
      }),
    );
  }
  return out;
}
