import { describe, expect, it } from 'vitest';
import { ankiSides } from '../../src/export/card-content.js';
import { stripHtml } from '../../src/export/text.js';
import { item } from './helpers.js';

// Anki 2.1.16's cloze regex (anki/template/template.py, clozeReg with its `%s` for the card number as \d+).
const ANKI_CLOZE = /\{\{c(\d+)::(.*?)(::(.*?))?\}\}/gs;

/** What Anki shows as the hidden text of each deletion, and the text around the deletions. */
function readCloze(text: string): { deletions: string[]; hints: string[]; rest: string } {
  const matches = [...text.matchAll(ANKI_CLOZE)];
  const deletions = matches.map((m) => stripHtml(m[2] ?? '').replace(/\u200b/g, ''));
  const hints = matches.flatMap((m) => (m[4] === undefined ? [] : [stripHtml(m[4])]));
  return { deletions, hints, rest: stripHtml(text.replace(ANKI_CLOZE, '[…]')) };
}

describe('cloze answers Anki reads back exactly', () => {
  it.each([
    ['a set written with braces', '{x}'],
    ['an answer ending in a brace', 'f(x) = {1, 2}'],
    ['a template-like answer', '{{x}}'],
    ['a lone closing brace', '}'],
    ['double colons', 'std::vector'],
    ['a closing pair inside', 'a}}b'],
  ])('keeps %s as one deletion', (_, answer) => {
    const sides = ankiSides(item('c-1', 'cloze', 'The answer is ___ here.', answer));
    expect(sides.model).toBe('cloze');
    expect(readCloze(sides.front)).toEqual({
      deletions: [answer],
      hints: [],
      rest: 'The answer is […] here.',
    });
  });

  it("turns the hint written after a blank into Anki's own cloze hint, shown in the blank's place", () => {
    const sides = ankiSides(
      item('c-2', 'cloze', 'Congress passed the ___ (2 words: M, P) in 1948.', 'Marshall Plan'),
    );
    expect(readCloze(sides.front)).toEqual({
      deletions: ['Marshall Plan'],
      hints: ['2 words: M, P'],
      rest: 'Congress passed the […] in 1948.',
    });
    // Behind a quoted blank, the quote mark stays where it was.
    const quoted = ankiSides(
      item('c-3', 'cloze', "Stalin called it '___' (first letter: d) at once.", 'dollar'),
    );
    expect(readCloze(quoted.front)).toEqual({
      deletions: ['dollar'],
      hints: ['first letter: d'],
      rest: "Stalin called it '[…]' at once.",
    });
    // An answer ending in a colon stays whole before the hint's own "::".
    const colon = ankiSides(
      item('c-5', 'cloze', 'The ___ (first letter: P) sets out its aims.', 'Preamble:'),
    );
    expect(readCloze(colon.front)).toEqual({
      deletions: ['Preamble:'],
      hints: ['first letter: P'],
      rest: 'The […] sets out its aims.',
    });
    // Brackets the note wrote after a blank are not a hint.
    const written = ankiSides(item('c-4', 'cloze', 'The ___ (see above) was signed.', 'treaty'));
    expect(readCloze(written.front)).toEqual({
      deletions: ['treaty'],
      hints: [],
      rest: 'The […] (see above) was signed.',
    });
  });
});

describe('one card per item kind that reads well in Anki', () => {
  it('asks a reversed item both ways with the definition and the term, never the question as an answer', () => {
    for (const prompt of [
      'Which term means: landform at a river mouth?',
      'landform at a river mouth →',
      // The term's hint is not part of the definition: the second card shows the definition as the answer.
      'Which term means: landform at a river mouth? (first letter: D)',
    ]) {
      const sides = ankiSides(item('rev-1', 'reverse', prompt, 'Delta'));
      expect(sides).toEqual({ model: 'reversed', front: 'landform at a river mouth', back: 'Delta' });
    }
  });

  it('keeps a reversed item one-way when its prompt is not a plain definition', () => {
    const sides = ankiSides(item('rev-2', 'reverse', 'Name the landform at a river mouth.', 'Delta'));
    expect(sides).toEqual({ model: 'basic', front: 'Name the landform at a river mouth.', back: 'Delta' });
  });

  it('lists the events of an order drill once on the front, and with their dates in order on the back', () => {
    const drill = item(
      'order-2',
      'order',
      'Put in chronological order: NATO was founded; The blockade was lifted; The USSR tested a bomb',
      'The USSR tested a bomb (1949) → NATO was founded (4 April 1949) → The blockade was lifted (May 1949)',
      { choices: ['The USSR tested a bomb', 'NATO was founded', 'The blockade was lifted'] },
    );
    const sides = ankiSides(drill);
    expect(sides.front).toBe(
      'Put in chronological order:<ul><li>NATO was founded</li><li>The blockade was lifted</li>' +
        '<li>The USSR tested a bomb</li></ul>',
    );
    expect(sides.back).toBe(
      '<ol><li>The USSR tested a bomb (1949)</li><li>NATO was founded (4 April 1949)</li>' +
        '<li>The blockade was lifted (May 1949)</li></ol>',
    );
  });

  it('adds the events to an order prompt that does not list them', () => {
    const drill = item(
      'order-1',
      'order',
      'Put in order, from source to sea:',
      'Vienna → Budapest → Belgrade',
      {
        choices: ['Vienna', 'Budapest', 'Belgrade'],
      },
    );
    const { front, back } = ankiSides(drill);
    expect(front.startsWith('Put in order, from source to sea:<ul>')).toBe(true);
    for (const city of ['Vienna', 'Budapest', 'Belgrade']) expect(front.split(city)).toHaveLength(2);
    expect(back).toBe('<ol><li>Vienna</li><li>Budapest</li><li>Belgrade</li></ol>');
  });
});
