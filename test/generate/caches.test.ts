/**
 * The caches of the per-note pass (issue 12, cold index) give what the uncached code gives: each is checked against
 * the expression or computation it replaces, on inputs written for this test, asked more than once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasWholeWord, namesAnswerPartly } from '../../src/generate/gates/context-leak.js';
import { findEntities, sentenceInitial } from '../../src/knowledge/entities.js';
import { normalise, normaliseUncached } from '../../src/knowledge/text.js';

/** The comparison form as it was computed before the ASCII shortcut, for every text. */
const slowNormalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('normalise: the ASCII shortcut and the memo', () => {
  const texts = [
    'The Treaty of Versailles (1919) -- signed!',
    '  __Photosynthesis__:  light -> sugar  ',
    'Zoë Brontë’s café, Ångström units',
    'ÉCOLE Normale; naïve résumé',
    'x²+y² = r² ½ Ⅻ',
    'Tab\tand\nnewline\r\n',
    '',
    '---',
    'Ünïcödé 123 ABC def',
    'İstanbul ﬁnance',
  ];
  it('gives what the full Unicode path gives, first asked and asked again', () => {
    for (let round = 0; round < 2; round++)
      for (const t of texts) {
        expect(normalise(t)).toBe(slowNormalise(t));
        expect(normaliseUncached(t)).toBe(slowNormalise(t));
      }
    expect(normalise('The Treaty of Versailles (1919) -- signed!')).toBe(
      'the treaty of versailles 1919 signed',
    );
    expect(normalise('Zoë Brontë’s café, Ångström units')).toBe('zoe bronte s cafe angstrom units');
  });

  it('agrees with the full path on any ASCII and any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary-ascii', maxLength: 80 }),
        (t) => normaliseUncached(t) === slowNormalise(t),
      ),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        (t) => normaliseUncached(t) === slowNormalise(t),
      ),
      { numRuns: 2000 },
    );
  });
});

const uncachedWholeWord = (name: string) => new RegExp(`(?:^|[^\\p{L}])${name}(?:[^\\p{L}]|$)`, 'u');

describe('gate 11: a name found as a whole word without an expression per name', () => {
  const parts = [
    'Pemberton v Orchard (1911)',
    'Orchards of the valley',
    'The Orchard',
    'orchard lease',
    'Ésa Orchardé',
    'Orchard',
    '',
    'Lindqvist’s appeal',
    'Lindqvistian reading',
    'ÉOrchard',
    '𝐀Orchard and Orchard𝐀',
    '\uDC00Orchard',
    'OrchardOrchard Orchard',
  ];
  it('finds a name exactly where the whole-word expression does', () => {
    for (const name of ['Orchard', 'Lindqvist', 'Pemberton', 'Valley']) {
      for (const part of parts) expect(hasWholeWord(part, name)).toBe(uncachedWholeWord(name).test(part));
    }
    expect(hasWholeWord('Pemberton v Orchard (1911)', 'Orchard')).toBe(true);
    expect(hasWholeWord('Orchards of the valley', 'Orchard')).toBe(false);
    expect(hasWholeWord('Lindqvist’s appeal', 'Lindqvist')).toBe(true);
    // A letter outside the first plane (two UTF-16 units) is a letter on either side.
    expect(hasWholeWord('𝐀Orchard', 'Orchard')).toBe(false);
    expect(hasWholeWord('OrchardOrchard Orchard', 'Orchard')).toBe(true);
  });

  it('agrees with the expression on any text and any name of letters', () => {
    const unit = fc.constantFrom(
      'a',
      'Z',
      'é',
      'É',
      ' ',
      '(',
      '’',
      '1',
      '𝐀',
      '\uD835',
      '\uDC00',
      'Or',
      'chard',
      'Orchard',
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 12 }),
        fc.constantFrom('Orchard', 'Or', 'Éa', 'Zaa'),
        (units, name) => {
          const text = units.join('');
          expect(hasWholeWord(text, name)).toBe(uncachedWholeWord(name).test(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives the same answers on the second asking as on the first', () => {
    const asks: [string[], string, boolean][] = [
      [['Land law', 'Pemberton v Orchard (1911)'], 'Mr Orchard', true],
      [['Land law', 'Easements'], 'Mr Orchard', false],
      [['Who appealed in Lindqvist’s case?'], 'Greta Lindqvist', true],
      [['Poets', 'Romantic era'], 'Dorothy Wordsworth', false],
      [['The Court of Appeal'], 'Supreme Court', false],
      [['The Court of Appeal'], 'Appeal Court', true],
    ];
    for (let round = 0; round < 2; round++)
      for (const [context, answer, expected] of asks)
        expect(namesAnswerPartly(context, answer)).toBe(expected);
  });
});

describe('findEntities: sentence starts found by walking back', () => {
  const sliced = (text: string, start: number) => {
    const before = text.slice(0, start).trimEnd();
    return before === '' || /[.!?:;]$/.test(before) || /[-–—]$/.test(before);
  };
  it('agrees with slicing and trimming the text before the word', () => {
    const text = 'Kepler wrote. Then Brahe died —  Tycho kept\u00a0records; Mars: orbit\n\tEllipse -Hooke';
    for (let start = 0; start <= text.length; start++)
      expect(sentenceInitial(text, start)).toBe(sliced(text, start));
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'B', ' ', '\t', '\n', '\u00a0', '.', ';', '—', '-', '?', ','),
          maxLength: 30,
        }),
        fc.nat(30),
        (t, n) => sentenceInitial(t, Math.min(n, t.length)) === sliced(t, Math.min(n, t.length)),
      ),
      { numRuns: 3000 },
    );
  });

  it('still finds the names of a sentence', () => {
    const found = findEntities(
      'The war ended. Then Marie Curie won twice; NASA was later. Science moved on.',
    );
    expect(found.map((e) => [e.text, e.kind])).toEqual([
      ['Marie Curie', 'name'],
      ['NASA', 'acronym'],
    ]);
  });
});
