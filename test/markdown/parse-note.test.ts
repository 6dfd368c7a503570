import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/markdown/index.js';
import { noteTitle } from '../../src/markdown/title.js';
import { blocksOf, parseFixture } from './helpers.js';

describe('parseNote on a student history note', () => {
  const note = parseFixture('soviet-leaders.md');

  it('takes the title from the leading H1, without its tags', () => {
    expect(note.title).toBe('The Power Struggle');
  });

  it('merges frontmatter tags and inline tags without # and without duplicates', () => {
    expect(note.tags).toEqual(['history', 'ussr', 'y12']);
    expect(note.frontmatter.aliases).toEqual(['Power struggle']);
  });

  it('numbers lines from the top of the file, frontmatter included', () => {
    expect(note.blocks.map((block) => [block.type, block.line, block.endLine])).toEqual([
      ['heading', 6, 6],
      ['heading', 7, 7],
      ['list', 8, 13],
      ['list', 14, 14],
      ['heading', 16, 16],
      ['list', 17, 18],
      ['callout', 20, 24],
      ['paragraph', 26, 26],
    ]);
  });

  it('nests tab-indented bullets under their parent', () => {
    const [list] = blocksOf(note, 'list');
    const opponent = list?.items[0];
    expect(opponent?.content.text).toBe("Joseph Stalin's main opponent");
    expect(opponent?.children.map((child) => child.content.text)).toEqual([
      'Created the Theory of Permanent Revolution',
      'He was ideologically marxist',
    ]);
    expect(opponent?.children[1]?.children[0]).toMatchObject({ line: 12, raw: 'Lenin and Stalin were not' });
  });

  it('splits the callout into its title and one paragraph per source paragraph', () => {
    const [callout] = blocksOf(note, 'callout');
    expect(callout?.calloutType).toBe('example');
    expect(callout?.title.text).toBe('Activity: For and Against');
    expect(callout?.blocks.map((block) => [block.type, block.line, block.endLine])).toEqual([
      ['paragraph', 21, 22],
      ['paragraph', 24, 24],
    ]);
  });

  it('keeps Q::A source text intact in raw', () => {
    const paragraph = blocksOf(note, 'paragraph').at(-1);
    expect(paragraph?.raw).toBe('Recall::Answer with `code` and "quoted term"');
    expect(paragraph?.content.text).toBe('Recall::Answer with code and "quoted term"');
  });
});

describe('parseNote titles and exclusion', () => {
  it('falls back to the file name when the note does not start with an H1', () => {
    expect(parseNote('History/USSR/lenin.md', 'Some text\n# Late heading').title).toBe('lenin');
  });

  it('uses an H1 that follows frontmatter', () => {
    expect(parseNote('a.md', '---\ntags: x\n---\n# Photosynthesis\ntext').title).toBe('Photosynthesis');
  });

  it('reads several H1s as sections: the file names the note, and the first H1 stays a heading', () => {
    const text = '# Conduction\nHeat moves through solids.\n# Radiation\nInfrared waves carry heat.\n';
    const note = parseNote('physics/Heat transfer.md', text);
    expect(note.title).toBe('Heat transfer');
    expect(note.blocks[0]).toMatchObject({ type: 'heading', level: 1, content: { text: 'Conduction' } });
    // The lists and pages show the same title as the items (one rule, src/markdown/title.ts).
    expect(noteTitle(text, 'physics/Heat transfer.md')).toBe(note.title);
  });

  it("takes the front matter's title over the opening H1, which then stays a heading", () => {
    const text = '---\ntitle: "Cell division"\n---\n# Unit 3\nMitosis makes two identical cells.\n';
    const note = parseNote('bio/unit3.md', text);
    expect(note.title).toBe('Cell division');
    expect(note.blocks[0]).toMatchObject({ type: 'heading', level: 1, content: { text: 'Unit 3' } });
    expect(noteTitle(text, 'bio/unit3.md')).toBe(note.title);
  });

  it('marks a note with recollect: false as excluded', () => {
    expect(parseNote('a.md', '---\nrecollect: false\n---\ntext').frontmatter.excluded).toBe(true);
  });

  it('counts CRLF line endings as one line each', () => {
    const note = parseNote('a.md', '# T\r\n\r\nsecond para\r\n');
    expect(note.blocks[1]).toMatchObject({ type: 'paragraph', line: 3, endLine: 3 });
  });

  it('returns a note with no blocks for empty text', () => {
    expect(parseNote('empty.md', '')).toMatchObject({ title: 'empty', blocks: [], tags: [] });
  });
});
