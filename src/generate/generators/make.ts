/** Shared constructor for candidates made from a fact. */
import type { Fact } from '../../knowledge/model.js';
import type { AnswerShape, AnswerType, Candidate, NoteScope } from '../candidate.js';
import type { ItemKind } from '../item.js';

export interface CandidateParts {
  readonly kind: ItemKind;
  readonly prompt: string;
  readonly answer: string;
  readonly shape?: AnswerShape;
  readonly answerType?: AnswerType;
  readonly generator: string;
  readonly choices?: readonly string[];
  readonly checklist?: readonly string[];
  readonly shownAs?: string;
}

/** A candidate about `fact`, carrying its breadcrumb, source and the note's tags. */
export function fromFact(
  fact: Pick<Fact, 'text' | 'context' | 'source'>,
  scope: NoteScope,
  parts: CandidateParts,
): Candidate {
  const copied = parts.kind === 'explicit';
  return {
    kind: parts.kind,
    prompt: copied ? parts.prompt : tidyPrompt(parts.prompt),
    answer: copied ? parts.answer : unquoted(parts.answer),
    ...(parts.choices ? { choices: parts.choices } : {}),
    ...(parts.checklist ? { checklist: parts.checklist } : {}),
    context: fact.context,
    source: fact.source,
    tags: scope.tags,
    fact: fact.text,
    shape: parts.shape ?? 'short',
    answerType: parts.answerType ?? 'other',
    generator: parts.generator,
    ...(parts.shownAs ? { shownAs: parts.shownAs } : {}),
  };
}

/**
 * The note's punctuation where a generated prompt would show it twice or bare: "would '___.'." → "would '___'.",
 * "What is "bull"?" → "What is bull?".
 */
export function tidyPrompt(prompt: string): string {
  return prompt
    .replace(/[.!?](['"‘’“”]+)\.$/u, '$1.')
    .replace(
      /^(What (?:is|are) )(?:"([^"]+)"|“([^”]+)”|'([^']+)'|‘([^’]+)’)\?$/u,
      (_m, lead: string, ...q) => `${lead}${q.slice(0, 4).find(Boolean)}?`,
    );
}

/** An answer the note wrote in quotation marks ("deadweight burden") is the words, not the quotation marks. */
export function unquoted(answer: string): string {
  const m = /^(?:"([^"]+)"|“([^”“]+)”|‘([^‘’]+)’)$/u.exec(answer.trim());
  return m ? (m[1] ?? m[2] ?? m[3] ?? answer) : answer;
}

/** Facts the generators may ask about on their own (not examples, not argument sentences). */
export function askable(fact: Fact): boolean {
  return (
    !fact.isExample &&
    fact.origin !== 'argument' &&
    !fact.unresolved &&
    !/\?\s*$/.test(fact.written) &&
    !META.test(fact.text) &&
    !/^(?:we|i|you|our|my|your|let's)\b/i.test(fact.text) &&
    !STUDY_INSTRUCTION.test(fact.written) &&
    !looksLikeFormula(fact.text)
  );
}

/** "Reread the synopsis before the test", "Remember to …": notes to self, not facts. */
const STUDY_INSTRUCTION =
  /^(?:re-?read|read|review|remember|revise|memori[sz]e|study|practi[cs]e|look up|google|ask|check|compare|make sure|don't forget|todo|to do)\b/i;

/** Pointers to elsewhere ("See figure 1 on page 92") are not facts. */
const META =
  /\b(?:see|refer to|look at|check)\s+(?:the\s+)?(?:figure|fig|page|chapter|table|slide|textbook|notes|link|video)\b/i;

/** "V = 1.5V = total E": formulas and calculations are not sentences to blank or question. */
function looksLikeFormula(text: string): boolean {
  if (/\s=\s|[<>]=|=>|\s[+→×÷]\s/.test(text)) return true;
  const tokens = text.split(/\s+/);
  const symbolic = tokens.filter((t) => !/^[\p{L}'’(),.;:-]+$/u.test(t)).length;
  return tokens.length > 3 && symbolic / tokens.length > 0.4;
}
