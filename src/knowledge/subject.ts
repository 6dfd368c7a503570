/** Whom a telegraphic bullet is about: heading subjects, parent subjects, and leading pronouns. */

import type { Subject } from './model.js';
import { tag } from './pos.js';
import { isStructuralLabel } from './structure.js';
import { escapeRegExp } from './text.js';

const TOPIC_WORDS = new Set(
  (
    'notes note overview summary introduction intro background cause causes effect effects consequences ' +
    'consequence key terms term definitions definition vocabulary glossary chapter lesson section part unit ' +
    'week review activity activities question questions example examples general misc miscellaneous other ' +
    'reading readings lecture class module topic topics facts timeline events event context conclusion ' +
    'references sources resources homework assignment exercise exercises practice period era age analysis ' +
    'theory theories concepts concept ideas idea main points point important things impact impacts role ' +
    'aftermath results result factors factor reasons reason features characteristics types kinds history ' +
    'policies policy economy society culture politics government rise fall terminology content vocab ' +
    'highlights priorities takeaways advantages disadvantages strengths weaknesses similarities differences ' +
    'limitations criticisms challenges benefits findings'
  ).split(' '),
);
const JOINERS = new Set(['of', 'the', 'de', 'von', 'van', 'der', 'la', 'le', 'du', 'al', 'bin', 'da', 'and']);
/** Person evidence: bullets or sentences that start with he/she, or telegraphic bullets with human-only verbs. */
const PERSON_START = /(?:^|\n)(?:he|she|his|her)\b/i;
const HUMAN_ONLY =
  /(?:^|\n)(?:was born|born|died|married|wrote|studied|reigned|abdicated|travell?ed|sailed|painted|composed|retired|was exiled|was assassinated|was executed|was crowned|believed|thought|argued|insisted|confessed|admitted|apologi[sz]ed|blamed|refused|promised|hoped|feared|loved|hated|felt|preached|taught|stole|lied|quarrelled|quarreled)\b/i;
const GROUP_START = /(?:^|\n)(?:they|their)\b/i;
/** A bullet that names the heading's role: "Leader of the Soviet Union", "Commander of the Red Army". */
const ROLE_START =
  /(?:^|\n)(?:an? |the )?(?:president|leader|king|queen|emperor|empress|commander|general|founder|chancellor|prime minister|secretary|minister|governor|pope|tsar|czar|author|inventor|wife|husband|son|daughter|father|mother|ruler|dictator|premier|consul|senator|philosopher|scientist|poet|painter|composer|student|teacher|disciple|apostle|prophet|explorer|admiral|pharaoh|sultan|caliph|chief|head)\s+of\b/i;

/**
 * The subject a heading names, when it is a proper name ("Leon Trotsky", "Stalin", "The Romans") rather than
 * a topic ("General Notes", "Causes of WW1"). `sectionText` is the text under the heading (for pronouns).
 */
