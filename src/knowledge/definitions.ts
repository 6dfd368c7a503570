/** Definitions: "Term - explanation", "Term: explanation", "An X is a …". */

import type { SourceRef } from '../generate/item.js';
import type { RichText } from '../markdown/tree.js';
import { kindOfLabel, type LabelKind } from './category.js';
import { parseClause } from './clause.js';
import type { Definition, Fact } from './model.js';
import { isHeaderField, isStructuralLabel } from './structure.js';
import { isAuthorMarked, markedTerms } from './terms.js';
import { squash, trimEndPunctuation } from './text.js';
import { recogniseVerb } from './verbs.js';

const SEPARATED = /^(.{1,60}?)\s+[-–—]\s+(.+)$|^([^:]{1,60}?):\s+(.+)$/;
const NOT_TERMS =
  /^(?:note|nb|ex|e\.?g|eg|example|examples|i\.?e|for example|see|also|why|how|what|when|where|who|because|so|then|thus|hence|therefore|however|essentially|basically|answer|question|q|a)$/i;
const IS_A =
  /^(?:(?:an?|the)\s+)?(.{1,50}?)\s+(?:\([^)]*\)\s+)?(?:is|are|refers to|means)\s+((?:an?|the|one|someone|something|when|where|how|any|a form|a type|a kind)\b.+)$/i;
const MAX_TERM_WORDS = 6;

/** The definition a bullet states, if it has one of the definition shapes. */
export function definitionOf(content: RichText, fact: Fact): Definition | undefined {
  if (fact.datePrefix || fact.isExample || fact.unresolved || fact.inherited) return undefined;
  const text = trimEndPunctuation(squash(content.text));
  const sep = SEPARATED.exec(text);
  if (sep) {
    const term = trimEndPunctuation((sep[1] ?? sep[3] ?? '').trim());
    const explanation = (sep[2] ?? sep[4] ?? '').trim();
    if (isTerm(term, content) && explanation.split(/\s+/).length >= 2 && !isOwnClause(explanation)) {
      return {
        term: stripAlias(term),
        explanation,
        context: fact.context,
        source: fact.source,
        fact: fact.text,
      };
    }
    return undefined;
  }
  const leading = leadingTerm(content, text);
  if (leading) return { ...leading, context: fact.context, source: fact.source, fact: fact.text };
  const isA = IS_A.exec(text);
  if (isA && !isClaim(isA[2]!)) {
    // 'The term "intention" refers to …': the term is the quoted word, not "term" and its quotation marks.
    const term = isA[1]!.trim().replace(NAMED_TERM, '$1');
    const marked = markedTerms(content).filter(isAuthorMarked);
    const markedMatch = marked.some((t) => t.text === term);
    if ((markedMatch || term.split(/\s+/).length <= 2) && isTerm(term, content)) {
      return {
        term,
        explanation: isA[2]!.trim(),
        context: fact.context,
        source: fact.source,
        fact: fact.text,
      };
    }
  }
  return undefined;
}

/** 'term "intention"', "word ‘tort’": a word for "term", then the term in quotation marks. */
const NAMED_TERM = /^(?:term|word|phrase|expression|concept|notion)\s+["“‘']([^"”’']+)["”’']$/i;

/** "**Comedy** A happy play": a marked term at the very start, then a capitalised explanation. */
function leadingTerm(content: RichText, text: string): { term: string; explanation: string } | undefined {
  const first = content.marks.find(
    (m) => m.start === 0 && (m.kind === 'bold' || m.kind === 'code' || m.kind === 'highlight'),
  );
  if (!first) return undefined;
  const term = content.text.slice(first.start, first.end).trim();
  const rest = text.slice(first.end).trim();
  if (!/^\p{Lu}/u.test(rest) || rest.split(/\s+/).length < 2 || !isTerm(term, content)) return undefined;
  if (parseLikeSentence(rest)) return undefined;
  return { term, explanation: rest };
}

/** "**Stalin** Wanted …" is a telegraphic statement, not a definition; an explanation starts with a noun phrase. */
function parseLikeSentence(rest: string): boolean {
  const first = rest.split(/\s+/)[0] ?? '';
  return recogniseVerb(first) !== undefined && !/^(?:A|An|The)$/.test(first);
}

