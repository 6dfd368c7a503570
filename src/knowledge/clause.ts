/** Splitting a simple statement into subject, verb and the rest ("Lenin | introduced | a factions ban"). */
import { isKnownVerb, recogniseVerb, type VerbInfo } from './verbs.js';

const VERB_FOLLOWERS =
  /^(?:the|a|an|his|her|their|its|our|my|to|in|on|at|by|for|from|with|into|over|up|down|out|off|that|this|these|those|him|them|it|all|many|most|some|several|two|three|four|five|as|against|through|after|before|during|under|between|around|across|both|each|every|no|not|also|more|less)$/i;

const AUX: Record<string, VerbInfo> = {
  is: { base: 'be', form: 'present' },
  are: { base: 'be', form: 'present' },
  was: { base: 'be', form: 'past' },
  were: { base: 'be', form: 'past' },
  has: { base: 'have', form: 'present' },
  have: { base: 'have', form: 'present' },
  had: { base: 'have', form: 'past' },
};
const MODALS = new Set([
  'will',
  'would',
  'can',
  'could',
  'should',
  'shall',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
]);
const SUBORDINATORS = new Set(
  (
    'when if after because although though since while as once given unlike despite during in on at for with ' +
    'by from to whereas before until unless whether without through upon into between among under over ' +
    'how why what which who where there here it its this these those he she they his her their we i you ' +
    'just even only so as also see note remember'
  ).split(' '),
);
const BAD_IN_SUBJECT = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'not',
  'because',
  'whereas',
  'when',
  'if',
]);

export interface Clause {
  readonly subject: string;
  /** An adverb between subject and verb ("Trotsky sometimes challenged"), kept with the verb in questions. */
  readonly adverb?: string;
  readonly verb: string;
  readonly info: VerbInfo;
  /** Words after the verb, as written. */
  readonly rest: string;
  /** True for "Lenin did not…", "X was not…": no question is made from negated clauses. */
  readonly negated: boolean;
  /** True when the subject is plural ("Romulus and Remus", "Humans"). */
  readonly plural: boolean;
}

const WORD = /\S+/g;
const ONLY_ADVERB =
  /^(?:[a-z]+ly|and|or|sometimes|often|also|later|eventually|initially|then|once|soon|always|never)$/i;
const ADVERB_END =
  /\s+(sometimes|often|also|later|eventually|initially|originally|frequently|usually|always|never|once|soon|then|briefly|quickly|secretly|openly|publicly|famously|successfully|gradually|repeatedly|largely|mainly|mostly|partly|directly|effectively|ultimately|increasingly|actually|reportedly|allegedly|formally|officially|temporarily|finally|quickly|slowly|strongly|widely|heavily|first|only|still|already|even|just|mainly)$/i;

