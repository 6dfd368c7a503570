/** Note-speak: the slips of a hurried note that a cloze copying the sentence would copy too (our own sentences). */
import { describe, expect, it } from 'vitest';
import { mendAuthorSlips, noteSpeak, wordSlip } from '../../src/knowledge/grammar.js';

describe('noteSpeak', () => {
  it('finds a singular subject before a plural verb, also in a relative clause and after "it"', () => {
    expect(noteSpeak('Any law that contradict the constitution is invalid.')).toMatch(/singular subject/);
    expect(noteSpeak('The harm principle have limits that courts often ignore.')).toMatch(/singular subject/);
    expect(noteSpeak('A reading counts as valid even if it use an old method.')).toMatch(/singular subject/);
    expect(noteSpeak('The bridge between the two islands were built in 1890.')).toMatch(/singular subject/);
  });

  it('finds a form of "be" before a bare verb, a modal before "able", "a" before a vowel and "one of" a singular', () => {
    expect(noteSpeak('The new fort was build on the hill in 1820.')).toMatch(/bare verb/);
    expect(noteSpeak('Small farmers might not able to repay the loans.')).toMatch(/able/);
    expect(noteSpeak('Enzymes work best in a acidic solution.')).toMatch(/vowel/);
    expect(noteSpeak('One of the cause is the drought of 1921.')).toMatch(/one of/);
  });

  it('finds a label left in front and a sentence with no subject', () => {
    expect(noteSpeak('3rd: dock workers in Hamburg went on strike.')).toMatch(/label/);
    expect(noteSpeak('Ex: coastal towns often rely on fishing.')).toMatch(/label/);
    expect(noteSpeak('Answer NATO answered with a naval blockade.')).toMatch(/label/);
    expect(noteSpeak('How it grows: from spores carried by the wind.')).toMatch(/label/);
    expect(noteSpeak('Must be proved beyond reasonable doubt by the prosecution.')).toMatch(/no subject/);
    expect(noteSpeak('Emphasise the cultural roots of the conflict.')).toMatch(/no subject/);
  });

  it('finds words that point outside the sentence', () => {
    expect(noteSpeak('The tribunal decided this by reading the contract as a whole.')).toMatch(/"this"/);
    expect(noteSpeak('Market research is vital here.')).toMatch(/"here"/);
    expect(noteSpeak('The mixture is then heated to 80 degrees.')).toMatch(/"then"/);
  });

  it('finds "it" or "them" as the first object, with no noun before it but the subject', () => {
    expect(noteSpeak('The landlord had advertised it as a quiet flat.')).toMatch(/"it"/);
    expect(noteSpeak('New tariffs could force them to close their Dutch factories.')).toMatch(/"them"/);
    // "and" between two names joins a subject: "this" after it still points outside.
    expect(noteSpeak('Hart and Fuller settled this by looking at the purpose of the law.')).toMatch(/"this"/);
  });

  it('leaves "it" alone when the sentence shows what it stands for, or when it is empty', () => {
    for (const sentence of [
      'The council bought the land and sold it in 1990.', // a noun before it
      'Plants take in water after drawing it up from the soil.', // a phrase before the verb
      'The court found it difficult to apply the rule.', // the empty "it" before an adjective
      'Statutes make it an offence to carry a blade.', // the empty "it" after "make"
      'The label means it is safe to eat.', // "it" opens a clause of its own
    ])
      expect(noteSpeak(sentence), sentence).toBeUndefined();
  });

  it('leaves ordinary sentences alone', () => {
    for (const sentence of [
      'The court requires that the seller deliver the goods.', // a subjunctive after "that"
      'The judge let the jury decide the facts.', // after "let"
      'The judge and the clerk have agreed.', // a coordinated subject
      'Many say the people have a right to a fair trial.', // a plural without -s
      'In Britain the cabinet have agreed on the budget.', // a collective noun
      'The seller took a take-it-or-leave-it position.', // words inside a hyphenated compound
      'The tax cut helped small firms.', // a compound noun
      'They took a take-it-or-leave-it stance.', // words inside a hyphenated compound
      'May signed the treaty in 1919.', // a name, not the modal
      'If the offer is accepted, then a contract is formed.', // "then" after "if"
      'The water boils and then turns to steam.', // the step before "then" is shown
      'The court applied this Act to every state.', // "this" before a name
      'The court read the clause and applied it.', // an object pronoun with its noun in the sentence
      'An apple a day keeps the doctor away.',
      'A euro coin is worth one hundred cents.', // "a" before the sound "you"
      'Merge sort splits the list in two halves.',
      'Answers vary from one school to the next.', // a word that only starts like the label
      'The number of voters has fallen.',
      'A kind of cells are found only in the liver.', // the "of"-phrase sets the number after "kind"
      'The bridge between the two islands was built in 1890.',
      'The trade between the towns that were rivals grew.', // the first verb belongs to a relative clause
      'How the war began is still argued over.',
      // Participles the lexicon does not list, a supposition, a possessive in a coordinated subject, a question.
      'Queen Victoria was born in 1819.',
      'The charter was drawn up in 1215.',
      'Much damage was done by the floods.',
      'If the defendant were found guilty, he would hang.',
      'The peasants and their landlord were in conflict.',
      'Did this complaint relate to the contract?',
      // A relative clause's object, Latin plurals, a collective, a subjunctive after a verb, a quotation's capital.
      'Plants that lack chlorophyll are parasites.',
      'The mitochondria produce energy for the cell.',
      'The aristocracy were opposed to reform.',
      'The Act required the employer pay the minimum wage.',
      '[T]he test is whether the harm was foreseeable.',
      // Words that only look like labels, "then" as an adjective, "one of" a plural, a superlative or an ordinal.
      'Question of law is decided by the judge.',
      'The then president of France opposed the plan.',
      'One of the children was evacuated to Wales.',
      'One of the largest is the blue whale.',
      'One of the first was a suffragette from Manchester.',
      // "this" after a clause that holds what it refers to, a span of centuries, a condition, a fraction.
      'Interest rates rose, and this caused a recession.',
      '18th - 19th century Britain saw rapid industrialisation.',
      'Where the offeror revokes: the offer lapses.',
      'A quarter of the soldiers were killed in the battle.',
    ])
      expect(noteSpeak(sentence), sentence).toBeUndefined();
  });

  it('finds a slip in words shown anywhere, a capitalised word too', () => {
    expect(wordSlip('a Ottoman fortress on the coast')).toMatch(/vowel/);
    expect(wordSlip('A Ottoman fortress stood on the coast.')).toMatch(/vowel/);
    expect(wordSlip('an Ottoman fortress on the coast')).toBeUndefined();
    expect(wordSlip('a European treaty')).toBeUndefined();
  });
});