function isTerm(term: string, content: RichText): boolean {
  if (!term || NOT_TERMS.test(term)) return false;
  // "Week 8: June 4", "Created Time: …", "Key differences - …": labels of the note, not terms it defines.
  if (isStructuralLabel(term) || isHeaderField(`${term}:`)) return false;
  if (!/^[\p{L}"“‘'(]/u.test(term) || /:/.test(term)) return false;
  // "Where there is an agency …", "(b) there is a need …": a clause or a list label, not a term.
  if (/^(?:where|when|whether|because|if|there|how|why|which|who|what|since|while|although)\b/i.test(term))
    return false;
  if (/^\(\w{1,3}\)/.test(term)) return false;
  const words = term.split(/\s+/);
  if (words.length > MAX_TERM_WORDS) return false;
  if (/^\d/.test(term) || /[.!?;,]/.test(term)) return false;
  if (/^(?:he|she|it|they|this|these|his|her|their|its|there|here|that|we|you|i|one)\b/i.test(term))
    return false;
  // "nb there is a difference …", "Usually there are …", "ERP typically is …", "Ex: …": a sentence's opening words
  // (an aside marker, an adverb, "there is"), not a term.
  if (
    /\s(?:there|here|typically|usually|generally|often|also|mainly|mostly|always|never|sometimes)$/i.test(
      term,
    )
  )
    return false;
  if (/^(?:nb|n\.b\.|usually|generally|typically|also)\b/i.test(term)) return false;
  // Verbs are not terms: "Created - …" is unlikely, but "Lenin wanted - …" is a sentence.
  const bare = term.replace(/\s*\([^)]*\)/g, '').split(/\s+/);
  const named = bare.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|for|in)$/.test(w));
  if (bare.length > 3 && !named && !markedTerms(content).some((t) => t.text === term)) return false;
  return true;
}

/**
 * "Shaw: recognition is a purely political act", "Kioa at 609: statutes are construed …": the text after the label
 * is a statement with its own subject, not what the label means.
 */
export function isOwnClause(explanation: string): boolean {
  // "Intent: The prosecution must prove …": a short noun phrase and a modal is a rule stated, not a meaning.
  const modal = /^((?:\S+\s+){1,3}?)(?:must|should|can|could|will|would|may|might|shall)\s+\p{Ll}/iu.exec(
    explanation,
  );
  if (modal && !/\b(?:that|which|who|whose|whom|where|when)\b/i.test(modal[1] ?? '')) return true;
  // "Assumptions: Postcolonial feminists see …", "Ratio: France breached …": a sentence with its own subject.
  const clause = parseClause(explanation);
  if (
    clause &&
    clause.info.form !== 'base' &&
    /^\p{Lu}/u.test(clause.subject) &&
    !/^(?:A|An|The|Any|One|Someone|Something|When|Where|If|How)\b/.test(clause.subject)
  )
    return true;
  const m =
    /^((?:\S+\s+){1,3}?)(?:is|are|was|were|has|have|had|will|would|can|could|should|must|does|do|did)\b/i.exec(
      explanation,
    );
  if (!m) return false;
  const subject = (m[1] ?? '').trim().split(/\s+/);
  if (/^(?:a|an|the|when|where|how|what|whether|if|one|someone|something|any)$/i.test(subject[0] ?? ''))
    return false;
  return !subject.some((w) => /^(?:that|which|who|whose|whom|where|when)$/i.test(w));
}

/**
 * "Complexity is the enemy of security", "Profit is an undisputed sign of success", "Iodine is a non-metal but it
 * is lustrous": a judgement or a contrast said of the term, not what the term means.
 */
function isClaim(explanation: string): boolean {
  if (/\bbut\b/i.test(explanation)) return true;
  return (
    /^the\s+(?:\w+est|most|least|main|key|only|best|worst|biggest|greatest|enemy|source|basis|base|root|heart|cause|reason|problem|answer)\b/i.test(
      explanation,
    ) || /^an?\s+(?:undisputed|clear|important|major|key|big|great|good|bad)\s+sign\b/i.test(explanation)
  );
}

/** "Term (alias)" → "Term". */
function stripAlias(term: string): string {
  return term.replace(/\s*\([^)]*\)\s*$/, '').trim() || term;
}

