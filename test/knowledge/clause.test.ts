import { describe, expect, it } from 'vitest';
import { doSupport, isPlural, parseClause, thirdPerson } from '../../src/knowledge/clause.js';

describe('parseClause', () => {
  it('splits "Lenin introduced a ban on factions" into subject, past verb and rest', () => {
    expect(parseClause('Lenin introduced a ban on factions')).toEqual({
      subject: 'Lenin',
      verb: 'introduced',
      info: { base: 'introduce', form: 'past' },
      rest: 'a ban on factions',
      negated: false,
      plural: false,
    });
  });

  it('keeps an adverb between subject and verb apart from the subject', () => {
    const clause = parseClause('Stalin gradually removed his rivals');
    expect(clause?.subject).toBe('Stalin');
    expect(clause?.adverb).toBe('gradually');
    expect(clause?.verb).toBe('removed');
    expect(clause?.rest).toBe('his rivals');
  });

  it('takes a capitalised word as part of the subject, not as the verb', () => {
    const clause = parseClause('The Tsar was not popular');
    expect(clause?.subject).toBe('The Tsar');
    expect(clause?.info).toEqual({ base: 'be', form: 'past' });
  });

  it('finds no clause in a noun phrase: a lone article, a wh-clause, an adjective before a plural', () => {
    expect(parseClause('The flooded mill on the river')).toBeUndefined();
    expect(parseClause('Narrow reading of what counted as the same loss')).toBeUndefined();
    expect(parseClause('Constitutional limits on the power to tax')).toBeUndefined();
    // A real subject before the same words still makes a clause.
    expect(parseClause('The flooded mill closed in 1890')?.verb).toBe('closed');
    expect(parseClause('Parliament limits the power to tax')?.subject).toBe('Parliament');
  });

  it('marks a clause whose rest starts with "not" as negated', () => {
    expect(parseClause('The Tsar was not popular')?.negated).toBe(true);
  });

  it('marks a subject joined by "and" as plural', () => {
    const clause = parseClause('Romulus and Remus founded Rome');
    expect(clause?.subject).toBe('Romulus and Remus');
    expect(clause?.info).toEqual({ base: 'found', form: 'past' });
    expect(clause?.plural).toBe(true);
  });

  it('takes "were" as the verb when a plural noun that looks like a verb comes first', () => {
    const clause = parseClause('Price controls were introduced in 1971');
    expect(clause?.subject).toBe('Price controls');
    expect(clause?.verb).toBe('were');
    expect(clause?.rest).toBe('introduced in 1971');
    expect(clause?.plural).toBe(true);
  });

  it('accepts an unlisted -ed word as the verb when an article follows', () => {
    const clause = parseClause('The CPU fetched the next instruction');
    expect(clause?.subject).toBe('The CPU');
    expect(clause?.info).toEqual({ base: 'fetch', form: 'past' });
  });

  it('does not read "causes" in "Common causes of inflation include…" as the verb', () => {
    expect(parseClause('Common causes of inflation include higher wages')?.verb).not.toBe('causes');
  });

  it('does not read "stained" in "Beautiful stained glass windows…" as the verb', () => {
    const clause = parseClause('Beautiful stained glass windows survived the fire');
    expect(clause?.subject).toBe('Beautiful stained glass windows');
    expect(clause?.verb).toBe('survived');
    expect(clause?.rest).toBe('the fire');
  });

  it('reads an -s word before a past verb as the plural noun of the subject, unless it links to a participle', () => {
    const passive = parseClause('Safety rules found in the handbook');
    expect(passive?.subject).toBe('Safety rules');
    expect(passive?.verb).toBe('found');
    expect(parseClause('The road gets blocked by snow')?.verb).toBe('gets');
    expect(parseClause('The council rules against the plan')?.verb).toBe('rules');
    // A past form before a noun describes it: "used cars", "married women".
    expect(parseClause('The dealer sells used cars')?.verb).toBe('sells');
    expect(parseClause('The Act protects married women')?.verb).toBe('protects');
  });

  it('makes no clause from a sentence that opens with a subordinator', () => {
    expect(parseClause('Because prices rose, demand fell')).toBeUndefined();
  });

  it('makes no clause when a comma interrupts the subject', () => {
    expect(parseClause('Lenin, a Marxist, returned to Russia')).toBeUndefined();
  });

  it('makes no clause around a modal verb', () => {
    expect(parseClause('Inflation can reduce savings')).toBeUndefined();
  });

  it('makes no clause when the subject would be only an adverb', () => {
    expect(parseClause('Eventually collapsed in 1991')).toBeUndefined();
  });

  it('moves an adverb that opens the sentence out of the subject', () => {
    const clause = parseClause('Sometimes the river flooded the lower town');
    expect(clause?.subject).toBe('the river');
    expect(clause?.adverb).toBe('sometimes');
    expect(clause?.verb).toBe('flooded');
  });

  it('makes no clause whose subject ends with a preposition or an article', () => {
    // "Claimed to | have …": the line left its subject in the heading; "to" cannot end a subject.
    expect(parseClause('Claimed to have seen the ship')).toBeUndefined();
    // "Each of the | states …": the word after the preposition is no verb; the clause goes on to "keeps".
    expect(parseClause('Each of the states keeps its own police force')?.verb).toBe('keeps');
    // "Vitamin A", "Plan A": a capital A ends a name, not an article.
    expect(parseClause('Vitamin A was isolated in 1913')?.subject).toBe('Vitamin A');
  });

  it('makes no clause when nothing follows the verb', () => {
    expect(parseClause('The empire collapsed')).toBeUndefined();
  });
});

