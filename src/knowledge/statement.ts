/** One bullet or sentence → one fact: date labels, connectives, pronouns, inherited subjects, ellipsis. */
import type { SourceRef } from '../generate/item.js';
import type { RichText } from '../markdown/tree.js';
import { type Clause, parseClause } from './clause.js';
import { stripConnectives } from './connectives.js';
import { type DateMention, findDates, splitDatePrefix } from './dates.js';
import type { Fact, KeyTerm, Subject } from './model.js';
import { type PronounCandidates, resolveLeadingPronoun } from './subject.js';
import { keyTerms, markedTerms } from './terms.js';
import {
  capitalise,
  contentWords,
  decapitalise,
  squash,
  stripOutlineLabel,
  trimEndPunctuation,
} from './text.js';
import { recogniseVerb, repairInfinitive } from './verbs.js';

export interface StatementInput {
  readonly content: RichText;
  readonly context: readonly string[];
  readonly source: SourceRef;
  readonly origin: Fact['origin'];
  readonly parent?: Fact;
  /** The parent bullet's text is the last part of `context` (a bullet with words of its own, not an empty one). */
  readonly parentShown?: boolean;
  readonly candidates: PronounCandidates;
  readonly knownNames: ReadonlySet<string>;
  /** Names that behave like people in the note (for "Who" questions). */
  readonly people: ReadonlySet<string>;
  /** Use "was" (history) rather than "is" when a description is turned into a statement. */
  readonly past: boolean;
}

