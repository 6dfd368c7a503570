import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/knowledge/dates.js';
import { definitionOf } from '../../src/knowledge/definitions.js';
import { fact, rich, source } from './helpers.js';

const define = (text: string, ...marked: Parameters<typeof rich>[1][]) =>
  definitionOf(rich(text, ...marked), fact(text));

describe('definitionOf', () => {
  it('reads "Term - explanation" with the fact\'s context, source and text', () => {
    expect(define('Inflation - a general rise in prices')).toEqual({
      term: 'Inflation',
      explanation: 'a general rise in prices',
      context: ['Test note', 'Section'],
      source,
      fact: 'Inflation - a general rise in prices',
    });
  });

  it('reads the quoted word of \'The term "x" refers to …\' as the term', () => {
    expect(
      define('The term "negligence" refers to a failure to take the care a reasonable person would take'),
    ).toMatchObject({
      term: 'negligence',
      explanation: 'a failure to take the care a reasonable person would take',
    });
    expect(define('The word ‘tort’ means a civil wrong that the courts will remedy')?.term).toBe('tort');
  });

  it('reads "Term: explanation" and drops the final full stop', () => {
    expect(define('Osmosis: the diffusion of water across a membrane.')).toMatchObject({
      term: 'Osmosis',
      explanation: 'the diffusion of water across a membrane',
    });
  });

  it('drops a bracketed alias from the term', () => {
    expect(define('Bandwidth (throughput) - the data a link carries per second')?.term).toBe('Bandwidth');
  });

  it('reads "A mutation is a change…" as a definition of the noun without its article', () => {
    expect(define('A mutation is a change in the DNA sequence')).toMatchObject({
      term: 'mutation',
      explanation: 'a change in the DNA sequence',
    });
  });

  it('defines "Ampacity" (not "mpacity") in "`Ampacity` (`@`) is the maximum…"', () => {
    const text = 'Ampacity (@) is the maximum current a conductor can carry';
    expect(define(text, ['code', 'Ampacity'], ['code', '@'])).toMatchObject({
      term: 'Ampacity',
      explanation: 'the maximum current a conductor can carry',
    });
  });

  it('reads a bold term followed by a capitalised noun phrase: "**Mitosis** Division of…"', () => {
    expect(define('Mitosis Division of a cell into two identical cells', ['bold', 'Mitosis'])).toMatchObject({
      term: 'Mitosis',
      explanation: 'Division of a cell into two identical cells',
    });
  });

  it('does not read a bold name followed by a verb as a definition: "**Stalin** Purged…"', () => {
    expect(define('Stalin Purged the Red Army officers', ['bold', 'Stalin'])).toBeUndefined();
  });

  it('does not define "re" (or anything) from "There is a midterm…"', () => {
    expect(define('There is a midterm on Friday')).toBeUndefined();
  });

  it('does not take a label such as "Note" for a term', () => {
    expect(define('Note: revise chapter four before Friday')).toBeUndefined();
  });

  it('does not take a long clause before a dash for a term', () => {
    expect(define('Stalin believed in socialism in one country - a break with Trotsky')).toBeUndefined();
  });

  it('does not take a pronoun for a term', () => {
    expect(define('It - a very important point')).toBeUndefined();
  });

  it('needs an explanation of at least two words', () => {
    expect(define('Capital: machinery')).toBeUndefined();
  });

  it('makes no definition from a dated, example, inherited or unresolved fact', () => {
    const text = 'Inflation - a general rise in prices';
    const content = rich(text);
    const [date] = findDates('In 1923');
    expect(definitionOf(content, fact(text, { ...(date ? { datePrefix: date } : {}) }))).toBeUndefined();
    expect(definitionOf(content, fact(text, { isExample: true }))).toBeUndefined();
    expect(definitionOf(content, fact(text, { inherited: true }))).toBeUndefined();
    expect(definitionOf(content, fact(text, { unresolved: true }))).toBeUndefined();
  });
});

describe('what is not a term', () => {
  it('takes no term from "nb there is …", "Usually there are …", "X typically is …" or "Ex: …"', () => {
    expect(define('nb there is a difference between a state and a government')).toBeUndefined();
    expect(define('Usually there is a king and a council of nobles')).toBeUndefined();
    expect(define('ERP typically is the system that runs a firm')).toBeUndefined();
    expect(define('Ex: the Sorbonne, the Tokyo Law School and Yale')).toBeUndefined();
    expect(define('First-hand hearsay is a statement made by a person who saw the event')?.term).toBe(
      'First-hand hearsay',
    );
    expect(define('Ex parte order: an order made without hearing the other side')?.term).toBe(
      'Ex parte order',
    );
  });
});
