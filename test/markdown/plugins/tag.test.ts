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
});
