import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/markdown/index.js';

describe('#tags', () => {
  it('collects tags in order without #, keeping them marked in the text', () => {
    const note = parseNote('t.md', '#revision and #topic/ussr, #revision again');
    expect(note.tags).toEqual(['revision', 'topic/ussr']);
    const block = note.blocks[0];
    expect(block?.type === 'paragraph' && block.content.marks[1]).toEqual({
      kind: 'tag',
      start: 14,
      end: 25,
    });
  });

  it('ignores headings, pure numbers, mid-word hashes and URL fragments', () => {
    const note = parseNote(
      't.md',
      '# Heading\nIssue #123 and C#sharp and https://x.org/#frag and [x](#anchor)',
    );
    expect(note.tags).toEqual([]);
  });

  it('accepts tags that mix digits and letters', () => {
    expect(parseNote('t.md', 'Exam #2024-paper #y12').tags).toEqual(['2024-paper', 'y12']);
  });

  it('takes tags that end a paragraph or a bullet out of its text: they label it, they are not part of it', () => {
    const note = parseNote(
      't.md',
      'The nucleus holds the DNA. #biology #cells\n\n- Ribosomes build proteins #biology',
    );
    expect(note.tags).toEqual(['biology', 'cells']);
    const texts = note.blocks.flatMap((block) =>
      block.type === 'paragraph'
        ? [block.content]
        : block.type === 'list'
          ? block.items.map((i) => i.content)
          : [],
    );
    expect(texts.map((content) => content.text)).toEqual([
      'The nucleus holds the DNA.',
      'Ribosomes build proteins',
    ]);
    expect(texts.flatMap((content) => content.marks)).toEqual([]);
  });
});
