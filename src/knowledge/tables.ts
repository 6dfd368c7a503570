/** Two-column tables (`Term | Meaning`, `Year | Event`, `Algorithm | Worst-case time`) are lists of pairs. */
import type { TableBlock } from '../markdown/tree.js';
import { labelAsQuestion } from './category.js';
import { findDates } from './dates.js';
import type { Definition, ExplicitCard } from './model.js';
import { squash } from './text.js';

const MEANING =
  /^(?:meaning|definition|description|explanation|what it (?:is|does|means)|means|role|function|purpose|use|used for)$/i;

/**
 * A flashcard's back longer than this, or of more than one sentence, is a passage of notes rather than something
 * to recall (blind ratings: "Age and Sex Ratio → Child, youth and old. Demographic changes influence" failed,
 * "Ruling dynasty at the time of the revolution → Romanov Dynasty" passed).
 */
const MAX_FLASHCARD_WORDS = 10;

/**
 * A two-column table with an empty header row is a deck of flashcards, front | back, as Notion, Quizlet and Anki
 * exports write them ("Louis XIV | Grand Monarch"): each row is an explicit card, asked as the author wrote it.
 * Undefined when the table is not one.
 */
export function flashcardsFromTable(
  table: TableBlock,
  context: readonly string[],
  path: string,
): ExplicitCard[] | undefined {
  if (table.header.length !== 2 || table.header.some((h) => squash(h.text) !== '')) return undefined;
  if (context.some((part) => /mnemonic/i.test(part))) return [];
  const cards: ExplicitCard[] = [];
  table.rows.forEach((row, i) => {
    const prompt = squash(row[0]?.text ?? '');
    const answer = squash(row[1]?.text ?? '');
    if (!prompt || !answer || !/\p{L}/u.test(prompt)) return;
    if (answer.split(' ').length > MAX_FLASHCARD_WORDS || /[.;!?]\s+\S/.test(answer)) return;
    // "Marriage is REL DURABLE", "Char of Association → HICORE": shorthand in capitals and mnemonics are the
    // author's memory aids, not questions and answers.
    if (/(?:^|\s)\p{Lu}{3,}(?:\s|$)/u.test(`${prompt} ${answer}`) || /mnemonic/i.test(prompt)) return;
    const line = table.line + 2 + i;
    // "Types of Education | Formal and informal": a label of a list is asked as the question it stands for.
    const asked = labelAsQuestion(prompt) ?? prompt;
    cards.push({ prompt: asked, answer, bothWays: false, context, source: { path, line, endLine: line } });
  });
  return cards.length >= 2 ? cards : undefined;
}

/** A quantity with its unit ("5kΩ", "12 V", "3.5 mA", "20°C"). */
const MEASURED = /\d\s?(?:[kMmµn]?(?:Ω|ohms?|V|A|W|Hz|F|H)|°C|K|kg|g|ml|mL|L|cm|mm|km|m|s|ms)(?![\p{L}\d])/u;

/** One definition per row of a two-column table whose cells are both filled (dated tables are events). */
export function definitionsFromTable(
  table: TableBlock,
  context: readonly string[],
  path: string,
): Definition[] {
  if (table.header.length < 2 || isDateTable(table)) return [];
  const headers = table.header.map((h) => squash(h.text));
  const columns = attributeColumns(headers);
  const out: Definition[] = [];
  table.rows.forEach((row, i) => {
    const term = squash(row[0]?.text ?? '');
    // A number or a formula ("1", "e < 0") does not name anything a question could ask about.
    if (!term || term.split(/\s+/).length > 8 || !/\p{L}{2}/u.test(term) || /[<>=]/.test(term)) return;
    // "R1 (5kΩ) | 1mA | 5mW": a row of a worked example, whose values hold only for that example.
    if (MEASURED.test(term)) return;
    const line = table.line + 2 + i;
    for (const column of columns) {
      const explanation = squash(row[column]?.text ?? '');
      if (!explanation) continue;
      // Two columns with a "Meaning" header are a glossary; any other column is an attribute of the row.
      const attribute =
        headers.length === 2 && (MEANING.test(headers[1] ?? '') || !headers[1]) ? undefined : headers[column];
      out.push({
        term,
        explanation,
        ...(attribute ? { attribute } : {}),
        context: [...context, headers.join(' / ')],
        source: { path, line, endLine: line },
        fact: `${term} - ${attribute ? `${attribute}: ` : ''}${explanation}`,
      });
    }
  });
  return out;
}

/**
 * The columns after the first that make a clear question "What is the <header> of <row>?": a header that names
 * an attribute, up to the point where the table starts over (a header repeated, or a second column of the first
 * column's kind: "Colour | Digit | Tolerance colour" is two tables side by side). A comparison table
 * ("Feature | Artery | Vein", "Object position | Image position") has values in its rows, not things: none.
 */