const AUX_ONLY = /^(.+?)\s+(was|were|is|are|did|do|does|had|has|have|could|would|can|will)(\s+not|n't)?$/i;

/** Builds the fact a statement expresses; `children` are filled in by the caller. */
export function statementToFact(input: StatementInput): Fact {
  const written = squash(input.content.text);
  if (written.length > MAX_STATEMENT_CHARS) return overlong(written, input);
  const marked = markedTerms(input.content);
  let text = stripOutlineLabel(trimEndPunctuation(written));
  const prefix = splitDatePrefix(text);
  if (prefix) text = prefix.rest;
  const stripped = stripConnectives(text);
  text = repairInfinitive(trimEndPunctuation(stripped.text));

  let subject: Subject | undefined;
  let inherited = false;
  let description = false;
  let unresolved = false;

  const ellipsis = completeEllipsis(text, input.parent);
  if (ellipsis) text = ellipsis;

  const resolved = resolveLeadingPronoun(text, input.candidates);
  if (resolved.subject) {
    text = capitalise(resolved.text);
    subject = resolved.subject;
    inherited = true;
  }
  unresolved = resolved.unresolved;

  const inheritFrom = subjectToInherit(text, input);
  if (!resolved.subject && !unresolved && inheritFrom && startsWithVerb(text, input.knownNames)) {
    const be = isPassive(text) ? `${beFor(inheritFrom, input.past)} ` : '';
    // "Married Catherine of Valois": the first word is the verb, lower-cased even before a name.
    text = `${subjectPhrase(inheritFrom)} ${be}${lowerVerb(text, input.knownNames)}`;
    subject = inheritFrom;
    inherited = true;
  } else if (
    !resolved.subject &&
    !unresolved &&
    inheritFrom?.person &&
    // "Many consider Pericles the ideal ruler" under "Pericles" names him itself: a clause, not a description.
    !namesItself(text, inheritFrom.name) &&
    isDescription(text, input.knownNames)
  ) {
    text = `${subjectPhrase(inheritFrom)} ${beFor(inheritFrom, input.past)} ${lowerFirst(text, input.knownNames)}`;
    subject = inheritFrom;
    inherited = true;
    description = true;
  }

  const clause = parseClause(text);
  if (!subject && clause) subject = explicitSubject(clause, input.people);
  const dates = findDates(text);
  const terms: KeyTerm[] = keyTerms(text, marked, input.knownNames);
  return {
    text,
    written,
    ...(subject ? { subject } : {}),
    inherited,
    ...(clause ? { clause } : {}),
    terms,
    dates: prefix ? [prefix.date, ...dates] : dates,
    ...(prefix ? { datePrefix: prefix.date } : {}),
    isExample: stripped.isExample,
    unresolved,
    ...(input.parentShown ? { underBullet: true as const } : {}),
    description,
    context: input.context,
    source: input.source,
    children: [],
    origin: input.origin,
  };
}

/**
 * A statement this long is a wall of text, not a fact: it is kept (for the breadcrumb of its children) but not
 * analysed, which also keeps the time per note linear on pathological input (a 2 MB sentence).
 */
const MAX_STATEMENT_CHARS = 1000;

function overlong(written: string, input: StatementInput): Fact {
  return {
    text: written.slice(0, MAX_STATEMENT_CHARS),
    written: written.slice(0, MAX_STATEMENT_CHARS),
    inherited: false,
    terms: [],
    dates: [],
    isExample: false,
    unresolved: true,
    description: false,
    context: input.context,
    source: input.source,
    children: [],
    origin: input.origin,
  };
}

/**
 * Names of a dynasty, an empire, a war, a party … take "the" at the head of a sentence ("### Kurdish Dynasty" over
 * "Defeated by the Mongols" → "The Kurdish Dynasty was defeated …"); a heading's subject is kept without it.
 */
const NEEDS_ARTICLE =
  /^(?:\p{Lu}[\p{L}'’-]*\s+)+(?:Dynasty|Empire|Kingdom|Republic|Senate|Army|Navy|Party|Revolution|War|Union|Council|Assembly|Parliament|Congress|Crusade|League|Alliance|Confederacy|Caliphate|Sultanate|Papacy|Reformation|Renaissance|Enlightenment|Inquisition)$/u;

function subjectPhrase(subject: Subject): string {
  const { name } = subject;
  // "Alonzo Church", "Margaret Court": people are named as they are.
  return !subject.person && NEEDS_ARTICLE.test(name) && !/^(?:The|A|An)\s/.test(name) ? `The ${name}` : name;
}

/** "Lenin and Stalin were not" under "Leon Trotsky was ideologically marxist" → the full statement. */
function completeEllipsis(text: string, parent: Fact | undefined): string | undefined {
  const m = AUX_ONLY.exec(text);
  const pc = parent?.clause;
  if (!m || !pc || pc.negated) return undefined;
  const predicate = pc.rest.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return `${m[1]} ${m[2]}${m[3] ?? ''} ${predicate}`;
}

const PERSONAL = /\b(?:himself|herself|he|she|his|him)\b/i;

/** The subject a telegraphic bullet takes: its parent's, else its heading's; a person when it says "himself". */
function subjectToInherit(text: string, input: StatementInput): Subject | undefined {
  const named = describedThing(text, input.parent);
  if (named) return named;
  // Under a parent bullet whose subject is unknown, the heading is no safe guess: the parent may be about anyone.
  const from = input.parent ? input.parent.subject : input.candidates.headingSubject;
  if (!from || from.person || !PERSONAL.test(text)) return from;
  const person = input.candidates.parentPeople[0];
  return person ? { name: person, person: true, plural: false } : undefined;
}

/** "Wrote **Divine Comedy**" › "Was about spiritual fulfilment": a be/have child describes the parent's object. */
function describedThing(text: string, parent: Fact | undefined): Subject | undefined {
  if (!parent || !/^(?:was|is|were|are|has|had)\b/i.test(text)) return undefined;
  const object = parent.terms.find(
    (t) => t.origin !== 'number' && t.text !== parent.subject?.name && !/^\d/.test(t.text),
  );
  if (!object) return undefined;
  return { name: object.text, person: false, plural: false };
}

function beFor(subject: Subject, past: boolean): string {
  if (subject.plural) return past ? 'were' : 'are';
  return past ? 'was' : 'is';
}

const PASSIVE_VERBS =
  /^(?:(?:eventually|later|often|also|initially|originally|widely|commonly|generally|first)\s+)?(?:located|born|named|buried|based|known|called|made|written|built|used|considered|regarded|seen|given|sent|exiled|elected|crowned|killed|murdered|assassinated|defeated|influenced|inspired|founded|created|established|designed|painted|discovered|composed|conquered|captured|imprisoned|executed|raised|taught|educated|trained|appointed|replaced|divided|formed|owned|controlled|governed|protected|surrounded|destroyed|sacked|invaded|attacked|adopted|married|replaced|banned|excommunicated|canonized|canonised|succeeded by|followed by|preceded by)\s+(?:in|at|by|as|after|from|on|for|to|with|during|into|under|near)\b/i;

/** Whether `text` names the person by the last word of their name, with its capital ("Pericles", not "young"). */
function namesItself(text: string, name: string): boolean {
  const last = name.split(/\s+/).at(-1) ?? name;
  if (!/^\p{Lu}/u.test(last)) return false;
  const at = text.indexOf(last);
  return (
    at >= 0 &&
    !/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) &&
    !/[\p{L}\p{N}]/u.test(text.charAt(at + last.length))
  );
}

/** Roles a person is named, made or crowned to ("pharaoh", "Holy Roman Emperor", "Doctor of the Church"). */
const ROLES = (
  'pharaoh king queen emperor empress pope bishop archbishop cardinal saint doctor consul dictator president ' +
  'chancellor leader head governor general commander regent tsar czar caliph sultan shah khan prince princess ' +
  'duke lord knight heir successor minister senator tribune ambassador patron patriarch greatest'
).split(' ');

/**
 * "Proclaimed a pharaoh in Egypt", "Made the bishop of Hippo": a verb that names someone to a role, followed by
 * the role itself, is a passive whose "was" the note left out ("crowned Charlemagne emperor" names the person).
 */
const NAMED_TO_ROLE = new RegExp(
  String.raw`^(?:(?:eventually|later|then|also|first|soon|finally)\s+)?(?:named|considered|called|elected|appointed|crowned|proclaimed|declared|ordained|chosen|regarded|dubbed|hailed|made)\s+(?:(?:a|an|the)\s+)?(?:(?:first|sole|new|last|greatest|youngest|only)\s+)?(?:${ROLES.join('|')}|one of)\b`,
  'i',
);

/** A role with or without its capital, for an expression that tells capitals apart ("[Ee]mperor"). */
const ROLE = `(?:${ROLES.map((r) => `[${r.charAt(0).toUpperCase()}${r.charAt(0)}]${r.slice(1)}`).join('|')})`;

/**
 * "Crowned Holy Roman Emperor by Pope Leo III", "Guided partly by Virgil": an -ed verb whose doer follows "by" is a
 * passive too.
 */
const BY_AGENT = new RegExp(
  // The -ed verb, then either an adverb ("Guided partly by …") or a role it was given ("Crowned Holy Roman
  // Emperor by …"), then "by" and a doer with a capital that is not a month ("Reached Moscow by September" and
  // "Defeated the Austrians by Ulm" have an object: they are active).
  String.raw`^(?:\p{L}+ly\s+)?\p{L}+ed\s+(?:\p{L}+ly\s+|(?:(?:the|a|an)\s+)?(?:\p{Lu}\p{L}*\s+){0,3}${ROLE}\s+(?:of\s+(?:the\s+)?\p{Lu}\p{L}*\s+)?)?by\s+(?:(?:the|a|an|[Pp]ope|[Kk]ing|[Qq]ueen|[Ee]mperor)\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}`,
  'u',
);

/** "Located at the Louvre", "Born in 1412": a participle that needs "was" after the inherited subject. */
function isPassive(text: string): boolean {
  return PASSIVE_VERBS.test(text) || NAMED_TO_ROLE.test(text) || BY_AGENT.test(text);
}

/** Lower-cases a bullet's opening verb ("Married Catherine …" → "married Catherine …"), unless it is a name. */
function lowerVerb(text: string, knownNames: ReadonlySet<string>): string {
  const first = /^[\p{L}]+/u.exec(text)?.[0] ?? '';
  if (knownNames.has(first) || /^\p{Lu}{2,}/u.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Lower-cases the first word unless it is a name ("Joseph Stalin's …" stays). */
function lowerFirst(text: string, knownNames: ReadonlySet<string>): string {
  const first = /^[\p{L}]+/u.exec(text)?.[0] ?? '';
  return knownNames.has(first) ? text : decapitalise(text);
}

const LEADING_ADVERB =
  /^(?:sometimes|often|also|later|eventually|initially|originally|frequently|usually|always|never|once|soon|then|first|briefly|quickly|secretly|openly|publicly|famously|successfully|unsuccessfully|repeatedly|gradually)\s+/i;

/** True when a bullet opens with a verb and so needs a subject ("Created the Theory of …"). */
export function startsWithVerb(text: string, knownNames: ReadonlySet<string>): boolean {
  const adverb = LEADING_ADVERB.exec(text);
  if (adverb) text = text.slice(adverb[0].length);
  const first = /^[A-Za-z]+/.exec(text)?.[0];
  if (!first || knownNames.has(first)) return false;
  const info = recogniseVerb(first);
  if (!info) return false;
  // "Conquered people could earn citizenship": a participle opening a subject that has its own verb.
  if (
    info.form === 'past' &&
    /^\S+\s+\p{Ll}+\s+(?:could|would|can|will|should|must|may|might|were|are)\b/u.test(text)
  ) {
    return false;
  }
  const clause = parseClause(text);
  // "Limited resources are scarce": an -ed adjective opening a noun phrase, with the verb just after.
  if (
    clause &&
    /^(?:is|are|was|were|has|have|had)$/i.test(clause.verb) &&
    clause.subject.split(' ').length <= 3 &&
    // "Believed he was the rightful king": a verb and its own clause, not an adjective and a noun.
    !/\b(?:he|she|they|it|we|i|that)$/i.test(clause.subject)
  ) {
    return false;
  }
  return true;
}

/** A short noun phrase with no verb: a description of the subject ("Commander of the Red Army"). */
function isDescription(full: string, knownNames: ReadonlySet<string>): boolean {
  // Dates may hold commas ("March 5th, 1953") and count as one word here.
  let text = full;
  for (const d of findDates(full).reverse()) text = `${text.slice(0, d.start)}DATE${text.slice(d.end)}`;
  // "About 600 AD" under a person is a date, not a description of them.
  if (contentWords(text.replace(/DATE/g, ' ')).length < 2) return false;
  const tokens = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (tokens.length === 0 || tokens.length > 14) return false;
  if (/[,;:]|\s[-–—]\s/.test(text.replace(/\([^)]*\)/g, ''))) return false;
  if (/^(?:a|an|the)$/i.test(tokens[0] ?? '') && tokens.length < 3) return false;
  for (const t of tokens) {
    const w = t.replace(/[^A-Za-z'’]/g, '');
    if (
      /^(?:is|are|was|were|has|have|had|will|would|can|could|did|do|does|not|must|should|may|might|shall)$/i.test(
        w,
      )
    ) {
      return false;
    }
    if (t === tokens[0] && recogniseVerb(w)) return false;
    if (/^\p{Ll}/u.test(w) && recogniseVerb(w)?.form === 'past') return false;
    if (/^\p{Ll}/u.test(w) && recogniseVerb(w)?.form === 'present' && !knownNames.has(w)) return false;
  }
  return /^[\p{Lu}\p{Ll}]/u.test(tokens[0] ?? '');
}

/** The subject of a clause when it names someone: "Stalin insulted Lenin's wife" → Stalin. */
function explicitSubject(clause: Clause, people: ReadonlySet<string>): Subject | undefined {
  const s = clause.subject;
  if (!/^\p{Lu}/u.test(s) || /^(?:The|A|An|This|These|That|Those|It|Its)\b/.test(s)) return undefined;
  const names = s.split(/\s+and\s+/);
  const person = names.every((n) => people.has(n) || people.has(n.split(' ').pop() ?? ''));
  return { name: s, person, plural: clause.plural };
}

/** The dates of a fact that are not its label. */
export function innerDates(fact: Fact): DateMention[] {
  return fact.dates.filter((d) => d !== fact.datePrefix);
}
