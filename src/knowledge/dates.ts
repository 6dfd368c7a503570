/** Finding dates in fact text: years, full dates, ranges, decades, BC years. */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ALT =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{3,4})';
const ERA = '(?:\\s?(B\\.?C\\.?E?|A\\.?D\\.?|C\\.?E\\.?|BCE|BC|AD|CE)\\b\\.?)';

export interface DateMention {
  /** The date as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Lightly normalised display form: `1922`, `4 January 1923`, `1914–1918`, `509 BC`. */
  readonly display: string;
  readonly sortKey: string;
  readonly endSortKey?: string;
  /** A year alone (or a range of years): the answer to a "When" question is just the year. */
  readonly precision: 'day' | 'month' | 'year' | 'decade';
}

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function key(year: number, month = 0, day = 0): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function signedYear(digits: string, era: string | undefined): number {
  const y = Number(digits);
  return era && /^B/i.test(era) ? -y : y;
}

function eraLabel(era: string | undefined): string {
  if (!era) return '';
  return /^B/i.test(era) ? ' BC' : ' AD';
}

interface Pattern {
  readonly re: RegExp;
  readonly build: (m: RegExpExecArray) => Omit<DateMention, 'text' | 'start' | 'end'> | undefined;
}

const PLAUSIBLE = (y: number): boolean => y >= 1000 && y <= 2100;

/** A day-precision date from its month name, day and year as written. */
function fullDate(
  monthName: string,
  dayText: string,
  yearText: string,
): Omit<DateMention, 'text' | 'start' | 'end'> | undefined {
  const month = monthIndex(monthName);
  const day = Number(dayText);
  const year = Number(yearText);
  if (day < 1 || day > 31) return undefined;
  return {
    display: `${day} ${capital(MONTHS[month - 1]!)} ${year}`,
    sortKey: key(year, month, day),
    precision: 'day',
  };
}

