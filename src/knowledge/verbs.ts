/** Verb recognition and base forms, by word lists and spelling rules (deterministic, no NLP model). */

const IRREGULAR_PAST: Record<string, string> = {
  was: 'be',
  were: 'be',
  had: 'have',
  did: 'do',
  made: 'make',
  took: 'take',
  gave: 'give',
  won: 'win',
  lost: 'lose',
  fought: 'fight',
  built: 'build',
  began: 'begin',
  ran: 'run',
  held: 'hold',
  sent: 'send',
  found: 'find',
  thought: 'think',
  brought: 'bring',
  went: 'go',
  came: 'come',
  knew: 'know',
  grew: 'grow',
  rose: 'rise',
  fell: 'fall',
  spoke: 'speak',
  taught: 'teach',
  bought: 'buy',
  sold: 'sell',
  left: 'leave',
  met: 'meet',
  paid: 'pay',
  said: 'say',
  told: 'tell',
  felt: 'feel',
  kept: 'keep',
  meant: 'mean',
  led: 'lead',
  wrote: 'write',
  saw: 'see',
  became: 'become',
  overthrew: 'overthrow',
  drew: 'draw',
  threw: 'throw',
  chose: 'choose',
  drove: 'drive',
  hid: 'hide',
  rode: 'ride',
  stole: 'steal',
  swore: 'swear',
  split: 'split',
  set: 'set',
  put: 'put',
  cut: 'cut',
  spread: 'spread',
  struck: 'strike',
  stood: 'stand',
  understood: 'understand',
  withdrew: 'withdraw',
  forbade: 'forbid',
  forgave: 'forgive',
  froze: 'freeze',
  shook: 'shake',
  woke: 'wake',
  beat: 'beat',
  bore: 'bear',
  broke: 'break',
  caught: 'catch',
  dealt: 'deal',
  dug: 'dig',
  fled: 'flee',
  flew: 'fly',
  forgot: 'forget',
  got: 'get',
  hung: 'hang',
  heard: 'hear',
  laid: 'lay',
  lent: 'lend',
  lit: 'light',
  rang: 'ring',
  sank: 'sink',
  sat: 'sit',
  slew: 'slay',
  sought: 'seek',
  spent: 'spend',
  swept: 'sweep',
  sought_: 'seek',
  upheld: 'uphold',
  wore: 'wear',
  wove: 'weave',
  overcame: 'overcome',
  undertook: 'undertake',
  foresaw: 'foresee',
  arose: 'arise',
  shed: 'shed',
  shot: 'shoot',
  shut: 'shut',
  slid: 'slide',
  spun: 'spin',
  stuck: 'stick',
  swam: 'swim',
  tore: 'tear',
  underwent: 'undergo',
  wed: 'wed',
  wept: 'weep',
};

/** Verbs students start telegraphic bullets with, in base form (present/past forms are derived). */
const COMMON_BASES = (
  'accept achieve act add adopt advocate agree aim allow announce appear appoint argue arrange arrest ask ' +
  'assassinate assume attack attempt avoid ban base believe betray blame block call campaign capture cause ' +
  'challenge change claim collapse command compete complete conquer consider contain continue control ' +
  'convince create criticise criticize crush decide declare decline defeat defend demand deny describe ' +
  'destroy develop die disagree dismiss dissolve divide dominate earn elect emerge enable encourage end ' +
  'enforce ensure establish exile expand expel explain exploit express fail favour favor fear focus follow ' +
  'force form found free gain govern grant guarantee help hope identify ignore implement improve include ' +
  'increase influence inherit initiate insist insult intend introduce invade invent invest involve join kill ' +
  'launch like live look love maintain manage mark marry measure move murder need negotiate nominate note ' +
  'occupy offer open oppose order organise organize outline own participate pass persuade place plan play ' +
  'position prefer prepare present prevent produce promise promote propose protect protest prove provide ' +
  'publish purge push raise reach realise realize receive recognise recognize reduce refer reform refuse ' +
  'regard reject rely remain remove replace represent require resign resist respond result return reveal ' +
  'rule save secure seek seem seize serve settle share show sign solve start state stay stop strengthen ' +
  'study succeed suffer suggest supply support suppress surrender survive suspect take tend threaten train ' +
  'transform travel treat try turn undermine unite unify use value view visit vote want warn weaken wish ' +
  'withdraw work worry read learn review remember check see use write make take flow lie border cover ' +
  'separate connect link carry grow measure convert transport absorb emit reflect store transmit send receive ' +
  'encode decode compute calculate compare depend consist belong happen occur exist differ vary mean equal ' +
  'produce release contain build hold form drive regulate determine affect limit impact shape inhibit stimulate ' +
  'facilitate'
).split(' ');

const BASES = new Set(COMMON_BASES);
const PAST_TO_BASE = new Map(Object.entries(IRREGULAR_PAST));
const BASE_SET_IRREGULAR = new Set(Object.values(IRREGULAR_PAST));

