/** "He was ideologically marxist" + child "Lenin and Stalin were not" → "…; which two were not?". */
import type { Fact, NoteKnowledge } from '../../knowledge/model.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { asQuestion, withoutParentheses } from '../phrasing.js';
import { askable, fromFact } from './make.js';

const ELLIPTIC = /^(.+?)\s+(was|were|is|are|did|do|does|had|has|have)(\s+not)$/i;
const COUNT = ['', 'one', 'two', 'three', 'four'];

/** Questions for children that only make sense with their parent's predicate. */
export function ellipses(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  if (!scope.english) return [];
  const out: Candidate[] = [];
  for (const parent of k.facts) {
    if (!askable(parent) || !parent.clause) continue;
    for (const child of parent.children) {
      const c = ellipsisQuestion(parent, child, scope);
      if (c) out.push(c);
    }
  }
  return out;
}

function ellipsisQuestion(parent: Fact, child: Fact, scope: NoteScope): Candidate | undefined {
  const m = ELLIPTIC.exec(child.written.replace(/[.!]+$/, '').trim());
  if (!m) return undefined;
  const names = m[1]!.split(/\s*(?:,|\band\b)\s*/).filter(Boolean);
  const count = COUNT[names.length];
  const who = names.every((n) => scope.people.has(n)) ? 'who' : 'what';
  const asking = count && names.length > 1 ? `which ${count}` : who;
  return fromFact(child, scope, {
    kind: 'qa',
    prompt: asQuestion(
      `${withoutParentheses(parent.text)}; ${asking} ${m[2]!.toLowerCase()}${m[3]!.toLowerCase()}`,
    ),
    answer: m[1]!,
    answerType: who === 'who' ? 'person' : 'other',
    generator: 'ellipsis',
  });
}
