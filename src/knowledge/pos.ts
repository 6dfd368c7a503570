/**
 * Parts of speech from a trained tagger (wink-nlp with its small English model), for the few decisions the
 * rules could only guess: does a statement start with its verb (no subject), is a blank a noun phrase.
 * English only; the model is loaded on first use, so commands that make no items never pay for it.
 */
import { createRequire } from 'node:module';
import { recogniseVerb } from './verbs.js';

/** Universal part-of-speech tags, as the model gives them. */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  readonly text: string;
  readonly pos: PartOfSpeech;
  /** Offset of the token in the tagged text. */
  readonly start: number;
  readonly end: number;
}

/** A word as the tagger gives it, before its offset is found. */
export interface TaggedWord {
  readonly text: string;
  readonly pos: string;
}

type Tagger = (text: string) => TaggedWord[];

/**
 * Tags kept between processes (a scan keeps them in its store, pos-memory/): asked before the model, told what
 * the model said. The tagger gives the same words for the same sentence every time, so a sentence it holds is
 * never tagged again, and the model is loaded only for one it does not hold.
 */
export interface TagMemory {
  recall(sentence: string): readonly TaggedWord[] | undefined;
  remember(sentence: string, words: readonly TaggedWord[]): void;
}

let memory: TagMemory | undefined;

/** Sets (or clears) the memory `tag` asks first; returns the one it replaces. */
export function useTagMemory(next: TagMemory | undefined): TagMemory | undefined {
  const previous = memory;
  memory = next;
  return previous;
}

let tagger: Tagger | undefined;

function load(): Tagger {
  if (tagger) return tagger;
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkNlp;
  const model = require('wink-eng-lite-web-model') as unknown;
  const nlp = winkNLP(model, ['pos']);
  tagger = (text) => {
    const tokens = nlp.readDoc(text).tokens();
    const words = tokens.out() as string[];
    const tags = tokens.out(nlp.its.pos) as string[];
    return words.map((w, i) => ({ text: w, pos: tags[i] ?? 'X' }));
  };
  return tagger;
}

interface WinkNlp {
  readDoc(text: string): { tokens(): { out(as?: unknown): unknown[] } };
  its: { pos: unknown };
}

const cache = new Map<string, readonly Token[]>();
const CACHE_LIMIT = 4096;

/** The tokens of a sentence with their parts of speech and offsets (a token the tagger reshaped keeps -1). */
export function tag(text: string): readonly Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  let raw = memory?.recall(text);
  if (!raw) {
    raw = load()(text);
    memory?.remember(text, raw);
  }
  const out: Token[] = [];
  let at = 0;
  for (const t of raw) {
    const start = text.indexOf(t.text, at);
    const end = start < 0 ? -1 : start + t.text.length;
    if (start >= 0) at = end;
    out.push({ text: t.text, pos: t.pos as PartOfSpeech, start, end });
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

const NOUNISH = new Set<PartOfSpeech>(['NOUN', 'PROPN', 'NUM', 'X', 'SYM']);

/**
 * "Provides a complete defence to …", "Concerned the validity of …": the first word is a verb, so the subject
 * was left in the heading or the line above, and the sentence cannot stand alone.
 */
export function startsWithVerb(sentence: string): boolean {
  const tokens = tag(sentence).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE');
  const [first, second] = tokens;
  // Both must agree: the tagger reads "Merge sort splits …" as a verb first, the verb lexicon does not.
  if (first?.pos !== 'VERB' || recogniseVerb(first.text) === undefined) return false;
  // "Paraphrasing the other's words …", "Enabling Act …": a gerund or a name can be the subject itself.
  return !/ing$/i.test(first.text) && !/^\p{Lu}/u.test(second?.text ?? '');
}

/**
 * Whether the words from `start` to `end` of `sentence` hold a noun, a name or a number ("the Suez Canal", "1917"):
 * a blank of only an adjective, a verb or an adverb ("forced", "All", "Higher") asks for a word, not a fact.
 */
export function spanHasNoun(sentence: string, start: number, end: number): boolean {
  const inside = tag(sentence).filter((t) => t.start >= start && t.end <= end && t.start >= 0);
  if (inside.length === 0 || inside.some((t) => NOUNISH.has(t.pos))) return true;
  // The tagger misreads the words of a longer phrase ("military–industrial complex" as adjectives): only a
  // single word, or a phrase with a verb in it ("are attracted"), is judged.
  const words = inside.filter((t) => t.pos !== 'PUNCT');
  return words.length > 1 && !words.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

const STATEMENT_AUX =
  /^(?:is|are|was|were|can|could|will|would|must|should|may|might|has|have|had|do|does|did|cannot)$/i;
const CLAUSE_BREAK =
  /^(?:that|which|who|whom|whose|where|when|if|because|as|while|whereby|so|to|in|by|of|for)$/i;

/**
 * True when a text is a statement with its own subject and finite verb ("a mechanism or formula can fill the gap",
 * "rights rely on each other") rather than a description ("a collection of entities of one type", "an entity that
 * has no key"): the verb comes before any relative word, preposition or punctuation.
 */
export function isStatement(text: string): boolean {
  // "when only a few individuals survive …": a when-clause is how a process is defined.
  if (/^(?:when|where|whenever)\b/i.test(text.trim())) return false;
  const tokens = tag(text);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (CLAUSE_BREAK.test(t.text) || t.pos === 'PUNCT') return false;
    if (STATEMENT_AUX.test(t.text)) return true;
    if (t.pos !== 'VERB' || before.pos !== 'NOUN') continue;
    // "the court decides", "rights rely": a verb in the present that agrees with the noun before it.
    if (/s$/.test(t.text) && !/s$/.test(before.text)) return true;
    if (!/(?:ed|ing|en|s)$/.test(t.text) && /s$/.test(before.text)) return true;
  }
  return false;
}

const RELATIVE =
  /^(?:that|which|who|whom|whose|where|whereby|when|while|if|because|as|so|until|unless|whether|how|what)$/i;

/**
 * True when a description holds a finite verb of its own before any relative word, read past its prepositions
 * ("a statement of claim alleges a cause …", "something is deposited as a guarantee …", "an essential element in
 * trespass and refers to …"): the text says something about the term, it does not describe it. A contact clause
 * ("the strategies a business uses", "the number of cars you can cram") and a relative clause ("a rule that
 * prevents …", "the layers into which something is separated") are descriptions; so is an infinitive ("to ensure").
 */
export function hasMainVerb(text: string): boolean {
  if (/^(?:when|where|whenever|if|to)\b/i.test(text.trim())) return false;
  const tokens = tag(text).filter((t) => t.pos !== 'SPACE');
  const lastWord = tokens.findLastIndex((t) => t.pos !== 'PUNCT');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1];
    if (t.pos === 'PUNCT') continue;
    if (RELATIVE.test(t.text) || (t.pos === 'ADP' && RELATIVE.test(tokens[i + 1]?.text ?? ''))) return false;
    if (i > 0 && (t.pos === 'PRON' || (t.pos === 'DET' && before?.pos !== 'ADP' && before?.pos !== 'CCONJ')))
      return false;
    if (before?.text.toLowerCase() === 'to') continue;
    // A verb right after "the", an adjective or a preposition is a noun the tagger misread ("the relieves", "on
    // 'means-ends'", "the general will", "by will"); one that opens the text is the other rule's ("starts with its
    // verb"), and one that ends it has no object or complement ("the study of Greek plays").
    if (before && (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'ADP')) continue;
    if (t.pos === 'AUX' && /^will$/i.test(t.text) && before?.pos !== 'NOUN') continue;
    if (t.pos === 'AUX') return true;
    if (i === 0 || i >= lastWord) continue;
    if (t.pos === 'VERB' && /[^s]s$/i.test(t.text) && !/ing$/i.test(t.text)) return true;
  }
  return false;
}

