import { describe, expect, it } from 'vitest';
import {
  containsWords,
  escapeRegExp,
  isBalanced,
  normalise,
  splitSentences,
  stripOutlineLabel,
  trimEndPunctuation,
} from '../../src/knowledge/text.js';

describe('normalise', () => {
  it('lower-cases and turns punctuation runs into single spaces', () => {
    expect(normalise("Lenin's  NEP (1921)!")).toBe('lenin s nep 1921');
  });

  it('removes accents', () => {
    expect(normalise('Café Müller')).toBe('cafe muller');
  });

  it('gives an empty string for punctuation only', () => {
    expect(normalise(' -- !? ')).toBe('');
  });
});

describe('splitSentences', () => {
  it('splits at a full stop followed by a capital', () => {
    expect(splitSentences('Mitosis makes two cells. Meiosis makes four.')).toEqual([
      'Mitosis makes two cells.',
      'Meiosis makes four.',
    ]);
  });

  it('keeps "e.g." and "Dr." inside their sentence', () => {
    expect(splitSentences('Leaders changed, e.g. Lenin died. Dr. Jenner tested a vaccine.')).toEqual([
      'Leaders changed, e.g. Lenin died.',
      'Dr. Jenner tested a vaccine.',
    ]);
  });

  it('does not split inside a decimal number', () => {
    expect(splitSentences('GDP grew 2.5 percent. Unemployment fell.')).toEqual([
      'GDP grew 2.5 percent.',
      'Unemployment fell.',
    ]);
  });

  it('splits after a question mark before a year', () => {
    expect(splitSentences('Why? 1929 was the crash.')).toEqual(['Why?', '1929 was the crash.']);
  });

  it('does not split before a lower-case word', () => {
    expect(splitSentences('The loop ends. then it returns')).toEqual(['The loop ends. then it returns']);
  });
});

describe('isBalanced', () => {
  it('accepts matched brackets and quotes', () => {
    expect(isBalanced('(a [b]) and "c"')).toBe(true);
    expect(isBalanced('“quoted”')).toBe(true);
  });

  it('rejects a single quote opened and never closed, but not apostrophes', () => {
    expect(isBalanced('Lawful means ‘allowed’ or ‘not forbidden.')).toBe(false);
    expect(isBalanced("Duress is defined as 'pressure that overbears the will.")).toBe(false);
    expect(isBalanced('Lawful means ‘allowed’ here.')).toBe(true);
    expect(isBalanced("Duress is 'pressure' on the will.")).toBe(true);
    expect(isBalanced('The workers’ union didn’t strike.')).toBe(true);
    expect(isBalanced("The tenants' rights and the owner's duty.")).toBe(true);
    expect(isBalanced("Keep going 'round the loop.")).toBe(true);
  });

  it('rejects a quotation closed after its full stop whose opening quote was cut off', () => {
    expect(isBalanced('A motion that ends the case before a hearing.’')).toBe(false);
    expect(isBalanced('Which term means: a motion that ends the case before a hearing.’?')).toBe(false);
    expect(isBalanced("A motion that ends the case before a hearing.' Then costs.")).toBe(false);
    expect(isBalanced('The court called it ‘a motion that ends the case.’')).toBe(true);
    expect(isBalanced("The court called it 'a motion that ends the case.'")).toBe(true);
    expect(isBalanced('The judges’ motion ends the case.')).toBe(true);
    // Apostrophes after abbreviations and quotations whose opening quote is not before a letter stay.
    expect(isBalanced('The East India Co.’s charter was renewed.')).toBe(true);
    expect(isBalanced('The U.S.’ entry into the war came late.')).toBe(true);
    expect(isBalanced("The Bros.' first film flopped.")).toBe(true);
    expect(isBalanced('Yahoo!’s shares fell.')).toBe(true);
    expect(isBalanced("The court held that '[t]he duty is owed to all road users.'")).toBe(true);
    expect(isBalanced("Polk ran on '54-40 or fight!' in 1844.")).toBe(true);
    expect(isBalanced("He promised—'peace for our time.'")).toBe(true);
  });

  it('rejects an open bracket or an odd number of double quotes', () => {
    expect(isBalanced('f(x')).toBe(false);
    expect(isBalanced('a] b')).toBe(false);
    expect(isBalanced('He said "yes')).toBe(false);
    expect(isBalanced('“open')).toBe(false);
  });
});

describe('containsWords', () => {
  it('finds a phrase as whole words, ignoring case and punctuation', () => {
    expect(containsWords('The Treaty of Versailles', 'treaty of')).toBe(true);
    expect(containsWords("Lenin's NEP", 'lenin')).toBe(true);
  });

  it('does not match part of a word', () => {
    expect(containsWords('Versailles', 'Versa')).toBe(false);
  });

  it('is false for a needle with no words', () => {
    expect(containsWords('anything', '!!')).toBe(false);
  });
});

describe('stripOutlineLabel', () => {
  it('drops the letter that numbers a line of an outline', () => {
    expect(stripOutlineLabel('C. After the storm began')).toBe('After the storm began');
    expect(stripOutlineLabel('(b) The tenant must be told')).toBe('The tenant must be told');
    expect(stripOutlineLabel('d) Prices rise')).toBe('Prices rise');
  });

  it('keeps initials, words and a letter that is the subject', () => {
    expect(stripOutlineLabel('J. K. Rowling wrote seven books')).toBe('J. K. Rowling wrote seven books');
    expect(stripOutlineLabel('A Roman road ran north')).toBe('A Roman road ran north');
    expect(stripOutlineLabel('B. 12 ships sailed')).toBe('B. 12 ships sailed');
    expect(stripOutlineLabel('A. Lincoln issued the proclamation')).toBe(
      'A. Lincoln issued the proclamation',
    );
    expect(stripOutlineLabel('E. Coli lives in the gut')).toBe('E. Coli lives in the gut');
  });
});

describe('trimEndPunctuation', () => {
  it('removes the punctuation that ends a statement', () => {
    expect(trimEndPunctuation('Rome fell in 476 AD. ')).toBe('Rome fell in 476 AD');
    expect(trimEndPunctuation('The causes were:')).toBe('The causes were');
  });

  it('keeps the full stop that ends an initialism ("B.C.", "U.S.")', () => {
    expect(trimEndPunctuation('Sparta won in 404 B.C.')).toBe('Sparta won in 404 B.C.');
    expect(trimEndPunctuation('The treaty was signed by the U.S.;')).toBe(
      'The treaty was signed by the U.S.',
    );
    expect(trimEndPunctuation('Trade grew in the U.S')).toBe('Trade grew in the U.S');
  });
});

describe('escapeRegExp', () => {
  it('makes an expression that matches the text literally', () => {
    const text = 'C++ (1985) costs $3.50 [v2] a|b ^x? {y} \\n*';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
  });
});