/** Parses "Subject verb rest" when the subject is a short noun phrase (≤ 6 words, no comma). */
export function parseClause(text: string): Clause | undefined {
  const tokens = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index }));
  const first = tokens[0]?.word.toLowerCase().replace(/[^a-z]/g, '') ?? '';
  if (SUBORDINATORS.has(first)) return undefined;
  for (let k = 1; k < Math.min(tokens.length, 8); k++) {
    const prev = tokens[k - 1]!.word;
    if (/[,;:—–]$/.test(prev) || /^[-–—]$/.test(prev)) return undefined;
    const raw = tokens[k]!.word;
    const w = raw.toLowerCase().replace(/[^a-z'’]/g, '');
    if (BAD_IN_SUBJECT.has(w) || MODALS.has(w)) return undefined;
    const following = tokens.slice(k + 1, k + 4).map((t) => t.word);
    // "AWM purchased wool …", "the Senate rejected bills": after an acronym or a name inside the sentence, an -ed
    // word is the verb, not an adjective ("Beautiful stained glass").
    const afterName = /^\p{Lu}{2,}$/u.test(prev) || (k > 1 && /^\p{Lu}\p{Ll}+$/u.test(prev));
    const info =
      AUX[w] ??
      finiteVerb(raw, following, afterName) ??
      pluralPresent(raw, text.slice(0, tokens[k]!.start), following);
    if (!info) continue;
    const before = text.slice(0, tokens[k]!.start).trim();
    // "Legislative limits on …", "Statutory powers of …": after a lone adjective an -s word is its plural noun.
    if (info.form === 'present' && k === 1 && /^\p{L}+(?:ive|al|ory|ic|ous|ary)$/iu.test(before)) continue;
    const adverb = ADVERB_END.exec(before);
    const subject = adverb ? before.slice(0, adverb.index).trim() : before;
    if (!subject || subject.split(/\s+/).every((w) => ONLY_ADVERB.test(w))) return undefined;
    // "The bombed Rainbow Warrior …": after a bare article the -ed word describes the noun; no subject yet.
    if (/^(?:the|a|an)$/i.test(subject)) continue;
    // "Pericles commissioned and supervised …": the subject stops before the first verb.
    if (/\s(?:and|or|but)$/i.test(subject)) return undefined;
    const restStart = tokens[k]!.start + raw.length;
    const rest = text.slice(restStart).trim();
    if (!rest) return undefined;
    return {
      subject,
      ...(adverb ? { adverb: adverb[1]!.toLowerCase() } : {}),
      verb: raw,
      info,
      rest,
      negated: /^(?:not|never|no longer)\b/i.test(rest),
      plural: isPlural(subject),
    };
  }
  return undefined;
}

/** A lower-case word that is surely a finite verb here (a capitalised word is a name, not a verb). */
/** "Ribosomes build proteins": a base-form verb right after a plural noun subject is a present-tense verb. */
function pluralPresent(raw: string, before: string, following: readonly string[]): VerbInfo | undefined {
  if (!/^\p{Ll}/u.test(raw) || !isPlural(before) || /\band\b/i.test(before)) return undefined;
  const info = recogniseVerb(raw.replace(/[^A-Za-z]/g, ''));
  if (info?.form !== 'base' || !isKnownVerb(raw)) return undefined;
  // "Plants food stores …" would be nonsense; a verb is followed by an object, a preposition or an adverb.
  if (following.length === 0) return undefined;
  return { base: info.base, form: 'present' };
}

function finiteVerb(raw: string, following: readonly string[], afterName = false): VerbInfo | undefined {
  if (!/^\p{Ll}/u.test(raw)) return undefined;
  const info = recogniseVerb(raw.replace(/[^A-Za-z]/g, ''));
  if (!info || info.form === 'base') return undefined;
  // "Government forms were …": a plural noun that looks like a verb, with the real verb just after.
  if (info.form === 'present' && following.some((f) => /^(?:is|are|was|were|has|have|had)$/i.test(f)))
    return undefined;
  // "Beautiful stained glass": an unknown -ed word before a bare lower-case noun is an adjective.
  const next = following[0] ?? '';
  if (
    info.form === 'past' &&
    !afterName &&
    !isKnownVerb(raw) &&
    /^\p{Ll}/u.test(next) &&
    !VERB_FOLLOWERS.test(next)
  ) {
    return undefined;
  }
  // "Common causes of …", "Types of …": a plural noun followed by "of".
  if (info.form === 'present' && /^of$/i.test(following[0] ?? '')) return undefined;
  return info;
}

/** Rough number of a noun phrase: "and", or a plural -s ending (not -ss/-us/-is). */
export function isPlural(subject: string): boolean {
  if (/\band\b/i.test(subject)) return true;
  const last = (subject.trim().split(/\s+/).pop() ?? '').toLowerCase();
  if (/^(?:people|children|men|women|police|cattle)$/.test(last)) return true;
  return /[^su'’]s$/.test(last) && !/(?:ss|us|is|ics)$/.test(last);
}

/** 3rd-person singular present of a base verb: have → has, go → goes, carry → carries. */
export function thirdPerson(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

/** The "do" auxiliary for a question: did (past), does/do (present). */
export function doSupport(info: VerbInfo, plural: boolean): string {
  if (info.form === 'past') return 'did';
  return plural ? 'do' : 'does';
}
