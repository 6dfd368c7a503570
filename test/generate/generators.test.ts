import { describe, expect, it } from 'vitest';
import { withAuthorArticle } from '../../src/generate/generators/definition.js';
import { extractKnowledge } from '../../src/knowledge/index.js';
import { parseNote } from '../../src/markdown/index.js';
import { buildDeck } from '../../src/pipeline.js';
import { find, itemsOf, noteFile } from './helpers.js';

describe('explicit cards', () => {
  it('asks Q::A one way and Q:::A both ways', () => {
    const items = itemsOf('Capital of Peru::Lima\nLargest moon of Saturn:::Titan\n');
    const explicit = items.filter((i) => i.kind === 'explicit').map((i) => [i.prompt, i.answer]);
    expect(explicit).toEqual([
      ['Capital of Peru', 'Lima'],
      ['Largest moon of Saturn', 'Titan'],
      ['Titan', 'Largest moon of Saturn'],
    ]);
  });

  it('asks a card whose front is a date as what happened then, and never turns a list round', () => {
    const items = itemsOf(
      [
        '14th July 1789::Crowds stormed the Bastille',
        '1848::Revolutions across Europe',
        'Effects of damp:::Flooding of a cellar; Rot in a roof beam',
        'Capital of Chile:::Santiago',
        '',
      ].join('\n'),
    );
    expect(items.filter((i) => i.kind === 'explicit').map((i) => [i.prompt, i.answer])).toEqual([
      ['What happened on 14th July 1789?', 'Crowds stormed the Bastille'],
      ['What happened in 1848?', 'Revolutions across Europe'],
      ['Effects of damp', 'Flooding of a cellar; Rot in a roof beam'],
      ['Capital of Chile', 'Santiago'],
      ['Santiago', 'Capital of Chile'],
    ]);
  });

  it('leaves a figure that counts something as the author wrote it, and turns round a description with commas', () => {
    const items = itemsOf(
      [
        '206::the number of bones in an adult skeleton',
        '1000::the number of grams in a kilogram',
        'Diffusion:::the spread of particles, from a crowded region, to an emptier one',
        '',
      ].join('\n'),
    );
    expect(items.filter((i) => i.kind === 'explicit').map((i) => [i.prompt, i.answer])).toEqual([
      ['206', 'the number of bones in an adult skeleton'],
      ['1000', 'the number of grams in a kilogram'],
      ['Diffusion', 'the spread of particles, from a crowded region, to an emptier one'],
      ['the spread of particles, from a crowded region, to an emptier one', 'Diffusion'],
    ]);
  });

  it('asks each row of a headerless two-column table as a card, and nothing else of it', () => {
    const items = itemsOf(
      '# Byzantium\n\n|   |   |\n|---|---|\n|Capital of the Byzantine Empire|Constantinople|\n|Emperor who built the Hagia Sophia|Justinian|\n',
    );
    expect(items.map((i) => [i.kind, i.prompt, i.answer])).toEqual([
      ['explicit', 'Capital of the Byzantine Empire', 'Constantinople'],
      ['explicit', 'Emperor who built the Hagia Sophia', 'Justinian'],
    ]);
  });

  it('reads a multi-line card with a lone "?" line', () => {
    const items = itemsOf('What does a ribosome make?\n?\nProteins, from amino acids\n');
    expect(find(items, 'explicit', 'What does a ribosome make?')?.answer).toBe('Proteins, from amino acids');
  });

  it('mends the author\'s article slips and spells out "govt", and drops a back\'s link to the card before', () => {
    const items = itemsOf(
      [
        'Why is a elected govt. answerable to voters?::Elections let them remove it',
        'How do we weigh two harvests?::Likewise, we compare the yield per acre of each',
        'What is a one-party state?::A state where a single party may rule',
        'Solve 2x + 1 = 5::Hence, x = 2',
        '',
      ].join('\n'),
    );
    expect(items.filter((i) => i.kind === 'explicit').map((i) => [i.prompt, i.answer])).toEqual([
      ['Why is an elected government answerable to voters?', 'Elections let them remove it'],
      ['How do we weigh two harvests?', 'We compare the yield per acre of each'],
      ['What is a one-party state?', 'A state where a single party may rule'],
      ['Solve 2x + 1 = 5', 'Hence, x = 2'],
    ]);
  });

  it("drops the colon that led from a card's prompt to its answer", () => {
    const items = itemsOf('Winter crops of the plains:\n?\nWheat, barley, peas\n');
    expect(items.filter((i) => i.kind === 'explicit').map((i) => [i.prompt, i.answer])).toEqual([
      ['Winter crops of the plains', 'Wheat, barley, peas'],
    ]);
  });

  it('takes the list after a multi-line card\'s "…:" answer into the answer, and keeps inline tags as words', () => {
    const items = itemsOf(
      'What causes myopia?\n?\nIt can be caused by:\n- A lens that is too curved\n- An eyeball that is too long\n\nWhat does the #Retina do?\n?\nIt turns light into signals for the #Brain.\n',
    );
    expect(find(items, 'explicit', 'What causes myopia?')?.answer).toBe(
      'It can be caused by: A lens that is too curved; An eyeball that is too long',
    );
    expect(find(items, 'explicit', 'What does the Retina do?')?.answer).toBe(
      'It turns light into signals for the Brain.',
    );
    // The list is the card's answer, not facts of its own.
    expect(items.some((i) => i.kind !== 'explicit' && /too curved/.test(i.prompt + i.answer))).toBe(false);
  });

  it('reads the headings, lines and lists right below a lone "?" as the answer, up to the first gap', () => {
    const items = itemsOf(
      [
        '# Review',
        '',
        'Which kinds of rock are there?',
        '?',
        '## Igneous',
        'Cooled from molten magma.',
        '## Sedimentary',
        '- Laid down in layers',
        '- Often holds fossils',
        '<!--SR:!2025-01-02,4,250-->',
        '',
        'Granite is an igneous rock that cools slowly underground.',
        '',
      ].join('\n'),
    );
    expect(find(items, 'explicit', 'Which kinds of rock are there?')?.answer).toBe(
      'Igneous: Cooled from molten magma. Sedimentary: Laid down in layers; Often holds fossils.',
    );
    // The answer's lines are the card, not facts of their own; what follows the gap is read as usual.
    expect(items.some((i) => i.kind !== 'explicit' && /fossils|magma/.test(i.prompt + i.answer))).toBe(false);
    expect(items.some((i) => i.kind !== 'explicit' && /Granite|slowly/.test(i.prompt + i.answer))).toBe(true);
  });

  it('goes on with a card whose answer continues in a heading right below it', () => {
    const items = itemsOf(
      [
        'What are the two kinds of pollination?',
        '?',
        'Self-pollination: pollen reaches a flower of the same plant.',
        '## Cross-pollination',
        'Pollen is carried to another plant by wind or insects.',
        '',
        'What does a stamen hold?',
        '?',
        'The pollen.',
        '',
        'What does a flower contain?',
        '?',
        'It contains',
        '- Petals',
        '- Sepals',
        '',
      ].join('\n'),
    );
    expect(find(items, 'explicit', 'What does a flower contain?')?.answer).toBe(
      'It contains: Petals; Sepals.',
    );
    expect(find(items, 'explicit', 'What are the two kinds of pollination?')?.answer).toBe(
      'Self-pollination: pollen reaches a flower of the same plant. Cross-pollination: Pollen is carried to another plant by wind or insects.',
    );
    expect(find(items, 'explicit', 'What does a stamen hold?')?.answer).toBe('The pollen.');
  });

  it('turns ==highlight== into an explicit cloze', () => {
    const items = itemsOf('- The mitochondrion releases energy as ==ATP== during respiration\n');
    expect(
      find(items, 'explicit', 'The mitochondrion releases energy as ___ during respiration.')?.answer,
    ).toBe('ATP');
  });

  it('does not read a C++ scope operator in a code span as a card', () => {
    const items = itemsOf('- Use `std::vector` for arrays that grow\n');
    expect(items.some((i) => i.kind === 'explicit')).toBe(false);
  });
});

