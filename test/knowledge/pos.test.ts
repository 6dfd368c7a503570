import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hasAgreementSlip,
  hasMainVerb,
  isStatement,
  slipInTokens,
  spanHasNoun,
  startsWithVerb,
  tag,
} from '../../src/knowledge/pos.js';

describe('tag', () => {
  it('gives each word its part of speech and its offset in the sentence', () => {
    const tokens = tag('The river flooded the town.');
    expect(tokens.map((t) => t.text)).toEqual(['The', 'river', 'flooded', 'the', 'town', '.']);
    expect(tokens[0]?.pos).toBe('DET');
    expect(tokens[1]?.pos).toBe('NOUN');
    expect(tokens[2]?.pos).toBe('VERB');
    expect(tokens[1]?.start).toBe(4);
    expect(tokens[1]?.end).toBe(9);
  });
});

describe('startsWithVerb', () => {
  it('is true when the subject was left out of the sentence', () => {
    expect(startsWithVerb('Provides a full defence to any charge of trespass.')).toBe(true);
    expect(startsWithVerb('Passed a law against the import of grain.')).toBe(true);
  });

  it('is false for a sentence with its subject, a gerund subject or a name', () => {
    expect(startsWithVerb('The council provides a full defence to the charge.')).toBe(false);
    expect(startsWithVerb('Grazing keeps the meadow open.')).toBe(false);
    expect(startsWithVerb('Reform Act widened the vote in 1832.')).toBe(false);
  });
});

describe('spanHasNoun', () => {
  const sentence = 'Warm air is pushed up the slope by the wind.';
  it('is true for a blank that holds a noun or a name', () => {
    const at = sentence.indexOf('the wind');
    expect(spanHasNoun(sentence, at, at + 'the wind'.length)).toBe(true);
  });

  it('is false for a blank of one verb or one adjective', () => {
    const verb = sentence.indexOf('pushed');
    expect(spanHasNoun(sentence, verb, verb + 'pushed'.length)).toBe(false);
    const lake = 'The lake water is warm near the shore.';
    const adjective = lake.indexOf('warm');
    expect(spanHasNoun(lake, adjective, adjective + 'warm'.length)).toBe(false);
  });
});

describe('isStatement', () => {
  it('tells a statement with its own verb from a description', () => {
    expect(isStatement('a treaty can end the war')).toBe(true);
    expect(isStatement('the court is bound by its earlier decision')).toBe(true);
    expect(isStatement('governments collect taxes from citizens')).toBe(true);
    expect(isStatement('the state decides who may vote')).toBe(true);
    expect(isStatement('a tax on goods that enter a country')).toBe(false);
    expect(isStatement('an agreement between two or more states')).toBe(false);
    expect(isStatement('when prices rise across the whole economy')).toBe(false);
  });
});

describe('hasMainVerb', () => {
  it('reads past prepositions to a finite verb of the text itself', () => {
    expect(hasMainVerb('a letter of demand asserts a debt owed under the lease')).toBe(true);
    expect(hasMainVerb('money is lodged with the court as security for costs')).toBe(true);
    expect(hasMainVerb('a duty in negligence and arises from the relationship')).toBe(true);
  });

  it('leaves relative clauses, contact clauses, infinitives and misread nouns alone', () => {
    expect(hasMainVerb('a tax on goods that enter a country')).toBe(false);
    expect(hasMainVerb('the layers into which a rock is split')).toBe(false);
    expect(hasMainVerb('the methods a firm uses to reach its buyers')).toBe(false);
    expect(hasMainVerb('the number of pupils you can seat in one room')).toBe(false);
    expect(hasMainVerb('a payment made to ensure that the work is finished')).toBe(false);
    expect(hasMainVerb('when the price of a good rises')).toBe(false);
    expect(hasMainVerb('an agreement between two or more states')).toBe(false);
    // "will" as a noun, and a plural noun at the end read as a verb.
    expect(hasMainVerb('the general will of the people')).toBe(false);
    expect(hasMainVerb('property left to an heir by will')).toBe(false);
    expect(hasMainVerb('the study of Greek plays')).toBe(false);
  });
});

describe('hasAgreementSlip', () => {
  it('finds a plural subject with a singular verb', () => {
    expect(hasAgreementSlip('Capillaries carries oxygen to the tissues.')).toBe(true);
    expect(hasAgreementSlip('The glands often releases hormones into the blood.')).toBe(true);
    expect(hasAgreementSlip('The new laws was passed in 1832.')).toBe(true);
    // An adverb between them, and no other word in -s after a word in -s.
    expect(hasAgreementSlip('The glands quickly releases insulin.')).toBe(true);
    // "isn't": the tagger reads "is" and "n't".
    expect(hasAgreementSlip("The new taxes isn't popular.")).toBe(
      slipInTokens(tag("The new taxes isn't popular.")),
    );
    expect(hasAgreementSlip('The reforms hasn’t worked.')).toBe(
      slipInTokens(tag('The reforms hasn’t worked.')),
    );
  });

  it('leaves agreeing subjects, nouns after a preposition and singular nouns in -s alone', () => {
    expect(hasAgreementSlip('Veins carry blood back to the heart.')).toBe(false);
    expect(hasAgreementSlip('A subset of its columns is a key.')).toBe(false);
    expect(hasAgreementSlip('Trade between nations brings growth.')).toBe(false);
    expect(hasAgreementSlip('Physics explains the motion of planets.')).toBe(false);
    expect(hasAgreementSlip('The class has thirty pupils.')).toBe(false);
    // Names and singular nouns that end in -s.
    for (const sentence of [
      'Athens was a city state.',
      'Keynes argues for public spending.',
      'Mars has two small moons.',
      'The pancreas produces insulin.',
      'Confirmation bias leads to errors.',
      'Mumps is a viral disease.',
    ])
      expect(hasAgreementSlip(sentence), sentence).toBe(false);
  });

  it('looks at the tags only where the words could hold a slip, and loses none by it', () => {
    // Words that make slips and near-slips: plurals, nouns in -ss, verbs in -s, adverbs, punctuation between.
    const word = fc.constantFrom(
      'Arteries',
      'arteries',
      'glands',
      'the',
      'new',
      'laws',
      'was',
      'is',
      'has',
      'often',
      'carries',
      'takes',
      'class',
      'grass',
      'Keynes',
      'pupils',
      'carry',
      'blood',
      'of',
      'in',
      ',',
      '—',
      '-',
      '(',
      ')',
      "'",
      '’s',
      'it',
      'co-operates',
      'has-been',
      'cats/veins',
      'U.S.',
      '1832',
      'releases',
      'quickly',
      'GASES',
      'IS',
    );
    const glue = fc.constantFrom(' ', ' ', ' ', '', '  ', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, glue), { minLength: 1, maxLength: 9 }), (parts) => {
        const sentence = parts.map(([w, g]) => w + g).join('');
        expect(hasAgreementSlip(sentence)).toBe(slipInTokens(tag(sentence)));
      }),
      { numRuns: 1500 },
    );
  });
});
