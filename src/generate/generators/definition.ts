/** Definitions → "What is X?" (the explanation) and the reverse (the explanation → the term). */
import type { Definition, NoteKnowledge } from '../../knowledge/model.js';
import { escapeRegExp, trimEndPunctuation, words } from '../../knowledge/text.js';
import type { Candidate, NoteScope } from '../candidate.js';
import { kindQuestion } from '../kind-question.js';
import { asQuestion } from '../phrasing.js';
import { fromFact } from './make.js';

/** Longer explanations are still asked, the other way round (explanation → term), where the answer is short. */
const MAX_DEFINITION_WORDS = 8;

/** A `qa` (term → explanation, when short) and a `reverse` (explanation → term) per definition. */
export function definitions(k: NoteKnowledge, scope: NoteScope): Candidate[] {
  const out: Candidate[] = [];
  const shared = sharedMeanings(k.definitions);
  for (const d of k.definitions) {
    const explanation = trimEndPunctuation(d.explanation);
    const fact = { text: d.fact, context: d.context, source: d.source };
    if (d.attribute) {
      const prompt = scope.english
        ? asQuestion(
            `What ${isPluralHeader(d.attribute) ? 'are' : 'is'} the ${lowerWords(d.attribute)} of ${d.term}`,
          )
        : `${d.term} (${d.attribute}):`;
      out.push(
        fromFact(fact, scope, {
          kind: 'qa',
          prompt,
          answer: explanation,
          // A table cell is a short answer: long cells are better asked the other way, or not at all.
          shape: 'short',
          generator: 'table',
          ...(scope.english ? { shownAs: rowQuestion(d.term, d.attribute, d.context) } : {}),
        }),
      );
      continue;
    }
    const acronym = acronymPair(d.term, explanation);
    if (acronym) {
      out.push(
        fromFact(fact, scope, {
          kind: 'qa',
          prompt: scope.english ? `What does ${acronym.short} stand for?` : `${acronym.short}:`,
          answer: acronym.long,
          shape: 'definition',
          generator: 'acronym',
        }),
      );
      continue;
    }
    // "Which writ compels a public official …?": a term whose label names its kind is asked by that kind.
    // A person is no member of a kind of thing ("Which exemplary writing criticizes …? → Chandra Mohanty").
    const byKind =
      d.category && scope.english && !scope.people.has(d.term)
        ? kindQuestion(d.category, d.term, explanation)
        : undefined;
    if (d.fromHeading && !byKind) continue;
    const short = words(explanation).length <= MAX_DEFINITION_WORDS;
    if (short && !d.fromHeading) {
      const prompt = scope.english
        ? asQuestion(
            `What ${isPluralTerm(d.term) || saysAre(d.term, d.fact) ? 'are' : 'is'} ${withAuthorArticle(d.term, d.fact, explanation)}`,
          )
        : `${d.term}:`;
      out.push(
        fromFact(fact, scope, {
          kind: 'qa',
          prompt,
          answer: explanation,
          shape: 'definition',
          generator: 'definition',
        }),
      );
    }
    // "Ethylene - stops plant growth" beside "Abscisic acid - stops plant growth, causes wilting": a meaning another
    // term of the same list also has is no way back to this term.
    if (shared.has(d)) continue;
    if (byKind) {
      out.push(
        fromFact(fact, scope, {
          kind: 'reverse',
          prompt: byKind,
          answer: d.term,
          answerType: 'term',
          generator: 'kind',
        }),
      );
      continue;
    }
    // "Which term means: a collection of …": a leading article reads on in lower case after the colon.
    const shown = explanation.replace(/^(A|An|The)(?=\s)/, (a) => a.toLowerCase());
    const reversePrompt = scope.english ? `Which term means: ${shown}?` : `${explanation} →`;
    out.push(
      fromFact(fact, scope, {
        kind: 'reverse',
        prompt: reversePrompt,
        answer: d.term,
        answerType: 'term',
        generator: 'definition',
      }),
    );
  }
  return out;
}

/** "PRBS - Pseudo-Random Bit Sequence" (either way round): an acronym and what it stands for. */
export function acronymPair(a: string, b: string): { short: string; long: string } | undefined {
  for (const [short, long] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!/^[A-Z][A-Z0-9&]{1,7}s?$/.test(short)) continue;
    const initials = long
      .split(/[\s-]+/)
      .filter((w) => /^[A-Za-z]/.test(w) && !/^(?:of|and|the|for|to|in|on|a|an)$/i.test(w))
      .map((w) => w[0]!.toUpperCase())
      .join('');
    if (initials === short.replace(/s$/, '')) return { short, long: trimEndPunctuation(long) };
  }
  return undefined;
}

/** "Mitochondria are the organelles …": the author's own verb says the term is plural. */
function saysAre(term: string, fact: string): boolean {
  return fact.toLowerCase().startsWith(`${term.toLowerCase()} are `);
}

/** "Alleles", "Tariffs" are plural; "Osmosis", "Process", "Status" are not. */
function isPluralTerm(term: string): boolean {
  const last =
    term
      .replace(/\s*\([^)]*\)$/, '')
      .split(/\s+/)
      .pop() ?? '';
  return /\p{Ll}s$/u.test(last) && !/(?:ss|us|is|sis|ics)$/i.test(last);
}

