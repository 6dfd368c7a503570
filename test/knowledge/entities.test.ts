import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/knowledge/entities.js';

const names = (text: string, known?: ReadonlySet<string>) =>
  findEntities(text, known).map((e) => [e.text, e.kind]);

describe('findEntities', () => {
  it('reads "Franklin D. Roosevelt" as one name across the initial', () => {
    expect(names('Franklin D. Roosevelt was elected in 1932')).toEqual([
      ['Franklin D. Roosevelt', 'name'],
      ['1932', 'number'],
    ]);
  });

  it('reads "Henry IV" as one name with its regnal number', () => {
    expect(names('The reign of Henry IV ended in 1610')).toEqual([
      ['Henry IV', 'name'],
      ['1610', 'number'],
    ]);
  });

  it('does not make a sentence-initial verb part of a name: "Wrote Oedipus Rex"', () => {
    expect(names('Wrote Oedipus Rex for a festival')).toEqual([['Oedipus Rex', 'name']]);
  });

  it('yields "Lenin" from "Lenin\'s", with offsets that end before the apostrophe', () => {
    const [lenin] = findEntities("Lenin's death weakened the party");
    expect(lenin).toEqual({ text: 'Lenin', start: 0, end: 5, kind: 'name', titled: false });
    expect(names("The party split after Lenin's death")).toEqual([['Lenin', 'name']]);
  });

  it('joins capitalised words through "of": "Theory of Permanent Revolution"', () => {
    expect(names('Trotsky developed the Theory of Permanent Revolution', new Set(['Trotsky']))).toEqual([
      ['Trotsky', 'name'],
      ['Theory of Permanent Revolution', 'name'],
    ]);
  });

  it('does not join a sentence-initial ordinary word to a name through "of"', () => {
    expect(names('Students of Marx disagreed')).toEqual([['Marx', 'name']]);
  });

  it('treats a lone capitalised word opening a sentence as an ordinary word', () => {
    expect(names('Photosynthesis needs light')).toEqual([]);
  });

  it('treats a sentence-initial word as a name when the note already knows it', () => {
    expect(names('Stalin purged the army', new Set(['Stalin']))).toEqual([['Stalin', 'name']]);
  });

  it('marks a name opened by a title as titled', () => {
    const [king] = findEntities('King Louis XVI was executed in 1793');
    expect(king).toMatchObject({ text: 'King Louis XVI', kind: 'name', titled: true });
  });

  it('reads upper-case words as acronyms and skips the leading article', () => {
    expect(names('The USSR collapsed in 1991')).toEqual([
      ['USSR', 'acronym'],
      ['1991', 'number'],
    ]);
  });

  it('keeps a Roman numeral with the name before it rather than as an acronym', () => {
    expect(names('Rationing continued after World War II')).toEqual([['World War II', 'name']]);
  });

  it('reads "6,000" as one number', () => {
    expect(names('an army of 6,000 men')).toEqual([['6,000', 'number']]);
  });
});