describe('question headings', () => {
  it("drops the heading number, and asks neither the author's own view nor a question answered by a question", () => {
    const items = itemsOf(
      '## Step 3: Why did the craft guilds of York decline?\n- Cheaper goods from the new mills\n- Masters lost their charters\n\n' +
        '## How would I settle the strike?\n- Offer a small rise now\n\n' +
        '## What is the purpose of a tariff?\n- What does the state protect\n',
    );
    expect(find(items, 'qa', 'Why did the craft guilds of York decline?')?.answer).toBe(
      'Cheaper goods from the new mills; Masters lost their charters',
    );
    expect(items.some((i) => /settle the strike|purpose of a tariff|^Step/.test(i.prompt))).toBe(false);
  });

  it('makes the heading the prompt and the bullets the answer', () => {
    const items = itemsOf(
      '## Why did the Weimar Republic struggle?\n- Hyperinflation in 1923\n- The Treaty of Versailles\n',
    );
    expect(find(items, 'qa', 'Why did the Weimar Republic struggle?')?.answer).toBe(
      'Hyperinflation in 1923; The Treaty of Versailles',
    );
  });

  it('turns a numbered list of stages into one cloze per element, in its order', () => {
    const stages = ['Interphase', 'Prophase', 'Metaphase', 'Anaphase', 'Telophase', 'Cytokinesis'];
    const items = itemsOf(
      `## Stages of cell division\n${stages.map((p, i) => `${i + 1}. ${p}`).join('\n')}\n`,
    );
    const clozes = items.filter((i) => i.prompt.startsWith('Stages of cell division'));
    expect(clozes.map((c) => c.answer)).toEqual(stages);
    expect(clozes.every((c) => c.kind === 'cloze')).toBe(true);
    expect(clozes[2]?.prompt).toBe(
      'Stages of cell division: 1. Interphase; 2. Prophase; 3. ___ (first letter: M); 4. Anaphase; 5. Telophase; 6. Cytokinesis.',
    );
  });

  it('blanks no element of a long list in no order (any other element would fit as well)', () => {
    const bullets = [
      'Made of protein',
      'Speed up reactions',
      'Work inside cells',
      'Work outside cells',
      'Are specific',
      'Can be denatured',
    ]
      .map((p) => `- ${p}`)
      .join('\n');
    const items = itemsOf(`## What are the properties of enzymes?\n${bullets}\n`);
    expect(items.filter((i) => i.prompt.startsWith('What are the properties of enzymes'))).toEqual([]);
  });
});