function attributeColumns(headers: readonly string[]): number[] {
  const out: number[] = [];
  const first = headers[0] ?? '';
  if (headers.length === 2 && (MEANING.test(headers[1] ?? '') || !headers[1])) return [1];
  if (rowsAreValues(first)) return out;
  const firstHead = headNoun(first);
  const seen = new Set([first.toLowerCase()]);
  for (let c = 1; c < headers.length; c++) {
    const header = headers[c] ?? '';
    const h = header.toLowerCase();
    if (seen.has(h)) break;
    seen.add(h);
    const head = headNoun(header);
    if (c > 1 && head !== undefined && head === firstHead) break;
    if (head !== undefined && ATTRIBUTE.has(head)) out.push(c);
  }
  return out;
}

/**
 * Nouns that name a property of a thing: a column under one of these holds that property for each row. A closed
 * list on purpose: a header outside it ("Eastern", "Christians", "Explain", "Sensor used") made garbled questions.
 */
const ATTRIBUTE = new Set(
  `formula symbol unit units abbreviation size function functions role roles location position number amount
  percentage proportion value level pattern cause causes effect effects result results outcome outcomes consequence
  consequences purpose aim aims goal goals advantage advantages disadvantage disadvantages benefit benefits drawback
  drawbacks structure colour color shape charge mass weight range use uses valency multiplier complexity capital
  leader leaders ruler rulers author founder inventor date year time duration period speed rate frequency
  wavelength temperature density example examples type source origin significance importance impact contribution
  contributions achievement achievements region country population area currency language religion symptom symptoms
  treatment cure product products reactant reactants catalyst conditions equation hormone hormones organ gland
  enzyme substrate ion structure property properties response belief beliefs view views ruling holding principle
  job task reason reasons method methods name capacity voltage current resistance power energy distance length
  height depth width volume pressure cost price point`.split(/\s+/),
);

/** Headers whose rows are aspects compared across the other columns, not things with attributes. */
const ASPECT = new Set(
  `feature features aspect aspects characteristic characteristics property properties criterion criteria factor
  factors point points category categories comparison basis parameter parameters dimension dimensions question
  questions issue issues area areas topic topics`.split(/\s+/),
);

/** Headers of a column that is a list of its own ("Advantages | Disadvantages"): its rows are not things. */
const LIST_COLUMN = new Set(
  `advantage advantages disadvantage disadvantages pro pros con cons strength strengths weakness weaknesses benefit
  benefits drawback drawbacks positive positives negative negatives similarity similarities difference differences
  example examples opportunity opportunities threat threats`.split(/\s+/),
);

function rowsAreValues(first: string): boolean {
  const head = headNoun(first);
  if (head === undefined) return true;
  if (ASPECT.has(head) || LIST_COLUMN.has(head)) return true;
  // "Object position", "Type of blood": the first column holds values of an attribute, not named things.
  return ATTRIBUTE.has(head) && /\s/.test(first.replace(/\([^)]*\)/g, '').trim());
}

/**
 * The noun a header is about: "Worst-case time" → time, "Pattern across a period" → pattern, "Number of moons" →
 * number; undefined for an empty header or one that is itself an "X of Y" phrase the question could not carry.
 */
function headNoun(header: string): string | undefined {
  const h = header
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .trim();
  if (!h) return undefined;
  const counted = /^(number|amount|type|kind|rate|degree|level|unit|units) of\b/.exec(h);
  if (counted) return counted[1];
  if (/\bof\b/.test(h)) return undefined;
  const before = h.split(/\s+(?:across|down|per|in|for|at|on|to|from|with|by|during|under|over)\b/)[0] ?? h;
  const ws = before.split(/\s+/).filter(Boolean);
  return ws[ws.length - 1];
}

/** A table whose first column is all dates: each row is an event ("1917 | The October Revolution"). */
export function isDateTable(table: TableBlock): boolean {
  if (table.header.length < 2 || table.rows.length === 0) return false;
  return table.rows.every((row) => {
    const cell = squash(row[0]?.text ?? '');
    const date = findDates(cell)[0];
    return date !== undefined && date.start === 0 && date.end >= cell.length - 1;
  });
}

/** The rows of a dated table as "date - event" statements with their lines. */
export function datedRows(table: TableBlock): { text: string; line: number }[] {
  return table.rows.map((row, i) => ({
    text: `${squash(row[0]?.text ?? '')} - ${squash(
      row
        .slice(1)
        .map((c) => c.text)
        .join(', '),
    )}`,
    line: table.line + 2 + i,
  }));
}
