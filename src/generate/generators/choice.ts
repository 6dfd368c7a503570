/** Multiple choice: a surviving `qa`/`reverse` whose answer is a person or term, with distractors of its type. */
import { createHash } from 'node:crypto';
import { containsWords, normalise } from '../../knowledge/text.js';
import type { Candidate } from '../candidate.js';

const DISTRACTORS = 3;

/** Pools of possible distractors, per note and across the vault. */
export interface DistractorPools {
  readonly peopleByNote: ReadonlyMap<string, readonly string[]>;
  readonly people: readonly string[];
  readonly termsByNote: ReadonlyMap<string, readonly string[]>;
}

/** Choice items for `Who …?` questions and reverse definitions that have enough same-type distractors. */
export function choices(accepted: readonly Candidate[], pools: DistractorPools): Candidate[] {
  const out: Candidate[] = [];
  for (const c of accepted) {
    const who = c.kind === 'qa' && c.answerType === 'person';
    const term = c.kind === 'reverse' && c.answerType === 'term';
    if (!who && !term) continue;
    const pool = who
      ? [...(pools.peopleByNote.get(c.source.path) ?? []), ...pools.people]
      : [...(pools.termsByNote.get(c.source.path) ?? [])];
    const picked = pickDistractors(c, pool);
    if (picked.length < DISTRACTORS) continue;
    const options = order([c.answer, ...picked], c.answer);
    out.push({ ...c, kind: 'choice', choices: options, generator: 'choice' });
  }
  return out;
}

/** Same-type names that are not the answer, not a variant of it, and not named in the prompt. */
function pickDistractors(c: Candidate, pool: readonly string[]): string[] {
  const seen = new Set<string>([lastWord(c.answer)]);
  const picked: string[] = [];
  const ranked = unique(pool).filter(
    (p) =>
      !containsWords(c.prompt, p) && !overlaps(p, c.answer) && (c.kind !== 'qa' || looksLikeOnePerson(p)),
  );
  // Same-note names first (the pool lists them first), then a stable spread over the vault.
  const local = ranked.slice(0, ranked.length);
  for (const p of local) {
    const key = lastWord(p);
    if (seen.has(key)) continue;
    seen.add(key);
    picked.push(p);
    if (picked.length === DISTRACTORS) break;
  }
  return picked;
}

const BARE_TITLES =
  /^(?:pope|king|queen|emperor|president|tsar|czar|general|prince|princess|lord|lady|sir|saint|st)$/i;

/** "Dominicans" (a group) or "Pope" (a bare title) are poor distractors for a person. */
function looksLikeOnePerson(name: string): boolean {
  if (BARE_TITLES.test(name)) return false;
  return !/[^s]s$/.test(name) || /\s/.test(name);
}

function overlaps(a: string, b: string): boolean {
  const wa = new Set(normalise(a).split(' '));
  return normalise(b)
    .split(' ')
    .some((w) => w.length > 2 && wa.has(w));
}

function lastWord(name: string): string {
  return normalise(name).split(' ').pop() ?? '';
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Options in a stable order that depends on the content, not on where the answer came from. */
function order(options: readonly string[], salt: string): string[] {
  const key = (o: string): string => createHash('sha1').update(`${salt}|${o}`).digest('hex');
  return [...options].sort((a, b) => key(a).localeCompare(key(b)));
}