/**
 * "A tariff is a tax …" → "What is a tariff?": the article the author wrote before the term comes back.
 * "Screened host: a host behind a firewall" → "What is a screened host?": a noun phrase of plain words explained
 * as "a/an …" is one of a kind, and takes the article its explanation starts with.
 */
export function withAuthorArticle(term: string, fact: string, explanation: string): string {
  // Not `\b` after the term: a quoted term ('A "bull" is …') ends in a quote, after which no word boundary follows.
  const article = new RegExp(`^(a|an|the)\\s+${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu').exec(fact);
  if (article && !/^(?:a|an|the)\s/i.test(term)) return `${article[1]!.toLowerCase()} ${term}`;
  const words = term.split(/\s+/);
  // "Screened host", "protected confider": plain words, two to four, only the first one perhaps capitalised
  // ("Hadrian Wall" or "Entity Set" may be names: left as written).
  const common =
    words.length >= 2 &&
    words.length <= 4 &&
    /^\p{L}\p{Ll}+$/u.test(words[0] ?? '') &&
    words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) &&
    // "drink driving", "conventional constructivism": a mass noun at the head takes no article.
    !/(?:ism|ing|ness|ity|ics|ence|ance)$/.test(words[words.length - 1] ?? '') &&
    // "caveat emptor: a Latin term for …": a borrowed phrase is named, not counted.
    !/^an?\s+(?:Latin|French|Greek|German|legal Latin)\s+(?:term|phrase|maxim|expression|word)\b/i.test(
      explanation,
    );
  // "phalanx: a Greek battle formation" → "What is a phalanx?"; "osmosis", "feudalism" stay without one.
  const countable =
    words.length === 1 &&
    /^\p{Ll}[\p{Ll}-]+$/u.test(term) &&
    !/(?:sis|tion|sion|ment|ism|ity|ness|ance|ence|ing|ics|ure|cy)$/.test(term);
  if ((common || countable) && /^an?\s/i.test(explanation) && !isPluralTerm(term)) {
    const lower = words.map((w) => w.toLowerCase()).join(' ');
    return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
  }
  return lowerArticle(term);
}

/** "Mean temperature (°C)", "IP address range" → "mean temperature (°C)", "IP address range": only plain words lowered. */
function lowerWords(header: string): string {
  return header.replace(/\p{Lu}\p{Ll}+/gu, (w) => w.toLowerCase());
}

/** "The nervous system" → "the nervous system" inside a question. */
function lowerArticle(term: string): string {
  return term.replace(/^(The|A|An)\s/, (m) => m.toLowerCase());
}

/** "Units" is plural; "Number of moons" is not (its head noun comes before "of"). */
function isPluralHeader(header: string): boolean {
  const head = header.split(/\s+of\s+/i)[0] ?? header;
  return /[^s]s$/i.test(head.trim());
}

/**
 * A table cell asked by its row and its column, as the student reads it: "Gland: Pancreas. What is its function?".
 * The row's label is shown as the table wrote it, beside the first column's header, so no article has to be guessed
 * ("the function of Pancreas" reads as a name; "of the water" would be wrong). The gates still judge "What is the
 * function of Pancreas?", so the same cells are asked. A blind A/B of 54 table questions: 70 % → 87 % acceptable.
 */
function rowQuestion(term: string, attribute: string, context: readonly string[]): string {
  const verb = isPluralHeader(attribute) ? 'are' : 'is';
  const headers = context.at(-1)?.split(' / ') ?? [];
  const category = headers.length > 1 ? (headers[0]?.trim() ?? '') : '';
  // "Group 4, group 14: what is their valency?": a row that names two things asks about both.
  const owner = /,|\sand\s|\s&\s|\//.test(term) ? 'their' : 'its';
  const asked = `${verb} ${owner} ${lowerWords(attribute)}?`;
  if (category && !term.toLowerCase().startsWith(category.toLowerCase()))
    return `${category}: ${trimEndPunctuation(term)}. What ${asked}`;
  return `${trimEndPunctuation(term)}: what ${asked}`;
}

/**
 * Definitions whose explanation opens another term's explanation under the same label ("stops plant growth" beside
 * "stops plant growth, causes wilting of leaves"): asked the other way round, both terms fit. Only the opening is
 * compared: the same words in another order or with "not" are another meaning ("exports more than it imports").
 */
function sharedMeanings(all: readonly Definition[]): Set<Definition> {
  const out = new Set<Definition>();
  const byLabel = new Map<string, Definition[]>();
  for (const d of all) {
    if (d.attribute) continue;
    const label = d.context.join(' › ');
    const group = byLabel.get(label);
    if (group) group.push(d);
    else byLabel.set(label, [d]);
  }
  for (const group of byLabel.values()) {
    if (group.length < 2) continue;
    // Sorted, the explanations one opens follow it at once: linear work even in a table of thousands of rows.
    const sorted = group
      .map((d) => ({ d, text: `${words(d.explanation.toLowerCase()).join(' ')} ` }))
      .filter((e) => e.text.trim() !== '')
      .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    for (let i = 0; i < sorted.length; i++) {
      const { d, text } = sorted[i]!;
      for (let j = i + 1; j < sorted.length && sorted[j]!.text.startsWith(text); j++) {
        const other = sorted[j]!;
        if (other.d.term === d.term) continue;
        out.add(d);
        // The same meaning twice: neither term can be asked by it.
        if (other.text === text) out.add(other.d);
      }
    }
  }
  return out;
}
