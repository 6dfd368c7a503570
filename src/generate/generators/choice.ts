/** Multiple choice: a confident `qa` whose answer is a person, with three other people of its note as options. */
import { createHash } from 'node:crypto';
import { isPlaceOrPeople } from '../../knowledge/places.js';
import { namesParty } from '../../knowledge/structure.js';
import { containsWords, contentWords, normalise } from '../../knowledge/text.js';
import type { Candidate } from '../candidate.js';

const DISTRACTORS = 3;
/** A name said in at most this many statements of the note is particular enough to tie an option to a question. */
const RARE_NAME = 2;
/** Months and points of the compass ("Eastern Europe"), said of many people; places are left out the same way. */
const BROAD_NAME =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|eastern|western|northern|southern|central|east|west|north|south)$/;
const MAX_EXAMINED = 200;

/** Pools of possible distractors, per note and across the vault. */
export interface DistractorPools {
  readonly peopleByNote: ReadonlyMap<string, readonly string[]>;
  readonly people: readonly string[];
  readonly termsByNote: ReadonlyMap<string, readonly string[]>;
  /** The statements of each note (path → texts): a person the note says the same of is no wrong option. */
  readonly statementsByNote?: ReadonlyMap<string, readonly string[]>;
  /**
   * The parties of the cases a note of cases names (lowercased). Given, a party is asked among parties and a judge
   * among judges, and the people named nearest the answer come first, not the note's first people: in a note of
   * forty cases every question had the same three first parties as options, which raters saw through ("the same
   * unrelated case names as the wrong options").
   */
  readonly caseParties?: ReadonlySet<string>;
}

/**
 * Choice items for `Who …?` questions whose note names at least three other people: distractors from the same
 * note are plausible; names from elsewhere, or terms picked from a note's definitions, made options a student
 * could rule out at a glance (blind ratings, docs/quality.md).
 */
export function choices(accepted: readonly Candidate[], pools: DistractorPools): Candidate[] {
  const out: Candidate[] = [];
  const cache = new Map<string, readonly PoolEntry[]>();
  const said = new Map<string, readonly Statement[]>();
  for (const c of accepted) {
    if (c.kind !== 'qa' || c.answerType !== 'person') continue;
    const key = c.source.path;
    let pool = cache.get(key);
    if (!pool) {
      pool = prepare(pools.peopleByNote.get(c.source.path) ?? [], true);
      cache.set(key, pool);
    }
    let statements = said.get(key);
    if (!statements) {
      statements = (pools.statementsByNote?.get(key) ?? []).map(statement);
      said.set(key, statements);
    }
    const named = pool.map((p) => p.text);
    const parties = pools.caseParties;
    const options = parties ? casePool(c.answer, pool, parties, pools.peopleByNote.get(key) ?? []) : pool;
    const picked = pickDistractors(c, options, (p) => alsoFits(c, p, statements, named));
    if (picked.length < DISTRACTORS) continue;
    out.push({ ...c, kind: 'choice', choices: order([c.answer, ...picked], c.answer), generator: 'choice' });
  }
  return out;
}

/** "Dixon J", "Gummow and Hayne JJ", "Lord Atkin", "Kirby P": a judge, by the title after or before the name. */
const JUDGE = /\s(?:J|JJ|CJ|LJ|LJJ|MR|P|JA|AJ|ACJ)$|^(?:Lord|Lady|Justice|Sir|Dame)\s/;

/** Words of a firm's or a body's name that a cut case name leaves alone ("Group" of "… Group Ltd v Rossiter"). */
const GENERIC_PARTY =
  /^(?:group|uncle|aunt|company|co|bank|council|board|minister|commissioner|director|trustees?|holdings|investments|services|industries|enterprises|corporation|insurance|shire|city|authority|commission|tribunal|department|union|association|society|trust|partners|properties|developments|limited|ltd|pty|inc)$/i;

/** "Group", "Uncle": one generic word, a cut-off part of a name more than a party. */
function isCommonWord(name: string): boolean {
  return GENERIC_PARTY.test(name.trim());
}

/** "Hutton", "Con-Stan": a name that is a party of a case the note names, or the first words of one. */
function isParty(name: string, parties: ReadonlySet<string>): boolean {
  const a = name
    .replace(/^the\s+/i, '')
    .trim()
    .toLowerCase();
  if (a.length < 3) return false;
  for (const p of parties) if (namesParty(a, p)) return true;
  return false;
}

/**
 * The options of a note of cases: judges for a judge, parties for a party (never among the other kind), no generic
 * word of a cut name, the people named nearest the answer first.
 */
