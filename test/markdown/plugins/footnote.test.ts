import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/markdown/index.js';
import { itemsOf } from '../../generate/helpers.js';

const NOTE = [
  '# Tudors',
  '',
  '- Henry VIII broke with Rome[^1] in 1534.',
  '- The monasteries were dissolved between 1536 and 1541.[^later]',
  '',
  '[^1]: See Elton, chapter 4, for the debate.',
  '[^later]: Dates differ between historians.',
  '',
  'Elizabeth I became queen in 1558.',
].join('\n');

describe('footnotes ([^1] and [^1]: …)', () => {
  it('take the marker out of the sentence and leave the notes out of the blocks', () => {
    const note = parseNote('tudors.md', NOTE);
    const texts = note.blocks.flatMap((b) =>
      b.type === 'list' ? b.items.map((i) => i.content.text) : b.type === 'paragraph' ? [b.content.text] : [],
    );
    expect(texts).toEqual([
      'Henry VIII broke with Rome in 1534.',
      'The monasteries were dissolved between 1536 and 1541.',
      'Elizabeth I became queen in 1558.',
    ]);
  });

  it('never reach an item', () => {
    const items = itemsOf(NOTE);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(`${item.prompt} ${item.answer}`).not.toMatch(/\[\^|Elton|historians/);
    }
  });

  it('leave the author\'s own cards too ("Capital of France:: Paris[^1]")', () => {
    const items = itemsOf('# Capitals\n\nCapital of France:: Paris[^1]\n\n[^1]: Since the 10th century.\n');
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([['Capital of France', 'Paris']]);
  });

  it('leave a paragraph of unclosed markers one paragraph (its scaling is in test/reliability/scaling.test.ts)', () => {
    const note = parseNote('many.md', `[^x]: a note\n\nThe marker ${'[^x'.repeat(20_000)} ends here.`);
    expect(note.blocks).toHaveLength(1);
  });
});
