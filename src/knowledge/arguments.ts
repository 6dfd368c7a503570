/** Argument practice: "Arguing for/against …" paragraphs and essay callouts become argument prompts. */
import type { SourceRef } from '../generate/item.js';
import type { Block, CalloutBlock, ParagraphBlock } from '../markdown/tree.js';
import { findDates } from './dates.js';
import { findEntities } from './entities.js';
import type { Argument } from './model.js';
import { markedTerms } from './terms.js';
import { capitalise, isStopword, normalise, squash, trimEndPunctuation } from './text.js';
import { isKnownVerb, recogniseVerb } from './verbs.js';

const STANCE =
  /^(?:arguing|argument|arguments|case)\s+(for|against)\s+(.+?)\s*(?:[-–—:]\s+|\.\s+)([\s\S]+)$/i;
const SHORT_STANCE = /^(for|against)\s*[:–—-]\s*([\s\S]+)$/i;
const ESSAY_CALLOUTS = new Set([
  'example',
  'question',
  'exercise',
  'activity',
  'essay',
  'practice',
  'homework',
]);
const MIN_MODEL_WORDS = 25;

/** A paragraph that opens "Arguing for X - …" (or "For: …" under a titled callout). */
export function argumentFromParagraph(
  block: ParagraphBlock,
  context: readonly string[],
  path: string,
  topic?: string,
): Argument | undefined {
  const text = squash(block.content.text);
  const source: SourceRef = { path, line: block.line, endLine: block.endLine };
  const m = STANCE.exec(text);
  if (m) {
    const stance = m[1]!.toLowerCase();
    const subject = trimEndPunctuation(m[2]!);
    return build(`Argue ${stance} ${subject}.`, m[3]!, block, context, source, subject);
  }
  const s = SHORT_STANCE.exec(text);
  if (s && topic) {
    return build(`Argue ${s[1]!.toLowerCase()}: ${topic}`, s[2]!, block, context, source, topic);
  }
  return undefined;
}

/** Arguments inside a callout: each stance paragraph, or the whole prose of an essay-type callout. */
export function argumentsFromCallout(
  block: CalloutBlock,
  context: readonly string[],
  path: string,
): Argument[] {
  const title = squash(block.title.text);
  const innerContext = title ? [...context, title] : context;
  const paragraphs = block.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
  const stances = paragraphs
    .map((p) => argumentFromParagraph(p, innerContext, path, title))
    .filter((a): a is Argument => a !== undefined);
  if (stances.length > 0) return stances;
  if (!ESSAY_CALLOUTS.has(block.calloutType) || !title || hasFactLists(block.blocks)) return [];
  const prose = paragraphs.map((p) => p.content.text).join(' ');
  if (prose.split(/\s+/).length < MIN_MODEL_WORDS) return [];
  const first = paragraphs[0]!;
  const last = paragraphs[paragraphs.length - 1]!;
  const prompt = /[?.]$/.test(title) ? title : `${capitalise(title)}.`;
  const source: SourceRef = { path, line: block.line, endLine: last.endLine };
  return [build(prompt, prose, first, context, source, title)];
}

function hasFactLists(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.type === 'list');
}

function build(
  prompt: string,
  model: string,
  block: ParagraphBlock,
  context: readonly string[],
  source: SourceRef,
  subject: string,
): Argument {
  const clean = squash(model);
  return { prompt, model: clean, checklist: checklistOf(clean, block, subject), context, source };
}

const MAX_POINTS = 7;
const WEAK = /^(?:The|A|An|This|That|It|He|She|They|His|Her|Their|Given|As|Therefore|Hence|Thus)$/;

/**
 * The points a good answer should cover: the author's marked terms, dates and multi-word names first, then the
 * paragraph's key phrases (runs of two to four content words, such as "party stability" or "appoint supporters").
 */
export function checklistOf(model: string, block: ParagraphBlock, subject: string): string[] {
  const points: string[] = [];
  const add = (p: string): void => {
    const t = trimEndPunctuation(squash(p));
    if (!t || WEAK.test(t) || normalise(subject).includes(normalise(t))) return;
    if (points.some((x) => normalise(x).includes(normalise(t)) || normalise(t).includes(normalise(x))))
      return;
    points.push(t);
  };
  for (const t of markedTerms(block.content))
    if (t.origin !== 'quote' || t.text.split(' ').length > 1) add(t.text);
  for (const d of findDates(model)) add(d.text);
  for (const e of findEntities(model)) if (e.kind !== 'number' && e.text.split(' ').length > 1) add(e.text);
  const phrases = keyPhrases(model);
  const actions = verbPhrases(model);
  for (let i = 0; i < Math.max(phrases.length, actions.length); i++) {
    if (actions[i]) add(actions[i]!);
    if (phrases[i]) add(phrases[i]!);
  }
  return points.slice(0, MAX_POINTS);
}

const FILLER = new Set(
  'given likely able therefore hence thus however also often much more less clearly ultimately would could should might must will shall well rather quite very really due between apart following towards toward despite upon within without whether'.split(
    ' ',
  ),
);
const MIN_PHRASE = 2;
const MAX_PHRASE = 4;

/** Runs of content words between stopwords, finite verbs and punctuation. */
export function keyPhrases(text: string): string[] {
  const phrases: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= MIN_PHRASE && run.length <= MAX_PHRASE) phrases.push(run.join(' '));
    run = [];
  };
  for (const token of text.split(/\s+/)) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '');
    const lower = word.toLowerCase();
    const breaks = !word || isStopword(lower) || FILLER.has(lower) || isFiniteLowerVerb(word, run);
    if (breaks) flush();
    else run.push(word);
    if (/[.,;:!?—–()]$/.test(token) || /^[—–(]/.test(token)) flush();
  }
  flush();
  return phrases;
}

/** A finite verb ends a phrase; an -s word after a lower-case noun is a plural ("five year plans"). */
function isFiniteLowerVerb(word: string, run: readonly string[]): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  const v = recogniseVerb(word);
  if (v === undefined || v.form === 'base' || /ing$/.test(word)) return false;
  const previous = run[run.length - 1];
  if (v.form === 'present' && previous && /^\p{Ll}/u.test(previous)) return false;
  return true;
}

const OBJECT_STARTERS = /^(?:the|a|an|his|her|their|its)$/i;

/** "reformed the calendar", "ignored the Senate": a known past-tense verb with its short object. */
export function verbPhrases(text: string): string[] {
  const out: string[] = [];
  const tokens = text.split(/\s+/);
  tokens.forEach((token, i) => {
    const word = token.replace(/[^\p{L}'’]/gu, '');
    const verb = recogniseVerb(word);
    if (!/^\p{Ll}/u.test(word) || verb?.form !== 'past' || !isKnownVerb(word) || /[.,;:]$/.test(token))
      return;
    // "was able", "were against", "had been": an auxiliary carries no claim of its own.
    if (verb.base === 'be' || verb.base === 'have' || verb.base === 'do') return;
    const object: string[] = [];
    for (const next of tokens.slice(i + 1, i + 5)) {
      const w = next.replace(/[^\p{L}\p{N}'’-]/gu, '');
      if (!w || (isStopword(w) && !OBJECT_STARTERS.test(w))) break;
      if (object.length > 0 && OBJECT_STARTERS.test(w)) break;
      object.push(w);
      if (/[.,;:!?]$/.test(next) || (!OBJECT_STARTERS.test(w) && object.length >= 2)) break;
    }
    const content = object.filter((w) => !OBJECT_STARTERS.test(w));
    if (content.length > 0) out.push(`${word} ${object.join(' ')}`);
  });
  return out;
}