const PATTERNS: readonly Pattern[] = [
  // January 4th, 1923 / Jan 4 1923
  {
    re: new RegExp(`\\b${MONTH_ALT}\\s+${DAY},?\\s+${YEAR}\\b`, 'g'),
    build: (m) => fullDate(m[1]!, m[2]!, m[3]!),
  },
  // 4 January 1923 / 4th of January, 1923
  {
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH_ALT},?\\s+${YEAR}\\b`, 'g'),
    build: (m) => fullDate(m[2]!, m[1]!, m[3]!),
  },
  // January 1923
  {
    re: new RegExp(`\\b${MONTH_ALT}\\s+(?:of\\s+)?${YEAR}\\b`, 'g'),
    build: (m) => {
      const month = monthIndex(m[1]!);
      const year = Number(m[2]);
      if (!PLAUSIBLE(year)) return undefined;
      return {
        display: `${capital(MONTHS[month - 1]!)} ${year}`,
        sortKey: key(year, month),
        precision: 'month',
      };
    },
  },
  // 1914 - 1918, 1914–18, 1914 to 1918
  {
    re: /\b(\d{4})\s*(?:-|–|—|to|until)\s*(\d{2}|\d{4})\b(?!\s*(?:%|percent|people|men|soldiers|km|miles))/g,
    build: (m) => {
      const from = Number(m[1]);
      let to = Number(m[2]);
      if (m[2]!.length === 2) to = Math.floor(from / 100) * 100 + to;
      if (!PLAUSIBLE(from) || !PLAUSIBLE(to) || to <= from || to - from > 200) return undefined;
      return { display: `${from}–${to}`, sortKey: key(from), endSortKey: key(to), precision: 'year' };
    },
  },
  // 450–550 AD, between 4000 and 3500 BC, 1200 to 1100 B.C.: one span, its era written once after both years
  // (asked by its second half alone, "lived from 450-___", the item split the span: blind ratings).
  {
    re: new RegExp(`\\b(\\d{1,4})\\s*(?:-|–|—|to|until|and)\\s*(\\d{1,4})${ERA}`, 'g'),
    build: (m) => {
      const bc = /^B/i.test(m[3]!);
      const from = Number(m[1]);
      const to = Number(m[2]);
      // A span runs forward in time: BC years count down, AD years up.
      if (from < 1 || to < 1 || (bc ? to >= from : to <= from)) return undefined;
      const era = eraLabel(m[3]);
      return {
        display: `${from}–${to}${era}`,
        sortKey: key(bc ? -from : from),
        endSortKey: key(bc ? -to : to),
        precision: 'year',
      };
    },
  },
  // 509 B.C. / AD 79 / 1066 AD
  {
    re: new RegExp(`\\b(\\d{1,4})${ERA}`, 'g'),
    build: (m) => {
      const y = signedYear(m[1]!, m[2]);
      if (Math.abs(y) < 1) return undefined;
      return { display: `${Math.abs(y)}${eraLabel(m[2])}`, sortKey: key(y), precision: 'year' };
    },
  },
  // AD 79, A.D. 476
  {
    re: /\b(?:AD|A\.D\.)\s?(\d{1,4})\b/g,
    build: (m) => {
      const y = Number(m[1]);
      if (y < 1) return undefined;
      return { display: `${y} AD`, sortKey: key(y), precision: 'year' };
    },
  },
  // the 1920s
  {
    re: /\b(1\d|20)(\d0)s\b(?:\s?(?:A\.D\.?|AD|CE|C\.E\.?))?/g,
    build: (m) => {
      const y = Number(`${m[1]}${m[2]}`);
      if (!PLAUSIBLE(y)) return undefined;
      return { display: `${y}s`, sortKey: key(y), endSortKey: key(y + 9), precision: 'decade' };
    },
  },
  // a bare year in a date-like position: "In 1922", "1922 -", "(1922)", "by 1945"
  {
    re: /(?:^|(?<=\b(?:in|by|since|from|until|till|after|before|around|circa|c\.|during|of|year|early|late|mid|on)\s)|(?<=\())(1[0-9]{3}|20[0-9]{2})\b(?![.,]?\d)(?!\s*[-–]\s*\d)(?!\s*(?:%|percent|people|men|soldiers|troops|km|miles|years|dollars|pounds|calories|units|ft|m\b))/gi,
    build: (m) => {
      const y = Number(m[1]);
      if (!PLAUSIBLE(y)) return undefined;
      return { display: String(y), sortKey: key(y), precision: 'year' };
    },
  },
];

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Every date mentioned in `text`, earliest position first, without overlaps (longest match wins). */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((d) => start < d.end && end > d.start)) continue;
      if (isCitationYear(text, start, end)) continue;
      const built = build(m);
      if (built) found.push({ text: m[0], start, end, ...built });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The year of a law report citation is part of the reference, not the date of an event:
 * "Smith v Jones (1992) 177 CLR 106", "[2003] UKHL 12", "(2008) 235 CLR 286", "[1988] 1 WLR 799".
 */
function isCitationYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  const after = text.slice(end, end + 32);
  if (!/[([]/.test(before) || !/^[)\]]/.test(after)) return false;
  // "Miller v Miller (2011)": a case name right before the bracketed year.
  if (/\s(?:v|vs|v\.)\s+[^()[\]]{1,60}[([]$/.test(text.slice(Math.max(0, start - 80), start))) return true;
  return /^[)\]]\s*(?:\d+\s+)?[A-Z][A-Za-z.&]*(?:\s+[A-Z][A-Za-z.&]*)*\s*(?:\([\w ]+\)\s*)?\d+/.test(after);
}

export interface DatePrefix {
  readonly date: DateMention;
  /** The statement after the date: "**1922** - Thus, Lenin …" → "Thus, Lenin …". */
  readonly rest: string;
}

/**
 * A bullet that starts with a date as a label: "1922 - …", "1922: …", "In 1922, …", "January 4th, 1923 — …".
 */
export function splitDatePrefix(text: string): DatePrefix | undefined {
  // "By 1900, …" is not here: "by" gives a bound, not the date the statement happened.
  const inForm = /^(?:in|on|during)\s+/i.exec(text);
  const offset = inForm ? inForm[0].length : 0;
  const dates = findDates(text);
  const first = dates[0];
  if (!first || first.start !== offset) return undefined;
  const after = text.slice(first.end);
  // "In 1855, Virchow …" or "In 1855 Virchow …" (a capital after the date starts the statement).
  const sep = inForm ? /^\s*,\s*|^\s+(?=\p{Lu})/u.exec(after) : /^\s*(?:[-–—:]|,)\s*/.exec(after);
  if (!sep) return undefined;
  const rest = after.slice(sep[0].length).trim();
  return rest ? { date: first, rest } : undefined;
}
