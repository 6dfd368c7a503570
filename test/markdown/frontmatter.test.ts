import { describe, expect, it } from 'vitest';
import { aliasList, readFrontmatter, tagList } from '../../src/markdown/frontmatter.js';
import { parseNote } from '../../src/markdown/index.js';

describe('frontmatter', () => {
  it('reads tags as a list or a space/comma string, without #', () => {
    expect(tagList(['a', '#b'])).toEqual(['a', 'b']);
    // A list entry is one tag, spaces and all (exports write it as exam_prep); a string is split.
    expect(tagList(['exam prep', '#biology'])).toEqual(['exam prep', 'biology']);
    expect(tagList('#history, ussr exam')).toEqual(['history', 'ussr', 'exam']);
    expect(tagList(undefined)).toEqual([]);
  });

  it('keeps list aliases whole and splits a string alias on commas', () => {
    expect(aliasList(['Smith, John', 'JS'])).toEqual(['Smith, John', 'JS']);
    expect(aliasList('Koba, Stalin')).toEqual(['Koba', 'Stalin']);
  });

  it('spans the lines up to the closing --- and keeps other keys as data', () => {
    const split = readFrontmatter(['---', 'tags: a', 'subject: History', '---', 'body']);
    expect(split.lineCount).toBe(4);
    expect(split.frontmatter).toEqual({
      tags: ['a'],
      aliases: [],
      excluded: false,
      data: { tags: 'a', subject: 'History' },
    });
  });

  it('treats broken YAML as no data but still skips its lines', () => {
    const note = parseNote('b.md', '---\ntags: [unclosed\n: : :\n---\nBody line');
    expect(note.frontmatter).toEqual({ tags: [], aliases: [], excluded: false, data: {} });
    expect(note.blocks).toMatchObject([{ type: 'paragraph', content: { text: 'Body line' }, line: 5 }]);
  });

  it('ignores a --- that is never closed (it is a rule, not frontmatter)', () => {
    const note = parseNote('c.md', '---\ntags: a\n');
    expect(note.frontmatter.tags).toEqual([]);
  });
});
