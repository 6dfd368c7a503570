/**
 * Gate 15, sure or silent: every candidate gets a confidence from what the generator knows (how it was made,
 * where its subject came from, whether its statement is a whole sentence, what its answer is); only confident
 * candidates become items. Deterministic and explainable: `--explain` prints the score and its reasons.
 * The weights were set by hand against blind ratings of real notes (docs/quality.md).
 */

import { parseClause } from '../knowledge/clause.js';
import { noteSpeak, wordSlip } from '../knowledge/grammar.js';
import type { Fact } from '../knowledge/model.js';
import { isPlaceOrPeople } from '../knowledge/places.js';
import {
  hasAgreementSlip,
  hasMainVerb,
  isStatement,
  spanHasNoun,
  startsWithVerb,
  tag,
} from '../knowledge/pos.js';
import { isKnownWord, misspeltWord } from '../knowledge/spelling.js';
import { isStructuralLabel, namesCase, namesParty } from '../knowledge/structure.js';
import { isAuthorMarked } from '../knowledge/terms.js';
import { contentWords, normalise, words } from '../knowledge/text.js';
import { isKnownVerb, recogniseVerb } from '../knowledge/verbs.js';
import type { Candidate } from './candidate.js';
import { hasWholeWord } from './gates/context-leak.js';

/** A reverse item's definition of six words, this many of them content words or fewer, with no name or figure. */
const SHORT_DEFINITION_WORDS = 3;

/** A sentence's end inside a prompt: a word, a blank or a bracket, then ". " and a capital ("… ___. Human nature …"). */
const SENTENCE_END = /(\S+)[.!?]\s+\p{Lu}/gu;
/** Words whose full stop ends no sentence ("Mrs. Pankhurst", "etc. Rose", "Mabo vs. Queensland"). */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:Mrs|Mr|Ms|Dr|Prof|Gen|Col|Capt|Sgt|Lt|Rev|St|Jr|Sr|Co|Ltd|No|Vol|etc|cf|vs|viz|approx|al|pp|ch|ss|Inc|Bros)$/u;

/** Whether a prompt holds the end of one sentence before another: a word, a blank or a bracket, ". ", a capital. */
function moreThanOneSentence(prompt: string): boolean {
  for (const m of prompt.matchAll(SENTENCE_END)) {
    const word = m[1] ?? '';
    if (/(?:\p{Ll}{2}|_{3}|\))$/u.test(word) && !ABBREVIATION.test(word)) return true;
  }
  return false;
}

export interface Assessment {
  readonly score: number;
  /** Each adjustment as "+0.15 the author marked the answer". */
  readonly reasons: readonly string[];
}

/** Candidates below this confidence are dropped. */
export const MIN_CONFIDENCE = 0.5;

/** How often a generator's items are good before anything else is known (from the blind ratings). */
const PRIOR: Readonly<Record<string, number>> = {
  explicit: 0.9,
  'explicit-reverse': 0.8,
  acronym: 0.85,
  argument: 0.8,
  definition: 0.62,
  // "Which writ compels …?": a definition asked by its kind, which a label over two or more terms names. Not rated
  // yet when written; set as the definitions it comes from.
  kind: 0.62,
  concept: 0.6,
  question: 0.6,
  'question-list': 0.45,
  date: 0.55,
  who: 0.62,
  cloze: 0.47,
  contrast: 0.6,
  cause: 0.6,
  ellipsis: 0.6,
  // A table's cell asked by its row and column: 9 of 11 rated acceptable with no other signal (quality.md).
  table: 0.5,
  what: 0.3,
  'subject-cloze': 0.35,
  order: 0.6,
};
const UNKNOWN_PRIOR = 0.5;

/** Law report and section references make a prompt about the citation, not the idea. */
const REFERENCES =
  /\[\d+\]|\bss?\s?\d+[A-Z]?\b|\br{1,2}\s?\d+\.\d+|\b(?:CLR|ALR|ALJR|WLR|NSWLR|VR|UKHL|UKSC|HCA|FCA|FCR|FCAFC|NSWCA|AC|QB|KB|Ch|All ER|LGERA|DLR)\b|\[[A-Z]{2,}-[A-Z0-9]+\]/;
/** A demonstrative that points at something the prompt does not show ("such a copy", "this inviolability"). */
const POINTER =
  /\b(?:this|these|those|said|aforementioned)\s+(?!(?:out|up|off|and|or|to|in|on|of|by|with|for|at|as)\b)\p{Ll}+|\bsuch\s+(?!(?:as|that)\b)\p{Ll}+|\bthe (?:above|following)\b/iu;
/** "act that way", "That interest is …": "that" pointing back at a thing the prompt does not show. */
const THAT_POINTER =
  /\bthat\s+(?:way|issue|issues|case|point|idea|time|law|rule|test|one|approach|argument|view|decision|declaration|interest|relationship|system|process|section|period|promise|agreement|event)\b/i;
/** "Resonance the frequency at which …": a noun first, then an article and a small word, as the tagger reads it. */
function termBesideMeaning(sentence: string): boolean {
  if (!/^\p{Lu}\p{Ll}+ (?:the|a|an) \p{Ll}/u.test(sentence)) return false;
  const first = tag(sentence).find((t) => t.pos !== 'SPACE');
  return first?.pos === 'NOUN' || first?.pos === 'PROPN';
}

/** An ordinal or "key" and a word for a point of a list ("The Second Explanation", "Key consideration"). */
const LIST_LABEL =
  /^(?:(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|next|other|key|main)\s+(?:explanation|reason|point|consideration|factor|step|stage|argument|idea|issue|principle|feature|theme|aspect|element|problem|cause|effect|method|approach|question|thing)s?|first(?:ly)?|secondly|thirdly|next|then|finally|lastly)$/i;
/**
 * "the laws at issue", "the legislation at hand", "the case in question", "added to the list": a thing the sentence
 * names as known, which only the lines around it name (0 of 24 past ratings acceptable).
 */
const UNNAMED_REFERENT =
  /\bthe (?:[\p{L}-]+ ){1,2}(?:at issue|at hand|in question)\b|\b(?:added to|put on|on|onto|removed from|taken off) the list\b(?! of)/iu;
