/** Gate 7: no near-duplicates — two items asking the same thing keep only the first. */
import { normalise } from '../../knowledge/text.js';
import type { Candidate } from '../candidate.js';

export interface DuplicateVerdict {
  readonly kept: Candidate[];
  readonly dropped: { candidate: Candidate; reason: string }[];
}

/** Keeps the first of every group of candidates with the same kind and prompt (or same kind, fact and answer). */
export function nearDuplicates(candidates: readonly Candidate[]): DuplicateVerdict {
  const byPrompt = new Map<string, Candidate>();
  const byAnswer = new Set<string>();
  const kept: Candidate[] = [];
  const dropped: { candidate: Candidate; reason: string }[] = [];
  for (const c of candidates) {
    const earlier = byPrompt.get(promptKey(c));
    if (earlier) {
      dropped.push({ candidate: c, reason: `same question as the item from line ${earlier.source.line}` });
      continue;
    }
    const answerKey = `${c.kind}|${normalise(c.fact)}|${normalise(c.answer)}`;
    if (byAnswer.has(answerKey)) {
      dropped.push({ candidate: c, reason: 'same fact and answer as another item' });
      continue;
    }
    byPrompt.set(promptKey(c), c);
    byAnswer.add(answerKey);
    kept.push(c);
  }
  return { kept, dropped };
}

/**
 * Two candidates with equal keys ask the same question. (Same kind, fact and answer is the same item id, which is
 * how the vault-wide step of generation checks it.)
 */
export function promptKey(c: Pick<Candidate, 'kind' | 'prompt'>): string {
  return `${c.kind}|${normalise(c.prompt)}`;
}
