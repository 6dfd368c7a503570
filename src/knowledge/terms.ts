/** Key terms of a fact: the author's marks rank first, then names, acronyms and numbers. */
import type { RichText } from '../markdown/tree.js';
import { findDates } from './dates.js';
import { findEntities } from './entities.js';
import type { KeyTerm, TermOrigin } from './model.js';

const MARK_ORIGINS: Readonly<Record<string, TermOrigin>> = {
  bold: 'bold',
  highlight: 'highlight',
  code: 'code',
  quote: 'quote',
  wikilink: 'wikilink',
};

/** Author-marked terms of a rich text, in order, de-duplicated. */
export function markedTerms(rich: RichText): KeyTerm[] {
  const out: KeyTerm[] = [];
  for (const mark of rich.marks) {
    const origin = MARK_ORIGINS[mark.kind];
    if (!origin) continue;
    const text = rich.text
      .slice(mark.start, mark.end)
      .trim()
      .replace(/^["'“‘]|["'”’]$/g, '')
      .replace(/[.,;:]+$/, '')
      .trim();
    if (!text || out.some((t) => t.text === text)) continue;
    out.push({ text, origin });
  }
  return out;
}

/** Key terms of a statement: marked terms first, then entities found in `text` that are not dates. */
export function keyTerms(
  text: string,
  marked: readonly KeyTerm[],
  knownNames: ReadonlySet<string>,
): KeyTerm[] {
  const out: KeyTerm[] = marked.filter((t) => text.includes(t.text));
  const dates = findDates(text);
  for (const e of findEntities(text, knownNames)) {
    if (dates.some((d) => e.start < d.end && e.end > d.start)) continue;
    if (out.some((t) => t.text.includes(e.text) || e.text.includes(t.text))) continue;
    out.push({ text: e.text, origin: e.kind === 'name' ? 'name' : e.kind });
  }
  return out;
}

/** True when the term was chosen by the author (bold, highlight, code span, quoted, wikilink). */
export function isAuthorMarked(term: KeyTerm): boolean {
  return term.origin !== 'name' && term.origin !== 'acronym' && term.origin !== 'number';
}