describe('numbered steps', () => {
  it('turns a numbered list of short steps into one cloze per step, in order', () => {
    const items = itemsOf('## Phases of mitosis\n1. Prophase\n2. Metaphase\n3. Anaphase\n4. Telophase\n');
    const steps = items.filter((i) => i.prompt.startsWith('Phases of mitosis, in order:'));
    expect(steps.map((s) => s.answer)).toEqual(['Prophase', 'Metaphase', 'Anaphase', 'Telophase']);
    expect(steps[1]?.prompt).toBe(
      'Phases of mitosis, in order: 1. Prophase; 2. ___ (first letter: M); 3. Anaphase; 4. Telophase.',
    );
  });

  it('asks no position in a numbered list whose title names no order (a cast list, a contents page)', () => {
    const cast = itemsOf('## Characters\n1. Maud\n2. Tobias\n3. The ferryman\n4. Aunt Rhoda\n');
    expect(cast.some((i) => /in order|1\. /.test(i.prompt))).toBe(false);
    const chain = itemsOf('## Chain of command\n1. Captain\n2. Lieutenant\n3. Sergeant\n4. Private\n');
    expect(chain.filter((i) => i.prompt.startsWith('Chain of command, in order:'))).toHaveLength(4);
  });

  it('leaves bulleted (unnumbered) lists alone', () => {
    const items = itemsOf('## Organelles\n- Nucleus\n- Ribosome\n- Vacuole\n');
    expect(items.some((i) => i.prompt.includes('in order'))).toBe(false);
  });
});

