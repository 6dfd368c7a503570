import { describe, expect, it } from 'vitest';
import { kindQuestion } from '../../src/generate/kind-question.js';

describe('kindQuestion', () => {
  it("takes a verb in -s as the kind's own", () => {
    expect(kindQuestion('enzyme in digestion', 'Amylase', 'Breaks starch down into sugars')).toBe(
      'Which enzyme in digestion breaks starch down into sugars?',
    );
  });

  it('puts a verb written for the plural, with its object, in the singular', () => {
    expect(kindQuestion('type of cloud', 'Nimbus', 'carry the rain that falls in long steady spells')).toBe(
      'Which type of cloud carries the rain that falls in long steady spells?',
    );
  });

  it('gives a participle its "is", and makes no question of an infinitive (a purpose)', () => {
    expect(kindQuestion('glacier', 'Valley glacier', 'confined between the walls of a mountain valley')).toBe(
      'Which glacier is confined between the walls of a mountain valley?',
    );
    expect(kindQuestion('glacier', 'Ice sheet', 'to describe ice covering a whole landmass')).toBeUndefined();
  });

  it('says what a noun phrase is, and which one thing a noun of one names', () => {
    expect(kindQuestion('rock type', 'Basalt', 'A dark rock that cooled quickly from lava')).toBe(
      'Which rock type is a dark rock that cooled quickly from lava?',
    );
    expect(
      kindQuestion('measure of a river', 'Discharge', 'volume of water passing a point each second'),
    ).toBe('Which measure of a river is the volume of water passing a point each second?');
  });

  it('asks a habit written to "you" as "is it when you …"', () => {
    expect(kindQuestion('study habit', 'Cramming', 'You leave all revision to the night before')).toBe(
      'Which study habit is it when you leave all revision to the night before?',
    );
  });

  it('makes no question of a sentence, a comparison, an example list or the kind itself', () => {
    expect(kindQuestion('type of cloud', 'Cirrus', 'the sky looks streaked when these form')).toBeUndefined();
    expect(kindQuestion('type of cloud', 'Stratus', 'more or less the opposite of cumulus')).toBeUndefined();
    expect(
      kindQuestion('disease', 'Infectious', 'spread by germs (e.g. flu, measles) and are catching'),
    ).toBeUndefined();
    expect(kindQuestion('glacier', 'Glaciers', 'slow rivers of ice that shape valleys')).toBeUndefined();
    expect(kindQuestion('glacier', 'Cirque', 'small')).toBeUndefined();
    // "impacts", "facilitates": verbs of academic prose make a sentence too.
    expect(
      kindQuestion('farming risk', 'Soil loss', 'the removal of hedgerows impacts crop yields'),
    ).toBeUndefined();
  });
});

describe('kindQuestion reads a capitalised first word as a verb only before its object', () => {
  it('reads "Stops the growth" as a verb, and makes no question of "Rules of …" (a noun, or a verb?)', () => {
    expect(kindQuestion('hormone in plants', 'Ethylene', 'Stops the growth of a shoot')).toBe(
      'Which hormone in plants stops the growth of a shoot?',
    );
    expect(kindQuestion('document', 'Brief', 'Rules of pleading in a higher court')).toBeUndefined();
  });
});

describe('kindQuestion after the review', () => {
  it('asks an adjective with "is", a noun of one thing with "is the", and keeps a people\'s capital', () => {
    expect(kindQuestion('hormone', 'Oxytocin', 'responsible for the milk reflex')).toBe(
      'Which hormone is responsible for the milk reflex?',
    );
    expect(kindQuestion('organelle', 'Nucleolus', 'site of ribosome assembly')).toBe(
      'Which organelle is the site of ribosome assembly?',
    );
    expect(kindQuestion('legal term', 'Estoppel', 'French word for a stopper in law')).toBe(
      'Which legal term refers to French word for a stopper in law?',
    );
  });

  it('makes no question of a second plural verb, a purpose, "had to be" or a sentence behind "a"', () => {
    expect(kindQuestion('organelle', 'Vacuole', 'store sap and keep the cell firm')).toBeUndefined();
    expect(kindQuestion('right', 'Suffrage', 'to vote in elections from eighteen')).toBeUndefined();
    expect(kindQuestion('writ', 'Warrant', 'had to be signed by a magistrate')).toBeUndefined();
    expect(
      kindQuestion('type of bond', 'Ionic', 'a metal atom gives electrons to another atom'),
    ).toBeUndefined();
  });
});
