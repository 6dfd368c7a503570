import { describe, expect, it } from 'vitest';
import { isKnownVerb, recogniseVerb, repairInfinitive } from '../../src/knowledge/verbs.js';

describe('recogniseVerb', () => {
  it('reads a listed -ed verb as the past of its base with a final e: "Created" → create', () => {
    expect(recogniseVerb('Created')).toEqual({ base: 'create', form: 'past' });
  });

  it('undoubles a doubled final consonant: "stopped" → stop', () => {
    expect(recogniseVerb('stopped')).toEqual({ base: 'stop', form: 'past' });
  });

  it('turns -ied into -y: "carried" → carry', () => {
    expect(recogniseVerb('carried')).toEqual({ base: 'carry', form: 'past' });
  });

  it('reads irregular pasts from the list: "Wrote" → write, "fought" → fight', () => {
    expect(recogniseVerb('Wrote')).toEqual({ base: 'write', form: 'past' });
    expect(recogniseVerb('fought')).toEqual({ base: 'fight', form: 'past' });
    expect(recogniseVerb('was')).toEqual({ base: 'be', form: 'past' });
  });

  it('reads "is", "are" and "has" as present forms of be and have', () => {
    expect(recogniseVerb('is')).toEqual({ base: 'be', form: 'present' });
    expect(recogniseVerb('are')).toEqual({ base: 'be', form: 'present' });
    expect(recogniseVerb('has')).toEqual({ base: 'have', form: 'present' });
  });

  it('reads a listed verb with -s, -es or -ies as present: positions, pushes, studies', () => {
    expect(recogniseVerb('positions')).toEqual({ base: 'position', form: 'present' });
    expect(recogniseVerb('pushes')).toEqual({ base: 'push', form: 'present' });
    expect(recogniseVerb('studies')).toEqual({ base: 'study', form: 'present' });
  });

  it('reads a listed base form as base: "invade", "write"', () => {
    expect(recogniseVerb('invade')).toEqual({ base: 'invade', form: 'base' });
    expect(recogniseVerb('write')).toEqual({ base: 'write', form: 'base' });
  });

  it('guesses the base of an unlisted -ed word by spelling: "sliced" → slice, "fetched" → fetch', () => {
    expect(recogniseVerb('sliced')).toEqual({ base: 'slice', form: 'past' });
    expect(recogniseVerb('fetched')).toEqual({ base: 'fetch', form: 'past' });
  });

  it('gives a one-syllable stem back its e ("tamed" → tame, "dated" → date), not a longer one ("edited" → edit)', () => {
    expect(recogniseVerb('tamed')?.base).toBe('tame');
    expect(recogniseVerb('dated')?.base).toBe('date');
    expect(recogniseVerb('aimed')?.base).toBe('aim');
    expect(recogniseVerb('edited')?.base).toBe('edit');
    expect(recogniseVerb('rained')?.base).toBe('rain');
  });

  it('does not take an unlisted -s noun for a verb: "photosynthesis", "proteins"', () => {
    expect(recogniseVerb('photosynthesis')).toBeUndefined();
    expect(recogniseVerb('proteins')).toBeUndefined();
  });

  it('does not take a function word for a verb', () => {
    expect(recogniseVerb('the')).toBeUndefined();
    expect(recogniseVerb('because')).toBeUndefined();
  });
});

describe('isKnownVerb', () => {
  it('knows forms of listed verbs, ignoring case and punctuation', () => {
    expect(isKnownVerb('Created,')).toBe(true);
    expect(isKnownVerb('wrote')).toBe(true);
    expect(isKnownVerb('studies')).toBe(true);
    expect(isKnownVerb('invade')).toBe(true);
  });

  it('does not know "stained" just because it ends in -ed', () => {
    expect(isKnownVerb('stained')).toBe(false);
  });

  it('does not know nouns such as "glass" or "mitochondria"', () => {
    expect(isKnownVerb('glass')).toBe(false);
    expect(isKnownVerb('mitochondria')).toBe(false);
  });
});

describe('base forms of -ed verbs that lost a silent e', () => {
  it('gives lodge, urge, execute, hire, declare, acquire, and keeps open and visit', () => {
    const bases = ['lodged', 'urged', 'executed', 'hired', 'declared', 'acquired', 'opened', 'visited'].map(
      (w) => recogniseVerb(w)?.base,
    );
    expect(bases).toEqual(['lodge', 'urge', 'execute', 'hire', 'declare', 'acquire', 'open', 'visit']);
  });

  it('gives purchase, struggle and compile, and keeps focus, fail and hurl', () => {
    const words = ['purchased', 'struggled', 'compiled', 'tackled', 'focused', 'failed', 'hurled', 'biased'];
    expect(words.map((w) => recogniseVerb(w)?.base)).toEqual([
      'purchase',
      'struggle',
      'compile',
      'tackle',
      'focus',
      'fail',
      'hurl',
      'bias',
    ]);
  });
});

describe('repairInfinitive', () => {
  it('gives a verb after "to" its base form when its object follows', () => {
    expect(repairInfinitive('Sailed to Lisbon to buys spices for the court')).toBe(
      'Sailed to Lisbon to buy spices for the court',
    );
    expect(repairInfinitive('Went north to signs the treaty')).toBe('Went north to sign the treaty');
  });

  it('leaves plural nouns after "to" alone', () => {
    for (const text of [
      'Referred to studies conducted in 1990',
      'Subject to rules about accuracy',
      'Responded to changes in policy',
      'In relation to acts done by an agent',
    ])
      expect(repairInfinitive(text)).toBe(text);
  });
});