describe('definitions', () => {
  it('asks an unmarked "Term - explanation" one way: the open "What is …?" invites other definitions', () => {
    const items = itemsOf('- Osmosis - the movement of water across a membrane\n');
    expect(find(items, 'qa', 'What is Osmosis?')).toBeUndefined();
    expect(
      find(items, 'reverse', 'Which term means: the movement of water across a membrane? (first letter: O)')
        ?.answer,
    ).toBe('Osmosis');
  });

  it('takes no definition from a label followed by a sentence or a rule', () => {
    const items = itemsOf(
      '## Realism\n- **Key claim:** Realists see the state as the main actor\n- Burden: The claimant must show the loss was foreseeable\n- Anarchy - the absence of any government over the states of the world\n',
    );
    expect(items.filter((i) => i.kind === 'reverse').map((i) => i.answer)).toEqual(['Anarchy']);
    expect(items.some((i) => i.answer === 'Key claim' || i.answer === 'Burden')).toBe(false);
  });

  it('asks no reverse item of a class the term belongs to ("a form of …")', () => {
    const items = itemsOf(
      '- Pepsin is a form of protease\n- Pepsin is an enzyme that breaks proteins into peptides in the stomach\n',
    );
    expect(items.some((i) => i.prompt.startsWith('Which term means: a form of protease?'))).toBe(false);
    expect(
      find(
        items,
        'reverse',
        'Which term means: an enzyme that breaks proteins into peptides in the stomach? (first letter: P)',
      )?.answer,
    ).toBe('Pepsin');
  });

  it('asks an "X is a …" definition both ways, with the article the author wrote', () => {
    const items = itemsOf(
      '- A **tariff** is a tax on imported goods\n- The Cabinet is a small group of senior ministers\n',
    );
    expect(find(items, 'qa', 'What is a tariff?')?.answer).toBe('a tax on imported goods');
    expect(
      find(items, 'reverse', 'Which term means: a tax on imported goods? (first letter: t)')?.answer,
    ).toBe('tariff');
    expect(find(items, 'qa', 'What is the Cabinet?')?.answer).toBe('a small group of senior ministers');
  });

  it('asks no who-question about a building named after a person the note also names', () => {
    const items = itemsOf(
      '# Abbeys\n\n- St. Alban was a Roman soldier who sheltered a priest\n\n### St. Alban\n' +
        '- Built on the grave of St. Alban\n- Mixed Norman and Gothic styles in its nave\n',
    );
    expect(find(items, 'qa', 'Who was a Roman soldier who sheltered a priest?')?.answer).toBe('St. Alban');
    expect(items.filter((i) => /Norman and Gothic/.test(i.prompt) && /^Who\b/.test(i.prompt))).toEqual([]);
  });

  it('writes "the" before a dynasty, an empire or a war that a bullet takes from its heading', () => {
    const items = itemsOf(
      '# England\n\n### Tudor Dynasty\n- Ended in 1603 with the death of Elizabeth I\n\n' +
        '### Hadrian\n- Built a wall across northern Britain in 122 AD\n',
    );
    expect(find(items, 'date', 'The Tudor Dynasty ended in ___ with the death of Elizabeth I.')?.answer).toBe(
      '1603',
    );
    // A person's name takes none, even one that ends like a body ("Church", "Court").
    expect(find(items, 'date', 'Hadrian built a wall across northern Britain in ___.')?.answer).toBe(
      '122 AD',
    );
    const church = itemsOf('# Logic\n\n### Alonzo Church\n- Wrote a paper on the lambda calculus in 1936\n');
    expect(church.some((i) => /^The Alonzo/.test(i.prompt))).toBe(false);
  });

  it('keeps the article the author wrote before a term in quotation marks', () => {
    const items = itemsOf('- A "writ" is a written order from a court\n');
    expect(find(items, 'qa', 'What is a "writ"?')?.answer).toBe('a written order from a court');
  });

  it('gives a one-word countable term its article, and a process noun none', () => {
    const items = itemsOf(
      '- **phalanx**: a Greek battle formation of heavy infantry\n- **osmosis**: a process by which water crosses a membrane\n',
    );
    expect(find(items, 'qa', 'What is a phalanx?')?.answer).toBe(
      'a Greek battle formation of heavy infantry',
    );
    expect(find(items, 'qa', 'What is osmosis?')?.answer).toBe('a process by which water crosses a membrane');
  });

  it('gives no article to a phrase headed by a mass noun or to a borrowed phrase', () => {
    const explained = 'an offence of riding without due care on a road';
    expect(withAuthorArticle('Careless cycling', `Careless cycling: ${explained}`, explained)).toBe(
      'Careless cycling',
    );
    expect(withAuthorArticle('Loose rider', `Loose rider: ${explained}`, explained)).toBe('a loose rider');
    const latin = 'a Latin term for a matter already decided by a court';
    expect(withAuthorArticle('Res judicata', `Res judicata: ${latin}`, latin)).toBe('Res judicata');
  });

  it('gives a lower-case common term the article its "a/an …" explanation starts with', () => {
    const items = itemsOf('- **Screened host**: a host that sits behind a firewall\n');
    expect(find(items, 'qa', 'What is a screened host?')?.answer).toBe('a host that sits behind a firewall');
    // A name in title case gets no article, and "What is Hadrian Wall?" reads as a label (rated 25 of 65): only the
    // reverse item is asked.
    const named = itemsOf('- **Hadrian Wall**: a Roman frontier across northern Britain\n');
    expect(named.some((i) => /what is an? hadrian wall/i.test(i.prompt))).toBe(false);
    expect(find(named, 'qa', 'What is Hadrian Wall?')).toBeUndefined();
    expect(
      find(named, 'reverse', 'Which term means: a Roman frontier across northern Britain? (2 words: H, W)')
        ?.answer,
    ).toBe('Hadrian Wall');
  });

  it('takes no definition from a label followed by a statement with its own subject', () => {
    const items = itemsOf('- **Hume**: knowledge is built from impressions of the senses\n');
    expect(items.filter((i) => i.kind === 'qa' || i.kind === 'reverse')).toEqual([]);
  });

  it('takes no definition from a judgement or a contrast said of a term', () => {
    const items = itemsOf(
      '- Haste is the enemy of good surveying\n- Copper is a metal but it is soft enough to cut\n- A fjord is a long, narrow sea inlet\n',
    );
    const asked = items.filter((i) => i.kind === 'reverse').map((i) => i.answer);
    expect(asked).toEqual(['fjord']);
  });

  it('asks what an acronym stands for', () => {
    const items = itemsOf('- GDP - Gross Domestic Product\n');
    expect(find(items, 'qa', 'What does GDP stand for?')?.answer).toBe('Gross Domestic Product');
  });

  it('reads a two-column table with a non-meaning header as attribute questions', () => {
    const items = itemsOf('| Planet | Number of moons |\n| --- | --- |\n| Mars | 2 |\n| Earth | 1 |\n');
    // The row's label beside its column's header: no article to guess ("the number of moons of Mars", but "the
    // function of Pancreas" read as a name and failed "formed" in 15 of 54 blind ratings; 2 of 54 in this form).
    expect(find(items, 'qa', 'Planet: Mars. What is its number of moons?')?.answer).toBe('2');
    const groups = itemsOf(
      '| Group | Name | Valency |\n| --- | --- | --- |\n| Group 1 | Alkali metals | 1 |\n| Group 2 | Alkaline earth metals | 2 |\n',
    );
    // A label that already says its header is not said twice; a plural header asks "What are …".
    expect(find(groups, 'qa', 'Group 1: what is its name?')?.answer).toBe('Alkali metals');
    // A row that names two things asks about both.
    const pairs = itemsOf(
      '# Metals\n\n### Charges\n\nCharges to learn by heart.\n\n| Family | Charge |\n| --- | --- |\n| Family 1 | 1 |\n| Family 2 | 2 |\n| Family 3 | 3 |\n| Family 6, family 16 | 2 |\n| Family 7 | 1 |\n',
    );
    expect(find(pairs, 'qa', 'Family 6, family 16: what is their charge?')?.answer).toBe('2');
    expect(find(pairs, 'qa', 'Family 2: what is its charge?')?.answer).toBe('2');
    const drugs = itemsOf(
      '| Drug | Side effects |\n| --- | --- |\n| Aspirin | Stomach bleeding |\n| Codeine | Drowsiness |\n',
    );
    expect(find(drugs, 'qa', 'Drug: Aspirin. What are its side effects?')?.answer).toBe('Stomach bleeding');
  });

  it('reads a table of years as timeline events and an order drill of three', () => {
    const deck = itemsOf(
      '| Year | Event |\n| --- | --- |\n| 1815 | Battle of Waterloo |\n| 1805 | Battle of Trafalgar |\n| 1798 | Battle of the Nile |\n',
    );
    const order = deck.find((i) => i.kind === 'order');
    expect(order?.answer).toBe(
      'Battle of the Nile (1798) → Battle of Trafalgar (1805) → Battle of Waterloo (1815)',
    );
  });

  it('puts no event in an order drill whose date belongs to a clause after "which"', () => {
    const note = (third: string) =>
      itemsOf(
        [
          '## The mill dispute',
          '- The weavers formed a union in March 1861.',
          '- The owners locked the gates in June 1862.',
          third,
          '- The union signed a new wage agreement in May 1864.',
          '',
        ].join('\n'),
      ).find((i) => i.kind === 'order')?.answer ?? '';
    // With its own date the strike is an event; with the date of the ruling on it, the drill leaves it out.
    expect(note('- The weavers called a strike in October 1863.')).toContain('The weavers called a strike');
    expect(
      note('- The weavers called a strike, which a court declared lawful in October 1863.'),
    ).not.toContain('The weavers called a strike');
  });

  it('puts no event on the timeline whose label would lose the "which" clause its date belongs to', () => {
    const events = (line: string) =>
      buildDeck([noteFile('mill.md', `## The mill dispute\n- ${line}\n`)], { vault: 'test' }).deck.events.map(
        (e) => `${e.date}: ${e.text}`,
      );
    // Short enough to keep its "which" clause: the label says what the date is of.
    expect(events('The weavers called a strike, which a court declared lawful in October 1863.')).toEqual([
      'October 1863: The weavers called a strike, which a court declared lawful',
    ]);
    // Cut back to "The weavers of the three northern mills called a long strike over piece rates", the label
    // would give the strike the date of the ruling.
    expect(
      events(
        'The weavers of the three northern mills called a long strike over piece rates, which a county court declared lawful in October 1863.',
      ),
    ).toEqual([]);
    expect(events('The weavers called a long strike over piece rates in October 1863.')).toEqual([
      'October 1863: The weavers called a long strike over piece rates',
    ]);
    // "who" inside "whole" is no sign that the label kept the clause.
    expect(
      events(
        'The whole crew of the northern mill walked out after a long dispute over rates, who then picketed the gates on 5 May 1864.',
      ),
    ).toEqual([]);
  });

  it('puts no event at a year the statement only measures against ("for the first time since 1614")', () => {
    const dates = (line: string) =>
      buildDeck([noteFile('mill.md', `## The mill dispute\n- ${line}\n`)], { vault: 'test' }).deck.events.map(
        (e) => e.date,
      );
    expect(
      dates('The mill strike began in 1863, when the owners cut piece rates for the first time since 1820.'),
    ).toEqual(['1863']);
    expect(dates('The guild held its largest meeting since 1820 in March 1863.')).toEqual(['March 1863']);
    // A state that began then keeps its date, superlative or not.
    expect(dates('The weavers have been organised in a union since 1861.')).toEqual(['1861']);
    expect(dates('The weavers have been the largest union in the town since 1861.')).toEqual(['1861']);
    expect(dates('The guild has been the only legal union in the port since 1861.')).toEqual(['1861']);
  });

  it('keeps an event whose date is the main clause\'s: after a closed "who" clause, or with a time clause', () => {
    const events = (line: string) =>
      buildDeck([noteFile('mill.md', `## The mill dispute\n- ${line}\n`)], { vault: 'test' }).deck.events.map(
        (e) => e.date,
      );
    expect(events('The owner, who had sold his shares in the mill, closed the gates in June 1862.')).toEqual([
      'June 1862',
    ]);
    expect(
      events(
        'The owners finally reopened the gates of the mill, when the strike fund ran out in March 1864.',
      ),
    ).toEqual(['March 1864']);
  });

  it('makes no order drill of only two events (a coin toss, not a drill)', () => {
    const deck = itemsOf(
      '| Year | Event |\n| --- | --- |\n| 1815 | Battle of Waterloo |\n| 1805 | Battle of Trafalgar |\n',
    );
    expect(deck.some((i) => i.kind === 'order')).toBe(false);
  });
});

