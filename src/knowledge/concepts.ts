/** A bullet with one author-marked term whose children explain it is a concept: term → explanation. */
import type { Concept, Fact } from './model.js';
import { isAuthorMarked } from './terms.js';
import { escapeRegExp, trimEndPunctuation } from './text.js';

const CLAIM_VERBS =
  /^(?:argued|argues|stated|states|claimed|claims|said|says|believed|believes|suggested|suggests|proposed|proposes|held|holds|maintained|maintains)\s+that\s+/i;
const MAX_CHILDREN = 4;
const MAX_WORDS_PER_PART = 16;
const MAX_PLAIN_WORDS = 8;

/** The concept a fact introduces, when its children explain its one marked term. */
export function conceptOf(fact: Fact): Concept | undefined {
  const marked = fact.terms.filter((t) => isAuthorMarked(t) && t.origin !== 'quote');
  if (marked.length !== 1 || fact.children.length === 0 || fact.children.length > MAX_CHILDREN)
    return undefined;
  if (fact.datePrefix) return undefined;
  const term = marked[0]!.text;
  let argues = false;
  const parts: string[] = [];
  for (const child of fact.children) {
    if (child.isExample || child.unresolved) return undefined;
    const gist = gistOf(child, term, fact);
    if (!gist || (!gist.argues && gist.text.toLowerCase().includes(term.toLowerCase()))) return undefined;
    if (gist.argues) argues = true;
    parts.push(gist.text);
  }
  if (parts.some((p) => p.split(/\s+/).length > MAX_WORDS_PER_PART)) return undefined;
  // Without "argued that …", children are only an explanation when they are few and short.
  if (!argues && (parts.length > 2 || parts.some((p) => p.split(/\s+/).length > MAX_PLAIN_WORDS)))
    return undefined;
  const past = fact.clause?.info.form === 'past' || /\b(?:was|were|had|did)\b|ed\b/.test(fact.text);
  const article = new RegExp(`\\bthe\\s+${escapeRegExp(term)}`).test(fact.text) ? 'the ' : '';
  return {
    term: `${article}${term}`,
    verb: argues ? 'argue' : 'be',
    past,
    explanation: parts,
    context: fact.context,
    source: {
      ...fact.source,
      endLine: Math.max(fact.source.endLine, ...fact.children.map((c) => c.source.endLine)),
    },
  };
}

/** What a child says about the term: "it argued that X" → X (argues); other statements as they are. */
function gistOf(child: Fact, term: string, parent: Fact): { text: string; argues: boolean } | undefined {
  const c = child.clause;
  const aboutTerm = c && (c.subject.includes(term) || c.subject === parent.subject?.name);
  if (c && aboutTerm) {
    const rest = `${c.verb} ${c.rest}`;
    const claim = CLAIM_VERBS.exec(rest);
    if (claim) return { text: trimEndPunctuation(rest.slice(claim[0].length)), argues: true };
  }
  return { text: trimEndPunctuation(child.text), argues: false };
}
