/** Explicit cards (`Q::A`, `Q:::A`, multi-line `?`): asked as the author wrote them. */
import { findDates } from '../../knowledge/dates.js';
import { mendAuthorSlips } from '../../knowledge/grammar.js';
import type { NoteKnowledge } from '../../knowledge/model.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { fromFact } from './make.js';

/** One item per explicit card, two for cards marked both ways. */
export function explicitCards(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  const out: Candidate[] = [];
  for (const card of k.explicit) {
    const fact = { text: `${card.prompt} :: ${card.answer}`, context: card.context, source: card.source };
    // "Some Kharif crops:" over its answer: the colon led to the answer below, the prompt stands without it.
    const front = mendAuthorSlips(card.prompt.replace(/\s*:$/, '') || card.prompt);
    const back = mendAuthorSlips(withoutLinkBack(card.answer));
    const prompt = askedAsDate(front, back) ?? front;
    out.push(
      fromFact(fact, scope, {
        kind: 'explicit',
        prompt,
        answer: back,
        shape: 'explicit',
        generator: 'explicit',
      }),
    );
    // "Rusting of iron; Corrosion of a pipe by water → Examples of corrosion": a list turned round asks the student to
    // name its heading, which any of many lists would fit (0 of 3 rated acceptable).
    if (card.bothWays && !isList(back)) {
      out.push(
        fromFact(fact, scope, {
          kind: 'explicit',
          prompt: back,
          answer: front,
          shape: 'explicit',
          generator: 'explicit-reverse',
        }),
      );
    }
  }
  return out;
}

/**
 * "Similarly, while comparing countries we take …": a back that opens on a word pointing at the card before reads as
 * if something were missing; the word goes. Only "similarly" and "likewise": "Hence, x = 2" or "However, …" may be the
 * answer itself. The next word gets a capital only if it is a word ("x = 2", "pH 7" keep theirs).
 */
function withoutLinkBack(answer: string): string {
  const rest = answer.replace(/^(?:similarly|likewise),\s+/i, '');
  if (rest === answer || !rest) return answer;
  return rest.replace(/^\p{Ll}(?=\p{Ll})/u, (c) => c.toUpperCase());
}

/** A year of four figures, 1000–2099: "206" or "1000" on their own are as likely a count as a year. */
const A_YEAR = /^(?:1\d{3}|20\d{2})$/;
/** "1000 :: the number of metres in a kilometre": a figure and what it counts. */
const A_COUNT = /^(?:the\s+)?(?:number|amount|total|sum|count|percentage|value|length|size)\b/i;

/**
 * "22nd September 1792 :: France abolished the monarchy": a card whose front is only a date (as the date rules read
 * dates) is asked as the question it stands for (a bare date as a prompt was rated not formed 2 times of 2). A span
 * or a decade is left as written.
 */
function askedAsDate(front: string, answer: string): string | undefined {
  const date = front.trim();
  if (A_COUNT.test(answer.trim())) return undefined;
  const [only, ...more] = findDates(date);
  if (!only || more.length > 0 || only.start !== 0 || only.end !== date.length) return undefined;
  if (only.endSortKey !== undefined || only.precision === 'decade') return undefined;
  if (/^\d+$/.test(date) && !A_YEAR.test(date)) return undefined;
  return only.precision === 'day' ? `What happened on ${date}?` : `What happened in ${date}?`;
}

/**
 * An answer of several items: separated by semicolons or line breaks, or three or more short ones by commas ("the
 * movement of water, through a membrane, from a dilute solution" is one description with its phrases).
 */
function isList(answer: string): boolean {
  const parts = answer.split(',');
  return /;|\n/.test(answer) || (parts.length >= 3 && parts.every((p) => p.trim().split(/\s+/).length <= 3));
}
