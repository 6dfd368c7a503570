/**
 * Gate 14: whole text — no "…" or cut-off clause, no note arrows, a question is a sentence ending in "?", a
 * cloze is a sentence that starts like one, an answer does not end in a word that needs a continuation.
 */
import type { Candidate } from '../candidate.js';
import type { Gate } from './gate.js';
import { SHORT_KINDS } from './gate.js';

const ELLIPSIS = /…|\.\.\./;
const ARROW = /(?:^|\s)(?:-+>|=+>|<-+|<=+|→|⇒|⟶|->|>)(?:\s|$)|^\s*>/;
/** Words an answer cannot end with: it was cut in the middle of a phrase ("a long cell containing"). */
const DANGLING_END =
  /(?:^|\s)(?:of|a|an|the|to|and|or|but|by|with|for|in|on|at|from|as|that|which|who|is|are|was|were|be|been|being|can|could|will|would|should|may|might|must|has|have|had|not|than|into|onto|its|their|his|her|allows|containing|including|such|e\.g|i\.e)$/i;
const STARTS_WITH_PREPOSITION = /^(?:of|for|by|with|from|into|than|because|since|and|or|but)\s/i;

export const wholeText: Gate = {
  name: 'whole-text',
  check: (c) => {
    const shown = [c.prompt, ...(c.kind === 'order' ? (c.choices ?? []) : [c.answer, ...(c.choices ?? [])])];
    if (shown.some((t) => ELLIPSIS.test(t))) return 'cut-off text ("…")';
    if (shown.some((t) => ARROW.test(t))) return 'a note arrow in the text';
    if (c.kind === 'argument' && (c.checklist ?? []).some((t) => ELLIPSIS.test(t)))
      return 'cut-off checklist';
    return promptShape(c) ?? answerShape(c);
  },
};

function promptShape(c: Candidate): string | undefined {
  const p = c.prompt.trim();
  if (c.kind === 'explicit' || c.kind === 'argument' || c.kind === 'order') return undefined;
  if (/:$/.test(p)) return 'the prompt ends with ":"';
  const blank = /_{3,}/.test(p);
  if ((c.kind === 'qa' || c.kind === 'date' || c.kind === 'choice' || c.kind === 'reverse') && !blank) {
    if (!/\?$/.test(p)) return 'a question without "?"';
  }
  if (!/^["“‘'(]?[\p{Lu}\d_]/u.test(p)) return 'the prompt starts mid-sentence';
  return undefined;
}

function answerShape(c: Candidate): string | undefined {
  if (/:\s*$/.test(c.answer) && c.kind !== 'order') return 'the answer ends with ":" (its list is missing)';
  if (/;;|!\d{2,}\b|\{\{|\}\}/.test(`${c.prompt} ${c.answer}`))
    return 'leftover flashcard or template markup';
  // "___ created APEC.": a year cannot do what the sentence's verb says; its "In" was lost with the blank.
  if (c.kind === 'date' && /^_{3,}\s+\p{Ll}+ed\b/u.test(c.prompt)) return 'the date stands as the subject';
  if (/\b(\w+) \1\b/i.test(c.prompt.replace(/_{3,}/g, ''))) return 'a doubled word in the prompt';
  if (!SHORT_KINDS.has(c.kind) || c.shape === 'list' || c.shape === 'explicit') return undefined;
  const a = c.answer.trim().replace(/[.,;:]+$/, '');
  if (/^[–—\-:;,.)\]/]/.test(a)) return 'the answer starts with punctuation';
  if (DANGLING_END.test(a)) return 'the answer is cut off';
  if (c.shape !== 'definition' && STARTS_WITH_PREPOSITION.test(a)) return 'the answer is a fragment';
  return undefined;
}
