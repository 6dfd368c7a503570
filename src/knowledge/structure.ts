/**
 * Structure is not content (generation.md gate 12): headings such as "Background" or "Key differences" and
 * header fields such as "Lecturer: …" or "Created Time: …" organise a note; they are never facts, answers or
 * distractors.
 */
import { normalise } from './text.js';

/** Words that only name a part of a note, a course or a document ("Summary", "Week 3", "Case facts"). */
const STRUCTURE_WORDS = new Set(
  (
    'subject lecturer class teacher tutor date week topic tags tag background aftermath afterwards summary ' +
    'summaries case cases court ruling rulings introduction intro conclusion conclusions example examples ' +
    'notes note overview key points point causes cause effects effect consequences impact impacts ' +
    'significance definition definitions readings reading content contents context facts fact details outcome ' +
    'result results importance reasons reason features feature characteristics main ideas idea evaluation ' +
    'analysis timeline advantages disadvantages pros cons strengths weaknesses other misc miscellaneous ' +
    'questions question answer answers created edited last time type types status step steps part parts ' +
    'lecture lectures chapter chapters section sections unit units module modules lesson lessons stage stages ' +
    'phase phases paper papers resources resource references reference sources source further bullet ' +
    'flashcards flashcard glossary vocabulary keywords keyword terms term exam tips tip revision homework task ' +
    'tasks activity activities exercise exercises practice solution solutions differences difference ' +
    'similarities similarity criticisms criticism limitations limitation issue issues held decision judgment ' +
    'judgement ratio dispute original general specific table diagram figure link links url author authors ' +
    'reviewed property properties materials material page pages slide slides chart review recap extra ' +
    'additional important things stuff info information description descriptions explanation explanations ' +
    'scaffold checklist cheat sheet template agenda objectives objective aims aim goals goal learning outcomes ' +
    'relevant rules rule concept concepts theory theories key main full text plot detailed tldr dr tl precedents precedent reasoning procedural history judgment orders parties finding findings takeaways takeaway setting settings characters character themes theme symbolism symbols motifs motif techniques technique quotes quotations genre tone mood'
  ).split(' '),
);

/** "Step 6", "Week 3", "Part II", "Q4", "2.1": numbering that only labels a place in the note. */
const NUMBERED_LABEL =
  /^\d+(?:\.\d+)+$|^(?:step|part|week|lecture|chapter|section|unit|topic|module|lesson|stage|phase|paper|question|q|day|session|seminar|tutorial|lab|act|scene|book|volume|vol|no|number|item|point|task|exercise|problem|case)\s*[\divxlc]+(?:[.)]\d*)*[a-z]?$/i;

/** True when the text only labels a part of the note ("Background", "Key Differences", "Step 6"). */
export function isStructuralLabel(text: string): boolean {
  if (/^\d+(?:\.\d+)+\.?$/.test(text.trim())) return true;
  const t = normalise(text);
  if (!t) return true;
  if (NUMBERED_LABEL.test(t)) return true;
  const words = t
    .split(' ')
    .filter((w) => !/^(?:the|a|an|of|and|in|on|for|to|with|vs|v|\d+[a-z]?|[ivx]+)$/.test(w));
  return words.length > 0 && words.length <= 4 && words.every((w) => STRUCTURE_WORDS.has(w));
}

/** Keys of the header fields that notes and note apps put at the top ("Lecturer:", "Created Time:"). */
const HEADER_FIELD =
  /^(?:created(?:\s+(?:time|at|on|date))?|last\s+edited(?:\s+(?:time|by))?|last\s+modified|modified|updated|date|type|status|lecturer|teacher|tutor|professor|instructor|class|course|subject|module|unit|week|topic|author|authors|tags?|source|sources|url|link|reviewed|materials|reading|readings|due|semester|pages|chapter|lecture|speaker|presenter|location|room|aliases?|category|categories|related|priority|progress)\s*:/i;

