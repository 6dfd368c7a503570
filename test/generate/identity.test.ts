import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/pipeline.js';
import { noteFile } from './helpers.js';

const NOTE = [
  '## Marie Curie',
  '- She was born in Warsaw in 1867',
  '- Discovered **polonium** and **radium** with Pierre Curie',
  '- First person to win two Nobel Prizes',
].join('\n');

function ids(path: string, text: string): Map<string, string> {
  const items = buildDeck([noteFile(path, text)], { vault: 'v' }).deck.items;
  return new Map(items.map((i) => [`${i.kind}|${i.prompt}`, i.id]));
}

describe('item ids', () => {
  it('do not change when a bullet is inserted above', () => {
    const before = ids('science/curie.md', NOTE);
    const after = ids(
      'science/curie.md',
      NOTE.replace('## Marie Curie\n', '## Marie Curie\n- Studied in Paris\n'),
    );
    for (const [key, id] of before) expect(after.get(key)).toBe(id);
  });

  it('do not change when the note is renamed or moved', () => {
    const before = ids('science/curie.md', NOTE);
    const after = ids('people/marie-curie.md', NOTE);
    for (const [key, id] of before) expect(after.get(key)).toBe(id);
  });

  it('change when the fact changes, so the store can match the edit to its history', () => {
    const before = ids('curie.md', NOTE);
    const after = ids('curie.md', NOTE.replace('two Nobel Prizes', 'two Nobel prizes in two sciences'));
    const changed = [...before.keys()].filter((k) => k.includes('Nobel') && before.get(k) !== after.get(k));
    expect(changed.length).toBeGreaterThan(0);
  });
});
