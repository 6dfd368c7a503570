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
    const front = card.prompt.replace(/\s*:$/, '') || card.prompt;
    const prompt = askedAsDate(front) ?? front;
    out.push(
      fromFact(fact, scope, {
        kind: 'explicit',
        prompt,
        answer: card.answer,
        shape: 'explicit',
        generator: 'explicit',
      }),
    );
    // "Rusting of iron; Corrosion of a pipe by water → Examples of corrosion": a list turned round asks the student to
    // name its heading, which any of many lists would fit (0 of 3 rated acceptable).
    if (card.bothWays && !isList(card.answer)) {
      out.push(
        fromFact(fact, scope, {
          kind: 'explicit',
          prompt: card.answer,
          answer: front,
          shape: 'explicit',
          generator: 'explicit-reverse',
        }),
      );
    }
  }
  return out;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const ON_A_DAY = new RegExp(`^(?:${DAY}\\s+${MONTH}|${MONTH}\\s+${DAY}),?\\s+\\d{3,4}$`, 'i');
const IN_A_PERIOD = new RegExp(`^(?:${MONTH}\\s+)?\\d{3,4}$`, 'i');

/**
 * "22nd September 1792 :: France abolished the monarchy": a card whose front is only a date is asked as the
 * question it stands for (a bare date as a prompt was rated not formed 2 times of 2).
 */
function askedAsDate(front: string): string | undefined {
  const date = front.trim();
  if (ON_A_DAY.test(date)) return `What happened on ${date}?`;
  if (IN_A_PERIOD.test(date)) return `What happened in ${date}?`;
  return undefined;
}

/** An answer of several items: separated by semicolons or line breaks, or three or more by commas. */
function isList(answer: string): boolean {
  return /;|\n/.test(answer) || answer.split(',').length >= 3;
}
