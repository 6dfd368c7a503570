import { describe, expect, it } from 'vitest';
import { ankiSides } from '../../src/export/card-content.js';
import { stripHtml } from '../../src/export/text.js';
import { item } from './helpers.js';

// Anki 2.1.16's cloze regex (anki/template/template.py, clozeReg with its `%s` for the card number as \d+).
const ANKI_CLOZE = /\{\{c(\d+)::(.*?)(::(.*?))?\}\}/gs;

/** What Anki shows as the hidden text of each deletion, and the text around the deletions. */
function readCloze(text: string): { deletions: string[]; rest: string } {
  const deletions = [...text.matchAll(ANKI_CLOZE)].map((m) => stripHtml(m[2] ?? '').replace(/\u200b/g, ''));
  return { deletions, rest: stripHtml(text.replace(ANKI_CLOZE, '[…]')) };
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
    expect(readCloze(sides.front)).toEqual({ deletions: [answer], rest: 'The answer is […] here.' });
  });
});
