/**
 * A term asked by its kind: "Mandamus - compels a public official to perform a legal duty" under "Writs" →
 * "Which writ compels a public official to perform a legal duty?". The explanation becomes the question's predicate,
 * in the form its first word allows; an explanation that fits none of them gives no question.
 */

import { PROPER_WORD } from '../knowledge/category.js';
import { thirdPerson } from '../knowledge/clause.js';
import { hasMainVerb, isStatement, tag } from '../knowledge/pos.js';
import { isKnownWord } from '../knowledge/spelling.js';
import { squash, trimEndPunctuation } from '../knowledge/text.js';
import { recogniseVerb } from '../knowledge/verbs.js';

/** Auxiliaries and modals a singular kind can take as they are: "Which right cannot be taken away?". */
const SINGULAR_AUX = /^(?:is|has|does|can|cannot|can't|must|may|might|will|would|should|could|shall)$/i;

/** Words after a participle that keep it a passive: "caused by stress", "found in bone marrow". */
const AFTER_PASSIVE =
  /^(?:by|in|on|at|from|with|to|into|for|as|under|through|during|within|between|among|when|if)$/i;

const MAX_WORDS = 25;

/** Words that open a comparison with one other thing, not what the term is ("more or less the opposite of …"). */
const COMPARISON = /^(?:more|less|the\s+opposite|opposite|similar|unlike|like|same\s+as|different\s+from)\b/i;

/**
 * "Which <kind> <predicate>?" for `term` explained as `explanation`, or undefined when no form fits, or when the
 * kind is the term itself ("Neurons" under "Neurons": "Which neuron …?" would name the answer).
 */
export function kindQuestion(kind: string, term: string, explanation: string): string | undefined {
  if (sameThing(kind, term)) return undefined;
  const text = trimEndPunctuation(squash(explanation.replace(/\s*\b(?:etc|e\.g|i\.e)\.?\s*$/i, '')));
  const n = text.split(' ').length;
  if (
    n < 3 ||
    n > MAX_WORDS ||
    /[?;:*/=_`]|\.\s|\((?:e\.?g|i\.?e)\b/i.test(text) ||
    /^(?:e\.?g|i\.?e)\b/i.test(text)
  )
    return undefined;
  // "caused by pathogens and are contagious": a plural verb further on, which the singular kind would contradict.
  if (/\b(?:and|but)\s+(?:are|were|have)\b/i.test(text)) return undefined;
  if (COMPARISON.test(text)) return undefined;
  const predicate = predicateOf(text);
  return predicate ? `Which ${kind} ${predicate}?` : undefined;
}

/** The explanation as what the kind does or is, or undefined. */
function predicateOf(text: string): string | undefined {
  // "You see things in black and white": the author describes the reader's own habit.
  if (/^you\s/i.test(text)) return `is it when ${lowerFirst(text)}`;
  const tokens = tag(text).filter((t) => t.pos !== 'SPACE');
  const [first, second] = tokens;
  if (!first || !second) return undefined;
  // "hold water and keep the cell firm": a second verb written for the plural, which one "-s" would not mend.
  if (joinsBaseVerb(tokens)) return undefined;
  const word = first.text;
  if (SINGULAR_AUX.test(word)) return lowerFirst(text);
  // "to vote in elections", "to prepare the body": what the kind is for reads well only for tools ("Which writ is
  // used to …?"), not for rights or hormones; no question.
  if (/^to$/i.test(word)) return undefined;
  const verb = recogniseVerb(word);
  // "secure the release of a person …", "connect individuals who …": a verb and its object, written for the plural
  // (or after an unwritten "used to"); the kind takes it in the singular. "order requiring a party to act" is a noun.
  const object =
    /^(?:DET|PRON|NUM)$/.test(second.pos) || (first.pos === 'VERB' && OBJECT_START.has(second.pos));
  if (verb?.form === 'base' && object && !/^(?:be|have|do)$/i.test(word))
    return [thirdPerson(word.toLowerCase()), ...text.split(' ').slice(1)].join(' ');
  // "compels a public official …": a verb in -s the tagger reads as one, though our lists lack it.
  if (!verb && first.pos === 'VERB' && /\p{Ll}[^s]s$/u.test(word) && object) return lowerFirst(text);
  // "Caused by chemical deficiencies", "confined between two walls": a passive that left out its "is" ("had to be"
  // is no passive).
  if (verb?.form === 'past' && AFTER_PASSIVE.test(second.text) && !NOT_PARTICIPLE.test(word))
    return `is ${lowerFirst(text)}`;
  // "Promotes cell division", "forms when magma cools", "changes from another rock": the kind is its subject. The
  // tagger reads a fragment's first word as a noun or a name as often as not; a lower-case word our verb lists know,
  // followed by a preposition, an adverb or a determiner, is a verb; a capitalised one needs its object ("Rules of
  // drafting" is a noun).
  const verbReading =
    first.pos === 'VERB' ||
    (first.pos === 'PROPN' && /^\p{Lu}/u.test(word) && /^(?:DET|NOUN|ADJ|PRON|NUM)$/.test(second.pos)) ||
    (/^\p{Ll}/u.test(word) && /^(?:ADP|ADV|DET|PRON|SCONJ)$/.test(second.pos));
  if (verb?.form === 'present' && verbReading && /s$/i.test(word) && !/^(?:is|has|does)$/i.test(word))
    return lowerFirst(text);
  if (verb) return undefined;
  // "the parties are at cross purposes", "an atom shares electrons": a sentence of its own, not a description.
  if (hasMainVerb(text) || isStatement(text) || hasOwnVerb(tokens)) return undefined;
  if (/^(?:a|an|the|any)$/i.test(word)) return `is ${lowerFirst(text)}`;
  // "copies its RNA", "flex the arm", "speeds up …": a verb the tagger took for a noun, before its object.
  if (
    first.pos === 'NOUN' &&
    (/^(?:DET|PRON)$/.test(second.pos) || /^(?:up|down|out|off)$/i.test(second.text))
  )
    return undefined;
  // "site of photosynthesis", "number of species in an area": a noun that names one thing of the kind.
  if (first.pos === 'NOUN' && /^(?:of|to|for|in|between|within|among)$/i.test(second.text))
    return `is the ${lowerFirst(text)}`;
  // "responsible for contractions", "white, soft and porous": an adjective that says what the kind is.
  if (first.pos === 'ADJ' && /^(?:ADP|PUNCT|CCONJ)$/.test(second.pos)) return `is ${lowerFirst(text)}`;
  // "flex the arm": a verb the tagger took for an adjective.
  if (first.pos === 'ADJ' && /^(?:DET|PRON)$/.test(second.pos)) return undefined;
  // "casual connections, such as acquaintances", "gradual breakdown of body tissues": a description.
  if (first.pos === 'NOUN' || first.pos === 'ADJ') return `refers to ${lowerFirst(text)}`;
  return undefined;
}

/** "an atom shares electrons with …": a noun, then a verb in -s with its object, past the first two words. */
function hasOwnVerb(tokens: readonly { text: string; pos: string }[]): boolean {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i - 1]!.pos !== 'NOUN' || !/\p{Ll}s$/u.test(t.text)) continue;
    if (recogniseVerb(t.text)?.form === 'present' && /^(?:DET|NOUN|PRON|ADJ|NUM)$/.test(tokens[i + 1]!.pos))
      return true;
  }
  return false;
}

/** Past forms that are no participle of a passive: "had to be issued", "was", "did", "used to". */
const NOT_PARTICIPLE = /^(?:had|was|were|did|got|used|been|went|came)$/i;

/** "… and keep …", "…, or regulate …": "and" or "or" before a verb in its base form. */
function joinsBaseVerb(tokens: readonly { text: string; pos: string }[]): boolean {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!/^(?:and|or)$/i.test(tokens[i]!.text)) continue;
    const next = tokens[i + 1]!;
    if (next.pos === 'VERB' && recogniseVerb(next.text)?.form === 'base') return true;
  }
  return false;
}

/** Parts of speech that open a verb's object: "secure the release", "connect individuals", "count all". */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/** "Neurons" and "neuron", "Sustainability" and "sustainability challenge": the kind names the term ("Valley glacier"
 * under "Glaciers" is one of its kind, and may be asked). */
function sameThing(kind: string, term: string): boolean {
  const k = ` ${kind.toLowerCase()} `;
  const t = term.toLowerCase().replace(/s$/, '');
  return k.includes(` ${t} `) || k.includes(` ${t}s `);
}

/** "Promotes" → "promotes", "A network" → "a network"; a name or an acronym keeps its capitals ("DNA in …"). */
function lowerFirst(text: string): string {
  const [first = '', ...rest] = text.split(' ');
  const lower =
    /^(?:A|An|The|Any)$/.test(first) ||
    (/^\p{Lu}\p{Ll}+$/u.test(first) && isKnownWord(first.toLowerCase()) && !PROPER_WORD.test(first))
      ? first.toLowerCase()
      : first;
  return [lower, ...rest].join(' ');
}
