import { describe, expect, it } from 'vitest';
import { inverted } from '../../src/generate/phrasing.js';
import { parseClause } from '../../src/knowledge/clause.js';

function invert(sentence: string): string | undefined {
  const clause = parseClause(sentence);
  if (!clause) throw new Error(`no clause in: ${sentence}`);
  return inverted(clause, clause.rest);
}

describe('inverted', () => {
  it('drops the capital that only began the sentence from a common subject', () => {
    expect(invert('Early farmers settled the valley')).toBe('did early farmers settle the valley');
  });

  it('keeps the capitals of a name and of a one-word subject', () => {
    expect(invert('Julius Caesar crossed the river')).toBe('did Julius Caesar cross the river');
    expect(invert('Hannibal crossed the Alps')).toBe('did Hannibal cross the Alps');
  });
});