/** "the option we've studied most so far", "covered in this lesson": a remark about the course, true only in it. */
const COURSE_REMARK =
  /\bwe(?:'ve|’ve| have)? (?:studied|learn(?:ed|t)|covered|seen|discussed|talked about|looked at|done)\b|\bin class (?:today|yesterday|this week)\b|(?<!\bthe )\b(?:this|last|next) (?:lesson|lecture|unit|class|week|term)\b/i;
/** "Govt.", "lang.", "temp constitution", "bc", "w/o", "def of": the student's shorthand, which an item copies badly. */
const SHORTHAND =
  /(?:^|[\s("])(?:[Gg]ovts?|[Gg]ov't|lang|bc|bcos|cuz|coz|b\/c|b\/w|w\/o?|ppl|thru|tho|abt|approx|esp|dept|mgmt|intl|natl|reqd|wrt|shd|wd|nxt)\.?(?=[\s,;:)"]|$)|(?:^|\s)(?:temp|def)\.?\s+(?:of|are|is|constitution|govt|government)\b/;
/**
 * A letter ("G", "Q"), two lower-case letters ("al") or a product of letters ("t x Q"): notation. Two capitals ("EU",
 * "UN") are an abbreviation and a capital with a small letter ("Io", "Ur", "pH") a name or a unit: facts of their own.
 */
function isNotation(answer: string): boolean {
  return /^(?:\p{L}|\p{Ll}{2}|\p{L}\s*[x×*/]\s*\p{L})$/u.test(answer) && answer !== 'pH';
}

/** Who-questions about what many people did: moving, living, speaking, converting, dying, travelling, studying. */
const GENERIC_LIFE_EVENT =
  /^Who (?:(?:eventually|later|then|also|first|soon|finally|once)\s+)?(?:moved|lived|lives|spoke|speaks|knew|knows|converted|died|went|travell?ed|studied|returned|visited|was accepted|was born|grew up|worked|taught|learned|believed in)\b/;
/** When something happened, in a question: "in March 2010", "on 4 June 1998", "in 1998" (not "the … Act 2002"). */
const DATED_EVENT =
  /\b(?:in|on|during|since|until|before|after)\s+(?:(?:early|late|mid)\s+)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1[0-9]|20)\d\d\b/;
/** Words that date a statement to the time it was written: what is "not yet" done or true "so far". */
const STILL_UNFOLDING = /\b(?:(?:has|have|is|are) not yet|so far)\b/i;
/** "is makes", "was causes": a form of "be" or a modal right before a verb in its -s form, as the tagger reads it. */
function auxBeforeVerb(text: string): boolean {
  let tokens: ReadonlyMap<number, string> | undefined;
  for (const m of text.matchAll(/\b(?:is|are|was|were|will|can|could|would|should|must)\s+(\p{Ll}+s)\b/gu)) {
    const word = m[1] ?? '';
    if (/(?:ss|us|is|ous)$/.test(word) || recogniseVerb(word)?.form !== 'present') continue;
    tokens ??= new Map(tag(text).map((t) => [t.start, t.pos]));
    if (tokens.get((m.index ?? 0) + m[0].length - word.length) === 'VERB') return true;
  }
  return false;
}

/** "Atomists proposed … called ___" → atoms: a one-word answer whose stem starts a longer word of the prompt. */
function stemInPrompt(prompt: string, answer: string): boolean {
  const a = answer.trim().toLowerCase();
  const shown = promptWords(prompt);
  if (!/^\p{L}{4,}$/u.test(a)) return nameInPrompt(shown, answer);
  const stem = a.replace(/(?:es|s)$/, '');
  if (stem.length < 4) return false;
  return (
    shown.some((w) => w !== a && w.length > stem.length && w.startsWith(stem)) || derivedInPrompt(shown, a)
  );
}

/** Endings that make a noun of another word: "Fairness" of "fair", "Feminism" of "feminist". */
const DERIVING_SUFFIX =
  /(?:ness|ities|ity|ments|ment|ations|ation|tions|tion|isms|ism|ists|ist|ance|ence|ship)$/;

/** What a word built on a root ends with: "fair|ly", "femin|ist", "govern|ments" (not "dist|inct" for distance). */
const ROOT_ENDING =
  /^(?:|s|es|ly|ed|er|ers|ing|al|ally|ist|ists|ism|isms|ness|ity|ate|ated|ates|ment|ments|ant|ants|ent|ents|ive|ic|ical|ise|ised|ize|ized)$/;

/** "… the parties are treated fairly" → Fairness: the prompt shows another word built on the answer's root. */
function derivedInPrompt(shown: readonly string[], answer: string): boolean {
  const a = answer.trim().toLowerCase();
  if (!/^\p{L}{5,}$/u.test(a) || !DERIVING_SUFFIX.test(a)) return false;
  const root = a.replace(DERIVING_SUFFIX, '');
  const plural = a.replace(/(?:es|s)$/, '');
  return (
    root.length >= 4 &&
    shown.some((w) => w.startsWith(root) && !w.startsWith(plural) && ROOT_ENDING.test(w.slice(root.length)))
  );
}

/**
 * An answer of two content words or more, each of which the prompt shows as written beside the blank (not another
 * form of it: "___ splits the list … then merges the sorted halves" → Merge sort still asks for the name).
 */
function everyWordShown(prompt: string, answer: string): boolean {
  const wanted = contentWords(answer).filter((w) => w.length >= 3);
  if (wanted.length < 2) return false;
  const shown = new Set(contentWords(prompt.replace(/_{3,}/g, ' ')));
  return wanted.every((w) => shown.has(w));
}

/** The prompt's words, lowercased, without the blank. */
function promptWords(prompt: string): string[] {
  return (
    prompt
      .replace(/_{3,}/g, ' ')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  );
}

/**
 * "Constantinople means ___ → the city of Constantine", "… created the ___ → Hippocratic Oath" beside
 * "Hippocrates": a name of the answer (six letters or more, less its ending) starts a longer word of the prompt.
 */
function nameInPrompt(shown: readonly string[], answer: string): boolean {
  const names = answer.match(/\p{Lu}\p{Ll}{5,}/gu) ?? [];
  return names.some((name) => {
    const n = name.toLowerCase();
    const stem = n.replace(/(?:es|s|e|a|o|us|ic)$/, '');
    return shown.some((w) => w !== n && w.length > stem.length + 1 && w.startsWith(stem));
  });
}

/** Words that only title a name: "King Henry V" is "Henry V" to a reader. */
// Not "Lady", "Mrs", "Mr": "Lady Macbeth" and "Mrs Birling" are other people than "Macbeth" and "Birling".
const TITLE_WORD =
  /^(?:King|Queen|Saint|St\.?|Emperor|Empress|Pope|President|Prince|Princess|Duke|Duchess|General|Tsar|Czar|Sultan|Caliph|Pharaoh)$/;

/**
 * "… given by Henry V … from Shakespeare's ___" → King Henry V: an answer of several words whose every capitalised
 * word but its titles stands in the prompt already, so only the title is left to recall.
 */
function namedButForTitle(prompt: string, answer: string): boolean {
  const words = answer.trim().split(/\s+/);
  const names = words.filter((w) => /^\p{Lu}/u.test(w) && !TITLE_WORD.test(w));
  if (words.length < 2 || names.length === 0 || names.length === words.length) return false;
  const shown = ` ${prompt.replace(/_{3,}/g, ' ').replace(/[^\p{L}\p{N}'’.]+/gu, ' ')} `;
  return names.every((name) => shown.includes(` ${name} `));
}

/** "___ is direct current" → DC: an all-capital answer made of the initials of words the prompt shows. */
function initialsInPrompt(prompt: string, answer: string): boolean {
  const a = answer.trim();
  if (!/^[A-Z]{2,6}$/.test(a)) return false;
  const shown = prompt
    .replace(/_{3,}/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return shown
    .map((w) => w.charAt(0).toUpperCase())
    .join('')
    .includes(a);
}

/** Names that take "the" ("the Philippines", "the Soviet Union") right after a preposition without it. */
const NEEDS_THE =
  /\b(?:in|to|from|at|across|into|around|through|near|of|with|against|throughout)\s+(?:Philippines|Netherlands|United\s+(?:States|Kingdom|Nations)|Soviet\s+Union|Middle\s+East|Far\s+East|Balkans|Alps|Andes|Himalayas|Caribbean|Vatican|Sahara|USA|Maldives|Bahamas)\b/;

/** "there was doubts and challenges": "there was" before a plural noun is the note's grammar, not a sentence to copy. */
function singularThereBeforePlural(text: string): boolean {
  for (const m of text.matchAll(/\bthere\s+(?:was|is)\s+(\p{Ll}{3,}s)\b(?!\s+of\b)/giu)) {
    const word = m[1] ?? '';
    if (/(?:ss|us|is|ics|ness|ous|ws)$/.test(word)) continue;
    const at = (m.index ?? 0) + m[0].length - word.length;
    if (tag(text).some((t) => t.start === at && t.pos === 'NOUN')) return true;
  }
  return false;
}

/** "Later in course", "TBC", "see below": a note the student left themselves, not a term or a fact. */
const NOTE_TO_SELF =
  /^(?:(?:covered\s+)?later\s+in\s+(?:the\s+)?(?:course|term|unit|semester)|to\s+be\s+(?:covered|continued|added|confirmed)|tb[cd]|todo|see\s+(?:below|above|later)|more\s+(?:on\s+this\s+)?later)$/i;
/** "again", "the former", "down below", "this as": words that lean on the text around the sentence. */
const BACK_REFERENCE =
  /\bagain\b|\bas a (?:result|consequence)\b(?! of)|\b(?:because of|despite) this\b|\bin response\b(?! to)|\bthe (?:former|latter)\b|\b(?:down below|see above|as above|see below)\b|\b(?:this|these|those)\s+(?:as|is|was|are|were)\b/i;
/** Kinds whose answer depends on knowing who or what the statement is about. */
const SUBJECT_DEPENDENT = new Set(['who', 'what', 'subject-cloze', 'cloze', 'date', 'cause', 'contrast']);

/** What the confidence needs to know about the note a candidate comes from. */
export interface NoteSignals {
  readonly english: boolean;
  /** A note full of case citations (law notes): its people and dates are mostly the facts of cases. */
  readonly caseLaw: boolean;
  /** The parties of the cases a note of cases names, lowercased ("white", "john warwick & co ltd"). */
  readonly caseParties?: ReadonlySet<string>;
  /** Each party's other side in the cases the note names ("hutton" → ["herne bay steam boat co"]). */
  readonly caseOpponents?: ReadonlyMap<string, readonly string[]>;
  /** How many times the note writes a word (lower case): a word the author wrote once may be a slip of the pen. */
  readonly timesWritten?: (word: string) => number;
}

const PLAIN_NOTE: NoteSignals = { english: true, caseLaw: false };

/** Governments and their offices, which are parties of cases and subjects of the law alike. */
const GOVERNMENT =
  /^(?:the\s+)?(?:commonwealth|crown|state|states|republic|kingdom|government|parliament|congress|attorney[- ]general|minister|united\s+(?:states|kingdom)|federal)\b/i;

/**
 * "Who hired a boat from Herne Bay?" → Hutton, in a note on "Herne Bay Steam Boat Co v Hutton": the question (or a
 * cloze, "In Donoghue v ___") names the answer's other side, so the case's own name gives the answer away. A side
 * is named by its whole name or by its first word of four letters or more ("Herne", "Norwich").
 */
function namesOpponent(c: Candidate, note: NoteSignals): boolean {
  if (!note.caseOpponents || !isCaseParty(c.answer, note.caseParties)) return false;
  const a = c.answer
    .replace(/^the\s+/i, '')
    .trim()
    .toLowerCase();
  const asked = c.prompt.toLowerCase();
  for (const [party, opponents] of note.caseOpponents) {
    if (!namesParty(a, party)) continue;
    for (const o of opponents) {
      const first = o.split(/[\s-]+/)[0] ?? '';
      // "Bank of NSW v Jones", "Australian Competition … v TPG": a word of English or a people's adjective is no name.
      const named =
        first.length >= 4 &&
        !GOVERNMENT.test(first) &&
        !isKnownWord(first) &&
        !/(?:ian|ese|ish)$/.test(first);
      if (hasWholeWord(asked, o) || (named && hasWholeWord(asked, first))) return true;
    }
  }
  return false;
}

/** "Roffey Bros" of "Roffey Bros & Nicholls Ltd", "Hutton": an answer that is a party of a case the note names. */
function isCaseParty(answer: string, parties: ReadonlySet<string> | undefined): boolean {
  if (!parties || parties.size === 0 || !/^\p{Lu}/u.test(answer)) return false;
  const name = answer.replace(/^the\s+/i, '').trim();
  // "The Commonwealth has power over external affairs", "The United States withdrew …": a government or a place is
  // what the note is about, even when it is also a party of a case.
  if (isPlaceOrPeople(name) || GOVERNMENT.test(answer)) return false;
  const a = name.toLowerCase();
  if (a.length < 3) return false;
  for (const p of parties) if (namesParty(a, p)) return true;
  return false;
}

/** "Who was taught …", "Who were driven out …": a who-question in the passive. */
const PASSIVE_WHO = /^Who (?:was|were) (?:\p{Ll}+ly )?\p{Ll}+(?:ed|en|ght|wn)\b/u;

/**
 * "Who was taught by a pupil of Euclid?", "Who was named Doctor of the Church?": what was done to someone fits many
 * people; with choices it is fair (60 of 67 past ratings acceptable), asked open it is not (28 of 78). Such an
 * item with no year or figure is kept only when it became a choice.
 */
export function fitsManyWithoutChoices(c: Candidate): boolean {
  // A year or a figure pins it to one person ("Who was crowned emperor by Pope John XII in 962?").
  return c.kind === 'qa' && c.generator === 'who' && PASSIVE_WHO.test(c.prompt) && !/\d/.test(c.prompt);
}

/** The confidence of one candidate, given the fact it was made from (when it was made from one). */
export function assess(c: Candidate, fact: Fact | undefined, note: NoteSignals = PLAIN_NOTE): Assessment {
  const english = note.english;
  const reasons: string[] = [];
  let score = PRIOR[c.generator] ?? UNKNOWN_PRIOR;
  reasons.push(`${score.toFixed(2)} made by ${c.generator}`);
  const adjust = (delta: number, why: string): void => {
    score += delta;
    reasons.push(`${delta > 0 ? '+' : ''}${delta.toFixed(2)} ${why}`);
  };
  // "Some Kharif crops" → "Paddy, maize, bajra, etc.": the author's card asks for some of an open list (0 of 5 rated).
  if (
    c.kind === 'explicit' &&
    /^(?:some|what are some|name some|give some|list some)\b/i.test(c.prompt.trim())
  )
    adjust(-0.5, 'asks for some of an open list');
  // "Write about the events of the assembly", "Write some uses of a concave mirror": an essay task, not a card (0 of 3).
  // "Write down the formula for …", "Write an expression for …" ask for one thing and stay.
  if (
    c.kind === 'explicit' &&
    /^write\s+(?:about|some|(?:a\s+)?(?:short\s+|brief\s+)?notes?\s+on|an?\s+(?:essay|paragraph|account)|a\s+few)\b/i.test(
      c.prompt.trim(),
    )
  )
    adjust(-0.5, 'an essay task, with no one answer to recall');

  // "Label the regions on Belgium" → "🟨 Flemish Region …": the author's card goes with a picture the item cannot show.
  // "Mark Antony allied with whom …?", "Shade tolerance is called?": the verb is followed by what to mark.
  if (
    c.kind === 'explicit' &&
    /^(?:[Ll]abel|[Dd]raw|[Ss]ketch|[Mm]ark|[Cc]olou?r in|[Ss]hade|[Aa]nnotate)\s+(?:the|a|an|each|all|on|in|this|these)\b/.test(
      c.prompt.trim(),
    )
  )
    adjust(-0.5, 'asks to label or draw a picture the item cannot show');

  if (fact) {
    if (fact.unresolved) adjust(-0.5, 'an unresolved pronoun');
    if (fact.inherited && fact.subject && !fact.subject.person && SUBJECT_DEPENDENT.has(c.generator)) {
      // "Flashcards", "Abolish Treaty of Versailles": a heading that is a label or a phrase is no subject.
      const named = PROPER_NAME.test(fact.subject.name) && !isStructuralLabel(fact.subject.name);
      // "Full Text was ___", "Summary became …": a heading that labels a part of the note is nobody's name.
      if (isStructuralLabel(fact.subject.name))
        adjust(-0.4, 'the subject is a heading that labels a part of the note');
      else if (!named) adjust(-0.2, 'the subject is a heading that is not a name');
    }
    if (/^\p{Ll}/u.test(fact.written.trim()) && fact.origin === 'sentence')
      adjust(-0.3, 'the statement starts mid-sentence');
    if (fact.origin === 'sentence') {
      const n = words(fact.text).length;
      if (n > 30) adjust(-0.15, `a long prose sentence (${n} words)`);
      else adjust(-0.05, 'a prose sentence, not a note');
    }
    if (answerIsMarked(c, fact)) adjust(0.15, 'the author marked the answer');
    if (isBarePassive(fact, c.kind === 'cloze' || c.kind === 'date'))
      adjust(-0.25, 'a participle without its "was" ("Cities abandoned around …")');
    else if (isWholeShortStatement(fact)) adjust(0.1, 'a short statement with its own subject and verb');
    if (fact.datePrefix && c.kind === 'date') adjust(0.1, 'the date labels the statement');
    // "Nazi party failed to gain power ___ → 1924–1929": a span of years asked as one date (1 of 11 rated).
    if (c.kind === 'date' && /\d\s*[–—-]\s*\d/.test(c.answer))
      adjust(-0.3, 'a span of years asked as one date');
  }

  if (c.kind !== 'argument' && c.kind !== 'order' && c.kind !== 'explicit') {
    // "India started around ___", "Society randomly and mysteriously disappeared around ___": a place, or a noun
    // with no article, that began or ended: what began (its civilisation, its kingdom) was left in the heading.
    if (c.kind === 'date' && lostWhatBegan(c.prompt))
      adjust(-0.35, 'a place or a bare noun "started" or "disappeared": what did was left in the heading');
    // "The government has not yet released a draft, but in ___ it published a survey": a date of news still
    // unfolding when the note was written (0 of 23 past ratings acceptable: "a trivial, time-bound detail").
    if (c.kind === 'date' && STILL_UNFOLDING.test(c.prompt))
      adjust(-0.3, 'a date of news still unfolding when the note was written ("has not yet …")');
    // "Manufacturing output grew by 10.3% (___)", "included in the volume … (___)": 17 of 58 acceptable when rated.
    if (c.kind === 'date' && /\(\s*_{3,}\s*\)/.test(c.prompt))
      adjust(-0.2, 'a date in brackets beside the statement, not what it is about');
    const caseLaw = c.context.some(namesCase);
    if (caseLaw && (c.kind === 'date' || c.answerType === 'person' || NAME.test(c.answer)))
      adjust(-0.35, "a detail of a case's facts (a date or a party)");
    // Rated: dates 0 of 11 acceptable (the day a share price fell), parties 65 % (the case is often unnamed).
    else if (note.caseLaw && c.kind === 'date') adjust(-0.3, 'a date in a note of cases');
    else if (note.caseLaw && c.answerType === 'person') {
      adjust(-0.2, 'a party in a note of cases');
      // "Who counter-sued for damages?", "Who argued that the contract was frustrated?": with no other name and no
      // figure, a party's act fits many cases (54 of 128 rated acceptable, against 203 of 260 that name one).
      if (
        c.generator === 'who' &&
        isCaseParty(c.answer, note.caseParties) &&
        !/\s\p{Lu}|\d/u.test(c.prompt.replace(/^Who\s/, ' '))
      )
        adjust(-0.3, "a party's act that names nothing else: it fits many cases");
    } else if (caseLaw && c.kind === 'cloze') adjust(-0.15, 'a detail of a case (rated 36 % acceptable)');
    if (note.caseLaw && namesOpponent(c, note))
      adjust(-0.35, "the question names the answer's other side: the case's name gives it away");
    // "Who had opened an account with St George Bank in March 2010?": who did what on a day of a case's story
    // (14 of 54 past ratings acceptable: "background detail, not the legal point").
    if (note.caseLaw && /^Who\b/.test(c.prompt) && DATED_EVENT.test(c.prompt))
      adjust(-0.3, "who did what at a date of a case's story");
    // "White hired a tricycle from ___ → John Warwick" under "White v John Warwick": who did what in a case's
    // story, asked in the case's own words (15 of 57 rated acceptable). A who-question about a party is left to
    // the rules above: asked as a choice between the parties it was rated 62 % acceptable.
    if (
      note.caseLaw &&
      c.kind !== 'choice' &&
      c.generator !== 'who' &&
      isCaseParty(c.answer, note.caseParties)
    )
      adjust(-0.35, 'the answer is a party of a case the note names');
    // "The ___ allowed the appeal" → High Court: which court heard it is a detail of the case (6 of 26 rated).
    if ((c.kind === 'cloze' || c.kind === 'qa') && COURT.test(c.answer))
      adjust(-0.3, 'the answer is a court, a detail of the case');
    // Under "Facts", "Background", "Procedural history": the story of a case, not the rule (26 of 87 rated).
    if (
      (c.kind === 'cloze' || c.kind === 'date' || c.answerType === 'person') &&
      c.context.slice(1).some((h) => CASE_STORY.test(h.trim()))
    )
      adjust(-0.2, "from a case's facts or procedural history");
    if (c.generator === 'table') tableShape(c, adjust);
    if (c.generator === 'question-list' && /\d/.test(c.answer))
      adjust(-0.2, 'a figure recalled by its place in a list');
    if (c.generator === 'who' && WHO_GARBLED.test(c.prompt))
      adjust(-0.3, 'the question is not a sentence about a person');
    if ((c.kind === 'qa' || c.kind === 'choice') && WHO_LIFESPAN.test(c.prompt))
      adjust(-0.4, 'a span of years picks out no one person');
    if (c.generator === 'cause') causeShape(c, adjust);
    if (c.generator === 'question') authorQuestionShape(c, adjust);
    if (
      c.generator === 'cause' &&
      /^Why (?:does|do|did|is|was|were|are) (?:\p{Lu}\p{Ll}+ed|the evidence|[Cc]ourt)\b/u.test(c.prompt)
    )
      adjust(-0.3, 'the why-question lost its subject');
    if (c.generator === 'contrast' && !CONTRAST.test(c.prompt))
      adjust(-0.3, 'the contrast has no clear subjects');
    // Rated blind: 0 of 14 contrasts of actions ("What did NSW appeal, unlike …?") and 1 of 21 open concepts
    // ("What was Capital? → interest as reward") were acceptable; a stance or an argument is what contrasts.
    if (c.generator === 'contrast' && !STANCE.test(c.prompt))
      adjust(-0.3, 'a contrast of actions, not of what each side wanted or held');
    if (c.generator === 'concept' && !/^What did\b/.test(c.prompt))
      adjust(-0.3, 'an open "What is …?" answered by notes about it, not by what it argued');
    // Other languages are not parsed into clauses: their clozes are of marked terms only (generation.md §2).
    const statementCloze = c.kind === 'cloze' && c.generator !== 'question-list' && english;
    // "___ land-developer.", "Cities abandoned around ___", "In ___, Champaran, Bihar": fragments, not statements.
    // "Compulsory for police force to be | set up …": a subject that ends with "to be" is an infinitive read as one.
    const clauseOfFact = fact?.clause && !/\bto be$/i.test(fact.clause.subject) ? fact.clause : undefined;
    if ((statementCloze || (c.kind === 'date' && english)) && fact && !clauseOfFact) {
      // "**1869** - The Suez Canal opened": after a date label, an -ed verb is the event itself.
      const verb =
        fact.datePrefix && verbEvidence(fact.text) === 'participle' ? 'finite' : verbEvidence(fact.text);
      if (verb === 'finite') adjust(-0.1, 'the statement has a verb but no clear subject');
      else if (verb === 'participle')
        adjust(-0.2, 'the statement has only a participle ("abandoned around")');
      else adjust(-0.3, 'the statement has no verb');
    }
    if ((statementCloze || (c.kind === 'date' && english)) && /_{3}/.test(c.prompt)) taggedShape(c, adjust);
    // "Arteries takes blood ___", "choices depends on …": the note's slip, copied into the item (1 of 4 rated).
    const filled = c.prompt.replace(/_{3,}/, () => c.answer);
    if (
      (statementCloze || (c.kind === 'date' && english)) &&
      !/\bone of\b/i.test(c.prompt) &&
      hasAgreementSlip(filled)
    )
      adjust(-0.3, 'subject and verb disagree in number ("arteries takes")');
    else if (c.kind === 'qa' && english) {
      const slip = wordSlip(c.prompt);
      if (slip) adjust(-0.3, `note-speak: ${slip}`);
    } else if (statementCloze) {
      // "Any treaty that contradict …", "was go through", "… is important here": the note's own slip.
      // The bullet above, when the breadcrumb still shows it and it is a statement (not a label such as "Threats" or a
      // case's name), may name what "it" stands for.
      const parent = c.context[c.context.length - 1] ?? '';
      const parentShown =
        fact?.underBullet === true &&
        c.context.length === fact.context.length &&
        words(parent).length >= 4 &&
        !/\s(?:v|vs)\.?\s/.test(parent);
      const slip = noteSpeak(filled, { parentShown });
      if (slip) adjust(-0.3, `note-speak: ${slip}`);
    }
    // "Kenneth Waltz's book ___. Human nature is not the cause of war.": a statement cloze over two sentences or
    // more leans on the note's flow (10 of 38 past dev ratings acceptable).
    if (statementCloze && moreThanOneSentence(c.prompt)) {
      adjust(-0.3, 'the statement runs over more than one sentence');
    }
    // "Byzantium created many ___", "breaking into multiple ___": a blank after a quantifier is one of many (2 of 27).
    // "some ___ houses" with a figure is "about", and "as many ___ as" a comparison.
    if (
      statementCloze &&
      !/\d/.test(c.answer) &&
      /(?<!\bas\s)\b(?:many|several|some|various|numerous|other|multiple)\s+_{3,}/i.test(c.prompt)
    )
      adjust(-0.4, 'the blank is one of many ("created many ___")');
    // "the relationship between ___" → 1/100: "between" takes two things, and an answer that is one leaves the
    // other unsaid ("between ___" → "Rome and Carthage" is whole).
    if (
      c.kind === 'cloze' &&
      // "between the ___ and the Soviet Union" names the other thing itself.
      /\bbetween\s+(?:the\s+)?_{3,}(?!\s*(?:,\s*)?(?:and|&|or)\b)/i.test(c.prompt) &&
      !/\s(?:and|&|or)\s|,|(?<!\d)\/|\/(?!\d)|\bvs?\.?\s/i.test(c.answer)
    )
      adjust(-0.3, 'the blank after "between" holds one thing of two');
    // "___ - Determination Mendel is …", "The ___- a State that …", "delivered ___ – Balance to be …": a blank that opens
    // on a dash, is glued to a hyphen or is followed by a new statement is a label and its notes run together (3 of 17
    // rated acceptable); "is ___ — not Sydney" is an ordinary aside.
    if (c.kind === 'cloze' && /^_{3,}\s*[-–—]\s|(?<!_)_{3,}-\s|(?<!_)_{3,}\s*[-–—]\s+\p{Lu}/u.test(c.prompt))
      adjust(-0.3, 'the blank is a label before a dash, not part of a sentence');
    if (statementCloze && words(c.answer).length === 1 && !answerIsMarkedIn(c, fact))
      adjust(-0.1, 'one word the author did not mark');
    if (c.generator === 'definition') definitionShape(c, fact, adjust);
    if (c.generator === 'kind') kindShape(c, adjust);
    if (/^(?:What|Who) (?:is|are|was|were) \w+ (?:a|an|the)\b.*\bby\b/.test(c.prompt))
      adjust(-0.2, 'a passive that keeps its object ("is set a target … by")');
    // "Who converted his first wife?" under only the note title: nothing in it points to one person.
    if (c.generator === 'who' && fact?.inherited && !/\s\p{Lu}/u.test(c.prompt.replace(/^Who\s/, ' ')))
      adjust(-0.2, 'nothing in the question names whom it is about');
    // "Who spoke Greek?", "Who moved to the University of Paris?", "Who eventually converted to Christianity?": an
    // event of many lives identifies no one without a date or what the person held (13 of 135 ratings acceptable).
    // A longer predicate says more ("Who studied under Bertrand Russell at Cambridge?"): at most three words count.
    if (
      c.generator === 'who' &&
      GENERIC_LIFE_EVENT.test(c.prompt) &&
      !/\d|\b(?:that|believing)\b/.test(c.prompt) &&
      contentWords(c.prompt.replace(GENERIC_LIFE_EVENT, '')).length <= 3
    )
      adjust(-0.35, 'an event of many lives: it fits many people');
    if (c.generator === 'who' && fact && describesSomeoneElse(fact, c.answer))
      adjust(-0.3, 'the bullet above names another person: this may describe them');
    // "`Ethos` Persuasion through the speaker's character" under "Aristotle": a marked term and its meaning, not
    // a description of the person ("Who was Ethos Persuasion …?").
    if (c.generator === 'who' && fact?.description && opensWithMarkedTerm(fact))
      adjust(-0.4, 'a marked term and its meaning, not a description of the person');
    if (c.generator === 'who' && fact?.description && !identifies(c.prompt))
      adjust(-0.25, 'a description that fits many people');
    // "Who named Hagia Sophia?", "Who eventually released and became …?": under a person's heading, "Named X" and
    // "Released and …" are passives whose "was" the note left out; asked with "Who" their voice turns round.
    if (
      c.generator === 'who' &&
      fact?.inherited &&
      /^Who (?:(?:eventually|later|then|also|soon|finally)\s+)?(?:(?:named|called|dubbed|termed)\s+\p{Lu}|(?:released|freed|captured|imprisoned|exiled|elected|crowned|bapti[sz]ed|ordained|educated|raised|born|named)\s+and\b)/u.test(
        c.prompt,
      )
    )
      adjust(-0.4, 'a passive without its "was": the question turns its voice round');
    // "Which term means: a more moderate character than Odysseus?", "Who was opposite of Thucydides?": a comparison
    // with one other thing says what the answer is like, not what it is (0 of 11 rated acceptable).
    if (
      /^Which term means: (?:an? |the )?(?:(?:more|less) \p{Ll}+(?: \p{Ll}+)?|(?!(?:rather|other)\b)\p{Ll}{3,}er) than\b/u.test(
        c.prompt,
      ) ||
      /^Who (?:was|is|were|are) (?:the )?(?:opposite|similar|like|unlike|different)\b/.test(c.prompt)
    )
      adjust(-0.4, 'a comparison with one other thing, not what the answer is');
    // "What happened to the property? → Step 2: Identify the breach …": the answer is the note's next heading.
    if (/^(?:Step|Part|Stage|Chapter|Section|Unit|Lesson|Topic)\s*\d+(?:\.\d+)*\s*[:.)–-]\s/i.test(c.answer))
      adjust(-0.4, 'the answer is a numbered heading of the note');
    // "Units of ___ are siemens → G", "___ stands for 'quadrature' → Q", "revenue is ___ → t x Q": a letter or a
    // symbol is the notation, not the fact (1 of 7 rated acceptable); an element's symbol asked as one is a fact.
    if (
      (c.kind === 'cloze' || c.kind === 'qa' || c.kind === 'reverse') &&
      isNotation(c.answer.trim()) &&
      !/\b(?:symbols?|elements?|formulae?|formulas|vitamins?|types?|groups?|chromosomes?|hepatitis|grades?)\b/i.test(
        c.prompt,
      )
    )
      adjust(-0.4, 'the answer is a letter or a symbol, not what it stands for');
    // "What is when you want resistance but get inductance?": a when-clause asked as if it were a thing (0 of 13).
    if (/^What (?:is|are|was|were) (?:when|where|if|whether|because|how)\b/i.test(c.prompt))
      adjust(-0.4, 'asks "What is when …?": a clause, not a thing');
    // "Who makes two claims in the passage cited: that sex is …?": a colon inside a question joins two statements.
    if (/^(?:Who|What|Why|When|How)\b[^?"“”]*[^\d\s]:\s+\S[^?]*\?$/.test(c.prompt))
      adjust(-0.3, 'a colon inside the question joins two statements');
    // "Who outlined a simple test?", "Who wrote a book?": a deed done to "a" something the question never names fits
    // whoever did any such thing ("Who outlined a simple test? → Brennan J" was rated unanswerable).
    if (
      c.generator === 'who' &&
      /^Who\s+\p{Ll}+\s+(?:a|an)\s+(?:\p{Ll}+\s+)?\p{Ll}+\?$/u.test(c.prompt.trim())
    )
      adjust(-0.3, 'what was done is "a" thing the question never names');
    if (c.generator === 'who' && !looksLikePerson(c.answer))
      adjust(-0.3, 'the answer does not look like a person');
    // "Who saw this as an opportunity …?", "Who thought of it as a civil war?": whom "this" or "it" means is not shown.
    if (c.generator === 'who' && /\b(?:it|this|that)\s+(?:as|was|is|to|in|of|for)\b/i.test(c.prompt))
      adjust(-0.2, '"this" or "it" in the question points at something not shown');
    // "Most settled in ___'s refugee camps", "The Act of ___'s main areas": a blank before a possessive asks for
    // half of a noun phrase.
    if ((c.kind === 'cloze' || c.kind === 'date') && /(?<!_)_{3,}['’]s\b/.test(c.prompt))
      adjust(-0.3, 'the blank owns the next words ("___\'s main areas")');
    if ((c.kind === 'cloze' || c.kind === 'date' || c.kind === 'qa') && runsOnAfterComma(c.prompt))
      adjust(-0.3, 'two sentences joined by a comma ("…in ___, the effectiveness was low")');
    // "Why did the primary judge strike out …?", "Who argued its promise was unenforceable?": a role in a case
    // that neither the prompt nor the context names.
    if (UNNAMED_CASE_ROLE.test(c.prompt) && !namesCase(c.prompt) && !c.context.some(namesCase))
      adjust(-0.3, 'a judge or party of a case that is not named');
    // "Which term means: the rate at which one currency is exchanged for another?" in a note titled "Exchange rates"
    // asks the very definition the note is about (7 of 7 rated acceptable); a blank or a question about the topic
    // is what makes "Lenin" the answer five times over.
    if (c.context.length === 0 && c.kind !== 'reverse')
      adjust(-0.1, "the answer is the note's own topic (its title)");
    // "Atomists … particles called ___" → atoms, "___ is direct current" → DC: the prompt spells the answer out.
    if (c.kind === 'cloze' && (stemInPrompt(c.prompt, c.answer) || initialsInPrompt(c.prompt, c.answer)))
      adjust(-0.3, 'the prompt spells the answer out (its stem or its initials)');
    // "Mesopotamia means ___ (because it lay between the rivers)" → between the rivers: every word of it is shown.
    if (c.kind === 'cloze' && everyWordShown(c.prompt, c.answer))
      adjust(-0.3, 'every word of the answer stands elsewhere in the prompt');
    if (c.kind === 'reverse' && derivedInPrompt(promptWords(c.prompt), c.answer))
      adjust(-0.3, 'the meaning holds a word built on the term ("treated fairly" → Fairness)');
    // "Power tactics such as ___ are adopted …", "followed by a phrase like ___": the blank is one example of a
    // kind, and any other example fits it as well.
    if (c.kind === 'cloze' && EXAMPLE_SLOT.test(c.prompt))
      adjust(-0.3, 'the blank is one example of a kind ("such as ___"): others fit as well');
    // "… set in a year called the '___'", "the frock would '___'": the blank is the note's quoted wording, which
    // other words say as well.
    if (c.kind === 'cloze' && QUOTED_BLANK.test(c.prompt))
      adjust(-0.3, "the blank is the note's quoted wording: other words fit as well");
    // "Resonance the frequency at which ___ is equal to XC": a term, then its meaning, with no verb between.
    if ((c.kind === 'cloze' || c.kind === 'date') && termBesideMeaning(c.prompt.replace(/_{3,}/, c.answer)))
      adjust(-0.4, 'a term and its meaning with no verb between ("Resonance the frequency …")');
    if (c.kind === 'cloze' && namedButForTitle(c.prompt, c.answer))
      adjust(-0.3, 'the prompt names the answer but for its title ("Henry V" → King Henry V)');
    // "Who responds shortly - \"I'm on duty\"?": a dash joins the student's comment to a quotation (4 of 29).
    if (c.generator === 'who' && /\s[-–—]\s/.test(c.prompt))
      adjust(-0.3, 'a dash joins a comment and a quotation');
    const n = words(c.prompt).length;
    if (n > 35) adjust(-0.3, `a long prompt (${n} words)`);
    else if (n > 25) adjust(-0.1, `a longish prompt (${n} words)`);
    if (c.kind === 'cloze' && c.generator !== 'question-list' && /;/.test(c.prompt))
      adjust(-0.15, 'a flattened list');
    const list = c.prompt.slice(Math.max(c.prompt.lastIndexOf('?'), c.prompt.lastIndexOf(':')) + 1);
    if (c.generator === 'question-list' && list.split(/;\s*/).every((e) => words(e).length <= 4))
      adjust(0.1, 'a list of short elements');
    if (REFERENCES.test(c.prompt)) adjust(-0.15, 'section or report references in the prompt');
    // "When did Govt. pass an act to make Sinhala the official lang. …?" (2 of 32 rated acceptable).
    if (SHORTHAND.test(`${c.prompt} ${c.answer}`))
      adjust(-0.35, 'the note\'s shorthand ("Govt.", "bc", "w/o")');
    // "Which term means: the encoding option we've studied the most so far?" (0 of 6 rated acceptable).
    if (COURSE_REMARK.test(`${c.prompt} ${c.answer}`))
      adjust(-0.4, 'a remark about the course ("we\'ve studied so far"), not a fact');
    // 'a resolution including a "and international right to privacy"': a quotation that opens on a joining word was
    // cut out of a longer one.
    if (/(?:^|\s)["“‘]\s*(?:and|or|nor)\s/.test(c.prompt))
      adjust(-0.3, 'a quotation that opens mid-phrase ("and …")');
    // "Later in course: media ownership rules …" → "Later in course": a note the student left themselves.
    if (NOTE_TO_SELF.test(c.answer.trim())) adjust(-0.5, 'the answer is a note to self ("later in course")');
    // "The result is that the permission … ___", "This means that …": a sentence that opens on its link to the one
    // before it is half of an argument.
    if (/^(?:the result is that|this means that|this is because|that is why|this is why)\b/i.test(c.prompt))
      adjust(-0.3, 'opens on its link to the sentence before ("The result is that")');
    if (c.kind === 'cloze') {
      // "The ___ (No 2) was whether …" → Wagon Mound: a case's name cut before its number.
      if (/(?<!_)_{3,}\s*\(No\.?\s*\d+\)/.test(c.prompt))
        adjust(-0.35, "a case's name cut before its number");
      // "How significant does the impact need to be? -- ___.": a question and its answer run together.
      if (/\?[^_]*_{3}/.test(c.prompt)) adjust(-0.4, 'a question and its answer run together');
      // "If the statements in the ___ bore any promissory intent.": a subordinate clause with no main clause.
      if (
        /^(?:although|though|whereas|while|if|because|since|unless)\b/i.test(c.prompt) &&
        !/,/.test(c.prompt)
      )
        adjust(-0.4, 'a subordinate clause with no main clause');
      // "Arbitration binds the parties. ___." → Limitation Periods: a blank that is a sentence of its own is the next
      // heading run into the text (not after "4." of a list, "Dr.", "U.S." or "etc.").
      if (/(?<![\p{L}.])(?!etc\.)\p{Ll}{3,}[.!?]\s+_{3,}\s*[.!?]?$/u.test(c.prompt))
        adjust(-0.4, 'the blank is a sentence of its own: a heading run into the text');
      // "___=National has suffered the harm": an equals sign glued to the blank is the note's "means" ("Density = ___ /
      // volume", with spaces, is a formula).
      if (/(?<!_)_{3,}=|=_{3,}/.test(c.prompt)) adjust(-0.35, 'an equals sign glued to the blank: shorthand');
    }
    // "… epistemology is makes for inconsistent theory": an auxiliary before a present verb is the note's grammar.
    if (english && auxBeforeVerb(c.prompt)) adjust(-0.35, 'an auxiliary before a present verb ("is makes")');
    // "Who was killed in Philippines?": a name that needs its "the", written without it (0 of 11 rated acceptable).
    if (english && NEEDS_THE.test(`${c.prompt} ${c.answer}`))
      adjust(-0.3, 'a name that needs "the" written without it');
    if (english && singularThereBeforePlural(c.prompt))
      adjust(-0.35, '"there was" before a plural ("there was doubts")');
    // "an integral of the red signal": a colour names part of a picture the student cannot see (0 of 6).
    if (
      /\b(?:red|blue|green|yellow|black|orange|purple|pink)\s+(?:line|signal|curve|arrow|box|area|graph|dot|dots|circle|text|part)\b/i.test(
        `${c.prompt} ${c.answer}`,
      )
    )
      adjust(-0.4, 'points into a picture the student cannot see');
    // Rated: 17 of 66 acceptable ("Courts fixed these issues …", "Such system is called ___").
    if (
      POINTER.test(c.prompt.replace(/_{3,}/g, '')) ||
      THAT_POINTER.test(c.prompt) ||
      UNNAMED_REFERENT.test(c.prompt)
    )
      adjust(-0.3, 'points at something not shown');
    // "Heydon J again expressed …", "Who saw this as …?", "… and down below are …": the sentence leans on the
    // line before or after it (10 of 33 rated acceptable).
    else if (BACK_REFERENCE.test(c.prompt.replace(/_{3,}/g, '')))
      adjust(-0.3, 'refers back to a line not shown');
    // "An author lived there and wrote ___.": "there" points at a place the sentence has not named.
    if (pointsThere(c.prompt)) adjust(-0.3, 'points at a place not shown');
    // "What is the Appian Way? → one such road": the answer leans on the line above it.
    if (/^(?:one such|such|this|these|those|that one|it|they)\b/i.test(c.answer.trim()))
      adjust(-0.3, 'the answer points at something not shown');
    if (
      /^(?:both|another|other|its|their|his|her|the other|the two|the latter|the former|(?:one|some|most|many|all|each|none) of (?:them|these|those))\b/i.test(
        c.prompt,
      )
    )
      adjust(-0.2, 'starts by pointing at something not shown');
    // "Nor does the transaction need …", "All other types of impossibility are …": the sentence goes on from the
    // line before it (2 of 10 ratings acceptable).
    if (/^(?:nor|all\s+(?:the\s+)?other|the\s+rest\s+of)\b/i.test(c.prompt.trim()))
      adjust(-0.3, 'goes on from a line not shown');
    // "To identify if the language has a ___ …": a purpose with no sentence to serve (a comma or a modal brings
    // the sentence: "To obtain an injunction an applicant must show …").
    if (
      c.kind === 'cloze' &&
      /^to\s+\p{Ll}+\s/iu.test(c.prompt.trim()) &&
      !/,|\b(?:must|should|can|could|will|would|may|might|needs?\s+to|has\s+to|have\s+to)\b/i.test(c.prompt)
    )
      adjust(-0.3, 'a purpose with no sentence to serve');
    // The breadcrumb may name the referent ("him" under "Julius Caesar"); with only the title it cannot.
    if (c.context.length <= 1 && /\b(?:it|they|them|him|she|he)\b/i.test(c.prompt.replace(/_{3,}/g, '')))
      adjust(-0.15, 'a pronoun whose referent the prompt does not show');
    if (c.kind === 'cloze' && /(?<!_)_{3,}['’]s\b/.test(c.prompt)) adjust(-0.2, 'blanks a possessive name');
    // "Establish Whether PF ___ in the Circumstances", "Determine ___ is Exempt": a step of a method, not a fact
    // (clozes that open with a bare verb: 3 of 14 acceptable when rated).
    if (c.kind === 'cloze' && c.shape !== 'list' && opensWithCommand(c.prompt))
      adjust(-0.3, 'an instruction, not a statement');
    // "The ___ the efforts (…)" → "possibility of gain encourages": the blank takes in the sentence's verb (15 of 34).
    if (c.kind === 'cloze' && c.shape !== 'list' && answerHasVerb(c.answer))
      adjust(-0.3, 'the blank takes in a verb of the sentence');
    if (c.kind === 'cloze' && cutsName(c.prompt)) adjust(-0.3, 'the blank cuts a name in two');
    // "___ are ethnicity, tribe, kin … → Identity", "the implications of the ___ have been debated → letter of
    // comfort": the verb after the blank does not agree with the answer, so either the note slipped or the blank is
    // not what the verb is about (2 of 36 ratings acceptable).
    if (c.kind === 'cloze' && verbAfterBlankDisagrees(c.prompt, c.answer))
      adjust(-0.3, 'the verb after the blank does not agree with the answer');
    if (c.kind === 'cloze' && /\([^)]*_{3,}[^)]*\)/.test(c.prompt))
      adjust(-0.15, 'blanks an aside in brackets');
    // "Errors are always ___.", "Technology is enabling ___.": a short sentence that neither defines a word nor is
    // about its heading leaves too little around the blank to pin it down (about 1 in 5 ratings acceptable).
    if (
      c.kind === 'cloze' &&
      c.shape !== 'list' &&
      tooLittleAroundBlank(c.prompt, fact?.context ?? c.context)
    )
      adjust(-0.3, 'too little around the blank to pin it down');
    if (isCommonWord(c.answer) && (c.kind === 'cloze' || c.kind === 'qa') && !answerIsMarkedIn(c, fact))
      adjust(-0.15, 'a one-word common answer');
  }
  // "logial unit of work", "1. ___ → Indentification": a word misspelt once in the note (the raters fail every one;
  // a word the note writes on two lines or more is its own term, "jhumming"). Looked up last, and only for a
  // candidate that would be kept: most candidates never need the word list.
  if (english && score >= MIN_CONFIDENCE) {
    const typo = misspeltIn(c);
    if (typo && (note.timesWritten?.(typo.toLowerCase()) ?? 1) <= 1)
      adjust(-0.4, `a word no dictionary spells so ("${typo}")`);
  }
  return { score: Math.round(score * 100) / 100, reasons };
}

/** A person's or party's name ("Mrs Johnson", "Filip Black", "Mr. Bhattacharya"). */
const NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u;
/** A judge or party known only by its role in a case ("the primary judge", "Who argued its promise …?"). */
const UNNAMED_CASE_ROLE =
  /\bthe (?:primary|trial|appeal|appellate|presiding) judge\b|^Who \w+ (?:that )?(?:his|her|its|their) (?:promise|contract|claim|appeal|conviction)\b|^the case\b/i;
/** A blank right after "such as", "like", "e.g.", "for example", "including": an example of a kind. */
const EXAMPLE_SLOT =
  /\b(?:such as|like|e\.g\.,?|for example,?|for instance,?|including)\s+["“‘']?_{3,}|\b(?:an example (?:is|was)|examples (?:are|were|include)|as (?:is\s+)?(?:illustrated|exemplified) by)\s+(?:(?:the|an?)\s+)?["“‘']?_{3,}/i;
/** A blank inside quotation marks ("'___'", "“___”"). */
const QUOTED_BLANK = /(?:^|[\s(])["“‘']_{3,}/;
/** Courts and tribunals ("High Court", "Court of Appeal", "NSWCA"). */
const COURT = /\b(?:Court|Tribunal|HCA|NSWCA|Bench)\b/;
/** Headings of a case's story in law notes. */
const CASE_STORY =
  /^(?:facts?|material facts|summary of facts|background|procedural history|result|held|decision|judgment|outcome|verdict|ruling|orders?|the decision on appeal|case summary)\b/i;
/** "What did Pompey want, unlike Caesar?": a contrast of stances. */
const STANCE =
  /^What did .*? (?:want|wanted|argue|believe|support|favour|favor|oppose|prefer|propose|demand|seek|hope|fear)\b/;
/** "What did Lenin want, unlike Stalin?": both sides of a contrast are named. */
const CONTRAST =
  /^What did (?:the\s+)?\p{Lu}[^,]*?\s\p{Ll}+(?:\s[^,]*)?, unlike (?:the\s+)?\p{Lu}[\p{L}'’. -]*\?$/u;
/** Section, article and rule numbers: references to look up, not terms to know ("s 6C", "Article 35"). */
const REFERENCE_TERM =
  /^\(?\d|^(?:ss?|r|rr|art|article|section|sections|part|parts|rule|rules|clause|schedule|reg)\.?\s*\d/i;

/** "**Mitochondria** are the organelles …": the author marked the term and wrote the definition as a sentence. */
function authorDefines(term: string, fact: Fact | undefined): boolean {
  if (!fact) return false;
  const marked = fact.terms.some((t) => isAuthorMarked(t) && t.text === term);
  return marked && new RegExp(`^${term}\\s+(?:is|are)\\s`).test(fact.text);
}

/** A definition asks for a concept: not a person, a section, a case or a list, and explained by a description. */
function definitionShape(
  c: Candidate,
  fact: Fact | undefined,
  adjust: (delta: number, why: string) => void,
): void {
  const term = c.kind === 'reverse' ? c.answer : (/^What (?:is|are) (.+)\?$/.exec(c.prompt)?.[1] ?? '');
  const explanation = c.kind === 'reverse' ? c.prompt.replace(/^Which term means:\s*/, '') : c.answer;
  if (REFERENCE_TERM.test(term) || /\s(?:v|vs)\s/.test(term))
    adjust(-0.4, 'the term is a reference, not a concept');
  else if (/^['"‘“](?!.*['"’”]$)|^(?:if|when|because|although|unless|whether)\b/i.test(term))
    adjust(-0.4, 'the term is a piece of a sentence ("\'If there")');
  // "What is E?", "What is UK?": a letter or a symbol with no context says nothing (0 of 6 rated).
  else if (c.kind === 'qa' && term.replace(/^(?:a|an|the)\s+/i, '').length <= 2)
    adjust(-0.4, 'a symbol of one or two letters, not a term');
  // On the rated samples "What is Domain?" / "What is Cadbury?" were acceptable 23 % of the time (a name, or a
  // common word asked with no article and no field), "What is Screened host?" 27 %; "What is a …?" 74 %.
  else if (/^\p{Lu}\p{Ll}+$/u.test(term.trim()) && c.kind === 'qa' && !authorDefines(term, fact))
    adjust(-0.35, 'a single capitalised word: a name, or a word asked without its article');
  else if (/^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*)+$/u.test(term.trim()) && c.kind === 'qa')
    adjust(-0.25, 'a common term asked without its article');
  // "What is Control Group?", "What is Royal Commission?": title-case words without an article (25 of 65).
  else if (
    /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}-]*)+$/u.test(term.trim()) &&
    c.kind === 'qa' &&
    !authorDefines(term, fact)
  )
    adjust(-0.25, 'a title-case term asked without an article');
  if (/\s(?:and|&)\s/.test(term)) adjust(-0.2, 'two things under one term');
  // "What is a right is absolute?": a term with its own verb is a sentence cut in the wrong place.
  if (/\s(?:is|are|was|were)\s/i.test(term)) adjust(-0.4, 'the term holds a verb: a sentence, not a term');
  if (/^[(\d]|^e\.?g\b|;/i.test(explanation.trim())) adjust(-0.2, 'the explanation is a list or an example');
  // "Which term means: a common problem?", "What is an attempted murder? → a separate charge": three words or fewer
  // name a kind of thing, not the term (1 of 19 rated acceptable).
  if (words(explanation).length <= 3) adjust(-0.35, 'too short an explanation to identify the term');
  // "What is SHA256? → the minimum acceptable hash", "What is the upper house? → the Senate": a short answer to an
  // open question is one property among many (15 of 52 rated acceptable with four words or fewer).
  if (c.kind === 'qa' && words(explanation).length <= 4)
    adjust(-0.2, 'a short answer to an open "What is …?"');
  if (c.kind === 'reverse') reverseShape(term, explanation, adjust);
  // "What is drink driving? → a class of strict liability offence", "What is a jurisdictional error? → a conclusion,
  // not a test": a category alone, or what the term is not, answers an open question only in part (1 of 25 rated).
  if (
    c.kind === 'qa' &&
    (/^(?:an?|the)\s+(?:[\w-]+\s+)?(?:class|type|kind|form|version|sort|category|variety)\s+of\s+\S+(?:\s+\S+){0,2}$/i.test(
      explanation.trim(),
    ) ||
      /,\s+not\s+(?:an?|the)\s+\S+$/i.test(explanation.trim()))
  )
    adjust(-0.3, 'the answer names only a category, or what the term is not');
  // "What is DNA? → the blueprint of any cells", "What is a demand curve? → a picture of substitution", "What is the
  // Cabinet? → a modern-day reduced version of the FEC": a likeness says what the term resembles, not what it is
  // (rated acceptable 2 of 29, 1 of 35 and 5 of 18 times).
  else if (
    c.kind === 'qa' &&
    /^(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:picture|blueprint|version)\s+of\s+\S+(?:\s+\S+){0,2}$/i.test(
      explanation.trim(),
    )
  )
    adjust(-0.3, 'the answer is a likeness ("the blueprint of …"), not what the term is');
  // "Osmosis - the movement of …", "**Tariff**: a tax on …", "A tariff is a tax …": the shapes of a definition.
  // "Royal Commission: s 4 def." or "Parties: Morocco and Mauritania" are a label and its value.
  const bare = term.replace(/^(?:a|an|the)\s+/i, '');
  const marked = fact?.terms.some((t) => isAuthorMarked(t) && normalise(t.text) === normalise(bare)) ?? false;
  const described =
    /^(?:an?|the|any|one|some|when|where|how|process|someone|something|refers?|means?)\b/i.test(
      explanation.trim(),
    );
  const isA = fact !== undefined && /\s(?:is|are|refers to|means)\s/i.test(fact.text);
  // "Cost-push inflation - firms pass rising costs on to customers": a whole clause explains too.
  const clause = !described && parseClause(explanation.replace(/[.?!]+$/, '')) !== undefined;
  if (marked && c.kind === 'qa') adjust(0.1, 'the author marked the term');
  // "**Development:** Absorbs significant resources": a bold label and notes about it, even when marked.
  if (!described && !isA && !clause) adjust(-0.35, 'a label and its value, not a term and its meaning');
  // "What is X?" invites any definition; only an "X is a …" sentence says the author meant one (the ratings:
  // "Term: notes" bullets, even bold ones, gave answers that are one feature, an example or a view).
  else if (c.kind === 'qa' && !isA) adjust(-0.2, 'an open "What is …?" not written as "X is a …"');
  if (
    /\?/.test(explanation.replace(/\?$/, '')) ||
    /^(?:does|do|is|are|can|did|when are|what|how do)\s/i.test(explanation)
  )
    adjust(-0.3, 'the explanation is a question');
}

/**
 * "Which writ compels a public official …? → Mandamus": what makes a definition a poor question whatever its wording
 * (the rules `reverseShape` learnt from the ratings of "Which term means: …?" that do not depend on its template).
 */
function kindShape(c: Candidate, adjust: (delta: number, why: string) => void): void {
  const predicate = c.prompt.replace(/^Which\s+/, '').replace(/\?$/, '');
  termMeaningShape(c.answer, predicate, adjust);
  if (c.answer.trim().length <= 2) adjust(-0.4, 'the answer is a letter or a symbol, not what it stands for');
  // "Which organelle controls …? → Cell membrane" under a note titled "Cells": with the title cut for naming part of
  // the answer, nothing shows which note or course the kind belongs to.
  // "Which type of self-disclosure …?" names what the kind belongs to itself.
  if (
    c.context.length === 0 &&
    !/^Which\s+(?:type|kind|form|category|class|sort|variety)\s+of\s/i.test(c.prompt)
  )
    adjust(-0.2, 'no breadcrumb left to say where the kind belongs');
  // "Which type of disease refers to nutrition, ageing, cancer?": short parts between commas are a list of topics.
  const parts = predicate.split(/,\s*(?:(?:and|or)\s+)?/);
  if (parts.length >= 3 && parts.slice(1).every((p) => words(p).length <= 3))
    adjust(-0.35, 'a list of topics, not a description');
}

/**
 * What makes a term and its meaning a poor pair however the question is worded ("Which term means: …?" or "Which
 * writ …?"): figures (a worked example), the note's slip, a phrase of the note or a list label as the term, a place.
 */
function termMeaningShape(term: string, meaning: string, adjust: (delta: number, why: string) => void): void {
  if (/\d/.test(meaning)) adjust(-0.3, 'figures in the explanation: a worked example');
  // "a Islamic palace in Spain": the note's slip, shown in the question.
  const slip = wordSlip(meaning);
  if (slip) adjust(-0.3, `note-speak: ${slip}`);
  if (words(term).length >= 4) adjust(-0.2, 'a phrase of the note, not a term');
  // "The Second Explanation", "Key consideration": the label of a point in the note's list, not a term.
  if (LIST_LABEL.test(term.trim())) adjust(-0.4, "the label of a point in the note's list, not a term");
  // "Which term means: a federal state in which power is shared …? → Australia": a place is an example, not a term.
  if (isPlaceOrPeople(term.replace(/^the\s+/i, '')))
    adjust(-0.4, 'the "term" is a place or a people, an example of the meaning');
}

/**
 * What the blind ratings said of "Which term means: …?" (quality/ratings/, 338 rated): an explanation that starts
 * with a modal or "is" has lost its subject (0 of 4), one with figures is a worked example (1 of 15), one over 25
 * words is a passage (2 of 10), one of five words or fewer fits many terms (22 of 60), and a term of four words or
 * more is a phrase of the note, not a term (3 of 13).
 */
function reverseShape(term: string, explanation: string, adjust: (delta: number, why: string) => void): void {
  const n = words(explanation).length;
  if (/^(?:must|should|can|could|will|would|may|might|is|are|was|were|has|have|had)\s/i.test(explanation))
    adjust(-0.4, 'the explanation has lost its subject');
  // "supplants income if …", "who accepts that …", "wants sanctions lifted": a predicate whose subject was the term.
  else if (/^(?:who|which|that|whose)\s/i.test(explanation) || startsWithVerb(explanation))
    adjust(-0.4, 'the explanation starts with its verb: it says what the term does, not what it is');
  // "the elected house, and generally has the most power", "a legal person and, as such, may be …": a second
  // predicate joined on makes a statement, not a description.
  if (
    /,\s*(?:and|but)\s+(?:\p{L}+ly\s+)?(?:has|have|had|is|are|was|were|may|might|can|could|must|will|would|should|does|do|did)\b|\b(?:and|but),\s/iu.test(
      explanation,
    )
  )
    adjust(-0.3, 'a second predicate joined to the description');
  termMeaningShape(term, explanation, adjust);
  // "process, word equation, and factors affecting the rate → Photosynthesis": three or more short parts between
  // commas are a list of topics, not what the term means (0 of 3 rated acceptable).
  // A part that opens on a preposition continues one description ("the movement of water, through a membrane, …").
  // One opening on an article is a thing with its qualities in a row ("a hard, clear, colourless form of carbon").
  const parts = explanation.split(/,\s*(?:(?:and|or)\s+)?/);
  if (
    !/^(?:a|an|the)\s/i.test(explanation) &&
    parts.length >= 3 &&
    parts.every((p) => words(p).length <= 4) &&
    !parts.some((p) =>
      /^(?:through|from|to|in|into|by|with|for|of|on|at|across|under|over|between)\b/i.test(p.trim()),
    )
  )
    adjust(-0.35, 'a list of topics, not a description');
  if (n > 25) adjust(-0.2, `a passage, not a definition (${n} words)`);
  // "a fault-based system → Negligence", "the outcome of a criminal trial → Criminal liability": six words or fewer,
  // three of them content words at most, with no name and no figure, fit many terms ("a long, narrow sea inlet"
  // says enough). Past ratings of the reverse items this lowers: 45 of 76 acceptable, against 72 % (dev) and 86 %
  // (class-notes) for the others. It takes the place of the milder rule for any short explanation.
  const shown = explanation.trim().split(/\s+/);
  const namesNothing =
    shown.length <= 6 &&
    contentWords(explanation).length <= SHORT_DEFINITION_WORDS &&
    !/\d/.test(explanation) &&
    !shown.some((w) => /^["“‘(]?\p{Lu}/u.test(w));
  if (namesNothing) adjust(-0.3, 'a short definition that names nothing: many terms fit it');
  else if (n <= 5) adjust(-0.15, 'so short an explanation that many terms fit');
  // "Which term means: a mechanism or formula can fill the gap?": a statement about the term, not what it means
  // (13 of 32 rated items acceptable, against 69 % for descriptions).
  if (isStatement(explanation)) adjust(-0.2, 'the explanation is a statement, not a description');
  // "a statement of claim alleges …", "something is deposited as a guarantee …": read past the prepositions, the
  // explanation has its own finite verb (4 of 12 rated acceptable, against 71 % for the rest).
  if (hasMainVerb(explanation)) adjust(-0.35, 'the explanation is a sentence of its own, not a description');
  // "the building collapsed on a certain date", "the case delved into …": a thing the note names, then what it did,
  // tells a story; it does not say what the term means.
  else if (narratesEvent(explanation))
    adjust(-0.35, 'the explanation tells what happened, not what the term means');
  // "a form of protease" → Trypsin, "a sacred city to Islam" → Jerusalem, "a measure of energy" → Joules, "a class of
  // strict liability offence" → drink driving: a class has many members (2 of 11; the heads from "measure" on: 7 of 26).
  if (
    n <= 8 &&
    /^(?:a|an|one)\s+(?:\w+\s+)?(?:form|type|kind|example|part|member|element|sort|variety|branch|component|feature|source|cause|sign|symbol|city|country|place|measure|class|declaration|field|reward)\s+(?:of|to|in|for)\b/i.test(
      explanation,
    )
  )
    adjust(-0.35, 'names a class the term belongs to: many terms fit');
  // "a threat to every other state" → Hegemon, "an advantage of trade": what the note thinks of the term, not what
  // it is.
  else if (
    n <= 8 &&
    /^(?:a|an|one)\s+(?:\w+\s+)?(?:threat|danger|risk|problem|benefit|advantage|disadvantage)\s+(?:of|to|for)\b/i.test(
      explanation,
    )
  )
    adjust(-0.35, 'a judgement of the term, not what it is');
}

/**
 * "Who lived from 450-550 AD?", "Who lived between 1340 and 1400?": living through some years is all the question
 * says, and many people did (8 of 22 raters accepted one). A deed with its dates ("Who ruled Greece from 461 B.C. …?")
 * says more.
 */
const WHO_LIFESPAN =
  /^Who (?:lived|was alive|flourished)(?:\s+(?:from|between|in|during|around|about|c\.|circa|until|to|and|the|[\d–—-]+s?|(?:A\.?D|B\.?C|BCE|CE)\.?))+\?$/u;

/**
 * "Who was Western France?", "Who was written by …", "Who was maybe …", "Who tempted with … by his parents?":
 * a telegraphic passive or a name where a description should be.
 */
const WHO_GARBLED =
  /^Who (?:was|were|is|are) (?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*\?$|\w+(?:ed|en)\s+by\b|maybe|perhaps|probably|also)|^Who \w+ed\b[^?]*\sby\s(?:his|her|their|the)\b/u;

/**
 * "Who was Joseph Stalin's main opponent?", "Who was commander of the Red Army?": a description that picks out
 * one person names someone else or a body with its own name. "Who was leader of England?",
 * "Who was respectful military leader?" or "Who was no clear advantage …?" do not.
 */
function identifies(prompt: string): boolean {
  const description = prompt.replace(/^Who (?:was|were|is|are)\s+/, '').replace(/\?$/, '');
  if (/^\p{Lu}[\p{L}.'’ -]*['’]s\s/u.test(description)) return true;
  const role =
    /^(?:the\s+|an?\s+)?(?:(?:first|last|only)\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:of|to|for)\s+(?:the\s+)?(.+)$/iu.exec(
      description,
    );
  if (!role) return false;
  if (/\b\d{3,4}\b/.test(description)) return true;
  const named = (role[1] ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return named.length >= 2 || /^(?:the\s+)?(?:first|last|only)\b/i.test(description);
}

/**
 * "Married Eleanor of Aquitaine" › "One of the most powerful women of her day": a description under a bullet that
 * names someone else is likely about them, not about the heading's person.
 */
function describesSomeoneElse(fact: Fact, answer: string): boolean {
  if (!fact.inherited || !fact.description) return false;
  const parent = fact.context[fact.context.length - 1] ?? '';
  if (!parent || parent === fact.subject?.name) return false;
  // The first word of a bullet is capitalised anyway: only names after it count.
  const names = parent.replace(/^\S+\s*/, '').match(/\p{Lu}\p{Ll}+(?:\s+(?:of\s+)?\p{Lu}\p{Ll}+)*/gu) ?? [];
  const own = new Set(normalise(answer).split(' '));
  return names.some(
    (n) =>
      !normalise(n)
        .split(' ')
        .some((w) => own.has(w)),
  );
}

/**
 * What the tagger sees in a cloze once its blank is filled: a sentence that starts with its verb has lost its
 * subject ("Provides a complete defence to …"), and a blank without a noun asks for a word ("Air is ___ out").
 * On the rated samples these two shapes were acceptable 11 % and 30 % of the time, against 47 % for clozes.
 */
function taggedShape(c: Candidate, adjust: (delta: number, why: string) => void): void {
  const at = c.prompt.indexOf('___');
  const sentence = c.prompt.slice(0, at) + c.answer + c.prompt.slice(at + 3);
  // The tagger is the costly part: it is asked only when the cheap signs leave the question open (a first word
  // the verb lexicon knows; a blank with no capital and no digit, which would mark a name or a number).
  const first = /^\W*([\p{L}'’-]+)/u.exec(sentence)?.[1] ?? '';
  if (recogniseVerb(first) !== undefined && startsWithVerb(sentence))
    adjust(-0.35, 'the sentence starts with its verb: its subject is missing');
  if (c.kind === 'cloze' && !/[\p{Lu}\d]/u.test(c.answer) && !spanHasNoun(sentence, at, at + c.answer.length))
    adjust(-0.25, 'the blank holds no noun, name or number');
}

/**
 * Why-questions made from "… because/due to …" (rated 81 of 157): one with a comma was acceptable 0 of 11 times (a
 * clause cut at the wrong place), one with a "that/which/who" clause 9 of 37 (the cause belongs to the inner
 * clause), one ending in a participle 1 of 7 ("an injury caused?"), one over 14 words 5 of 25.
 */
function causeShape(c: Candidate, adjust: (delta: number, why: string) => void): void {
  const n = words(c.prompt).length;
  if (n > 14) adjust(-0.25, `a long why-question (${n} words)`);
  if (/,/.test(c.prompt)) adjust(-0.4, 'a why-question with a comma: the clause was cut at the wrong place');
  if (/\s(?:that|which|who|whom|whose)\s/.test(c.prompt))
    adjust(-0.3, 'the cause may belong to the inner "that/which" clause');
  if (/\b\p{Ll}+ed\?$/u.test(c.prompt)) adjust(-0.3, 'the why-question ends in a participle');
}

/**
 * The author's own question headings (rated 11 of 31 acceptable on dev): "How would I solve the dispute?" asks for
 * the author's view, and an answer that is itself a question ("What do states fight over") answers nothing.
 */
function authorQuestionShape(c: Candidate, adjust: (delta: number, why: string) => void): void {
  if (/\b(?:I|my|me|we|our|us)\b/.test(c.prompt)) adjust(-0.4, "asks for the author's own view");
  const n = words(c.answer).length;
  if (n > 25) adjust(-0.3, `too long an answer to recall (${n} words)`);
  // "How much power is enough? → The divide between …", "Where are the glands? → The system consists of …": the
  // lines under the heading do not answer it (0 of 12 rated).
  if (
    /^How (?:much|many)\b/.test(c.prompt) &&
    !/\d|\b(?:one|two|three|few|many|much|more|less|enough|all|none)\b/i.test(c.answer)
  )
    adjust(-0.4, 'a how-much question answered without an amount');
  if (
    /^Where\b/.test(c.prompt) &&
    !/\b(?:in|at|on|near|inside|above|below|between|under|behind|within)\b/i.test(c.answer)
  )
    adjust(-0.4, 'a where-question answered without a place');
  const first = c.answer.split(/;\s*/)[0] ?? '';
  if (/\?\s*$/.test(first) || /^(?:what|why|how|when|where|who|which|do|does|is|are|can)\s/i.test(first))
    adjust(-0.4, 'the answer is another question');
}

/** Table columns that are not attributes of the row ("Prokaryotic", "Christians", "#", "Explain"). */
const NOT_ATTRIBUTE =
  /^(?:#|no\.?|explain|explanation|notes?|comments?|examples?|details?|other|description|misc)$|(?:ic|ian|ians|ist|ists|ans|ese)$/i;

/** "What is the units of Voltage? → Volts": a table cell is worth asking when its column is an attribute. */
function tableShape(c: Candidate, adjust: (delta: number, why: string) => void): void {
  const m = /^What (?:is|are) the (.+) of (.+)\?$/.exec(c.prompt);
  if (!m) return;
  const [, header = '', row = ''] = m;
  // "What is the current of Total?": a sum row is arithmetic over the table, not a fact of its own.
  if (/^(?:total|totals|sum|average|mean|overall|net)\b/i.test(row.trim())) adjust(-0.3, 'a row of totals');
  if (NOT_ATTRIBUTE.test(header.trim()))
    adjust(-0.35, `"${header}" is a category, not an attribute of "${row}"`);
  else if (
    /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)+$/u.test(header.trim().toLowerCase()) &&
    /\s/.test(header.trim())
  )
    adjust(0.1, `"${header}" names an attribute`);
  if (c.answer.trim().length <= 2 && !/^\d+$/.test(c.answer.trim()))
    adjust(-0.15, 'a one- or two-character cell');
  // "What is the voltage range (V) of Strong shock? → 135-180": one band of a scale is recalled by its place in the
  // table, not learnt (0 of 23 rated acceptable).
  // A range under any other header ("Optimum temperature (°C)" of Amylase: 35-40) is a fact of its own.
  if (
    /\b(?:range|band|level|scale|bracket)\b/i.test(header) &&
    /^[\d.,]+\s*[-–—]\s*[\d.,]+\s*\S{0,4}$/.test(c.answer.trim())
  )
    adjust(-0.3, 'one band of a scale in a table');
  const a = normalise(c.answer);
  const r = normalise(row);
  if (a.length >= 3 && r.length >= 3 && a.slice(0, 3) === r.slice(0, 3))
    adjust(-0.2, 'the answer echoes the row');
}

/** The statement starts with a term the author marked (bold, code, highlight, quotes). */
function opensWithMarkedTerm(fact: Fact): boolean {
  const start = normalise(fact.written);
  return fact.terms.some((t) => isAuthorMarked(t) && start.startsWith(normalise(t.text)));
}

/** "Hannibal Barca", "Shang Dynasty": one to four capitalised words. */
const PROPER_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** Groups, bodies and common plurals are not persons ("Children", "Platelets", "Supreme Court"). */
const NOT_PERSON =
  /\b(?:court|council|commission|parliament|government|committee|assembly|party|bank|department|ministry|union|league|organi[sz]ation|act|tribunal|children|people|men|women|students|workers|citizens|group|state|states|nation|country|company|text|system|letters?|epistles?|gospels?|church|cathedral|abbey|monastery|temple|empire|kingdom|dynasty|war|treaty|book)\b/i;

/** Roles that name no one in particular ("Lawyer", "The plaintiff"). */
const GENERIC_ROLE =
  /^(?:the\s+)?(?:lawyer|lawyers|judge|judges|plaintiff|defendant|prosecutor|prosecution|client|accused|appellant|respondent|applicant|witness|jury|police|officer|teacher|student|author|narrator|king|queen|emperor|pope|government)$/i;

function looksLikePerson(answer: string): boolean {
  const a = answer.trim();
  if (isPlaceOrPeople(a) || GENERIC_ROLE.test(a)) return false;
  // "Hinduism", "Aeneid", "Byzantium", "Lamentation", "Lebensraum": doctrines, works and places.
  // "Dominican", "Anglican": a member of an order or a church; "God" is no one a history question asks for.
  if (!/\s/.test(a) && /(?:ism|ity|ion|ment|ness|ics|eid|ium|aum|um|ican)$/.test(a)) return false;
  if (/^God$/.test(a)) return false;
  // "Some Stoics", "Most nobles": a share of a group is no one's name.
  if (/^(?:some|many|most|several|other|others|all|few|both)\s/i.test(a)) return false;
  if (NOT_PERSON.test(a)) return false;
  if (!/^\p{Lu}/u.test(a)) return false;
  // "Platelets", "Mongols" are plural nouns; "Brutus", "Socrates", "Pericles", "Louis", "Achilles", "Hermes" are names.
  return !(
    /^\p{Lu}\p{Ll}+s$/u.test(a) && !/(?:ss|us|is|ates|ides|cles|des|nes|lles|rcules|ermes|erxes)$/.test(a)
  );
}

const BEGAN_OR_ENDED =
  /^(\p{Lu}[\p{L}'’-]*)\s+(?:\p{L}+ly\s+(?:and\s+\p{L}+ly\s+)?)?(?:started|began|begun|ended|disappeared|vanished|collapsed)\s+(?:around|in|by|c\.|circa|about)\s+_{3,}/u;

/** "India started around ___", "Society … disappeared around ___": one word for a subject, a place or a bare noun. */
function lostWhatBegan(prompt: string): boolean {
  const subject = BEGAN_OR_ENDED.exec(prompt)?.[1];
  if (!subject) return false;
  return isPlaceOrPeople(subject) || isKnownWord(subject.toLowerCase());
}

/**
 * "the building collapsed on a certain date", "the vision conflicted against the others": "the", a noun, and a verb
 * in the past that is not a participle describing the noun ("the tax imposed on imports", "the army led by …").
 */
function narratesEvent(explanation: string): boolean {
  if (!/^the\s/i.test(explanation)) return pluralDidSomething(explanation);
  const tokens = tag(explanation).filter((t) => t.pos !== 'SPACE');
  let i = 1;
  while (
    i < tokens.length &&
    (tokens[i]!.pos === 'ADJ' || tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN')
  )
    i++;
  const verb = tokens[i];
  if (i < 2 || verb?.pos !== 'VERB' || tokens[i - 1]!.pos === 'ADJ') return false;
  const past = recogniseVerb(verb.text);
  if (past?.form !== 'past' || OBJECT_VERB.test(verb.text) || STATEMENT_OBJECT_VERB.test(verb.text))
    return false;
  // A verb with no object of its own ("collapsed", "delved into") or one followed by "to" and a verb ("failed to
  // pay") is the sentence's verb; any other could be a participle ("the tax charged on imports").
  const next = tokens[i + 1];
  const toVerb = next?.text.toLowerCase() === 'to' && tokens[i + 2]?.pos === 'VERB';
  return toVerb || INTRANSITIVE.has(past.base);
}

/**
 * "prisoners received visits", "workers built the dams": a plural noun with no article, a verb in the past and its
 * object is what happened to someone. A participle describing the noun takes a preposition after it ("generalizations
 * based on …", "amounts owed to …").
 */
function pluralDidSomething(explanation: string): boolean {
  // Words first, the tagger only for the few that read "plural + past verb": most explanations never need it.
  const [first = '', second = ''] = explanation.split(/\s+/);
  if (!/\p{Ll}[^s\s]s$/u.test(first) || recogniseVerb(second.replace(/[^A-Za-z]/g, ''))?.form !== 'past')
    return false;
  const [subject, verb, object] = tag(explanation).filter((t) => t.pos !== 'SPACE');
  if (subject?.pos !== 'NOUN' || verb?.pos !== 'VERB') return false;
  if (recogniseVerb(verb.text)?.form !== 'past') return false;
  // "funds raised each year", "costs incurred every month": a time after the participle, not an object.
  if (object?.pos === 'DET') return /^(?:the|a|an|their|his|her|its|our)$/i.test(object.text);
  return object?.pos === 'NOUN' || object?.pos === 'PRON';
}

/** Verbs that take no object: after "the" and a noun, their past is what the noun did. */
const INTRANSITIVE = new Set(
  (
    'collapse conflict delve happen occur arise die emerge rise fall vanish disappear appear exist remain arrive ' +
    'disagree agree object react respond succeed fail revolt rebel surrender retire resign escape sink erupt'
  ).split(' '),
);

/** Verbs that always take an object ("measured X", "located X"): with none, the "was" of a passive is missing. */
const OBJECT_VERB =
  /^(?:measured|located|based|situated|classified|regarded|deemed|termed|labell?ed|defined|described|considered|called|known|used|written|given|taken|shown|made|sold|paid|sent|built|brought|bought)$/i;
/** More verbs that take an object, read as passives only in a statement blanked or dated (in a definition, "the
 * machine involved in …" is a description). */
const STATEMENT_OBJECT_VERB =
  /^(?:involved|concerned|recogni[sz]ed|recorded|conferred|upheld|required|needed|determined|adopted|imposed|granted|enacted|founded|established|abolished|created|fixed|issued|published)$/i;
/** Passives before "by" after a bare plural ("Documents held by …"); "The court held by a majority" is a sentence. */
const BY_PASSIVE_VERB = /^(?:held|found|kept|taught|caught|led|run|owned)$/i;
/** A subject that opens with an article, a possessive or a quantifier is a sentence's subject, not a note's label. */
const DETERMINED =
  /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|all|each|every)\s/i;

/** "Cities abandoned around 900 AD", "Hebrews enslaved by Egyptians": a passive with its "was" left out. */
function isBarePassive(fact: Fact, statement: boolean): boolean {
  const clause = fact.clause;
  if (clause?.info.form !== 'past') return false;
  const rest = clause.rest.trim();
  // "Mental harm caused indirectly by …": an adverb between the verb and its doer ("Decisions made purposefully by a
  // group are called …" has its verb further on).
  if (
    /ed$/i.test(clause.verb) &&
    // "Profits increased steadily by £2 million": a change by an amount, not a doer.
    !/^(?:increased|decreased|declined|grew|rose|fell|dropped|expanded|contracted|shrank|improved|changed|varied|moved|shifted|climbed|slumped|jumped)$/i.test(
      clause.verb,
    ) &&
    /^(?:\p{L}+ly\s+)+by\b/u.test(rest) &&
    !/\b(?:is|are|was|were)\b/i.test(rest)
  )
    return true;
  const bareSubject = !DETERMINED.test(clause.subject.trim());
  // "Original verdict upheld; clarified …": the parser keeps the semicolon on the verb.
  const verb = clause.verb.replace(/[;.,]$/, '');
  // "Evident justification needed (Li)", "Original verdict upheld; …": a verb that takes an object, with nothing
  // after it but a citation or the next note.
  if (
    statement &&
    bareSubject &&
    (OBJECT_VERB.test(verb) || STATEMENT_OBJECT_VERB.test(verb)) &&
    (/[;.]$/.test(clause.verb) || /^(?:\(.*\))?\s*[;.]?$/.test(rest))
  )
    return true;
  // "Objection rules found in the Evidence Act": "found" in a place is a passive ("The jury found in favour of the
  // plaintiff" and "Lord Atkin found that …" are sentences).
  if (
    statement &&
    bareSubject &&
    /^found$/i.test(clause.verb) &&
    /^(?:in|within|at|on|throughout)\b/i.test(rest) &&
    // "Milgram found in 1963 that …": a finding. Only a plural thing found somewhere is a passive.
    !/\bthat\b/i.test(rest) &&
    /\p{Ll}s$/u.test(clause.subject.trim()) &&
    !/^(?:in|on)\s+(?:favou?r|behalf)\b/i.test(rest)
  )
    return true;
  // "The Martens Clause and various treaties related to disarmament": "related to", "associated with" describe the
  // noun before them; as the only verb they leave a noun phrase ("The railway connected with the Clarence line in
  // 1833" is a sentence).
  if (
    /^(?:related|relating|pertaining|associated)$/i.test(verb) &&
    /^(?:to|with)\b/i.test(rest) &&
    !/^(?:he|she|it|they|we|i|you)$/i.test(clause.subject.trim())
  )
    return true;
  // "Metropolitan Police set up in 1829": a phrasal verb followed at once by a place or a time has no object.
  if (/^(?:up|out|down|off)\s+(?:in|on|at|by|during|around)\b/i.test(rest)) return true;
  // "towns allowed to set up their own police": "allowed to", "forced to" without "were" are passives.
  if (
    /^(?:allowed|permitted|forced|required|ordered|obliged|encouraged|asked|told)$/i.test(clause.verb) &&
    /^to\s/i.test(rest)
  )
    return true;
  // "Bill introduced to Parliament", "Rasputin presented to the sisters": verbs that need an object, with none.
  if (
    /^(?:introduced|presented|sent|given|brought|submitted|referred|transferred|sold|handed|delivered|admitted|appointed|sentenced|exiled|banished|deported|elected)$/i.test(
      clause.verb,
    ) &&
    /^(?:to|as)\s/i.test(rest)
  )
    return true;
  // "Market Size usually measured in volume", "Documents held by NSW departments": a verb that always takes an object,
  // with a place, a time or a doer where the object should be, after a bare subject ("The court held in 1932 that …"
  // and "Lord Atkin held in Donoghue that …" are sentences).
  const bare = !DETERMINED.test(clause.subject.trim()) && !/\bthat\b/i.test(rest);
  // "Opinion based wholly or substantially on …": adverbs before the place or the doer.
  // Quoted adverbs count as adverbs ("based ‘wholly or substantially’ on").
  const unquoted = rest.replace(/["“”‘’]/g, '');
  const adverbs = /^\p{L}+ly\s+(?:(?:or|and)\s+\p{L}+ly\s+)?/u.exec(unquoted)?.[0] ?? '';
  const stripped = unquoted.slice(adverbs.length);
  // "Decisions made purposefully by a group are called …": the verb further on makes the rest part of the subject.
  const afterAdverbs = !adverbs || /\b(?:is|are|was|were)\b/i.test(rest) ? rest : stripped;
  if (
    bare &&
    (OBJECT_VERB.test(clause.verb) || (statement && STATEMENT_OBJECT_VERB.test(clause.verb))) &&
    /^(?:in|at|on|by|as|from|within|under|across|into|throughout)\b/i.test(afterAdverbs)
  )
    return true;
  if (
    bare &&
    BY_PASSIVE_VERB.test(clause.verb) &&
    /^by\b/i.test(rest) &&
    /^\p{L}+s$/u.test(clause.subject.split(/\s+/).pop() ?? '')
  )
    return true;
  // "Term ___ used to describe how …": what a term is used for, without its "is".
  if (
    /^used$/i.test(clause.verb) &&
    /^to\s+(?:describe|refer|denote|mean|explain|indicate|show|name)\b/i.test(rest)
  )
    return true;
  if (!/ed$/i.test(clause.verb)) return false;
  if (/^by\b/i.test(rest)) return true;
  // "Amount decided in 1921 to be £6,600 million": what was decided "to be" something is a passive without "was".
  if (bare && /^(?:in|on|at|during|around|after|before)\b[^,;]*\bto be\b/i.test(rest)) return true;
  // "Cities abandoned around 900 AD" (a bare plural noun), but "The Warsaw Pact followed in 1955" is a sentence.
  const bareNoun = /^\p{L}+s$/u.test(clause.subject.trim()) && !/^(?:the|a|an)\s/i.test(clause.subject);
  return bareNoun && /^(?:around|in|at|on|from|during|after|before|until)\b/i.test(rest);
}

/** A clause after a comma that opens with no joining word: "it", "he" or a subject and its verb. */
const PRONOUN_CLAUSE =
  /^(?:he|she|they|it|we)\s+(?:\p{Ll}+ed|was|were|is|are|had|has|did|does|could|would|will|can)\b/u;
/** Words that open a phrase or a subordinate clause after a comma, not a sentence of its own. */
const JOINING =
  /^(?:which|who|whom|whose|where|when|while|whilst|although|though|as|because|since|if|unless|whereas|including|such|so|but|and|or|yet|then|thus|hence|therefore|e\.g|i\.e|namely|especially|particularly|not|than|that|inter alia|like)\b/i;

/**
 * "Decentralisation was recognised in ___, the effectiveness was low", "When was Rasputin presented to the
 * sisters, and he hoped …?": a clause, a comma, and a second clause with no joining word (in a question, not even
 * "and"). The parts before the comma must already be a clause: "In ___, Lenin returned" is one sentence.
 */
function runsOnAfterComma(prompt: string): boolean {
  const text = prompt
    .replace(/_{3,}/g, 'Xa')
    .replace(/^(?:When|Where|Why|How|What|Who)\s+(?:was|were|did|is|are|does|do)\s+/, '');
  const question = /\?$/.test(prompt);
  const parts = text.replace(/[.?!]+$/, '').split(/,\s+/);
  for (let i = 1; i < parts.length; i++) {
    const before = parts.slice(0, i).join(', ');
    let after = parts[i]!;
    if (question) after = after.replace(/^(?:and|but)\s+/i, '');
    if (JOINING.test(after) || /^\p{Ll}+ing\b/u.test(after)) continue;
    const clause = parseClause(after);
    // "a large, square building called …": the words after the comma must have a subject of their own.
    const ownSubject =
      clause !== undefined &&
      (/^(?:the|a|an|his|her|its|their|this|these|those|some|many|most|all|each|no)\s/i.test(
        clause.subject,
      ) ||
        /^\p{Lu}/u.test(clause.subject) ||
        (clause.plural && /^(?:are|were|have|had)$/i.test(clause.verb)));
    const afterIsClause = PRONOUN_CLAUSE.test(after) || ownSubject;
    if (afterIsClause && (question || parseClause(before) !== undefined)) return true;
  }
  return false;
}

/** "The Nile flows north into the Mediterranean Sea": a bullet that is a sentence on its own. */
function isWholeShortStatement(fact: Fact): boolean {
  return (
    fact.clause !== undefined &&
    !fact.inherited &&
    !fact.unresolved &&
    fact.origin === 'bullet' &&
    /^["“(]?\p{Lu}/u.test(fact.written.trim()) &&
    words(fact.text).length <= 20
  );
}

/** Whether a statement has a finite verb ("swaps", "is", "wrote"), only an -ed form, or none. */
function verbEvidence(text: string): 'finite' | 'participle' | 'none' {
  let participle = false;
  let previous = '';
  for (const word of text.split(/[^\p{L}'’-]+/u)) {
    const before = previous;
    previous = word.toLowerCase();
    if (!word || /^\p{Lu}/u.test(word)) continue;
    // "to be set up", "to set up": a verb after "to" or "be" is an infinitive or a participle, never finite.
    if (/^(?:to|be|been|being)$/.test(before)) continue;
    const v = recogniseVerb(word);
    if (!v) continue;
    if (v.form === 'past' && /ed$/i.test(word)) participle = true;
    else if (v.form !== 'base') return 'finite';
  }
  return participle ? 'participle' : 'none';
}

/** "there" that is no "there is"/"there was": a place, which must be named before it. */
const PLACE_THERE =
  /\S\s+there\b(?!\s+(?:is|are|was|were|be|been|has|have|had|will|would|may|might|must|can|could|seems?|exists?|existed|remains?|remained|appears?|appeared|lived|lies|lay)\b)/i;

/** "… lived there and wrote …" with no place (no capitalised word after the first) before "there". */
function pointsThere(prompt: string): boolean {
  const match = PLACE_THERE.exec(prompt);
  if (!match) return false;
  const before = prompt
    .slice(0, match.index + match[0].length - 'there'.length)
    .trim()
    .split(/\s+/)
    .slice(1);
  return !before.some((w) => /^["“(]?\p{Lu}/u.test(w));
}

/** A misspelt word of the prompt (its own words, not the question's template) or of the answer. */
function misspeltIn(c: Candidate): string | undefined {
  if (c.kind === 'order' || c.kind === 'argument') return undefined;
  const own = c.prompt.replace(/^Which term means:\s*/, '');
  const oneWord = !/\s/.test(c.answer.trim());
  // "Steps: 1. Indentification; 2. ___; …": a one-word line of a list shown in the prompt is a term like an answer.
  const lines = own.includes(';') ? own.split(/;\s*/).map((l) => l.replace(/^.*?\d+[.)]\s*/, '').trim()) : [];
  return (
    misspeltWord(own) ??
    misspeltWord(c.answer, oneWord) ??
    lines.map((l) => (/^\p{L}+[.]?$/u.test(l) ? misspeltWord(l, true) : undefined)).find(Boolean)
  );
}

/**
 * "___ are …" with a singular answer, "___ was …" with a plural one ("Identity are", "the ___ was → boats"). A
 * blank after "and" is half of a plural subject ("Oil and ___ were …"); a list answer ("iron, tin and lead") may
 * take "are" whatever its last word.
 */
function verbAfterBlankDisagrees(prompt: string, answer: string): boolean {
  // Found by indexOf, not one expression: an optional word before a run of underscores backtracks over the run.
  const start = prompt.indexOf('___');
  if (start < 0) return false;
  let end = start;
  while (prompt[end] === '_') end++;
  const verb = /^\s+(is|was|has|are|were|have)\b/i.exec(prompt.slice(end, end + 12));
  if (!verb) return false;
  if (/(?:^|\s)(?:and|or)\s+$/i.test(prompt.slice(Math.max(0, start - 5), start))) return false;
  // "The value of all deficiencies": the noun before "of" is the one the verb agrees with.
  const last =
    answer
      .trim()
      .split(/\s+of\s+/i)[0]
      ?.split(/\s+/)
      .pop() ?? '';
  if (!/^\p{L}+$/u.test(last)) return false;
  const singularVerb = /^(?:is|was|has)$/i.test(verb[1] ?? '');
  // Plural by its "-s" only when written in lower case ("Athens", "Marble Islands" are names); singular only by an
  // abstract noun's ending ("identity", "structuration"): "stomata", "bacteria" and "people" are plurals without "-s".
  if (singularVerb) return /^\p{Ll}+s$/u.test(last) && !/(?:ss|us|is|ics|ws)$/.test(last);
  return SINGULAR_ENDING.test(last) && !/,|;|\band\b/.test(answer);
}

/** Endings of abstract nouns, which are singular ("identity", "nationalism", "structuration"). */
const SINGULAR_ENDING = /(?:ity|ism|tion|sion|ment|ness|ship|ance|ence|ogy|dom|hood)$/i;

/** At most this many words beside the blank: "Errors are always ___." */
const SHORT_CLOZE_WORDS = 4;
/** "Jihad means …", "___ stands for …": a definition needs no more words around its blank. */
const DEFINES = /\b(?:means?|meaning|stands?\s+for|is\s+short\s+for)\s+\S/i;

/**
 * A cloze of a few words that defines nothing and whose first word is no heading above it: "Euclid wrote the ___
 * textbook." under "Euclid" is about its section; "Some pressure groups ___." is about anything.
 */
function tooLittleAroundBlank(prompt: string, context: readonly string[]): boolean {
  const around = prompt
    .replace(/_{3,}/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\d]/u.test(w));
  if (around.length === 0 || around.length > SHORT_CLOZE_WORDS) return false;
  // "The Tsar issued the ___.", "The ___ met in 1815.": a named subject or a date pins the sentence down.
  if (DEFINES.test(prompt) || /^the\s+\p{Lu}/iu.test(prompt.trim()) || /\d{3,}/.test(prompt)) return false;
  // "Hepatitis B spreads through ___.": a capital after the first word names something.
  if (around.slice(1).some((w) => /^["“(]?\p{Lu}/u.test(w))) return false;
  const first = /^[\p{L}\d'’-]+/u.exec(prompt.trim())?.[0];
  if (!first) return true;
  return !context.some((heading) => hasWholeWord(heading, first));
}

/** "the Second ___" (World War): a capitalised word glued to the blank is part of the hidden name. */
function cutsName(prompt: string): boolean {
  // The words either side of the first blank, found by position (a pattern scanning for them was quadratic on long
  // runs of word characters).
  const blank = prompt.indexOf('___');
  if (blank < 0) return false;
  const head = prompt.slice(0, blank);
  const beforeWords = head.trimEnd().split(/\s+/);
  const before = /\s$/.test(head) ? (beforeWords[beforeWords.length - 1] ?? '') : '';
  const after = /^_+\s+(\S+)/.exec(prompt.slice(blank, blank + 200))?.[1] ?? '';
  const glued = (w: string): boolean =>
    /^\p{Lu}\p{Ll}+$/u.test(w) && !/^(?:The|A|An|In|On|At|By|Of)$/.test(w);
  const atStart = before !== '' && beforeWords.length === 1;
  return (glued(before) && !atStart) || glued(after.replace(/[.,;:]$/, ''));
}

function answerIsMarkedIn(c: Candidate, fact: Fact | undefined): boolean {
  return fact !== undefined && answerIsMarked(c, fact);
}

function answerIsMarked(c: Candidate, fact: Fact): boolean {
  const answer = normalise(c.answer);
  return fact.terms.some((t) => isAuthorMarked(t) && normalise(t.text) === answer);
}

/** "science", "war", "appeal": one lower-case word of ordinary language (names and acronyms are capitalised). */
function isCommonWord(answer: string): boolean {
  const a = answer.trim();
  return /^\p{Ll}+$/u.test(a);
}

/** "possibility of gain encourages", "was a matter of honour": a finite verb after the answer's first word. */
function answerHasVerb(answer: string): boolean {
  return answer
    .split(/\s+/)
    .slice(1)
    .some((w) => {
      const word = w.replace(/[^A-Za-z]/g, '');
      if (/^(?:is|are|was|were|has|had)$/i.test(word)) return true;
      const v = recogniseVerb(word);
      return v !== undefined && v.form !== 'base' && isKnownVerb(word) && /^\p{Ll}/u.test(w);
    });
}

/** "Determine whether …", "Establish …": a sentence that opens with a verb's bare form gives an instruction. */
function opensWithCommand(prompt: string): boolean {
  const m = /^([A-Z][a-z]+)\s+(\S+)/.exec(prompt);
  const first = m?.[1] ?? '';
  // "Aim is to …", "Use / exclusion of …": the first word is a noun when a verb or a joiner follows it.
  if (!first || /^(?:is|are|was|were|has|had|of|and|or|\/|can|may|must|will|should)$/i.test(m?.[2] ?? ''))
    return false;
  return recogniseVerb(first)?.form === 'base' && isKnownVerb(first);
}
