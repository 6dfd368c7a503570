/** Gate 4: the prompt stands alone — no leading pronoun or connective, no pronoun or connective answers. */
import { isConnective } from '../../knowledge/connectives.js';
import { contentWords, normalise } from '../../knowledge/text.js';
import type { Gate } from './gate.js';

const PRONOUNS = new Set([
  'he',
  'she',
  'it',
  'they',
  'him',
  'her',
  'them',
  'his',
  'hers',
  'its',
  'their',
  'this',
  'that',
  'these',
  'those',
  'himself',
  'herself',
  'itself',
  'themselves',
]);
/** "It includes …", "Arguably, it includes …", "That is how …": the sentence leans on the one before it. */
const LEADING_PRONOUN =
  /^(?:\p{L}+ly,\s+)?(?:he|she|it|they|this|these|those|his|her|their|its)\b|^that(?:\s+is|['’]s|\s+was)\b/iu;
const LEADING_CONNECTIVE =
  /^(?:thus|hence|therefore|essentially|however|also|so|then|basically|e\.g\.?|eg)\b/i;
const MIN_PROMPT_CONTENT_WORDS = 3;
/** A cloze keeps its statement's own words around the blank, so two are enough ("Lenin introduced a ___"). */
const MIN_CLOZE_CONTENT_WORDS = 2;

export const standsAlone: Gate = {
  name: 'stands-alone',
  check: (c) => {
    const prompt = c.prompt.trim();
    if (LEADING_PRONOUN.test(prompt)) return 'the prompt starts with a pronoun';
    if (LEADING_CONNECTIVE.test(prompt)) return 'the prompt starts with a connective';
    if (PRONOUNS.has(normalise(c.answer))) return 'the answer is a pronoun';
    if (isConnective(c.answer)) return 'the answer is a connective';
    if (c.kind === 'order' || c.kind === 'argument' || c.kind === 'explicit') return undefined;
    // "What is osmosis?": the term is all the content a definition question needs.
    if (c.shape === 'definition') return undefined;
    if (/^_{3,}\s+(?:but|and|or|of|in|on|at|to|by|for|with|from|as)\b/i.test(prompt))
      return 'a fragment, not a statement';
    const withoutBlank = prompt.replace(/_{3,}/g, ' ');
    const content = contentWords(withoutBlank).filter(
      (w) => !/^(?:who|what|when|why|which|did|does)$/.test(w),
    );
    // A name pins a short question down ("Who was governor of Gaul?"); without one it needs three content words.
    const named = /\s\p{Lu}/u.test(withoutBlank.trim());
    const min = c.kind === 'cloze' || named ? MIN_CLOZE_CONTENT_WORDS : MIN_PROMPT_CONTENT_WORDS;
    if (content.length < min) return `only ${content.length} content words in the prompt`;
    return undefined;
  },
};
