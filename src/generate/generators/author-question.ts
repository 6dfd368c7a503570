/** Question headings: the author's question is the prompt, the bullets under it the answer. */
import type { NoteKnowledge } from '../../knowledge/model.js';
import { asSentence } from '../../knowledge/text.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { BLANK } from './cloze.js';
import { fromFact } from './make.js';

const MAX_LIST = 5;

/** One `qa` per question heading with a short list, or one cloze per element of a sequence. */
export function authorQuestions(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  const out: Candidate[] = [];
  for (const q of k.questions) {
    const fact = { text: `${q.question} ${q.answers.join('; ')}`, context: q.context, source: q.source };
    if (q.answers.length <= MAX_LIST && !q.sequence) {
      out.push(
        fromFact(fact, scope, {
          kind: 'qa',
          prompt: q.question,
          answer: q.answers.join('; '),
          shape: 'list',
          generator: 'question',
        }),
      );
      continue;
    }
    // Blanking one element of a long list in no order asks which of several fits (0 of 6 rated acceptable); in a
    // sequence its place says which (30 of 34).
    if (!q.sequence) continue;
    q.answers.forEach((answer, i) => {
      const shown = q.answers.map((a, j) => `${q.sequence ? `${j + 1}. ` : ''}${j === i ? BLANK : a}`);
      out.push(
        fromFact(fact, scope, {
          kind: 'cloze',
          prompt: asSentence(`${q.question} ${shown.join('; ')}`),
          answer,
          shape: 'list',
          generator: 'question-list',
        }),
      );
    });
  }
  return out;
}
