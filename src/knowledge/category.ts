/**
 * The kind of thing a label's items are: "Types of Ties" → "type of tie", "Writs" → "writ", "Hormones in Plants" →
 * "hormone in plants". A term explained under such a label can then be asked by its kind ("Which writ compels a
 * public official to perform a duty?"), the way a teacher asks it, instead of "Which term means: compels …?".
 */
import { tag } from './pos.js';
import { isKnownWord } from './spelling.js';
import { isHeaderField, isStructuralLabel } from './structure.js';
import { squash } from './text.js';

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
  /^(?:definitions?|notes?|terms?|keywords?|questions?|answers?|readings?|references?|details?|points?|facts?|ideas?|things?|stuff|examples?|summar(?:y|ies)|others?|extras?|misc|exceptions?|events?|dates?|people|persons?|names?|words?|meanings?|vocab(?:ulary)?|glossary|highlights?|takeaways?|sources?|links?|resources?|tips?|steps?|uses?|results?|contains?|includes?|aspects?|elements?)$/i;

/** Heads that name a kind only with what they belong to: "Causes of the war" is one, "Causes" alone is not. */
const BARE_NO_KIND =
  /^(?:benefits|advantages|disadvantages|causes|effects|features|functions|reasons|factors|problems|impacts|roles|limitations|criticisms|strengths|weaknesses|characteristics|types|kinds|forms|categories|classes|levels|stages|parts|principles|consequences|issues|methods|ways|objectives|goals|aims|symptoms|signs|treatments|statements|purposes|reasons|examples|steps|processes|procedures)$/i;

/** Words the same in both numbers, or plural-looking words that are not plurals. */
const INVARIANT =
  /^(?:species|series|means|news|physics|politics|economics|ethics|mathematics|statistics|logistics|linguistics|genetics|dynamics|thermodynamics|aerodynamics|optics|acoustics|electronics|mechanics|robotics|semantics|pragmatics|phonetics|ergonomics|genomics|athletics|basis|analysis|crisis|thesis|status|virus|census|bus|gas|lens)$/i;

const MAX_WORDS = 6;

/** The singular of a plural noun ("theories" → "theory", "classes" → "class", "ties" → "tie"). */
export function singular(word: string): string {
  if (INVARIANT.test(word)) return word;
  // "theories" → "theory", but "ties" → "tie": the word list says which.
  if (/[^aeiou]ies$/i.test(word)) {
    const y = `${word.slice(0, -3)}y`;
    return isKnownWord(y.toLowerCase()) || !isKnownWord(word.slice(0, -1).toLowerCase())
      ? y
      : word.slice(0, -1);
  }
  if (/(?:ss|sh|ch|x|z)es$/i.test(word)) return word.slice(0, -2);
  if (/[^s]s$/i.test(word)) return word.slice(0, -1);
  return word;
}

/** Whether a word is a plural noun we can make singular ("Writs", "Hormones"; not "Osmosis", "Status"). */
function isPlural(word: string): boolean {
  return /\p{Ll}s$/u.test(word) && !/(?:ss|us|is)$/i.test(word) && !INVARIANT.test(word);
}

/** Common words in lower case, names and acronyms as written: "Human Rights" → "human rights", "DNA" → "DNA". */
function lowerCommon(text: string): string {
  return text
    .split(' ')
    .map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) && isKnownWord(w.toLowerCase()) ? w.toLowerCase() : w))
    .join(' ');
}

/** The kind of thing the items under `label` are, or undefined when the label names no such kind. */
export function categoryOf(label: string): string | undefined {
  return kindOfLabel(label)?.name;
}

/** A label's kind, and whether the label says it names a kind ("Types of …", "Hormones in …") or is a bare plural. */
export interface LabelKind {
  readonly name: string;
  /** "Writs", "Organelles": a bare plural, which may as well be a topic ("Genes" over "genome", "chromosome"). */
  readonly bare: boolean;
}

/** The kind a label names (see `categoryOf`), with how sure the label's shape makes it. */
export function kindOfLabel(label: string): LabelKind | undefined {
  const text = squash(label.replace(/[*_=`#]/g, ' '))
    .replace(/^(?:\d+(?:\.\d+)*\.?|[A-Za-z]\.|[ivx]+\.)\s+/i, '')
    .replace(/\s*[:–—-]\s*$/, '')
    .trim();
  if (!text || /[?!.;,()[\]"“”…/]|\d/.test(text.replace(LEADING, ''))) return undefined;
  if (isStructuralLabel(text) || isHeaderField(`${text}:`)) return undefined;
  const bare = text.replace(LEADING, '');
  const kind = KIND_OF.exec(bare);
  let category: string | undefined;
  let bareKind = false;
  if (kind) {
    const [, group, what] = kind;
    const words = what!.split(' ');
    const last = words[words.length - 1]!;
    if (isPlural(last)) words[words.length - 1] = singular(last);
    category = `${singular(group!).toLowerCase()} of ${words.join(' ')}`;
  } else {
    const of = PLURAL_OF.exec(bare);
    if (of) {
      if (NO_KIND.test(of[1]!) || !isPlural(of[1]!)) return undefined;
      category = `${singular(of[1]!)} ${of[2]!.toLowerCase()} ${of[3]}`;
    } else {
      const words = bare.split(' ');
      const last = words[words.length - 1]!;
      if (words.length > 3 || !isPlural(last) || NO_KIND.test(last) || BARE_NO_KIND.test(words.join(' ')))
        return undefined;
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
