import { describe, expect, it } from 'vitest';
import { isQuestionHeading, questionFromSection } from '../../src/knowledge/questions.js';
import type { Block, HeadingBlock, ListBlock, ListItem } from '../../src/markdown/tree.js';
import { paragraph, rich } from './helpers.js';

function heading(text: string, line: number): HeadingBlock {
  return { type: 'heading', level: 2, content: rich(text), line, endLine: line };
}

function item(text: string, line: number, children: readonly ListItem[] = []): ListItem {
  return { content: rich(text), raw: text, line, endLine: line, ordered: false, children };
}

function list(items: readonly ListItem[]): ListBlock {
  const line = items[0]?.line ?? 1;
  const endLine = items[items.length - 1]?.endLine ?? line;
  return { type: 'list', ordered: false, items, line, endLine };
}

describe('isQuestionHeading', () => {
  it('is true for a heading that asks what, why or how', () => {
    expect(isQuestionHeading('What caused the Great Depression?')).toBe(true);
    expect(isQuestionHeading('Why did the Roman Republic fall?')).toBe(true);
    expect(isQuestionHeading('How do vaccines work?')).toBe(true);
  });

  it('is true for an instruction heading without a question mark', () => {
    expect(isQuestionHeading('Explain the causes of inflation')).toBe(true);
    expect(isQuestionHeading('Compare mitosis and meiosis')).toBe(true);
  });

  it('is false for a yes/no question', () => {
    expect(isQuestionHeading('Is DNA a protein?')).toBe(false);
    expect(isQuestionHeading('Did rationing work?')).toBe(false);
  });

  it('is false for a topic heading and for a question word without a question mark', () => {
    expect(isQuestionHeading('Causes of the First World War')).toBe(false);
    expect(isQuestionHeading('What to revise this week')).toBe(false);
  });
});

describe('questionFromSection', () => {
  const question = heading('Why did the Weimar Republic struggle?', 3);

  it('answers with the top-level bullets up to the next heading, without final full stops', () => {
    const following: Block[] = [
      list([
        item('Hyperinflation in 1923.', 4, [item('prices doubled every few days', 5)]),
        item('The Great Depression', 6),
      ]),
      heading('Nazi rise', 7),
      list([item('Not an answer', 8)]),
    ];
    expect(questionFromSection(question, following, ['Germany'], 'weimar.md')).toEqual({
      question: 'Why did the Weimar Republic struggle?',
      answers: ['Hyperinflation in 1923', 'The Great Depression'],
      context: ['Germany'],
      source: { path: 'weimar.md', line: 3, endLine: 6 },
    });
  });

  it('answers with the first paragraph when there are no bullets', () => {
    const following: Block[] = [
      paragraph(rich('Because reparations drained the economy.'), 4),
      paragraph(rich('A second paragraph is not part of the answer.'), 6),
    ];
    expect(questionFromSection(question, following, [], 'weimar.md')?.answers).toEqual([
      'Because reparations drained the economy',
    ]);
  });

  it('gives no question when the section is empty', () => {
    expect(questionFromSection(question, [heading('Next', 4)], [], 'weimar.md')).toBeUndefined();
  });
});
