/** Proper names, acronyms and numbers in plain text, found by capitalisation rules. */
import { isStopword } from './text.js';
import { recogniseVerb } from './verbs.js';

const NAME_JOINERS = new Set([
  'of',
  'the',
  'de',
  'von',
  'van',
  'der',
  'la',
  'le',
  'du',
  'and',
  'al',
  'bin',
  'da',
]);
const NOT_NAMES = new Set(
  (
    'I A An The This That These Those It He She They We You His Her Their Its Our Your My In On At By For With ' +
    'From To As If When While After Before Since Because Although Though But And Or So Then Thus Hence However ' +
    'Also Some Many Most Much More Each Every All Both Either Neither Other Another Such What Which Who Whom ' +
    'Why How Where There Here Once Only Even Yet Still Very Not No Yes One Two Three Four Five First Second ' +
    'Third Last Next Early Late Later During Under Over Between Among Within Without Unlike Like ' +
    'Essentially Basically Generally Sometimes Often Usually Always Never Eventually Finally Therefore Given ' +
    'Note Example Eg Ie Etc Mr Mrs Ms Dr Sir King Queen Tsar Czar President'
  ).split(' '),
);
const TITLES = new Set([
  'King',
  'Queen',
  'Tsar',
  'Czar',
  'President',
  'Emperor',
  'Pope',
  'Prince',
  'Princess',
  'Lord',
  'Lady',
  'Sir',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Chancellor',
  'Prime',
  'Minister',
  'Saint',
  'St',
]);

export type EntityKind = 'name' | 'acronym' | 'number';

export interface Entity {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: EntityKind;
  /** True when a title ("King", "President") precedes or begins the name: surely a person. */
  readonly titled: boolean;
}

const TOKEN = /\d[\d,.]*\d|\d|[\p{L}][\p{L}\p{N}'’.-]*/gu;

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** What `tokenise` strips from a token's end: a possessive, full stops, apostrophes, hyphens. */
const TRAILING = /[.'’-]$|['’]s$/u;

function tokenise(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    // Most tokens end in a letter or digit: nothing to strip, no new strings.
    const raw = TRAILING.test(m[0]) ? m[0].replace(/['’](?:s)?$/u, '').replace(/[.'’-]+$/, '') : m[0];
    out.push({ text: raw, start: m.index, end: m.index + raw.length });
  }
  return out;
}

// Compiled once: these run for every word of every note.
const CAPITALISED = /^\p{Lu}(?:[\p{Ll}'’-]|$)/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,6}s?$/u;
const isCapitalised = (w: string): boolean => CAPITALISED.test(w);
const isAcronym = (w: string): boolean => ACRONYM.test(w);

/** Nothing but spaces before `start`, or the last thing before it ends a sentence or a clause (".", ":", "—"). */
export function sentenceInitial(text: string, start: number): boolean {
  // Walks back over the spaces instead of slicing and trimming the text before each word (quadratic on long text).
  let k = start - 1;
  while (k >= 0 && WHITESPACE.test(text[k]!)) k--;
  return k < 0 || SENTENCE_END.includes(text[k]!);
}

/** A character `trimEnd` removes. */
const WHITESPACE = /\s/;
const SENTENCE_END = '.!?:;-–—';

/** Names (capitalised word runs, "Theory of Permanent Revolution"), acronyms ("USSR") and numbers. */
export function findEntities(text: string, knownNames: ReadonlySet<string> = new Set()): Entity[] {
  const tokens = tokenise(text);
  const out: Entity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (/^\d[\d,.]*$/.test(t.text) && /\d/.test(t.text)) {
      out.push({ text: t.text, start: t.start, end: t.end, kind: 'number', titled: false });
      i++;
      continue;
    }
    // "ALL", "NOT" written in capitals for emphasis are ordinary words, not acronyms.
    if (isAcronym(t.text) && !NOT_NAMES.has(t.text) && !/^[IVX]{1,4}$/.test(t.text) && !isStopword(t.text)) {
      out.push({ text: t.text, start: t.start, end: t.end, kind: 'acronym', titled: false });
      i++;
      continue;
    }
    if (!isCapitalised(t.text)) {
      i++;
      continue;
    }
    const opener = sentenceInitial(text, t.start) && !knownNames.has(t.text);
    if (opener && (recogniseVerb(t.text) || isStopword(t.text))) {
      i++;
      continue;
    }
    let j = i;
    let last = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      const gap = text.slice(tokens[j]!.end, next.start);
      const abbreviation = gap === '. ' && /^(?:St|Dr|Mr|Mrs|Ms|Mt|Ft|\p{Lu})$/u.test(tokens[j]!.text);
      if (gap !== ' ' && !abbreviation) break;
      if ((isCapitalised(next.text) && !NOT_NAMES.has(next.text)) || /^[IVX]{1,4}$/.test(next.text)) {
        j++;
        last = j;
      } else if (
        !(opener && j === i) &&
        NAME_JOINERS.has(next.text) &&
        j + 2 < tokens.length &&
        isCapitalised(tokens[j + 2]!.text)
      ) {
        j++;
      } else break;
    }
    let first = i;
    while (first <= last && NOT_NAMES.has(tokens[first]!.text) && !TITLES.has(tokens[first]!.text)) first++;
    if (first <= last) {
      // "King Pyrrhus" is titled; "Emperor of Rome" is a role, not a person's name.
      const titled =
        TITLES.has(tokens[first]!.text) && first < last && !NAME_JOINERS.has(tokens[first + 1]!.text);
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      const single = first === last;
      // A lone capitalised word opening a sentence is usually just an ordinary word.
      const word = tokens[first]!.text;
      const initialOnly = first === last && /^\p{Lu}$/u.test(word);
      if (
        !initialOnly &&
        !(single && sentenceInitial(text, start) && isCommonOpener(text, end) && !knownNames.has(word))
      ) {
        out.push({ text: text.slice(start, end), start, end, kind: 'name', titled });
      }
    }
    i = last + 1;
  }
  return out;
}

/** A sentence-initial single capitalised word followed by a lower-case word is treated as an ordinary word. */
function isCommonOpener(text: string, end: number): boolean {
  return /^\s+\p{Ll}/u.test(text.slice(end)) || text.slice(end).trim() === '';
}