function casePool(
  answer: string,
  pool: readonly PoolEntry[],
  parties: ReadonlySet<string>,
  named: readonly string[],
): readonly PoolEntry[] {
  const judge = JUDGE.test(answer);
  const party = !judge && isParty(answer, parties);
  const sameKind = pool.filter(
    (p) => !isCommonWord(p.text) && (judge ? JUDGE.test(p.text) : party ? isParty(p.text, parties) : true),
  );
  return nearestFirst(sameKind, answer, named);
}

/**
 * The pool in order of distance from the answer in the order the note first names them (`named`, the note's
 * people before any filtering), the later one first on a tie; the pool as it is when the note does not name the answer.
 */
function nearestFirst(
  pool: readonly PoolEntry[],
  answer: string,
  named: readonly string[],
): readonly PoolEntry[] {
  const place = new Map<string, number>();
  named.forEach((n, i) => {
    const key = normalise(n);
    if (!place.has(key)) place.set(key, i);
  });
  const at = place.get(normalise(answer));
  if (at === undefined) return pool;
  const distance = (p: PoolEntry): number => {
    const i = place.get(normalise(p.text)) ?? Number.MAX_SAFE_INTEGER;
    return Math.abs(i - at) * 2 + (i < at ? 1 : 0);
  };
  return [...pool].sort((x, y) => distance(x) - distance(y));
}

interface PoolEntry {
  readonly text: string;
  readonly words: ReadonlySet<string>;
  readonly last: string;
}

/** The pool once per note: de-duplicated, normalised, and for people only single persons. */
function prepare(pool: readonly string[], people: boolean): PoolEntry[] {
  // "Commmodus": a small letter written three times in a row is a slip of the pen ("Edward III" is a numeral).
  const names = [...new Set(pool)].filter(
    (p) => (!people || looksLikeOnePerson(p)) && !/(\p{Ll})\1\1/u.test(p),
  );
  // "Arthur" and "Birling" beside "Arthur Birling" are the same person twice: keep the full names only.
  const fullNameWords = new Set(names.filter((n) => /\s/.test(n)).flatMap((n) => normalise(n).split(' ')));
  return names
    .filter((p) => /\s/.test(p) || !fullNameWords.has(normalise(p)))
    .map((text) => {
      const words = normalise(text).split(' ');
      return { text, words: new Set(words), last: words[words.length - 1] ?? '' };
    });
}

/**
 * Same-type names that are not the answer, not a variant of it, and not named in the prompt. Same-note names
 * come first (the pool lists them first); the scan stops at the third distractor, so a large pool costs little.
 */
function pickDistractors(
  c: Candidate,
  pool: readonly PoolEntry[],
  fits: (person: string) => boolean = () => false,
): string[] {
  // The answer's whole family of names: "Sybil" is "Sybil Birling", so "Birling" would be a second right answer.
  const family = pool.filter(
    (p) =>
      p.words.has(normalise(c.answer)) ||
      normalise(c.answer)
        .split(' ')
        .every((w) => p.words.has(w)),
  );
  const answerWords = [normalise(c.answer), ...family.flatMap((p) => [...p.words])]
    .flatMap((w) => w.split(' '))
    .filter((w) => w.length > 2);
  const seen = new Set<string>([lastWord(c.answer)]);
  const picked: string[] = [];
  // Looking further than the first few hundred names finds nothing better and would make huge notes quadratic.
  for (const p of pool.slice(0, MAX_EXAMINED)) {
    if (seen.has(p.last) || answerWords.some((w) => p.words.has(w)) || containsWords(c.prompt, p.text))
      continue;
    if (fits(p.text)) continue;
    seen.add(p.last);
    picked.push(p.text);
    if (picked.length === DISTRACTORS) break;
  }
  return picked;
}

/**
 * "Who had a love affair with Cleopatra?" with Mark Antony as an option: when the note says of an option what the
 * question asks (two of its words, or a name it names), the option may be right too (blind ratings: "Paul also
 * converted", "Charlemagne also gave the pope lands").
 */