export function headingSubject(heading: string, sectionText: string): Subject | undefined {
  const name = heading.replace(/[:.]+$/, '').trim();
  if (!name || /[?!,;()]/.test(name) || /\d/.test(name)) return undefined;
  const parts = name.split(/\s+/);
  if (parts.length > 4) return undefined;
  if (parts.some((p) => TOPIC_WORDS.has(p.toLowerCase()) || p.toLowerCase() === 'and')) return undefined;
  // "Full Text", "Key Points", "Background": a heading that labels a part of the note names no one.
  if (isStructuralLabel(name)) return undefined;
  const named = parts.every((p, i) => /^\p{Lu}/u.test(p) || (i > 0 && JOINERS.has(p.toLowerCase())));
  // The tagger only for a heading that could otherwise name someone.
  if (!named || isInstruction(name)) return undefined;
  const clean = name.replace(/^the\s+/i, '');
  const topicLike = /\sof\s+the\s/i.test(name);
  // "### Almagest" › "Ptolemy's report on astronomy": a line that calls the heading someone else's names a work or
  // a thing of theirs, whatever its bullets then say it did.
  const owner =
    /(?:^|\n)(\p{Lu}[\p{L}.-]*)['’]s\s+(?:\p{Ll}+\s+)?(?:report|book|work|treatise|poem|play|novel|epic|text|essay|speech|letter|painting|statue|theory|law|invention|plan|policy|masterpiece)\b/u.exec(
      sectionText,
    )?.[1];
  if (owner && !parts.includes(owner)) return { name: clean, person: false, plural: false };
  // "## Dominican" over "- Some Dominicans became Pope": a member of an order or a movement (a word in -an, -ite,
  // -ist) that its own section writes in the plural, whose bullets are about the group ("Dominicans believed that …",
  // not "Dominican believed …"). A family name ("the Kennedys") or a body ("Parliaments") is not such a word.
  if (
    parts.length === 1 &&
    /(?:an|ite|ist)$/.test(clean) &&
    new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(clean)}s(?![\\p{L}])`, 'u').test(sectionText)
  )
    return { name: `${clean}s`, person: false, plural: true };
  if (
    !topicLike &&
    (PERSON_START.test(sectionText) || HUMAN_ONLY.test(sectionText) || ROLE_START.test(sectionText))
  ) {
    return { name: clean, person: true, plural: false };
  }
  // Only with no sign of a person: "Born in Vinci", "Sailed on the Beagle" outweigh "Located in Milan from 1482".
  if (PLACE_START.test(sectionText)) return { name: clean, person: false, plural: false, place: true };
  const plural = /[^s]s$/.test(clean) && clean.split(/\s+/).length === 1;
  if (GROUP_START.test(sectionText) && plural) return { name: clean, person: true, plural: true };
  return { name: clean, person: false, plural };
}

/**
 * "Abolish Treaty of Versailles", "Unite all German speakers": a heading that opens with a verb's plain form is an
 * aim or an instruction, and its bullets ("Argued that people should have self-determination") are said by
 * someone else. Read by the tagger with the capital taken off, which tells "Abolish the …" (a verb) from "March on
 * Rome" or "Reform Act" (nouns); "Storming of the Bastille" (a verb in -ing) names an event.
 */
function isInstruction(heading: string): boolean {
  const [first, second, ...rest] = tag(heading.charAt(0).toLowerCase() + heading.slice(1)).filter(
    (t) => t.pos !== 'SPACE',
  );
  if (first?.pos !== 'VERB' || second === undefined || /(?:ing|ed)$/i.test(first.text)) return false;
  // "Act of Supremacy", "Cross of Gold", "Turn of the Screw": a word before "of" is a noun, whatever the tagger says.
  if (second.pos === 'ADP' || second.pos === 'CCONJ') return false;
  // What follows is the verb's object: "the …", "all …", a small word, or a phrase with a preposition ("… Treaty of
  // Versailles"). Two names alone may be a person whose first name is also a verb ("Harry Truman", "Drew …").
  return (
    ['DET', 'ADJ', 'NUM', 'PRON'].includes(second.pos) ||
    /^\p{Ll}/u.test(second.text) ||
    rest.some((t) => t.pos === 'ADP')
  );
}

/**
 * "Built on the burial place of …", "Located in Paris", "Consecrated in 1144": a section that opens a line by saying
 * where its heading stands or when it was built is about a building or a place. "Built the Great Pyramid" (with an
 * object) is what a person did.
 */
const PLACE_START =
  /(?:^|\n)[ \t]*(?:[-*+][ \t]+)?(?:(?:was|is|were|are)[ \t]+)?(?:built|constructed|erected|located|situated|consecrated)[ \t]+(?!on[ \t]+(?:the[ \t]+)?(?:work|ideas?|theor(?:y|ies)|findings|research|discoveries|success|foundations?[ \t]+laid)\b)(?:on|in|at|by|over|from|for|during|between|around|near|under|beside|along|\d)\b/i;

export interface PronounCandidates {
  /** Subject of the parent bullet, if any. */
  readonly parentSubject?: Subject;
  /** People named in the parent bullet, in order. */
  readonly parentPeople: readonly string[];
  /** The parent's first author-marked term, with its article as written ("the Theory of …"). */
  readonly parentTerm?: string;
  readonly headingSubject?: Subject;
}

export interface Resolved {
  readonly text: string;
  readonly subject?: Subject;
  readonly unresolved: boolean;
}

const LEADING_PRONOUN =
  /^(he|she|his|her|it|its|they|their|this|these)\b(?!\s*(?:is|was)\s+(?:because|why))/i;

/** Replaces a leading pronoun with the name it stands for, or marks the fact unresolved. */
export function resolveLeadingPronoun(text: string, c: PronounCandidates): Resolved {
  const m = LEADING_PRONOUN.exec(text);
  if (!m) return { text, unresolved: false };
  const pronoun = m[1]!.toLowerCase();
  const mainClause = text.split(/,|\bbecause\b|\bwhereas\b/)[0] ?? text;
  const rest = text.slice(m[0].length);
  const possessive = pronoun === 'his' || pronoun === 'her' || pronoun === 'its' || pronoun === 'their';
  const subject = pickReferent(pronoun, mainClause, c);
  if (!subject) return { text, unresolved: true };
  const name = possessive ? `${subject.name}'s` : subject.name;
  return { text: `${name}${rest}`, subject, unresolved: false };
}

function pickReferent(pronoun: string, mainClause: string, c: PronounCandidates): Subject | undefined {
  const inClause = (name: string): boolean => new RegExp(`\\b${escapeRegExp(name)}\\b`).test(mainClause);
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'his' || pronoun === 'her') {
    const candidates: Subject[] = [];
    if (c.parentSubject?.person && !c.parentSubject.plural) candidates.push(c.parentSubject);
    for (const p of c.parentPeople) candidates.push({ name: p, person: true, plural: false });
    if (c.headingSubject?.person && !c.headingSubject.plural) candidates.push(c.headingSubject);
    return candidates.find((s) => !inClause(s.name) && !inClause(lastWord(s.name)));
  }
  if (pronoun === 'they' || pronoun === 'their') {
    if (c.parentSubject?.plural) return c.parentSubject;
    if (c.headingSubject?.plural) return c.headingSubject;
    return undefined;
  }
  if (pronoun === 'it' || pronoun === 'its') {
    if (c.parentTerm) return { name: c.parentTerm, person: false, plural: false };
    if (c.parentSubject && !c.parentSubject.person) return c.parentSubject;
  }
  return undefined;
}

function lastWord(name: string): string {
  return name.split(/\s+/).pop() ?? name;
}
