/**
 * The kind of thing a label's items are: "Types of Ties" → "type of tie", "Writs" → "writ", "Hormones in Plants" →
 * "hormone in plants". A term explained under such a label can then be asked by its kind ("Which writ compels a
 * public official to perform a duty?"), the way a teacher asks it, instead of "Which term means: compels …?".
 */

import { isPlaceOrPeople } from './places.js';
import { tag } from './pos.js';
import { isKnownWord } from './spelling.js';
import { isHeaderField, isStructuralLabel } from './structure.js';
import { squash, words } from './text.js';

/** "Types of X", "Kinds of X": the group word is singular, and so is X's last word. */
const KIND_OF =
  /^(types?|kinds?|forms?|categories|category|class(?:es)?|sorts?|varieties|variety)\s+of\s+(.+)$/i;

/** "Characteristics of Human Rights", "Hormones in Plants": a plural head with what it belongs to. */
const PLURAL_OF = /^(\p{L}[\p{L}-]*s)\s+(of|in|for)\s+(.+)$/iu;

/** Counts and kind words before the plural: "3 Dimensions", "Two main types of …", "Different kinds of …". */
const LEADING =
  /^(?:(?:the|\d+|two|three|four|five|six|seven|eight|nine|ten|main|major|key|basic|different|common|important|various)\s+)+/i;

/** Heads that name no kind of thing its items share ("Notes", "Definitions of …", "Other ways"). */
const NO_KIND =
  /^(?:definitions?|notes?|terms?|keywords?|questions?|answers?|readings?|references?|details?|points?|facts?|ideas?|things?|stuff|examples?|summar(?:y|ies)|others?|extras?|misc|exceptions?|events?|dates?|people|persons?|names?|words?|meanings?|vocab(?:ulary)?|glossary|highlights?|takeaways?|sources?|links?|resources?|tips?|steps?|uses?|results?|contains?|includes?|aspects?|elements?|affairs|relations|humanities|arguments?|tutorials?|topics?|assignments?|papers?|reminders?|lectures?|chapters?|sessions?|courses?|subjects?|units?|modules?|weeks?|lessons?|exams?|tests?|quizz?e?s?|studies|cases?|articles?|problems?)$/i;

/** Heads that name a kind only with what they belong to: "Causes of the war" is one, "Causes" alone is not. */
const BARE_NO_KIND =
  /^(?:benefits|advantages|disadvantages|causes|effects|features|functions|reasons|factors|problems|impacts|roles|limitations|criticisms|strengths|weaknesses|characteristics|types|kinds|forms|categories|classes|levels|stages|parts|principles|consequences|issues|methods|ways|objectives|goals|aims|symptoms|signs|treatments|statements|purposes|processes|procedures)$/i;

/** Heads that name a kind of what follows them ("Causes of …", "Stages of …"), not part of a name. */
const CATEGORY_HEAD =
  /^(?:causes|effects|types|kinds|features|characteristics|consequences|functions|principles|stages|parts|branches|laws|theories|methods|benefits|advantages|disadvantages|reasons|results|impacts|roles|sources|symptoms|signs|forms|elements|hormones|organs|cells|layers|levels|powers|rights|duties|phases|periods)$/i;

