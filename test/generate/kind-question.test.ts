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

  it('gives a participle its "is", and an infinitive "is used"', () => {
    expect(kindQuestion('glacier', 'Valley glacier', 'confined between the walls of a mountain valley')).toBe(
      'Which glacier is confined between the walls of a mountain valley?',
    );
    expect(kindQuestion('glacier', 'Ice sheet', 'to describe ice covering a whole landmass')).toBe(
      'Which glacier is used to describe ice covering a whole landmass?',
    );
  });

  it('says what a noun phrase is, and what a measure refers to', () => {
    expect(kindQuestion('rock type', 'Basalt', 'A dark rock that cooled quickly from lava')).toBe(
      'Which rock type is a dark rock that cooled quickly from lava?',
    );
    expect(
      kindQuestion('measure of a river', 'Discharge', 'volume of water passing a point each second'),
    ).toBe('Which measure of a river refers to the volume of water passing a point each second?');
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
