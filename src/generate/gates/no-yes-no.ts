/** Gate 5: no yes/no questions, no "What is true about …" vagueness. */
import type { Gate } from './gate.js';

const YES_NO = /^(?:is|are|was|were|did|does|do|can|could|has|have|had|will|would|should)\b/i;
const VAGUE = /^(?:what is true about|what do you know about|tell me about|what about)\b/i;

export const noYesNo: Gate = {
  name: 'no-yes-no',
  check: (c) => {
    if (c.kind === 'explicit' || c.kind === 'argument') return undefined;
    if (YES_NO.test(c.prompt.trim())) return 'a yes/no question';
    if (VAGUE.test(c.prompt.trim())) return 'a vague question';
    return undefined;
  },
};
