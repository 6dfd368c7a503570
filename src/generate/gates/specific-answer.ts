/**
 * Gate 13: specific answers — a named entity, a term, a date or number or a content phrase; never a generic
 * noun ("the goal", "the court"), a bare boolean, or a word the prompt already gives.
 */
import { normalise, words } from '../../knowledge/text.js';
import type { Gate } from './gate.js';
import { SHORT_KINDS } from './gate.js';

/** Head nouns that name nothing in particular when they stand alone ("The provision", "More energy"). */
const GENERIC = new Set(
  (
    'goal goals request requests thing things way ways idea ideas fact facts issue issues problem problems ' +
    'aspect aspects part parts factor factors reason reasons result results effect effects change changes energy ' +
    'power people person persons group groups country countries area areas time times place places one ones ' +
    'type types kind kinds law laws system systems process situation event events plan policy action actions role ' +
    'use blend stuff court courts majority minority judge judges plaintiff plaintiffs defendant defendants ' +
    'author authors case cases provision provisions statute act government state states individual individuals ' +
    'company companies man men woman women others other approach method concept term word example amount ' +
    'number level rate cost value body bodies party parties side sides member members organisation organization ' +
    'decision matter matters question questions answer answers point points need needs form forms work ' +
    'information data view views thought thoughts opinion opinions feature features structure function ' +
    'functions product products service services resource resources way society world nature life purpose ' +
    'activity activities interest interests right rights power powers rule rules condition conditions ' +
    'requirement requirements standard standards test tests claim claims argument arguments'
  ).split(' '),
);
const DETERMINERS =
  /^(?:the|a|an|this|that|these|those|some|more|less|many|much|most|all|any|its|their|his|her)\s+/i;
const BOOLEAN = /^(?:true|false|yes|no|none|nothing|everything|something|correct|incorrect)$/i;

export const specificAnswer: Gate = {
  name: 'specific-answer',
  check: (c) => {
    if (!SHORT_KINDS.has(c.kind) || c.shape === 'list') return undefined;
    const answer = c.answer.trim();
    if (BOOLEAN.test(normalise(answer))) return 'a bare boolean or empty answer';
    if (isGeneric(answer)) return `the answer "${answer}" names nothing in particular`;
    return undefined;
  },
};

/** "The court", "the majority", "More energy", "Previous cases": a generic noun with at most one modifier. */
export function isGeneric(answer: string): boolean {
  const bare = answer.replace(DETERMINERS, '').trim();
  const ws = words(bare);
  if (ws.length === 0 || ws.length > 2) return false;
  if (/\d/.test(bare)) return false;
  // A capitalised modifier names something ("High Court", "Labour Party"); "The Court" alone does not.
  if (ws.length === 2 && /^\p{Lu}\S*\s+\p{Lu}/u.test(bare)) return false;
  if (ws.length === 1 && /^\p{Lu}{2,}/u.test(bare)) return false;
  return GENERIC.has(ws[ws.length - 1]!);
}