/**
 * What `hasAgreementSlip` needs in the text itself: a word ending in a single "s" right before a space, then, after
 * at most one more word, "is", "was", "has" or a word ending in a single "s", up to a character that is neither a
 * letter nor a digit, or up to "n't" ("isn't": the tagger splits it off). Looser than the tagged test (any word,
 * any part of speech), never stricter.
 */
const MAYBE_SLIP = /[^s'’\s]s\s+(?:\S+\s+)?(?:is|was|has|\S*[^s\s]s)(?=$|[^\p{L}\p{N}]|n['’]t)/iu;

const NOUN_PHRASE = new Set<PartOfSpeech>(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVE = /^(?:its|his|her|their|our|my|your)$/i;
/** Nouns in -s that take a singular verb. */
const SINGULAR_IN_S =
  /^(?:news|series|species|means|physics|economics|politics|mathematics|ethics|athletics|statistics|genetics|linguistics|measles|mumps|diabetes|barracks|christmas|lens|thesis|crisis|chaos)$/i;
/** A capitalised first word is read as a name; only these endings say it is a plural noun ("Arteries", "Workers"). */
const PLURAL_FIRST_WORD = /(?:ies|ers|ors|ists|ions|ants|ents|ities|ments|ances|ences)$/i;

/**
 * "Arteries takes blood …", "choices depends on …", "the deficiencies was …": a plural noun right before a verb
 * in its singular -s form (an adverb may stand between), the writer's slip an item would copy. A noun inside a
 * phrase after a preposition is not the subject ("a subset of its attributes is …", "between parties leaves …").
 */
export function hasAgreementSlip(sentence: string): boolean {
  // The tagger only where a slip could be: a word in -s, then (past one word at most) "is", "was", "has" or a word
  // in -s. Most sentences have no such pair, and tagging each candidate's sentence was ~8 % of the per-note pass.
  return MAYBE_SLIP.test(sentence) && slipInTokens(tag(sentence));
}

/** `hasAgreementSlip` on the sentence's tagged words (exported for the test that the pre-check loses nothing). */
export function slipInTokens(tagged: readonly Token[]): boolean {
  const tokens = tagged.filter((t) => t.pos !== 'SPACE');
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i]!;
    // The verb first: it is cheap, and the walk back below then runs only where a slip is possible (linear).
    const singularVerb =
      /^(?:is|was|has)$/.test(verb.text) ||
      (verb.pos === 'VERB' && /[^s]s$/.test(verb.text) && recogniseVerb(verb.text)?.form === 'present');
    if (!singularVerb) continue;
    let j = i - 1;
    if (tokens[j]?.pos === 'ADV' && j > 0) j--;
    const noun = tokens[j]!;
    // The tagger reads a capitalised first word as a name: "Arteries" is a plural, "Athens", "Keynes" are not.
    const firstWord = noun.pos === 'PROPN' && j === 0;
    if (noun.pos !== 'NOUN' && !firstWord) continue;
    if (firstWord && !PLURAL_FIRST_WORD.test(noun.text)) continue;
    if (
      !/[^s'’]s$/i.test(noun.text) ||
      /(?:ss|us|is|as|os|ics|ys)$/i.test(noun.text) ||
      SINGULAR_IN_S.test(noun.text)
    )
      continue;
    let k = j - 1;
    while (k >= 0 && (NOUN_PHRASE.has(tokens[k]!.pos) || POSSESSIVE.test(tokens[k]!.text))) k--;
    if (k >= 0 && tokens[k]!.pos === 'ADP') continue;
    return true;
  }
  return false;
}