describe('noteSpeak with the bullet above shown', () => {
  it('lets "it" stand for what the parent bullet names', () => {
    const sentence = 'The king saw it as a betrayal and broke off talks.';
    expect(noteSpeak(sentence)).toMatch(/"it"/);
    expect(noteSpeak(sentence, { parentShown: true })).toBeUndefined();
  });
});

describe('noteSpeak after the review: idioms and clauses', () => {
  it('leaves the "it" of idioms, of an opening infinitive, and "this" after a clause joined by "and"', () => {
    for (const sentence of [
      'Wages fell and workers resented this.',
      'Ricardo took it as given that trade benefits both sides.',
      'Courts leave it to Parliament to change the law.',
      'Voters dislike it when fares rise.',
      'Believe it or not, ants can farm.',
      'To read it, students need the index.',
    ])
      expect(noteSpeak(sentence), sentence).toBeUndefined();
  });
});

describe('mendAuthorSlips', () => {
  it('writes "an" before a vowel sound, and leaves "a" before a consonant sound spelt with a vowel', () => {
    expect(mendAuthorSlips('a official record of a eager clerk')).toBe(
      'an official record of an eager clerk',
    );
    expect(mendAuthorSlips('A ancient saga. A earlier map.')).toBe('An ancient saga. An earlier map.');
    for (const right of [
      'a one-way street',
      'a European port',
      'a unit of heat',
      'a useful rule',
      'a UN vote',
    ])
      expect(mendAuthorSlips(right)).toBe(right);
  });

  it('leaves "A" as a letter, "a" in another language or a formula, and "a" before a word that is no noun', () => {
    for (const right of [
      'What does Plan A outline?',
      'Hepatitis A infection',
      'Voy a estudiar',
      'Let a equal b',
      'x = a + other',
      'a also ran',
    ])
      expect(mendAuthorSlips(right)).toBe(right);
  });

  it('spells out "govt" and keeps the full stop that ends a sentence', () => {
    expect(mendAuthorSlips('The govt. of Kerala and other govts')).toBe(
      'The government of Kerala and other governments',
    );
    expect(mendAuthorSlips('Chosen by the govt.')).toBe('Chosen by the government.');
  });
});