/**
 * "#### Mandamus" with "compels a public official to perform a duty …" right below it: a heading that names a term,
 * explained by the first sentence of the paragraph under it, as "Mandamus - compels …" would be. Only a description
 * counts: a sentence with its own subject, or one that names the term again, is a statement about it. Such a
 * definition is kept only when its siblings make a kind of thing (`withCategories`).
 */
export function headingDefinition(
  term: string,
  first: string,
  context: readonly string[],
  source: SourceRef,
): Definition | undefined {
  const explanation = trimEndPunctuation(squash(first));
  const n = explanation.split(/\s+/).length;
  if (n < 3 || n > 30 || explanation.toLowerCase().includes(term.toLowerCase())) return undefined;
  if (isOwnClause(explanation)) return undefined;
  return {
    term: stripAlias(term),
    explanation,
    fromHeading: true,
    context,
    source,
    fact: `${term}: ${explanation}`,
  };
}

const MIN_BARE_SIBLINGS = 3;

/** "A genome is …", "Osmosis refers to …": the definition is a sentence about its own term. */
function definesItself(d: Definition): boolean {
  const fact = d.fact.replace(/^(?:an?|the)\s+/i, '').toLowerCase();
  return (
    fact.startsWith(`${d.term.toLowerCase()} `) &&
    /^\S+(?:\s+\S+)*?\s+(?:is|are|refers to|means)\s/i.test(fact)
  );
}

/** The term a heading names, if it could head its own definition ("Mandamus"; not "Why did it fall?"). */
export function headingTerm(heading: RichText): string | undefined {
  const term = trimEndPunctuation(squash(heading.text));
  if (/[?:]$/.test(heading.text.trim()) || term.split(/\s+/).length > 4) return undefined;
  return isTerm(term, heading) && /^\p{Lu}/u.test(term) ? term : undefined;
}

/**
 * A label that says only "types" ("Types", "Kinds:", "Main types"): the kind is of what the label stands under.
 * "Classes" under "Python" and "Forms" under "Immigration" are things of their own.
 */
const KIND_WORD_ONLY =
  /^(?:(?:the\s+)?(?:main|major|different|common|key|basic)\s+)?(?:types|kinds|varieties)\s*:?$/i;

/**
 * The label whose kind the terms under `context` are: its last part, or "Types of Delusional Disorder" when that part
 * is a bare "Types" under "Delusional Disorder".
 */
function ownKindLabel(context: readonly string[]): string | undefined {
  const label = context[context.length - 1];
  const parent = context[context.length - 2];
  if (label === undefined || parent === undefined || !KIND_WORD_ONLY.test(label.trim())) return label;
  return `${label.trim().replace(/\s*:$/, '')} of ${parent.trim().replace(/\s*:$/, '')}`;
}

/** Definitions of one label: the breadcrumb they share. */
const labelOf = (d: Definition) => d.context.join(' › ');

/**
 * Each definition with the kind of thing its label names ("Types of Ties" → "type of tie"), where two or more terms
 * are explained under that label; a heading's definition without one is dropped (a heading and a paragraph are too
 * loose a shape to take on their own).
 */
export function withCategories(definitions: readonly Definition[]): Definition[] {
  const siblings = new Map<string, number>();
  for (const d of definitions)
    if (!d.attribute) siblings.set(labelOf(d), (siblings.get(labelOf(d)) ?? 0) + 1);
  const out: Definition[] = [];
  // One label's kind is read once, however many terms it holds (a table of a thousand rows).
  const kinds = new Map<string, LabelKind | undefined>();
  const kindOf = (label: string) => {
    if (!kinds.has(label)) kinds.set(label, kindOfLabel(label));
    return kinds.get(label);
  };
  for (const d of definitions) {
    const label = ownKindLabel(d.context);
    const count = siblings.get(labelOf(d)) ?? 0;
    // "A genome is the blueprint of …" under "Genes": a sentence that defines its term says what kind it is itself;
    // the heading above is its topic.
    const kind =
      !d.attribute && label !== undefined && count >= 2 && !definesItself(d) ? kindOf(label) : undefined;
    // A bare plural ("Writs") names the kind of its items only when they are a list of three or more.
    const category = kind && (!kind.bare || count >= MIN_BARE_SIBLINGS) ? kind.name : undefined;
    if (category) out.push({ ...d, category });
    else if (!d.fromHeading) out.push(d);
  }
  return out;
}
