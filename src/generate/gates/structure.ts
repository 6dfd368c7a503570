/** Gate 12: structure is not content — a heading label or header field is never an answer, choice or fact. */
import { isHeaderField, isStructuralLabel } from '../../knowledge/structure.js';
import type { Gate } from './gate.js';

export const notStructure: Gate = {
  name: 'structure',
  check: (c) => {
    if (c.kind === 'argument') return undefined;
    if (c.kind !== 'order' && isStructuralLabel(c.answer)) return `the answer "${c.answer}" is a label`;
    const options = c.choices ?? [];
    const label = options.find((o) => isStructuralLabel(o) || isHeaderField(o));
    if (label) return `the ${c.kind === 'order' ? 'event' : 'choice'} "${label}" is a label`;
    if (isHeaderField(c.fact)) return 'a header field, not a fact';
    return undefined;
  },
};
