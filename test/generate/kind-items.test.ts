/** Terms explained under a label that names their kind are asked by that kind (own-words notes). */
import { describe, expect, it } from 'vitest';
import { find, itemsOf } from './helpers.js';

const ROCKS = `# Rock Types

## Igneous
forms when molten magma cools and hardens underground or at the surface.

## Sedimentary
builds up from layers of sand, mud and shells pressed together over long periods.

## Metamorphic
changes from another rock under great heat and pressure deep in the crust.
`;

const CLOUDS = `# Weather

## Types of Clouds
- Cirrus - thin wispy streaks of ice crystals high in the sky
- Cumulus: puffy heaps with flat bases, seen on fair summer days
- Nimbostratus - carries the thick grey layer that brings steady rain
`;

describe('items asked by kind', () => {
  it("reads sibling headings with a paragraph below each as terms of the title's kind", () => {
    const items = itemsOf(ROCKS, 'rocks.md');
    expect(
      find(
        items,
        'reverse',
        'Which rock type builds up from layers of sand, mud and shells pressed together over long periods?',
      )?.answer,
    ).toBe('Sedimentary');
    expect(
      find(
        items,
        'reverse',
        'Which rock type changes from another rock under great heat and pressure deep in the crust?',
      )?.answer,
    ).toBe('Metamorphic');
  });

  it('asks "Which type of cloud …?" for definitions under "Types of Clouds"', () => {
    const items = itemsOf(CLOUDS, 'clouds.md');
    expect(
      find(items, 'reverse', 'Which type of cloud carries the thick grey layer that brings steady rain?')
        ?.answer,
    ).toBe('Nimbostratus');
    expect(
      find(
        items,
        'reverse',
        'Which type of cloud refers to puffy heaps with flat bases, seen on fair summer days?',
      )?.answer,
    ).toBe('Cumulus');
    expect(items.some((i) => i.prompt.startsWith('Which term means: puffy heaps'))).toBe(false);
  });

  it('makes nothing of one heading and its paragraph, with no siblings to name a kind', () => {
    const items = itemsOf(
      '# Rock Types\n\n## Igneous\nforms when molten magma cools and hardens underground.\n',
      'one.md',
    );
    expect(items.some((i) => i.answer === 'Igneous')).toBe(false);
  });
});