function alsoFits(
  c: Candidate,
  person: string,
  statements: readonly Statement[],
  people: readonly string[],
): boolean {
  if (oneName(c.answer, person, statements)) return true;
  const asked = new Set(contentWords(joinNames(c.prompt.replace(/^Who\s+/, ''))).filter((w) => w.length > 3));
  const own = new Set(normalise(person).split(' '));
  const named = ` ${normalise(person)} `;
  // The question's other people ("… with Cleopatra?"), as they are matched in statements.
  const others = people
    .filter((n) => containsWords(c.prompt, n) && !own.has(normalise(n)))
    .map((n) => ` ${normalise(n)} `);
  // "Who conquered the Lombards?" with Charlemagne as an option, where the note says he "controlled all the Franks,
  // Lombards and Saxons": a name the question asks about, said of the option, may make the option right too.
  // Only a particular name the note says rarely: "England" in a note on the Norman Conquest is said of everyone.
  // A name is read whole ("United States", "Eastern Europe"), so a place of two words is known as one.
  const askedNames = [
    ...c.prompt
      .replace(/^Who\s+/, '')
      .matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{3,}(?:\s+\p{Lu}[\p{L}'’-]+)*/gu),
  ]
    .map((m) => m[0])
    .filter((n) => !isPlaceOrPeople(n) && !n.split(/\s+/).some((w) => BROAD_NAME.test(w.toLowerCase())))
    .map((n) => ` ${normalise(n)} `)
    .filter((n) => !own.has(n.trim()))
    .filter((n) => statements.filter((s) => s.normalised.includes(n)).length <= RARE_NAME);
  for (const s of statements) {
    if (!s.normalised.includes(named)) continue;
    if (s.words.filter((w) => asked.has(w) && !own.has(w)).length >= 2) return true;
    if (askedNames.some((n) => s.normalised.includes(n))) return true;
    if (others.some((n) => s.normalised.includes(n))) return true;
  }
  return false;
}

/**
 * "Arthur" and "Mr. Birling" where the note says "Arthur Birling": a given name and a surname (with or without a
 * title) that the note writes together are one person, so the other would be a second right option.
 */
function oneName(answer: string, option: string, statements: readonly Statement[]): boolean {
  const bare = (name: string) => normalise(name.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+/i, ''));
  const a = bare(answer);
  const o = bare(option);
  if (!a || !o || a.includes(' ') || o.includes(' ')) return false;
  return statements.some((s) => s.normalised.includes(` ${a} ${o} `) || s.normalised.includes(` ${o} ${a} `));
}

/** A statement of the note, normalised once for every question of the note. */
interface Statement {
  readonly normalised: string;
  readonly words: readonly string[];
}

function statement(text: string): Statement {
  return { normalised: ` ${normalise(text)} `, words: contentWords(joinNames(text)) };
}

/** "Eastern Europe" counts as one word when two statements are compared, not two. */
function joinNames(text: string): string {
  return text.replace(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu, (name) => name.replace(/\s+/g, ''));
}

const BARE_TITLES =
  /^(?:pope|king|queen|emperor|president|tsar|czar|general|prince|princess|lord|lady|sir|saint|st)$/i;

/** "Dominicans" (a group) or "Pope" (a bare title) are poor distractors for a person. */
function looksLikeOnePerson(name: string): boolean {
  if (BARE_TITLES.test(name) || isPlaceOrPeople(name) || /\s(?:of|the)\s/i.test(name)) return false;
  // "Ch III", "Pt 5", "s 51": a part of a statute or a book.
  if (/^(?:Ch|Chap|Chapter|Pt|Part|Div|Sch|s|ss|Sec|Art)\.?\s+(?:\d|[IVXLC]+\b)/.test(name)) return false;
  // "Hinduism", "Greek"-like single words: doctrines, peoples and works are not single persons.
  // "Aeneid", "Iliad", "Odyssey" are works; "Dominican", "Anglican" members of an order or a church.
  if (!/\s/.test(name) && /(?:ism|ity|ion|ics|ese|ish|eek|eid|iad|yssey|ican)$/i.test(name)) return false;
  // "Hundred Years' War", "Roman Empire", "Council of Trent": events and bodies, not people.
  if (
    /\b(?:war|wars|treaty|empire|kingdom|church|battle|revolution|act|court|council|party|army|league|union|dynasty|republic|company|order|crusade|crusades)\b/i.test(
      name,
    )
  )
    return false;
  // "Associated", "Advocate", "Bank": words from a firm's or a role's name, not a person.
  if (!/\s/.test(name) && /(?:ed|ing|ate|ant|ent|ive|ous|ank|ory|ary|ment|ship)$/i.test(name)) return false;
  // "Mongols" is a people; "Brutus", "Socrates", "Pericles" are persons.
  return !/[^s]s$/.test(name) || /\s/.test(name) || /(?:us|is|ates|ides|cles|des|nes)$/.test(name);
}

function lastWord(name: string): string {
  return normalise(name).split(' ').pop() ?? '';
}

/** Options in a stable order that depends on the content, not on where the answer came from. */
function order(options: readonly string[], salt: string): string[] {
  const key = (o: string): string => createHash('sha1').update(`${salt}|${o}`).digest('hex');
  return [...options].sort((a, b) => key(a).localeCompare(key(b)));
}
