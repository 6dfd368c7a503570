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

  it('takes a plural heading for a topic, not a kind, over sentences that define their own terms or two terms', () => {
    const topic = itemsOf(
      '# Biology\n\n## Genes\n\nA **genome** is the full set of genetic material in a cell.\n\nA **chromosome** is a coiled strand of DNA that carries many genes.\n',
      'genes.md',
    );
    expect(topic.some((i) => /^Which gene\b/.test(i.prompt))).toBe(false);
    const two = itemsOf(
      '## Harbours\n- Dover: a chalk-cliff port facing France\n- Hull: a river port on the Humber estuary\n',
      'ports.md',
    );
    expect(two.some((i) => /^Which harbour\b/.test(i.prompt))).toBe(false);
    const three = itemsOf(
      '## Harbours\n- Dover: a chalk-cliff port facing France\n- Hull: a river port on the Humber estuary\n- Oban: a ferry port for the western isles\n',
      'ports.md',
    );
    expect(
      three.find((i) => i.prompt === 'Which harbour is a ferry port for the western isles?')?.answer,
    ).toBe('Oban');
  });

  it('does not ask a meaning back when another term of the list has it too', () => {
    const items = itemsOf(
      [
        '## Hormones in Plants',
        '- Auxin - Promotes cell enlargement in the shoot tip',
        '- Cytokinin - Promotes cell division',
        '- Ethylene - Stops plant growth',
        '- Abscisic acid - Stops plant growth, causes wilting of leaves',
        '',
      ].join('\n'),
      'hormones.md',
    );
    expect(items.some((i) => i.kind === 'reverse' && i.answer === 'Ethylene')).toBe(false);
    // The same meaning twice: neither term is asked by it.
    const twice = itemsOf(
      '## Hormones in Plants\n- Auxin - Promotes cell enlargement\n- Ethylene - Stops plant growth\n- Abscisic acid - Stops plant growth\n',
      'twice.md',
    );
    expect(twice.some((i) => i.kind === 'reverse' && /stops plant growth/i.test(i.prompt))).toBe(false);
    expect(items.find((i) => i.prompt === 'Which hormone in plants promotes cell division?')?.answer).toBe(
      'Cytokinin',
    );
    // The same words in another order are another meaning.
    const trade = itemsOf(
      '## Balance of trade\n- Surplus: a year in which a country sells abroad more than it buys\n- Deficit: a year in which a country buys abroad more than it sells\n',
      'trade.md',
    );
    expect(trade.filter((i) => i.kind === 'reverse').map((i) => i.answer)).toEqual(['Surplus', 'Deficit']);
  });

  it('makes nothing of one heading and its paragraph, with no siblings to name a kind', () => {
    const items = itemsOf(
      '# Rock Types\n\n## Igneous\nforms when molten magma cools and hardens underground.\n',
      'one.md',
    );
    expect(items.some((i) => i.answer === 'Igneous')).toBe(false);
  });
});

describe('a bare "Types" label', () => {
  it('takes its kind from the heading above it, and asks it even when the breadcrumb is cut', () => {
    const note = `# Volcano

## Types
### Shield volcano
builds broad gentle slopes from runny lava that flows a long way.
### Cinder volcano
piles loose fragments of lava into a small steep hill around one vent.
### Composite volcano
stacks alternate layers of ash and lava into a tall steep cone.
`;
    const items = itemsOf(note, 'volcanoes.md');
    const shield = items.find((i) => i.answer === 'Shield volcano');
    expect(shield?.prompt).toBe(
      'Which type of volcano builds broad gentle slopes from runny lava that flows a long way?',
    );
    // "Volcano › Types" names part of each answer and is cut; the question names the kind's subject itself.
    expect(shield?.context).toEqual([]);
    expect(items.filter((i) => i.prompt.startsWith('Which type of volcano')).length).toBe(3);
  });

  it('takes "Classes" or "Forms" under a heading for things of their own, not a kind of it', () => {
    const items = itemsOf(
      '# Python\n\n## Classes\n### Deque\nholds items in a double-ended queue for fast appends.\n### Counter\ncounts how often each item occurs in a list.\n### Fraction\nkeeps a rational number as a numerator and a denominator.\n',
      'python.md',
    );
    expect(items.some((i) => /^Which class\b/.test(i.prompt))).toBe(false);
  });
});
