/** Explicit cards (`Q::A`, `Q:::A`, multi-line `?`): asked as the author wrote them. */
import type { NoteKnowledge } from '../../knowledge/model.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { fromFact } from './make.js';

/** One item per explicit card, two for cards marked both ways. */
export function explicitCards(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  const out: Candidate[] = [];
  for (const card of k.explicit) {
    const fact = { text: `${card.prompt} :: ${card.answer}`, context: card.context, source: card.source };
    // "Some Kharif crops:" over its answer: the colon led to the answer below, the prompt stands without it.
    const prompt = card.prompt.replace(/\s*:$/, '') || card.prompt;
    out.push(
      fromFact(fact, scope, {
        kind: 'explicit',
        prompt,
        answer: card.answer,
        shape: 'explicit',
        generator: 'explicit',
      }),
    );
    if (card.bothWays) {
      out.push(
        fromFact(fact, scope, {
          kind: 'explicit',
          prompt: card.answer,
          answer: prompt,
          shape: 'explicit',
          generator: 'explicit-reverse',
        }),
      );
    }
  }
  return out;
}