describe('dates', () => {
  it('blanks the date of a statement that is not date-labelled', () => {
    const items = itemsOf('- The Berlin Wall fell on November 9th, 1989 after weeks of protest\n');
    expect(find(items, 'date', 'The Berlin Wall fell on ___ after weeks of protest.')?.answer).toBe(
      '9 November 1989',
    );
  });

  it('asks no date of a line that leads into a list (what happened then is the list)', () => {
    const items = itemsOf(
      '1957, the committee report named three problems:\n\n- no shared market\n- no common tariff\n- no trust between members\n',
    );
    expect(items.filter((i) => i.kind === 'date')).toEqual([]);
  });

  it('asks "When did …" for a date-labelled bullet with a subject and a past verb', () => {
    const items = itemsOf('- 1905 - Einstein published the theory of special relativity\n');
    expect(find(items, 'date', 'When did Einstein publish the theory of special relativity?')?.answer).toBe(
      '1905',
    );
  });
});

describe('notes in other languages', () => {
  it('makes no generated questions, but still clozes marked terms', () => {
    const text =
      '- La **photosynthèse** transforme la lumière en énergie chimique dans les feuilles des plantes\n' +
      '- Les plantes utilisent le dioxyde de carbone et rejettent du dioxygène pendant la journée\n';
    const items = itemsOf(text);
    expect(items.some((i) => i.kind === 'qa')).toBe(false);
    expect(items.map((i) => i.answer)).toContain('photosynthèse');
  });
});