/** Plurals whose singular no ending rule finds (the word list also holds "crise", "lense", "matrice"). */
const IRREGULAR_PLURALS = new Map(
  (
    'crises:crisis analyses:analysis hypotheses:hypothesis theses:thesis diagnoses:diagnosis syntheses:synthesis ' +
    'lenses:lens matrices:matrix indices:index vertices:vertex appendices:appendix criteria:criterion ' +
    'phenomena:phenomenon nuclei:nucleus stimuli:stimulus fungi:fungus bacteria:bacterium men:man women:woman ' +
    'children:child teeth:tooth feet:foot mice:mouse geese:goose'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Words the same in both numbers, or plural-looking words that are not plurals. */
const INVARIANT =
  /^(?:species|series|means|news|physics|politics|economics|ethics|mathematics|statistics|logistics|linguistics|genetics|dynamics|thermodynamics|aerodynamics|optics|acoustics|electronics|mechanics|robotics|semantics|pragmatics|phonetics|ergonomics|genomics|athletics|basis|analysis|crisis|thesis|status|virus|census|bus|gas|lens)$/i;

const MAX_WORDS = 6;

/** Prepositions after a head noun: "Types of Cells in the Blood". */
const PREPOSITION = /^(?:in|of|for|on|at|from|with|under|within|over|by|to|into|between|about)$/i;

/**
 * The singular of a plural noun ("theories" → "theory", "classes" → "class", "ties" → "tie", "viruses" → "virus",
 * "crises" → "crisis", "leaves" → "leaf", "indices" → "index"), the word list deciding among the readings.
 */
export function singular(word: string): string {
  if (INVARIANT.test(word)) return word;
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS.get(lower);
  if (irregular)
    return /^\p{Lu}/u.test(word) ? `${irregular[0]!.toUpperCase()}${irregular.slice(1)}` : irregular;
  const keepCase = (w: string) => (/^\p{Lu}/u.test(word) ? `${w[0]!.toUpperCase()}${w.slice(1)}` : w);
  const readings: string[] = [];
  // "toes", "oboes", "shoes" lose their "s"; "volcanoes", "heroes" their "es" (the word list decides).
  if (/oes$/.test(lower)) readings.push(lower.slice(0, -1), lower.slice(0, -2));
  if (/(?:ss|sh|ch|x|z|us)es$/.test(lower)) readings.push(lower.slice(0, -2));
  if (/[^aeiou]ies$/.test(lower)) readings.push(`${lower.slice(0, -3)}y`, lower.slice(0, -1));
  if (/ves$/.test(lower))
    readings.push(`${lower.slice(0, -3)}f`, `${lower.slice(0, -3)}fe`, lower.slice(0, -1));
  if (/ices$/.test(lower))
    // "prices", "devices" lose their "s"; only "indices", "matrices" take -ex or -ix.
    readings.push(lower.slice(0, -1), `${lower.slice(0, -4)}ex`, `${lower.slice(0, -4)}ix`);
  // "cases", "bases" lose their "s"; "crises", "hypotheses" take -is.
  if (/ses$/.test(lower)) readings.push(lower.slice(0, -1), lower.slice(0, -2), `${lower.slice(0, -2)}is`);
  if (/[^s]s$/.test(lower)) readings.push(lower.slice(0, -1));
  const known = readings.find((r) => isKnownWord(r));
  return keepCase(known ?? readings[readings.length - 1] ?? lower);
}

/** Whether the singular of `word` is a word the list knows ("Beatles", "Netherlands" are names, not plurals). */
function singularIsWord(word: string): boolean {
  return isKnownWord(singular(word).toLowerCase());
}

/** Whether a word is a plural noun we can make singular ("Writs", "Hormones"; not "Osmosis", "Status"). */
function isPlural(word: string): boolean {
  // "Aesthetics", "Geopolitics": a field of study, not a plural ("Characteristics" is one).
  if (/ics$/i.test(word) && !/^characteristics$/i.test(word)) return false;
  return (
    /\p{Ll}s$/u.test(word) && !/(?:ss|us|is)$/i.test(word) && !INVARIANT.test(word) && singularIsWord(word)
  );
}

/** Words the word list holds in lower case that English writes with a capital: peoples, languages, faiths, days. */
export const PROPER_WORD =
  /^(?:english|french|german|spanish|italian|roman|greek|latin|british|american|european|african|asian|chinese|japanese|indian|russian|soviet|australian|canadian|irish|scottish|welsh|dutch|arab|arabic|persian|egyptian|jewish|hebrew|christian|catholic|protestant|orthodox|muslim|islamic|hindu|buddhist|anglican|marxist|darwinian|newtonian|victorian|elizabethan|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/i;

/** Common words in lower case, names and acronyms as written: "Human Rights" → "human rights", "DNA" → "DNA". */
function lowerCommon(text: string): string {
  return text
    .split(' ')
    .map((w) =>
      /^\p{Lu}\p{Ll}+$/u.test(w) && isKnownWord(w.toLowerCase()) && !PROPER_WORD.test(w)
        ? w.toLowerCase()
        : w,
    )
    .join(' ');
}

/**
 * A card's front that is only a label of a list ("Types of Education", "Causes of the Famine", "Features of a
 * desert") as the question it stands for: "What are the types of education?". Undefined for any other front.
 */
export function labelAsQuestion(front: string): string | undefined {
  const text = squash(front).replace(/\s*:$/, '');
  if (/[?!.]$/.test(text) || !/^\p{Lu}/u.test(text)) return undefined;
  const of = /^(\p{L}+)\s+of\s+(.+)$/u.exec(text);
  if (!of) return undefined;
  const [, head, what] = of;
  if (!KIND_OF.test(text) && !(CATEGORY_HEAD.test(head!) && isPlural(head!))) return undefined;
  if (words(what!).length > MAX_WORDS) return undefined;
  // "the Dust Bowl", "World War One": capitals after "the", or on every word of two or more, are a name's.
  const named = /^the\s+\p{Lu}/u.test(what!) || /^\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)+$/u.test(what!);
  const thing = named ? what : lowerCommon(what!);
  // "Form of government | Presidential republic": one thing, "What is the …?".
  const verb = isPlural(head!) ? 'are' : 'is';
  return `What ${verb} the ${head!.toLowerCase()} of ${thing}?`;
}

/** A label's kind, and whether the label says it names a kind ("Types of …", "Hormones in …") or is a bare plural. */
export interface LabelKind {
  readonly name: string;
  /** "Writs", "Organelles": a bare plural, which may as well be a topic ("Genes" over "genome", "chromosome"). */
  readonly bare: boolean;
}

/** The kind of thing the items under `label` are, with how sure the label's shape makes it; undefined for none. */
export function kindOfLabel(label: string): LabelKind | undefined {
  const text = squash(label.replace(/[*_=`#]/g, ' '))
    .replace(/^(?:\d+(?:\.\d+)*\.?|[A-Za-z]\.|[ivx]+\.)\s+/i, '')
    .replace(/\s*[:–—-]\s*$/, '')
    .trim();
  if (!text || /[?!.;,()[\]"“”…/]|\d/.test(text.replace(LEADING, ''))) return undefined;
  if (isStructuralLabel(text) || isHeaderField(`${text}:`)) return undefined;
  // "Philippines", "United States", "New Hebrides": a place's name, not a plural.
  if (
    isPlaceOrPeople(text) ||
    /^(?:the\s+)?(?:united|new|south|north|east|west|soviet|great)\s+\p{Lu}/iu.test(text)
  )
    return undefined;
  const bare = text.replace(LEADING, '');
  const kind = KIND_OF.exec(bare);
  let category: string | undefined;
  let bareKind = false;
  // "Rocks and Minerals", "Arguments For and Against": two things, or no thing, not one kind.
  if (!kind && !PLURAL_OF.test(bare) && /\s(?:and|or|&|vs?\.?|for|against)\s/i.test(` ${bare} `))
    return undefined;
  if (kind) {
    const [, group, what] = kind;
    if (/\s(?:and|or|&)\s/i.test(what!)) return undefined;
    const words = what!.split(' ');
    // "Types of Cells in the Blood": the noun before the first preposition is the head.
    const preposition = words.findIndex((w, i) => i > 0 && PREPOSITION.test(w));
    const head = preposition > 0 ? preposition - 1 : words.length - 1;
    if (isPlural(words[head]!)) words[head] = singular(words[head]!);
    category = `${singular(group!).toLowerCase()} of ${words.join(' ')}`;
  } else {
    const of = PLURAL_OF.exec(bare);
    if (of) {
      // "Wars of the Roses", "Houses of Parliament": a name, not a kind.
      // ("Causes of the Irish Famine" is a kind: its head is a word for one.)
      if (/^the\s+\p{Lu}/u.test(of[3]!) && !CATEGORY_HEAD.test(of[1]!)) return undefined;
      if (/\s(?:and|or|&)\s/i.test(of[3]!)) return undefined;
      if (NO_KIND.test(of[1]!) || !isPlural(of[1]!)) return undefined;
      category = `${singular(of[1]!)} ${of[2]!.toLowerCase()} ${of[3]}`;
    } else {
      const words = bare.split(' ');
      const last = words[words.length - 1]!;
      if (words.length > 3 || !isPlural(last) || NO_KIND.test(last) || BARE_NO_KIND.test(words.join(' ')))
        return undefined;
      // "Evidence in Proceedings", "Power over Assets": the plural is what the head belongs to, not the head.
      if (words.some((w, i) => i > 0 && PREPOSITION.test(w))) return undefined;
      // "Contains", "Includes": a verb that introduces a list; "Sampling animals": an activity, not a kind.
      const tagged = tag(words.join(' ')).filter((t) => t.pos !== 'SPACE');
      if (tagged[tagged.length - 1]?.pos !== 'NOUN' && tagged[tagged.length - 1]?.pos !== 'PROPN')
        return undefined;
      if (tagged.some((t) => t.pos === 'VERB' || t.pos === 'AUX') || /ing$/i.test(words[0]!))
        return undefined;
      words[words.length - 1] = singular(last);
      category = words.join(' ');
      bareKind = true;
    }
  }
  if (category.split(' ').length > MAX_WORDS) return undefined;
  return { name: lowerCommon(category), bare: bareKind };
}