describe('isPlural', () => {
  it('counts "and" and a plain -s ending as plural', () => {
    expect(isPlural('Romulus and Remus')).toBe(true);
    expect(isPlural('The Bolsheviks')).toBe(true);
    expect(isPlural('children')).toBe(true);
  });

  it('counts the head of the phrase, not the last noun of what describes it', () => {
    expect(isPlural('The aim of the new tariffs')).toBe(false);
    expect(isPlural('Farmers barely above subsistence')).toBe(true);
    expect(isPlural('The leader of the strikers')).toBe(false);
    expect(isPlural('The only survivors')).toBe(true);
    expect(isPlural('The number of rebels')).toBe(false);
    expect(isPlural('Each of the states')).toBe(false);
    expect(isPlural('Delegates from the colony')).toBe(true);
    expect(isPlural('The Treaty of Friendship and Trade')).toBe(false);
  });

  it('gives a share the number of the group it is a share of', () => {
    expect(isPlural('40% of the workers')).toBe(true);
    expect(isPlural('Most of the delegates')).toBe(true);
    expect(isPlural('Most of the harvest')).toBe(false);
  });

  it('does not count -ss, -us, -is, -ics or a possessive as plural', () => {
    expect(isPlural('stained glass')).toBe(false);
    expect(isPlural('Romulus')).toBe(false);
    expect(isPlural('photosynthesis')).toBe(false);
    expect(isPlural('economics')).toBe(false);
    expect(isPlural("Lenin's")).toBe(false);
    expect(isPlural('The lens of the eye')).toBe(false);
    expect(isPlural('A new species')).toBe(false);
  });
});

describe('thirdPerson', () => {
  it('makes be → is and have → has', () => {
    expect(thirdPerson('be')).toBe('is');
    expect(thirdPerson('have')).toBe('has');
  });

  it('turns a consonant + y into -ies but keeps a vowel + y', () => {
    expect(thirdPerson('carry')).toBe('carries');
    expect(thirdPerson('play')).toBe('plays');
  });

  it('adds -es after s, sh, ch, x, z and o', () => {
    expect(thirdPerson('watch')).toBe('watches');
    expect(thirdPerson('push')).toBe('pushes');
    expect(thirdPerson('go')).toBe('goes');
    expect(thirdPerson('tax')).toBe('taxes');
  });

  it('adds -s otherwise', () => {
    expect(thirdPerson('create')).toBe('creates');
  });
});

describe('doSupport', () => {
  it('uses "did" for a past verb whatever the number', () => {
    expect(doSupport({ base: 'win', form: 'past' }, false)).toBe('did');
    expect(doSupport({ base: 'win', form: 'past' }, true)).toBe('did');
  });

  it('uses "does" for a singular and "do" for a plural present', () => {
    expect(doSupport({ base: 'cause', form: 'present' }, false)).toBe('does');
    expect(doSupport({ base: 'cause', form: 'present' }, true)).toBe('do');
  });
});
