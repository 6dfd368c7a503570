/**
 * The behaviour of generation.md §4 on a note written in the seed's style (our own words: Caesar and Pompey):
 * telegraphic bullets under a person's heading, pronouns, an ellipsis, a concept, a dated bullet, a contrast,
 * a cause, and a for/against callout. Expected items were worked out by hand from the note.
 */
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/generate/item.js';
import { buildDeck } from '../../src/pipeline.js';
import { find, fixture } from './helpers.js';

const deck = buildDeck([fixture('caesar.md')], { vault: 'fixtures' }).deck;
const items: readonly Item[] = deck.items;

describe('a revision note in the seed style', () => {
  it('turns a noun phrase under a person heading into a "Who was" question', () => {
    expect(find(items, 'qa', "Who was Pompey's great rival?")?.answer).toBe('Julius Caesar');
    // "Governor of Gaul" fits many Romans: a description must pick out one person (a name's, or a named body's).
    expect(find(items, 'qa', 'Who was governor of Gaul?')).toBeUndefined();
  });

  it('gives a telegraphic bullet the subject of its heading', () => {
    expect(find(items, 'cloze', 'Julius Caesar wrote the ___ (5 words: C, o, t, G, W).')?.answer).toBe(
      'Commentaries on the Gallic War',
    );
    expect(find(items, 'qa', 'Who wrote the Commentaries on the Gallic War?')?.answer).toBe('Julius Caesar');
    expect(find(items, 'qa', 'Who joined the First Triumvirate?')?.answer).toBe('Pompey');
  });

  it('completes an elliptical child with its parent', () => {
    const item = find(items, 'qa', 'Julius Caesar was a gifted general; which two were not?');
    expect(item?.answer).toBe('Crassus and Pompey');
  });

  it('asks what a concept argued, from the bullets that explain it', () => {
    const item = find(items, 'qa', 'What did the Commentaries on the Gallic War argue?');
    expect(item?.answer).toBe('his campaigns protected Rome; the Gauls threatened Rome');
  });

  it('asks when a dated bullet happened, and blanks its bold term after the date', () => {
    expect(
      find(items, 'date', 'When did Caesar start a civil war against Pompey and the Senate?')?.answer,
    ).toBe('49 BC');
    expect(
      find(items, 'cloze', 'In 49 BC, Caesar started a civil war against ___ (4 words: P, a, t, S).')?.answer,
    ).toBe('Pompey and the Senate');
  });

  it('strips connectives: no item asks for or starts with "Thus" or "Essentially"', () => {
    for (const item of items) {
      expect(item.answer).not.toMatch(/^(?:thus|essentially)$/i);
      expect(item.prompt).not.toMatch(/^(?:thus|essentially)\b/i);
    }
  });

  it('makes two questions of a contrast', () => {
    expect(find(items, 'qa', 'What did Pompey want, unlike Caesar?')?.answer).toBe('to defend the Senate');
    expect(find(items, 'qa', 'What did Caesar want, unlike Pompey?')?.answer).toBe('power for himself');
  });

  it('resolves a leading pronoun and asks why from "because"', () => {
    expect(find(items, 'qa', 'Why did Pompey trust the Egyptian court?')?.answer).toBe(
      'Ptolemy XIII had been his ally',
    );
    expect(find(items, 'qa', 'Who trusted the Egyptian court?')?.answer).toBe('Pompey');
  });

  it('blanks a quoted term', () => {
    expect(
      find(items, 'cloze', 'The Senate declared him a ___ (2 words: p, e) of the Roman Republic.')?.answer,
    ).toBe('public enemy');
  });

  it('turns each "Arguing for/against" paragraph into its own argument with a checklist', () => {
    const args = items.filter((i) => i.kind === 'argument');
    expect(args.map((a) => a.prompt)).toEqual([
      'Argue for the rule of Caesar.',
      'Argue against the rule of Caesar.',
    ]);
    expect(args[0]?.answer.startsWith('Caesar ended decades of civil strife')).toBe(true);
    expect(args[0]?.checklist).toEqual(
      expect.arrayContaining(['dictator', 'civil strife', 'reformed the calendar']),
    );
    expect(args[1]?.checklist).toEqual(
      expect.arrayContaining(['44 BC', 'Ides of March', 'ignored the Senate']),
    );
  });

  it('never makes the whole callout one card', () => {
    expect(items.some((i) => i.answer.includes('Arguing'))).toBe(false);
  });

  it('puts the dated events on the timeline, 49 BC before 44 BC, but drills no order with only two', () => {
    expect(items.some((i) => i.kind === 'order')).toBe(false);
    expect(deck.events.map((e) => e.sortKey)).toEqual(['-0049-00-00', '-0044-00-00']);
  });

  it('keeps the source line of every item', () => {
    expect(find(items, 'qa', 'Who joined the First Triumvirate?')?.source).toEqual({
      path: 'caesar.md',
      line: 14,
      endLine: 14,
    });
    expect(items.every((i) => i.source.line >= 1 && i.source.line <= 24)).toBe(true);
  });

  it('shows the breadcrumb as context', () => {
    expect(find(items, 'qa', 'Why did Pompey trust the Egyptian court?')?.context).toEqual([
      'caesar',
      'Pompey',
      'When Pompey lost at Pharsalus, he fled to Egypt',
    ]);
  });

  it('does not make "Who" questions with a pronoun as the answer', () => {
    expect(items.some((i) => /^(?:he|she|it|they|his)$/i.test(i.answer))).toBe(false);
  });
});