describe('excluded notes', () => {
  it('skips a note whose frontmatter says recollect: false', () => {
    expect(itemsOf('---\nrecollect: false\n---\n- **Osmosis** moves water across membranes\n')).toEqual([]);
  });
});

describe('telegraphic bullets under a person', () => {
  it('keeps the passive of "Made the bishop of …" and the article of "Was son of …"', () => {
    const items = itemsOf(
      '# Late antiquity\n\n## St. Augustine\n- Made the bishop of Hippo in 395\n- Was son of Monica, a devout Christian\n- Wrote the Confessions about his youth\n',
    );
    const prompts = items.map((i) => i.prompt);
    expect(prompts).toContain('Who was made the bishop of Hippo in 395?');
    expect(prompts).toContain('Who was the son of Monica, a devout Christian?');
    expect(prompts).not.toContain('Who made the bishop of Hippo in 395?');
  });
});

describe('a passive whose doer follows "by", under a person', () => {
  it('gets its "was" back, and a "by" inside a that-clause leaves the voice alone', () => {
    const items = itemsOf(
      '# Middle Ages\n\n## Otto the Great\n- Crowned Holy Roman Emperor by Pope John XII in 962\n- Believed that the realm was protected by God\n- Defeated the Magyars at Lechfeld in 955\n',
    );
    const prompts = items.map((i) => i.prompt);
    expect(prompts).toContain('Who was crowned Holy Roman Emperor by Pope John XII in 962?');
    expect(prompts).toContain('Who believed that the realm was protected by God?');
    expect(prompts).toContain('Who defeated the Magyars at Lechfeld in 955?');
  });

  it('leaves an active verb with its object active ("Reached Moscow by September 1812", "… by Ulm")', () => {
    const items = itemsOf(
      '# Wars\n\n## Napoleon Bonaparte\n- Reached Moscow by September 1812\n- Defeated the Austrians by Ulm in 1805\n- Crowned Emperor of the French by Pope Pius VII in 1804\n',
    );
    const text = items.map((i) => `${i.prompt} ${i.answer}`).join('\n');
    expect(text).toMatch(/Napoleon Bonaparte reached Moscow by/);
    expect(text).not.toMatch(/was reached|was defeated the Austrians/);
    expect(text).toMatch(/Napoleon Bonaparte was crowned Emperor of the French by Pope Pius VII/);
  });
});

