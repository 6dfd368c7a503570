/** Question headings: the author's question is the prompt, the bullets under it the answer. */
import type { NoteKnowledge } from '../../knowledge/model.js';
import { asSentence } from '../../knowledge/text.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { BLANK } from './cloze.js';
import { fromFact } from './make.js';

const MAX_LIST = 5;

/** One `qa` per question heading, or one cloze per element when the list is longer than five. */
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
