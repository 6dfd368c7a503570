/** A heading that asks a question is the author's own prompt; the bullets under it are the answer. */
import type { Block, HeadingBlock } from '../markdown/tree.js';
import type { AuthorQuestion } from './model.js';
import { squash, trimEndPunctuation } from './text.js';

const QUESTION_WORD =
  /^(?:what|why|how|when|who|whom|which|where|explain|describe|define|list|name|outline|compare)\b/i;

/** True for "What caused the Great Depression?" and "Why did …" headings. */
export function isQuestionHeading(text: string): boolean {
  const t = text.trim();
  if (/\?$/.test(t))
    return !/^(?:is|are|was|were|do|does|did|can|could|should|would|has|have|had)\b/i.test(t);
  return QUESTION_WORD.test(t) && /^(?:explain|describe|define|list|name|outline|compare)\b/i.test(t);
}

/** The question and its answers: the top-level bullets (or first paragraph) up to the next heading. */
export function questionFromSection(
  heading: HeadingBlock,
  following: readonly Block[],
  context: readonly string[],
  path: string,
): AuthorQuestion | undefined {
  const answers: string[] = [];
  let endLine = heading.endLine;
  for (const block of following) {
    if (block.type === 'heading') break;
    if (block.type === 'list') {
      for (const item of block.items) answers.push(trimEndPunctuation(squash(item.content.text)));
      endLine = block.endLine;
    } else if (block.type === 'paragraph' && answers.length === 0) {
      answers.push(trimEndPunctuation(squash(block.content.text)));
      endLine = block.endLine;
    }
  }
  const clean = answers.filter((a) => a.length > 0);
  if (clean.length === 0) return undefined;
  return {
    // "4. What is the fifth definition?": the heading's own numbering is not part of the question.
    question: squash(heading.content.text).replace(
      /^(?:\d+[.)]|[IVX]+\.|(?:Q|Question|Step|Part)\s*\d+[.:)]?)\s+(?=\p{Lu})/iu,
      '',
    ),
    answers: clean,
    context,
    source: { path, line: heading.line, endLine },
  };
}