describe('a description under a person whose surname is a common word', () => {
  it('is still a description ("A young glazier …" under "Brigham Young"); the name itself is not', () => {
    const note = parseNote(
      'pioneers.md',
      '# Pioneers\n\n## Brigham Young\n- Born in Vermont in 1801\n- A young glazier from Vermont\n- Many call Young the Lion of the Lord\n',
    );
    const facts = extractKnowledge(note).facts;
    expect(facts.find((f) => /glazier/.test(f.text))).toMatchObject({
      text: expect.stringMatching(/^Brigham Young (?:is|was) a young glazier from Vermont$/),
      description: true,
    });
    expect(facts.find((f) => /Lion/.test(f.text))?.description).toBe(false);
  });
});

describe('a span of years', () => {
  it('is not asked as one date; a month and year in the next line is', () => {
    const items = itemsOf(
      '# Weimar\n\n- The party failed to win a majority between 1924–1929.\n- The party won 37 percent of the vote in July 1932.\n',
    );
    const dates = items.filter((i) => i.kind === 'date').map((i) => i.answer);
    expect(dates).toEqual(['July 1932']);
  });
});

describe('a line under a person that names the person itself', () => {
  it('is not read as a description of them ("Solon was many consider Solon …")', () => {
    const items = itemsOf(
      '# Greek rulers\n\n## Solon\n- Solon ruled Athens from 594 B.C. to 560 B.C.\n- Many consider Solon to be the "wise lawgiver" of a city state\n- Focused on cancelling the debts of poor farmers\n- Wrote poems about justice and order\n',
    );
    expect(items.some((i) => /^Who ruled Athens from 594 B\.C\./.test(i.prompt))).toBe(true);
    expect(items.some((i) => /Solon (?:was|is) many/.test(i.prompt))).toBe(false);
  });
});

