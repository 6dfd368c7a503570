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

/** Adverbs that may open a sentence before its subject ("Sometimes the lens …"; not "Later", "Still": "Later versions"). */
const LEADING_ADVERB =
  /^(sometimes|often|usually|also|then|eventually|initially|originally|generally|typically|normally|occasionally|frequently|finally|soon)\s+(?=\S)/i;

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
    // "Objection rules found in the Act", "Trade routes opened …": an -s word before a verb in the past is the plural
    // noun of a passive without "were" ("The lake becomes frozen" links its subject to a participle).
    if (
      info.form === 'present' &&
      /\p{Ll}s$/u.test(raw) &&
      !LINKING.test(w) &&
      recogniseVerb(following[0]?.replace(/[^A-Za-z]/g, '') ?? '')?.form === 'past' &&
      /^\p{Ll}/u.test(following[0] ?? '') &&
      isKnownVerb(following[0] ?? '') &&
      // "sells used cars", "protects married women": a past form before a noun describes it; a passive's verb is
      // followed by a preposition, an adverb or nothing ("found in …", "opened across …").
      (following[1] === undefined || PASSIVE_FOLLOWER.test(following[1]))
    )
      continue;
    const adverbEnd = ADVERB_END.exec(before);
    // "Sometimes the lens becomes …": an adverb that opens the sentence belongs to the verb, not to the subject.
    const adverbStart = adverbEnd ? null : LEADING_ADVERB.exec(before);
    const subject = adverbEnd
      ? before.slice(0, adverbEnd.index).trim()
      : adverbStart
        ? before.slice(adverbStart[0].length).trim()
        : before;
    const adverb = adverbEnd?.[1] ?? adverbStart?.[1];
    if (!subject || subject.split(/\s+/).every((w) => ONLY_ADVERB.test(w))) return undefined;
    // "Claimed to have hit …", "Because of the …": a subject cannot end with a preposition or an article.
    // "Each of the | states keeps …": the word after a preposition was no verb; "Vitamin A", "Plan A" are names.
    if (/\s(?:to|of|the|a|an|in|on|at|by|for|with|from|into)$/.test(subject)) continue;
    // "The bombed Rainbow Warrior …": after a bare article the -ed word describes the noun; no subject yet.
    if (/^(?:the|a|an)$/i.test(subject)) continue;
    // "Pericles commissioned and supervised …": the subject stops before the first verb.
    if (/\s(?:and|or|but)$/i.test(subject)) return undefined;
    const restStart = tokens[k]!.start + raw.length;
    const rest = text.slice(restStart).trim();
    if (!rest) return undefined;
    return {
      subject,
      ...(adverb ? { adverb: adverb.toLowerCase() } : {}),
      verb: raw,
      info,
      rest,
      negated: /^(?:not|never|no longer)\b/i.test(rest),
      plural: isPlural(subject),
    };
  }
  return undefined;
}

/** What follows a passive's verb: a preposition or an adverb ("found in", "made quickly", "opened across"). */
const PASSIVE_FOLLOWER =
  /^(?:in|on|at|by|to|from|with|for|into|onto|across|during|under|over|through|after|before|since|as|within|throughout|around|between|among|\p{L}+ly)[,.;]?$/iu;

/** Verbs in -s that take a participle after them as their complement ("becomes frozen", "gets married"). */
const LINKING =
  /^(?:becomes|gets|seems|looks|appears|remains|stays|feels|sounds|grows|turns|goes|has|is|was|does)$/i;

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

/** A share of a group ("59%", "most", "a number", "the majority"), whose number is the group's. */
const SHARE =
  /^(?:(?:about|around|over|almost|nearly|only)\s+)?(?:[\d.,]+\s*(?:%|per\s*cent|percent)|most|some|many|all|half|both|several|few|a\s+few|a\s+number|(?:a|the)\s+(?:majority|minority|rest|bulk|lot)|lots|plenty)$/i;

/** Words that end a noun phrase's head: what follows them describes it ("the purpose of the warnings"). */
const POST_MODIFIER =
  /^(?:of|in|at|on|above|below|with|without|from|for|to|by|about|under|over|between|among|within|during|near|beyond|across|who|which|that|whose|barely|only|just|almost|mostly|mainly)$/i;

/**
 * Rough number of a noun phrase, from its head (the words before "of", "in", "who" …): "and", or a plural -s ending
 * (not -ss/-us/-is). "The purpose of judicial warnings" is one purpose; "People barely above the line" are people.
 */
export function isPlural(subject: string): boolean {
  const all = subject.trim().split(/\s+/);
  // "59% of the people", "Most of the states", "A number of rebels": a share takes the number of what follows "of".
  const share = all.findIndex((w) => /^of$/i.test(w));
  const words = share > 0 && SHARE.test(all.slice(0, share).join(' ')) ? all.slice(share + 1) : all;
  // "The only survivors": after an article or a possessive, "only" belongs to the head, not after it.
  const cut = words.findIndex(
    (w, i) =>
      i > 0 &&
      POST_MODIFIER.test(w) &&
      !/^(?:the|a|an|his|her|its|their|our|my|your)$/i.test(words[i - 1] ?? ''),
  );
  const head = cut > 0 ? words.slice(0, cut) : words;
  if (head.some((w) => /^and$/i.test(w))) return true;
  const last = (head[head.length - 1] ?? '').toLowerCase();
  if (/^(?:people|children|men|women|police|cattle)$/.test(last)) return true;
  // "lens", "series", "species", "news", "gas": singular words that end in -s.
  if (
    /^(?:lens|series|species|news|means|gas|atlas|canvas|corps|chaos|ethos|pathos|cosmos|thesis)$/.test(last)
  )
    return false;
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