/** Base form of a past-tense (-ed) verb by spelling rules: arranged → arrange, stopped → stop, carried → carry. */
function baseOfEd(word: string): string | undefined {
  if (!/ed$/.test(word) || word.length < 4) return undefined;
  const stem = word.slice(0, -2);
  if (/ied$/.test(word)) return `${word.slice(0, -3)}y`;
  if (BASES.has(stem)) return stem;
  if (BASES.has(`${stem}e`)) return `${stem}e`;
  if (/([bdgklmnprt])\1$/.test(stem) && BASES.has(stem.slice(0, -1))) return stem.slice(0, -1);
  if (/([bdgklmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  // Unknown verb: "-ed" after a consonant + e-ending pattern is ambiguous; prefer the stem + e for c/v/z/s/u.
  // "crossed", "passed", "assessed": a double s is the end of the stem itself.
  if (/ss$/.test(stem)) return stem;
  if (/(?:[cvzu]|[^aeiou]s)$/.test(stem)) return `${stem}e`;
  // "lodged", "urged", "executed", "hired", "declared", "secured": a silent e came off before -ed.
  if (/(?:dg|rg|quir|[^aeiou]ut|[^aeiou][aiu]r)$/.test(stem)) return `${stem}e`;
  // "purchased", "refused", "revised", "proposed": -s- after a vowel kept its e ("focused", "biased" did not).
  if (/[aeiou]s$/.test(stem) && !/^(?:focus|bias|gas|bus|plus|census|canvas|nexus)$/.test(stem))
    return `${stem}e`;
  // "named", "dated", "timed", "voted": one syllable ending in one vowel and one consonant lost its e ("aimed",
  // "ended", "visited" keep their stems: two vowels, two consonants, two syllables).
  if (/^[^aeiou]*[aeiou][mntdpkbgz]$/.test(stem)) return `${stem}e`;
  // "struggled", "settled", "tackled", "compiled": a consonant (or consonant + i) before l took an e.
  if (/(?:[^aeiour]l|[^aeiou]il)$/.test(stem)) return `${stem}e`;
  return stem;
}

/** Base form of a 3rd-person present verb: places → place, carries → carry, watches → watch. */
function baseOfS(word: string): string | undefined {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return undefined;
}

export type VerbForm = 'past' | 'present' | 'base';

export interface VerbInfo {
  readonly base: string;
  readonly form: VerbForm;
}

/**
 * Recognises a word as a verb at the start of a telegraphic bullet ("Created …", "Positions …").
 * Returns undefined when the word is not confidently a verb.
 */
export function recogniseVerb(word: string): VerbInfo | undefined {
  const w = word.toLowerCase();
  const irregular = PAST_TO_BASE.get(w);
  if (irregular) return { base: irregular, form: 'past' };
  if (w === 'is' || w === 'are') return { base: 'be', form: 'present' };
  if (w === 'has') return { base: 'have', form: 'present' };
  if (w === 'does') return { base: 'do', form: 'present' };
  if (BASES.has(w) || BASE_SET_IRREGULAR.has(w)) return { base: w, form: 'base' };
  const ed = baseOfEd(w);
  if (ed && (BASES.has(ed) || /ed$/.test(w))) return { base: ed, form: 'past' };
  const s = baseOfS(w);
  if (s && (BASES.has(s) || BASE_SET_IRREGULAR.has(s))) return { base: s, form: 'present' };
  return undefined;
}

/** True when the word is a form of a verb on our lists (not just a word ending in -ed). */
export function isKnownVerb(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (PAST_TO_BASE.has(w) || BASES.has(w) || BASE_SET_IRREGULAR.has(w)) return true;
  const ed = baseOfEd(w);
  if (ed && BASES.has(ed)) return true;
  const s = baseOfS(w);
  return s !== undefined && (BASES.has(s) || BASE_SET_IRREGULAR.has(s));
}

/** True for a word that is a past or present verb form we can confidently turn into a base form. */
export function isFiniteVerb(word: string): boolean {
  const v = recogniseVerb(word);
  return v !== undefined && v.form !== 'base';
}

/** Words that open the object of a verb: "to gives **the** speech", "to gives **his** speeches". */
const OBJECT_START = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|some|many)$/i;

/**
 * "Travelled the USSR to gives speeches" → "to give speeches": after "to", a verb takes its base form. Only a
 * word our verb lists know, followed by the start of its object (a determiner, or a plural noun that is no verb);
 * an "-s" word followed by anything else is a plural noun ("to acts connected to", "to rules about").
 */
export function repairInfinitive(text: string): string {
  return text.replace(/\bto ([a-z]+s) (\p{L}+)/gu, (whole, word: string, next: string) => {
    const object = OBJECT_START.test(next) || (/s$/.test(next) && recogniseVerb(next) === undefined);
    if (!object) return whole;
    const info = recogniseVerb(word);
    if (info?.form !== 'present' || info.base === word || !isKnownVerb(info.base)) return whole;
    return `to ${info.base} ${next}`;
  });
}