describe('voice and capitals in questions made from telegraphic bullets', () => {
  it('asks no who-question of a passive without its "was", and lowers a quantifier that began the line', () => {
    const items = itemsOf(
      '# Byzantium\n\n## Justinian\n- Named Hagia Sophia after holy wisdom in Greek\n- Eventually released and became a monk in Ravenna\n\n## Empire\n- Little is known about the empire because of oral history\n',
    );
    expect(items.some((i) => /^Who (?:named|eventually released)/.test(i.prompt))).toBe(false);
    expect(find(items, 'qa', 'Why is little known about the empire?')?.answer).toBe('oral history');
  });
});

describe('a dated statement in the past perfect', () => {
  it('is asked in the simple past: "When did … seize …?", "When was … passed …?"', () => {
    const prompts = itemsOf(
      '# Britain\n\n## Parliament and the crown\n- **1688** - The English parliament had seized power from the monarchy\n- **1701** - The Act of Settlement had been passed by Parliament\n- **1707** - England and Scotland had joined in one kingdom\n',
    ).map((i) => i.prompt);
    expect(prompts).toContain('When did the English parliament seize power from the monarchy?');
    expect(prompts).toContain('When was the Act of Settlement passed by Parliament?');
    expect(prompts).toContain('When did England and Scotland join in one kingdom?');
    expect(prompts.some((p) => /^When had\b/.test(p))).toBe(false);
  });
});