/** True when the statement is a header field ("Lecturer: Dr Smith", "Created Time: March 3, 2020 2:10 PM"). */
export function isHeaderField(text: string): boolean {
  return HEADER_FIELD.test(text.trim());
}

/** A word of a party's name: capitalised ("Roffey", "Bros", "L'Estrange", "Co.") or a joining word. */
const PARTY_WORD = /^(?!No$)(?:\p{Lu}[\p{L}'’.&-]*|&|and|of|for|co)$/u;
/** Words that open a citation, not a party's name ("Re Drake", "See Smith v Jones"). */
const CITATION_OPENER = /^(?:the|in|see|re|cf|and|also|applying|of|for|co|&)$/;
/** At most this many words of a party's name on each side of "v". */
const MAX_PARTY_WORDS = 8;

/**
 * The parties of the cases a text names, lowercased ("white", "john warwick & co ltd"): the capitalised words
 * on each side of "v"; "R", and words that open a citation ("Re", "See"), are not parties. One pass over the words.
 */
export function casePartiesIn(text: string): string[] {
  return casePairsIn(text).flatMap((pair) => pair.filter((p) => p !== undefined));
}

/**
 * The two sides of each case a text names, in the same form as `casePartiesIn` ("White v John Warwick" →
 * ["white", "john warwick"]); a side that is no party ("R") is undefined.
 */
export function casePairsIn(text: string): [string | undefined, string | undefined][] {
  const pairs: [string | undefined, string | undefined][] = [];
  if (!/\sv[s.]?\s/.test(text)) return pairs;
  const words = text.split(/\s+/);
  const clean = (w: string): string => w.replace(/^[("“‘]+|[),;:"”’]+$/gu, '');
  // "Negligence: Donoghue v Stevenson": a word that ends in punctuation closes the phrase before a name.
  // "(Interstate)", "(Contractors)" and "Co." are part of a company's name.
  const closes = (w: string): boolean =>
    (/[,;:.”’"]$/.test(w) || (/\)$/.test(w) && !w.includes('('))) &&
    !/^(?:Co|Ltd|Inc|Pty|St|Bros|Corp)\.$/.test(w);
  for (let i = 1; i < words.length - 1; i++) {
    if (!/^(?:v|vs|v\.)$/.test(words[i] ?? '')) continue;
    let a = i;
    while (
      a > 0 &&
      i - a < MAX_PARTY_WORDS &&
      PARTY_WORD.test(clean(words[a - 1] ?? '')) &&
      !closes(words[a - 1] ?? '')
    )
      a--;
    let b = i;
    while (b < words.length - 1 && b - i < MAX_PARTY_WORDS && PARTY_WORD.test(clean(words[b + 1] ?? ''))) {
      b++;
      if (closes(words[b] ?? '')) break;
    }
    const [left, right] = [words.slice(a, i), words.slice(i + 1, b + 1)].map((side) => {
      const names = side.map(clean);
      while (names.length > 0 && CITATION_OPENER.test((names[0] ?? '').toLowerCase())) names.shift();
      const party = names.join(' ');
      return party.length >= 2 && /^\p{Lu}/u.test(party) ? party.toLowerCase() : undefined;
    });
    pairs.push([left, right]);
  }
  return pairs;
}

/**
 * Whether `name` (lowercased, without "the") names `party` as `casePartiesIn` writes it: the whole name, its first
 * words ("peko" of "peko-wallsend ltd", "roffey bros" of "roffey bros & nicholls ltd") or a double name's second
 * half ("trevorrow" of "lampard-trevorrow").
 */
export function namesParty(name: string, party: string): boolean {
  return (
    party === name ||
    party.startsWith(`${name} `) ||
    party.startsWith(`${name}-`) ||
    party.endsWith(`-${name}`)
  );
}

/** "Smith v Jones", "R v Morgan", "Mabo vs Queensland": a text that names a law case. */
export function namesCase(text: string): boolean {
  return /(?:^|\s)(?:\p{Lu}[\p{L}'’.&-]*|R)\s+(?:v|vs|v\.)\s+\p{Lu}/u.test(text);
}
