/** Hand-built inputs for knowledge tests: rich text with marks, minimal facts and blocks. */
import type { SourceRef } from '../../src/generate/item.js';
import type { Fact } from '../../src/knowledge/model.js';
import type { Mark, MarkKind, ParagraphBlock, RichText } from '../../src/markdown/tree.js';

/** Plain text with the given terms marked (each term's first occurrence). */
export function rich(text: string, ...marked: readonly [MarkKind, string][]): RichText {
  const marks: Mark[] = marked.map(([kind, term]) => {
    const start = text.indexOf(term);
    if (start < 0) throw new Error(`"${term}" is not in "${text}"`);
    return { kind, start, end: start + term.length };
  });
  return { text, marks };
}

export const source: SourceRef = { path: 'notes/test.md', line: 4, endLine: 4 };

/** A bullet fact with nothing inherited or resolved: the neutral case for extractors. */
export function fact(text: string, overrides: Partial<Fact> = {}): Fact {
  return {
    text,
    written: text,
    inherited: false,
    terms: [],
    dates: [],
    isExample: false,
    unresolved: false,
    description: false,
    context: ['Test note', 'Section'],
    source,
    children: [],
    origin: 'bullet',
    ...overrides,
  };
}

export function paragraph(content: RichText, line = 1, endLine = line): ParagraphBlock {
  return { type: 'paragraph', content, raw: content.text, line, endLine };
}
