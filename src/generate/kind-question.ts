/**
 * A term asked by its kind: "Mandamus - compels a public official to perform a legal duty" under "Writs" →
 * "Which writ compels a public official to perform a legal duty?". The explanation becomes the question's predicate,
 * in the form its first word allows; an explanation that fits none of them gives no question.
 */
import { thirdPerson } from '../knowledge/clause.js';
import { hasMainVerb, tag } from '../knowledge/pos.js';
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
  const word = first.text;
  if (SINGULAR_AUX.test(word)) return lowerFirst(text);
  if (/^to$/i.test(word) && second.pos === 'VERB') return `is used ${lowerFirst(text)}`;
  const verb = recogniseVerb(word);
  // "secure the release of a person …", "connect individuals who …": a verb and its object, written for the plural
  // (or after an unwritten "used to"); the kind takes it in the singular. "order requiring a party to act" is a noun.
  const object =
    /^(?:DET|PRON|NUM)$/.test(second.pos) || (first.pos === 'VERB' && OBJECT_START.has(second.pos));
  if (verb?.form === 'base' && object && !/^(?:be|have|do)$/i.test(word))
    return [thirdPerson(word.toLowerCase()), ...text.split(' ').slice(1)].join(' ');
  // "compels a public official …": a verb in -s the tagger reads as one, though our lists lack it.
  if (!verb && first.pos === 'VERB' && /\p{Ll}[^s]s$/u.test(word) && object) return lowerFirst(text);
  // "Caused by chemical deficiencies", "confined between two walls": a passive that left out its "is".
  if (verb?.form === 'past' && AFTER_PASSIVE.test(second.text)) return `is ${lowerFirst(text)}`;
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
  // "the parties are at cross purposes", "rights rely on each other": a sentence of its own, not a description.
  if (hasMainVerb(text)) return undefined;
  if (/^(?:a|an|the|any)$/i.test(word)) return `is ${lowerFirst(text)}`;
  // "extent to which a person is connected …", "number of species in an area": a noun that names a measure.
  if (first.pos === 'NOUN' && /^(?:of|to|for|in|between|within|among)$/i.test(second.text))
    return `refers to the ${lowerFirst(text)}`;
  // "casual connections, such as acquaintances", "gradual breakdown of body tissues": a description.
  if (first.pos === 'NOUN' || first.pos === 'ADJ') return `refers to ${lowerFirst(text)}`;
  return undefined;
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
    /^(?:A|An|The|Any)$/.test(first) || (/^\p{Lu}\p{Ll}+$/u.test(first) && isKnownWord(first.toLowerCase()))
      ? first.toLowerCase()
      : first;
  return [lower, ...rest].join(' ');
}
