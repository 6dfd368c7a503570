/**
 * Gates 11–16 (generation.md §3), each on the failure shape a blind rating found, written in our own words.
 */
import { describe, expect, it } from 'vitest';
import { assess, MIN_CONFIDENCE, type NoteSignals } from '../../src/generate/confidence.js';
import { namesAnswerPartly, withSafeContext } from '../../src/generate/gates/context-leak.js';
import { isGeneric, specificAnswer } from '../../src/generate/gates/specific-answer.js';
import { notStructure } from '../../src/generate/gates/structure.js';
import { wholeText } from '../../src/generate/gates/whole-text.js';
import { choices } from '../../src/generate/generators/choice.js';
import { bestPerFact } from '../../src/generate/per-fact.js';
import { findDates } from '../../src/knowledge/dates.js';
import type { Fact } from '../../src/knowledge/model.js';
import {
  casePairsIn,
  casePartiesIn,
  isHeaderField,
  isStructuralLabel,
  namesCase,
} from '../../src/knowledge/structure.js';
import { decapitalise } from '../../src/knowledge/text.js';
import { buildDeck } from '../../src/pipeline.js';
import { candidate, itemsOf, noteFile } from './helpers.js';

describe('gate 11: the breadcrumb never gives the answer away', () => {
  it('cuts the breadcrumb above the heading that names the answer', () => {
    const c = withSafeContext(
      candidate({
        kind: 'qa',
        prompt: 'Who led the march on Rome?',
        answer: 'Benito Mussolini',
        context: ['Italy between the wars', 'Benito Mussolini', 'Rise to power'],
      }),
    );
    expect(c.context).toEqual(['Italy between the wars']);
  });

  it('shows no breadcrumb when the note title holds the answer', () => {
    const c = withSafeContext(
      candidate({ kind: 'cloze', prompt: 'The ___ pumps blood.', answer: 'heart', context: ['The heart'] }),
    );
    expect(c.context).toEqual([]);
  });

  it('sees the answer in a heading that writes it in the plural or with a hyphen', () => {
    const plural = withSafeContext(
      candidate({
        kind: 'cloze',
        prompt: '___ is a danger that no reasonable care could have avoided.',
        answer: 'inherent risk',
        context: ['Negligence', 'Inherent risks', 'Defined in the Act'],
      }),
    );
    expect(plural.context).toEqual(['Negligence']);
    const hyphen = withSafeContext(
      candidate({
        kind: 'cloze',
        prompt: 'The shop put its ___ stand outside the door.',
        answer: 'side-walk sales',
        context: ['Torts', 'Sidewalk sales area'],
      }),
    );
    expect(hyphen.context).toEqual(['Torts']);
    // A word that only contains the answer's letters is not the answer ("party" does not show "art").
    const unrelated = withSafeContext(
      candidate({ kind: 'cloze', prompt: 'Painting is an ___.', answer: 'art', context: ['Party politics'] }),
    );
    expect(unrelated.context).toEqual(['Party politics']);
  });

  it('sees the answer in a heading with the same words in another order, or most of them', () => {
    const reordered = withSafeContext(
      candidate({
        kind: 'cloze',
        prompt: 'After 1815 two camps formed: the ___.',
        answer: 'Radicals and Moderates',
        context: ['Europe after Napoleon', 'Rise of Moderates and Radicals'],
      }),
    );
    expect(reordered.context).toEqual(['Europe after Napoleon']);
    const most = withSafeContext(
      candidate({
        kind: 'cloze',
        prompt: 'A state where one party rules has a ___.',
        answer: 'single-party system',
        context: ['Politics', 'Single-Party'],
      }),
    );
    expect(most.context).toEqual(['Politics']);
    // One word of three is a topic, not the answer; an author's own card keeps its note's title.
    const topic = withSafeContext(
      candidate({
        kind: 'cloze',
        prompt: 'The ___ of sodium is 2, 8, 1.',
        answer: 'outer shell arrangement',
        context: ['Chemistry', 'Shells'],
      }),
    );
    expect(topic.context).toEqual(['Chemistry', 'Shells']);
    const card = withSafeContext(
      candidate({
        kind: 'explicit',
        prompt: 'Louis XVI',
        answer: 'King during the French Revolution',
        context: ['French Revolution'],
      }),
    );
    expect(card.context).toEqual(['French Revolution']);
  });

  it('drops a party asked about under the case that names it', () => {
    expect(namesAnswerPartly(['Contract', 'Hollis v Marsh (1902)'], 'Mrs Marsh')).toBe(true);
    expect(namesAnswerPartly(['Contract', 'Offer and acceptance'], 'Mrs Marsh')).toBe(false);
  });

  it('never shows an item whose context contains its answer, on a whole note', () => {
    const items = itemsOf(
      '## Benito Mussolini\n- Led the **March on Rome** in 1922\n- Founded the Fascist movement in Milan\n',
      'italy.md',
    );
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      if (item.kind === 'order' || item.kind === 'argument') continue;
      for (const part of item.context) expect(part.toLowerCase()).not.toContain(item.answer.toLowerCase());
    }
  });
});

describe('gate 12: structure is not content', () => {
  it('knows headings that only label a part of a note', () => {
    for (const label of [
      'Background',
      'Key Differences',
      'Step 6',
      'Case summary',
      'Week 3',
      '2.1',
      'Setting',
      'Key themes',
    ])
      expect(isStructuralLabel(label)).toBe(true);
    for (const term of ['Osmosis', 'Mind reading', 'Treaty of Versailles', '1905'])
      expect(isStructuralLabel(term)).toBe(false);
  });

  it('knows a case name wherever it is written', () => {
    for (const text of ['Hollis v Marsh (1902)', 'R v Okafor', 'Facts of Brandt vs Coles'])
      expect(namesCase(text)).toBe(true);
    for (const text of ['Vitamin C deficiency', 'the v-shaped valley']) expect(namesCase(text)).toBe(false);
  });

  it('reads the parties of each case a text names', () => {
    expect(casePartiesIn('Brandt v Coles & Hart Pty Ltd [1988] 2 QB 14')).toEqual([
      'brandt',
      'coles & hart pty ltd',
    ]);
    expect(casePartiesIn('See R v Okafor (No 2), then Hollis vs Marsh')).toEqual([
      'okafor',
      'hollis',
      'marsh',
    ]);
    expect(casePartiesIn('Re Dunmore v Minister for Ports')).toEqual(['dunmore', 'minister for ports']);
    // A word that ends in punctuation closes what comes before the name.
    expect(casePartiesIn('Negligence: Donoghue v Stevenson')).toEqual(['donoghue', 'stevenson']);
    expect(casePartiesIn('Lord Atkin, Donoghue v Stevenson, 1932')).toEqual(['donoghue', 'stevenson']);
    // A word in brackets inside a company's name is part of it.
    expect(casePartiesIn('Hart Stores (Northern) Ltd v Pell (1990)')).toEqual([
      'hart stores northern ltd',
      'pell',
    ]);
    expect(casePartiesIn('growth v decline of towns')).toEqual([]);
    expect(casePartiesIn('Vitamin C deficiency')).toEqual([]);
  });

  it('asks no blank that is only a party of a case the note names', () => {
    const note = [
      '# Contract cases',
      '',
      '- Brandt v Coles & Hart Pty Ltd [1988] 2 QB 14',
      '  - Brandt rented a delivery van from Coles & Hart.',
      '  - The van had been serviced by **Coles & Hart** the week before.',
      '  - The court held that the exclusion clause did not cover negligent repairs.',
      '- Hollis v Marsh (1902)',
      '  - Marsh sold the orchard to Hollis for £400.',
      '- Okafor v Dunmore (1911)',
      '- Pell v Barrow (1920)',
      '- Tarrant v Lisle (1931)',
      '- The Commonwealth v Tasmania (1983)',
      '  - The **Commonwealth** has power over external affairs under section 51 of the Constitution.',
      '',
    ].join('\n');
    const items = itemsOf(note);
    const parties = ['Coles & Hart', 'Hollis', 'Marsh', 'Brandt'];
    expect(items.filter((i) => i.kind !== 'choice' && parties.includes(i.answer))).toEqual([]);
    // A government is what the law is about, even when it is a party.
    expect(items.some((i) => i.answer === 'Commonwealth')).toBe(true);
    // Outside a note of cases, a party named once is no reason to drop an item.
    const history = itemsOf(
      '# Watergate\n\n- In United States v Nixon the court ordered the tapes released.\n- **Gerald Ford** pardoned Nixon in September 1974.\n',
    );
    expect(history.some((i) => i.answer === 'Gerald Ford' || i.answer === 'September 1974')).toBe(true);
    // The assessment names the reason, and a blank that is no party is not lowered by it.
    const signals = {
      english: true,
      caseLaw: true,
      caseParties: new Set(['coles & hart pty ltd', 'marsh']),
    };
    const party = assess(
      candidate({
        kind: 'cloze',
        prompt: 'Brandt rented a delivery van from ___.',
        answer: 'Coles & Hart',
        generator: 'cloze',
      }),
      undefined,
      signals,
    );
    expect(party.reasons).toContain('-0.35 the answer is a party of a case the note names');
    const rule = assess(
      candidate({
        kind: 'cloze',
        prompt: 'The clause did not cover negligent ___.',
        answer: 'repairs',
        generator: 'cloze',
      }),
      undefined,
      signals,
    );
    expect(rule.reasons.some((r) => r.includes('party of a case'))).toBe(false);
  });

  it("reads both sides of each case, and lowers a who-question that names the answer's other side", () => {
    expect(casePairsIn('See R v Okafor (No 2), then Hollis vs Marsh')).toEqual([
      [undefined, 'okafor'],
      ['hollis', 'marsh'],
    ]);
    const signals = {
      english: true,
      caseLaw: true,
      caseParties: new Set(['hollis', 'marsh', 'quayle boat co', 'fenwick']),
      caseOpponents: new Map([
        ['hollis', ['marsh']],
        ['marsh', ['hollis']],
        ['quayle boat co', ['fenwick']],
        ['fenwick', ['quayle boat co']],
      ]),
    };
    const who = (prompt: string, answer: string) =>
      assess(
        candidate({ kind: 'qa', prompt, answer, generator: 'who', answerType: 'person' }),
        undefined,
        signals,
      );
    const gives = (a: ReturnType<typeof who>) => a.reasons.some((r) => r.includes("the answer's other side"));
    // "Hollis v Marsh": the question names Hollis, so Marsh is the one left.
    expect(gives(who('Who sold the orchard to Hollis for £400?', 'Marsh'))).toBe(true);
    // The other side named by the first word of its name.
    expect(gives(who('Who hired a steam launch from Quayle for the regatta?', 'Fenwick'))).toBe(true);
    // A word of English as the other side's first word ("Bank of Avalon v Pryce") is no name.
    const bank = assess(
      candidate({
        kind: 'qa',
        prompt: 'Who borrowed money from the bank in 1970?',
        answer: 'Pryce',
        generator: 'who',
      }),
      undefined,
      {
        ...signals,
        caseParties: new Set(['bank of avalon', 'pryce']),
        caseOpponents: new Map([['pryce', ['bank of avalon']]]),
      },
    );
    expect(gives(bank)).toBe(false);
    // A question that names no side of the answer's case, or a third party, is not lowered by it.
    expect(gives(who('Who promised a well that never ran dry?', 'Marsh'))).toBe(false);
    expect(gives(who('Who sold the orchard to Fenwick?', 'Marsh'))).toBe(false);
  });

  it('knows header fields', () => {
    expect(isHeaderField('Created Time: March 3, 2021 9:15 AM')).toBe(true);
    expect(isHeaderField('Lecturer: Dr Okafor')).toBe(true);
    expect(isHeaderField('Osmosis: water moving across a membrane')).toBe(false);
  });

  it('rejects a label as an answer or as a distractor', () => {
    expect(
      notStructure.check(
        candidate({ kind: 'reverse', prompt: 'Which term means: x y z?', answer: 'Summary' }),
      ),
    ).toMatch(/label/);
    const choice = candidate({
      kind: 'choice',
      prompt: 'Who crossed the Alps with elephants?',
      answer: 'Hannibal',
      choices: ['Hannibal', 'Scipio', 'Lecturer', 'Fabius'],
    });
    expect(notStructure.check(choice)).toMatch(/Lecturer/);
  });

  it('makes no definitions or events out of a header block', () => {
    const items = itemsOf('- Created Time: March 3, 2021 9:15 AM\n- Lecturer: Dr Okafor\n- Type: Lecture\n');
    expect(items).toEqual([]);
  });

  it('reads the year of a law report citation as part of the reference, not a date', () => {
    expect(findDates('Hollis v Marsh (1902) 12 CLR 44')).toEqual([]);
    expect(findDates('Brandt v Coles [1999] 2 WLR 17')).toEqual([]);
    expect(findDates('Hollis v Marsh (1902)')).toEqual([]);
    expect(findDates('The treaty (1648) ended the war').map((d) => d.text)).toEqual(['1648']);
  });
});

describe('gate 13: specific answers', () => {
  it('rejects generic nouns and booleans, keeps names and terms', () => {
    for (const vague of ['The court', 'the majority', 'More energy', 'The goal', 'Previous cases'])
      expect(isGeneric(vague)).toBe(true);
    for (const specific of ['High Court', 'photosynthesis', 'Treaty of Paris', 'GDP', 'Lenin'])
      expect(isGeneric(specific)).toBe(false);
    expect(
      specificAnswer.check(candidate({ kind: 'qa', prompt: 'What did the judge find?', answer: 'true' })),
    ).toMatch(/boolean/);
  });
});

describe('gate 14: whole text', () => {
  it('rejects cut text, note arrows, colons and questions without a question mark', () => {
    const cases = [
      { kind: 'cloze' as const, prompt: 'The army marched to ___ and then…', answer: 'Paris' },
      { kind: 'cloze' as const, prompt: 'Demand rises -> ___ rise.', answer: 'prices' },
      { kind: 'qa' as const, prompt: 'Causes of the war:', answer: 'nationalism' },
      { kind: 'qa' as const, prompt: 'What did Bismarck unify', answer: 'Germany' },
      { kind: 'cloze' as const, prompt: 'which the ___ then approved.', answer: 'Senate' },
      { kind: 'qa' as const, prompt: 'What is a neuron?', answer: 'a long cell containing' },
      { kind: 'explicit' as const, prompt: 'What causes myopia?', answer: 'It can be caused by:' },
    ];
    for (const c of cases) expect(wholeText.check(candidate(c)), c.prompt).toBeDefined();
    expect(
      wholeText.check(candidate({ kind: 'qa', prompt: 'What did Bismarck unify?', answer: 'Germany' })),
    ).toBeUndefined();
  });

  it('rejects a cloze cut after its preposition, a sum from a worked example and a piece of a citation', () => {
    const check = (prompt: string, answer: string) =>
      wholeText.check(candidate({ kind: 'cloze', prompt, answer }));
    expect(check('The court treated the landlord ___ as.', 'Mr Grey')).toMatch(/continuation/);
    expect(check('The buyer agrees to pay $___ for the boat.', '4,500')).toMatch(/money/);
    expect(check('Damages were awarded (Hadley v Baxendale (1854) 9 ___ 341).', 'Ex')).toBeUndefined();
    expect(check('Reliance was protected (Smith v Jones (1921) 3 ___ 12).', 'App Cas')).toMatch(/law report/);
    expect(check('The ___ entered the war in 1917.', 'US')).toBeUndefined();
    expect(check('The treaty was signed in ___.', 'Paris')).toBeUndefined();
    expect(check('The Reserve Bank of Australia (___) sets the cash rate.', 'RBA')).toMatch(/brackets/);
    expect(check('Old Carthage considered ___.', 'the rival of Rome')).toMatch(/passive/);
    expect(check('___ used to date organic remains.', 'Carbon-14')).toMatch(/passive/);
    expect(check('Kepler is considered the ___ of modern optics.', 'father')).toBeUndefined();
    expect(check('Negative ions are called ___.', 'anions')).toBeUndefined();
    expect(check('Credit depends on your ___, including.', 'income')).toMatch(/continuation/);
    expect(check('A valid ___ requires.', 'contract')).toMatch(/continuation/);
    expect(check('Magna Carta sealed - ___ by the barons at Runnymede.', 'June 1215')).toMatch(/dash/);
    expect(check('A money bill is ___ def.', 'a bill for taxes')).toMatch(/def/);
    expect(
      check(
        'The first peace conference met in ___ in the Netherlands. Hoping to limit new weapons.',
        'The Hague',
      ),
    ).toMatch(/run together/);
  });

  it('rejects template braces and a date that stands as the subject of its sentence', () => {
    const braces = candidate({
      kind: 'cloze',
      prompt: 'Harvests failed in the ___ due to{{ drought.',
      answer: '1840s',
    });
    const subject = candidate({ kind: 'date', prompt: '___ founded the trading league.', answer: '1967' });
    const fine = candidate({
      kind: 'date',
      prompt: 'The trading league was founded in ___.',
      answer: '1967',
    });
    expect(wholeText.check(braces)).toMatch(/markup/);
    expect(wholeText.check(subject)).toMatch(/subject/);
    expect(wholeText.check(fine)).toBeUndefined();
  });

  it('rejects a blank that runs into the next clause, or holds only a quantifier', () => {
    const runOn = candidate({
      kind: 'cloze',
      prompt: 'The city was besieged by the ___ were leaving by sea.',
      answer: 'Goths and citizens',
    });
    const subject = candidate({
      kind: 'cloze',
      prompt: 'The treaties signed by ___ were broken within a decade.',
      answer: 'Sparta and Athens',
    });
    const emphasis = candidate({ kind: 'cloze', prompt: '___ lenses bend light.', answer: 'All' });
    expect(wholeText.check(runOn)).toMatch(/next clause/);
    expect(wholeText.check(subject)).toBeUndefined();
    expect(wholeText.check(emphasis)).toMatch(/quantifier/);
  });

  it('rejects run-together lines, lost words, dangling ends, leftover glyphs and shorthand', () => {
    const refused: [Parameters<typeof candidate>[0], RegExp][] = [
      [
        { kind: 'cloze', prompt: 'The guild met in Lyon, ___. to elect a master.', answer: '1402' },
        /run together/,
      ],
      [
        { kind: 'cloze', prompt: 'She was bold through and through. recalls ___.', answer: 'Cato' },
        /run together/,
      ],
      [
        { kind: 'cloze', prompt: 'Rome turned to support the in the late ___.', answer: '200s BC' },
        /article/,
      ],
      [
        { kind: 'date', prompt: 'When did the council call for new roads through?', answer: '1820' },
        /continuation/,
      ],
      [
        { kind: 'reverse', prompt: 'Which term means: the charge of a proton, and?', answer: 'Z' },
        /continuation/,
      ],
      [
        { kind: 'cloze', prompt: '___ which breaks starch into sugars.', answer: 'Amylase' },
        /relative clause/,
      ],
      [{ kind: 'cloze', prompt: 'The tax was repealed in ___ ~~.', answer: '1846' }, /markup/],
      [
        { kind: 'reverse', prompt: 'Which term means: ◦ grain prices ▪ tariffs?', answer: 'Corn Laws' },
        /markup/,
      ],
      [
        { kind: 'qa', prompt: 'What is a lien def?', answer: 'a right to keep goods until paid' },
        /shorthand/,
      ],
      [
        {
          kind: 'reverse',
          prompt: 'Which term means: a tax on imports. It was hated by farmers?',
          answer: 'Tariff',
        },
        /two sentences/,
      ],
    ];
    refused.push(
      [
        { kind: 'qa', prompt: 'Why does the tide rise twice a day and falls twice?', answer: 'the moon' },
        /second verb/,
      ],
      [
        { kind: 'qa', prompt: 'Why do critics argue that the reform was?', answer: 'too slow' },
        /continuation/,
      ],
    );
    refused.push(
      [{ kind: 'cloze', prompt: '___: wash hands and keep wounds covered.', answer: 'Prevention' }, /label/],
      [
        { kind: 'cloze', prompt: '___ (from 1450). Print spread across Europe.', answer: 'Print era' },
        /labels a note/,
      ],
      [
        { kind: 'cloze', prompt: '___ a valve that stops blood flowing back.', answer: 'Mitral valve' },
        /labels a note/,
      ],
      [{ kind: 'date', prompt: '___ Britain joined the common market.', answer: '1973' }, /labels the line/],
      [
        { kind: 'date', prompt: 'The vote was delayed to ___: but no poll was held.', answer: 'May 1998' },
        /glued/,
      ],
      [{ kind: 'date', prompt: 'The board met; the union struck from ___.', answer: '1926' }, /glued/],
      [
        { kind: 'date', prompt: 'The charter was granted in ___, the town grew quickly.', answer: '1215' },
        /joined by a comma/,
      ],
      [
        { kind: 'date', prompt: 'When did the split over doctrine affected the alliance?', answer: '1961' },
        /second verb/,
      ],
      [
        { kind: 'cloze', prompt: "___' fleet crossed the strait at night.", answer: 'King Cnut' },
        /possessive/,
      ],
      [
        { kind: 'reverse', prompt: 'Which term means: the length of a half wave?', answer: 'Most dipoles' },
        /quantifier/,
      ],
      [
        { kind: 'cloze', prompt: 'Steam looms spread through ___ in the early.', answer: 'Lancashire' },
        /before the period/,
      ],
    );
    for (const [c, why] of refused) expect(wholeText.check(candidate(c)), c.prompt).toMatch(why);
    const kept: Parameters<typeof candidate>[0][] = [
      { kind: 'qa', prompt: 'Why did the guilds fix prices and products?', answer: 'to limit competition' },
      { kind: 'date', prompt: 'When did the king sign the treaty that ended the war?', answer: '1648' },
      { kind: 'qa', prompt: 'What does NATO stand for?', answer: 'North Atlantic Treaty Organization' },
      { kind: 'date', prompt: 'When did the Govt. pass the Factory Act?', answer: '1833' },
      { kind: 'cloze', prompt: 'Prices rose, e.g. bread doubled in ___.', answer: '1795' },
      {
        kind: 'reverse',
        prompt: 'Which term means: the movement of water across a membrane?',
        answer: 'Osmosis',
      },
      {
        kind: 'cloze',
        prompt: 'A deficit means the state spends more than it earns in ___.',
        answer: 'a year',
      },
      { kind: 'cloze', prompt: 'Steam looms spread through ___ in the early 1800s.', answer: 'Lancashire' },
      { kind: 'cloze', prompt: 'The ___ season ends when the rains come early.', answer: 'dry' },
    ];
    for (const c of kept) expect(wholeText.check(candidate(c)), c.prompt).toBeUndefined();
  });

  it('keeps names capitalised when a bullet is completed with its subject', () => {
    expect(decapitalise("Joseph Stalin's main opponent")).toBe("Joseph Stalin's main opponent");
    expect(decapitalise('Commander of the Red Army')).toBe('commander of the Red Army');
    expect(decapitalise('The Roman Empire')).toBe('the Roman Empire');
  });
});

describe('gate 15: sure or silent', () => {
  it('scores a guessed one-word blank in a prose fragment below the threshold', () => {
    const c = candidate({
      kind: 'cloze',
      prompt: 'Makes the whole ___ void.',
      answer: 'contract',
      generator: 'cloze',
    });
    expect(assess(c, undefined).score).toBeLessThan(MIN_CONFIDENCE);
  });

  it('lowers a who-question answered by writings, an order of monks or God', () => {
    const score = (answer: string) =>
      assess(
        candidate({ kind: 'qa', prompt: 'Who taught that grace comes first?', answer, generator: 'who' }),
        undefined,
      ).score;
    const person = score('Augustine');
    for (const thing of ['Epistles of Peter', 'Anglican', 'God']) expect(score(thing)).toBeLessThan(person);
  });

  it('asks no date of a passive that lost its "was" ("Bill introduced to Parliament"), but of the active one', () => {
    const items = itemsOf(
      '# Streaming law\n\n## The bill\n- March 2025 - Bill introduced to Parliament to make streamers invest in local drama\n- The minister referred the bill to a committee in April 2025\n',
      'law.md',
    );
    expect(items.map((i) => [i.kind, i.prompt, i.answer])).toEqual([
      ['date', 'The minister referred the bill to a committee in ___.', 'April 2025'],
    ]);
  });

  it('asks no date of what was decided "to be" something, written without its "was"', () => {
    const dates = (line: string) =>
      itemsOf(`# Treaties\n\n## War debts\n- ${line}\n`, 'debts.md')
        .filter((i) => i.kind === 'date')
        .map((i) => i.prompt);
    expect(dates('Sum decided in 1932 to be one tenth of the debt')).toEqual([]);
    expect(dates('The allies fixed the sum in 1932 at one tenth of the debt')).toEqual([
      'The allies fixed the sum in ___ at one tenth of the debt.',
    ]);
  });

  it('lowers an author\'s card that asks for "some" of an open list', () => {
    const score = (prompt: string) =>
      assess(
        candidate({ kind: 'explicit', prompt, answer: 'oak, ash, beech, etc.', generator: 'explicit' }),
        undefined,
      ).score;
    expect(score('Some broadleaf trees')).toBeLessThan(MIN_CONFIDENCE);
    expect(score('What are some broadleaf trees?')).toBeLessThan(MIN_CONFIDENCE);
    expect(score('Broadleaf trees of the valley')).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    // An essay task has no one answer either; a card that only says "write" in passing does.
    expect(score('Write about the trees of the valley.')).toBeLessThan(MIN_CONFIDENCE);
    expect(score('Write some broadleaf trees.')).toBeLessThan(MIN_CONFIDENCE);
    expect(score('Trees a poet would write about')).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(score('Write down the formula for the area of a circle')).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(score('Write a short note on broadleaf trees.')).toBeLessThan(MIN_CONFIDENCE);
  });

  it('lowers "Which term means" over a statement rather than a description', () => {
    const score = (explanation: string) =>
      assess(
        candidate({
          kind: 'reverse',
          prompt: `Which term means: ${explanation}?`,
          answer: 'Tariff',
          generator: 'definition',
          context: ['Trade'],
        }),
        undefined,
      ).score;
    expect(score('governments collect taxes from importers of goods')).toBeLessThan(
      score('a tax that a government collects on imported goods'),
    );
  });

  it('drops "Which term means" over what the term does or a second predicate, keeps a description', () => {
    const score = (explanation: string) =>
      assess(
        candidate({
          kind: 'reverse',
          prompt: `Which term means: ${explanation}?`,
          answer: 'Tariff',
          generator: 'definition',
          context: ['Trade'],
        }),
        undefined,
      ).score;
    const description = score('a tax that a government collects on imported goods');
    expect(description).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(score('raises the price of imported goods at the border')).toBeLessThan(MIN_CONFIDENCE);
    expect(score('who pays the duty when goods cross the border')).toBeLessThan(MIN_CONFIDENCE);
    expect(score('a tax on imported goods, and usually has a fixed rate')).toBeLessThan(description);
    expect(score('a tax on imports and, for that reason, may raise prices')).toBeLessThan(description);
  });

  it('lowers two sentences joined by a comma, not a sentence with a phrase or a clause after its comma', () => {
    const score = (kind: 'cloze' | 'date', prompt: string, answer = '1880') =>
      assess(candidate({ kind, prompt, answer, generator: kind === 'date' ? 'date' : 'cloze' }), undefined)
        .score;
    const plain = score('cloze', 'The borough council of Leeds was first elected in ___.');
    expect(
      score('cloze', 'The borough council of Leeds was first elected in ___, the turnout was low.'),
    ).toBeLessThan(plain);
    expect(
      score('cloze', 'The borough council of Leeds was first elected in ___, members are chosen by wards.'),
    ).toBeLessThan(plain);
    expect(score('date', 'When was the mayor elected, and he promised new drains?')).toBeLessThan(
      score('date', 'When was the mayor elected?'),
    );
    // A phrase, a relative clause, a participle or an opening date before the comma are one sentence.
    expect(
      score('cloze', 'The borough council of Leeds was first elected in ___, which pleased the ratepayers.'),
    ).toBe(plain);
    expect(
      score('cloze', 'The borough council of Leeds was first elected in ___, ending the old vestry.'),
    ).toBe(plain);
    expect(score('cloze', 'The hall was a large, square building called the ___.', 'Exchange')).toBe(
      score('cloze', 'The hall was a large square building called the ___.', 'Exchange'),
    );
    expect(score('cloze', 'In ___, the council was first elected.')).toBe(
      score('cloze', 'In ___ the council was first elected.'),
    );
  });

  it('lowers a judge or a party of a case that nothing names', () => {
    const score = (prompt: string, context: string[]) =>
      assess(
        candidate({ kind: 'qa', prompt, answer: 'a late filing', generator: 'cause', context }),
        undefined,
      ).score;
    const ask = 'Why did the trial judge refuse the adjournment?';
    expect(score(ask, ['Civil procedure', 'Delay'])).toBeLessThan(
      score(ask, ['Civil procedure', 'Harlow v Finch (1998)']),
    );
  });

  it('lowers a date in a note of cases more than in other notes', () => {
    const c = candidate({
      kind: 'date',
      prompt: 'The lease was signed in ___.',
      answer: 'May 1971',
      generator: 'date',
    });
    const cases = assess(c, undefined, { english: true, caseLaw: true }).score;
    const plain = assess(c, undefined, { english: true, caseLaw: false }).score;
    expect(plain - cases).toBeCloseTo(0.3, 5);
  });

  it('lowers a blank that owns the words after it ("___\'s main areas")', () => {
    const score = (prompt: string) =>
      assess(candidate({ kind: 'cloze', prompt, answer: 'Port Harland', generator: 'cloze' }), undefined)
        .score;
    expect(score("Most traders settled in ___'s old quarter.")).toBeLessThan(
      score('Most traders settled in the old quarter of ___.'),
    );
  });

  it('lowers a definition whose explanation is three words or fewer ("a common problem")', () => {
    const score = (prompt: string) =>
      assess(candidate({ kind: 'reverse', prompt, answer: 'Drought', generator: 'definition' }), undefined)
        .score;
    const long = score('Which term means: a long period with far less rain than usual?');
    expect(score('Which term means: a common problem?')).toBeLessThan(long - 0.3);
    expect(score('Which term means: the main threat?')).toBeLessThan(long - 0.3);
  });

  it('lowers a question with a colon inside it, and a who-question answered by a share of a group', () => {
    const who = (prompt: string, answer = 'Mary Kingsley') =>
      assess(candidate({ kind: 'qa', prompt, answer, generator: 'who' }), undefined).score;
    const plain = who('Who travelled up the Ogooué river in 1895?');
    expect(who('Who makes two points in the letter quoted: that trade helps the coast?')).toBeLessThan(
      plain - 0.2,
    );
    expect(who('Who travelled up the Ogooué river in 1895?', 'Some traders')).toBeLessThan(plain - 0.2);
    // Ratios, times, verses and titles hold colons that join nothing.
    for (const prompt of [
      'Who mixed the paint 3:1 with oil?',
      'Who spoke at 10:30 on the first day?',
      'Who wrote "Dune: Messiah" in 1969?',
    ]) {
      const why = assess(
        candidate({ kind: 'qa', prompt, answer: 'Mary Kingsley', generator: 'who' }),
        undefined,
      );
      expect(why.reasons.join('; ')).not.toMatch(/colon/);
    }
  });

  it('lowers "What is when …?" and a question that leans on a result it does not show ("as a result")', () => {
    const score = (prompt: string, generator: 'what' | 'who', answer: string) =>
      assess(candidate({ kind: 'qa', prompt, answer, generator }), undefined).score;
    expect(score('What is when ice turns straight into vapour?', 'what', 'Sublimation')).toBeLessThan(
      score('What is the change of ice straight into vapour?', 'what', 'Sublimation') - 0.3,
    );
    expect(score('Who was made consul of Gaul as a result?', 'who', 'Gaius Marius')).toBeLessThan(
      score('Who was made consul of Gaul in 104 BC?', 'who', 'Gaius Marius') - 0.2,
    );
    // "as a result of …" names its cause.
    expect(score('Who was made consul as a result of the war with the Cimbri?', 'who', 'Gaius Marius')).toBe(
      score('Who was made consul after the war with the Cimbri?', 'who', 'Gaius Marius'),
    );
  });

  it('lowers a comparison with one other thing, and an answer that is a numbered heading', () => {
    const score = (kind: 'reverse' | 'qa', prompt: string, answer: string, generator = 'definition') =>
      assess(candidate({ kind, prompt, answer, generator }), undefined).score;
    expect(score('reverse', 'Which term means: a more patient hero than Achilles?', 'Hector')).toBeLessThan(
      score('reverse', 'Which term means: the Trojan prince who defended the city walls?', 'Hector') - 0.3,
    );
    expect(score('qa', 'Who was opposite of the poet Sappho?', 'Alcaeus', 'who')).toBeLessThan(
      score('qa', 'Who was a lyric poet of Lesbos?', 'Alcaeus', 'who') - 0.3,
    );
    // A noun in -er, "other than" and "rather than" are no comparison; a section of an Act is no heading.
    const reasons = (kind: 'reverse' | 'qa', prompt: string, answer: string, generator: string) =>
      assess(candidate({ kind, prompt, answer, generator }), undefined).reasons.join('; ');
    for (const prompt of [
      'Which term means: a whole number greater than one with no divisors but itself and one?',
      'Which term means: a member of a household other than its head?',
      'Which term means: a number larger than one that has only two divisors?',
    ])
      expect(reasons('reverse', prompt, 'Prime number', 'definition')).not.toMatch(/comparison/);
    expect(reasons('qa', 'What did the court apply?', 'Section 2 of the Voting Act', 'question')).not.toMatch(
      /heading/,
    );
    expect(score('qa', 'What did the court decide?', 'Step 3: Assess the damage', 'question')).toBeLessThan(
      score('qa', 'What did the court decide?', 'that the damage was too remote', 'question') - 0.3,
    );
  });

  it("lowers the note's shorthand ('Govt.', 'bc', 'w/o'), not the same letters in a word or an era", () => {
    const score = (prompt: string) =>
      assess(candidate({ kind: 'date', prompt, answer: '1947', generator: 'date' }), undefined).score;
    const plain = score('When did the government make Hindi an official language?');
    expect(score('When did the Govt. make Hindi an official lang.?')).toBeLessThan(plain - 0.3);
    expect(score('When did the mill close bc demand fell?')).toBeLessThan(plain - 0.3);
    expect(score('When did the mill close w/o notice?')).toBeLessThan(plain - 0.3);
    expect(score('When was the temp constitution replaced?')).toBeLessThan(plain - 0.3);
    // A temp variable and the def keyword are words of programming, not shorthand.
    for (const prompt of [
      'When did Python make def the keyword for a function?',
      'When did the course drop the temp variable swap?',
    ]) {
      const why = assess(candidate({ kind: 'date', prompt, answer: '1991', generator: 'date' }), undefined);
      expect(why.reasons.join('; ')).not.toMatch(/shorthand/);
    }
  });

  it('lowers a remark about the course, true only inside it ("the method we have covered most so far")', () => {
    const score = (prompt: string) =>
      assess(
        candidate({ kind: 'reverse', prompt, answer: 'Bubble sort', generator: 'definition' }),
        undefined,
      ).score;
    const plain = score('Which term means: a sort that swaps neighbours until none are out of order?');
    expect(score('Which term means: the sorting method we have covered most so far?')).toBeLessThan(
      plain - 0.3,
    );
    expect(score('Which term means: the sorting method shown in this lecture?')).toBeLessThan(plain - 0.3);
    // "in so far as" is a phrase of the law, "in class Mammalia" and "the next term" are content, not remarks.
    expect(score('Which term means: a duty that applies in so far as the contract allows?')).toBe(plain);
    for (const prompt of [
      'Which term means: an animal in class Mammalia that lays eggs?',
      'Which term means: the amount added to one term to get the next term?',
    ]) {
      const why = assess(
        candidate({ kind: 'reverse', prompt, answer: 'Bubble sort', generator: 'definition' }),
        undefined,
      ).reasons.join('; ');
      expect(why).not.toMatch(/course/);
    }
  });

  it('lowers a prompt that leans on the line before it', () => {
    const score = (prompt: string) =>
      assess(
        candidate({
          kind: 'cloze',
          prompt,
          answer: 'the treaty power',
          generator: 'cloze',
          context: ['Law', 'Cases'],
        }),
        undefined,
      ).score;
    const plain = score('The judge doubted the reach of ___ in that field.');
    expect(score('The judge again doubted the reach of ___ in that field.')).toBeLessThan(plain);
    expect(score('The judge saw this as a reason to limit ___ in that field.')).toBeLessThan(plain);
    expect(score('The judge doubted ___; the reasons are listed down below.')).toBeLessThan(plain);
  });

  it('lowers an open "What is …?" answered in four words or fewer', () => {
    const score = (answer: string) =>
      assess(
        candidate({
          kind: 'qa',
          prompt: 'What is a filibuster?',
          answer,
          generator: 'definition',
          context: ['Senate'],
        }),
        undefined,
      ).score;
    const short = score('a Senate delaying tactic');
    const long = score('a way of delaying a vote by talking for hours');
    expect(long - short).toBeCloseTo(0.2, 5);
  });

  it('explains its score with reasons', () => {
    const c = candidate({
      kind: 'date',
      prompt: 'Hollis v Marsh: the lease was signed in ___.',
      answer: 'May 1901',
      generator: 'date',
      context: ['Contract', 'Hollis v Marsh'],
    });
    const a = assess(c, undefined);
    expect(a.score).toBeLessThan(MIN_CONFIDENCE);
    expect(a.reasons.join(' ')).toMatch(/case/);
  });

  it('lowers contrasts of actions, open concepts, dates in brackets and "one of them"', () => {
    const score = (c: Parameters<typeof candidate>[0]): number => assess(candidate(c), undefined).score;
    const stance = score({
      kind: 'qa',
      prompt: 'What did Cato want, unlike Caesar?',
      answer: 'war with Carthage',
      generator: 'contrast',
      context: ['Rome', 'Senate'],
    });
    const action = score({
      kind: 'qa',
      prompt: 'What did Cato attack, unlike Caesar?',
      answer: 'war with Carthage',
      generator: 'contrast',
      context: ['Rome', 'Senate'],
    });
    expect(stance).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(action).toBeLessThan(MIN_CONFIDENCE);
    const argued = score({
      kind: 'qa',
      prompt: 'What did the Domino Theory argue?',
      answer: 'one fall leads to the next',
      generator: 'concept',
      context: ['Cold War', 'Domino Theory'],
    });
    const open = score({
      kind: 'qa',
      prompt: 'What was Land?',
      answer: 'rent as reward',
      generator: 'concept',
      context: ['Economics', 'Land'],
    });
    expect(argued).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(open).toBeLessThan(MIN_CONFIDENCE);
    const date = { kind: 'date' as const, answer: '1788', generator: 'date', context: ['Poets', 'Byron'] };
    expect(score({ ...date, prompt: 'Byron published a verse tale (___).' })).toBeLessThan(
      score({ ...date, prompt: 'Byron was born in ___.' }),
    );
    const cloze = {
      kind: 'cloze' as const,
      answer: 'Genoa',
      generator: 'cloze',
      context: ['Exiles', 'Mazzini'],
    };
    expect(score({ ...cloze, prompt: 'One of them was born in ___.' })).toBeLessThan(
      score({ ...cloze, prompt: 'Mazzini was born in ___.' }),
    );
  });

  it('lowers a blank that takes in the verb, an answer that points elsewhere, and a structural heading as subject', () => {
    const score = (prompt: string, answer: string, kind: 'cloze' | 'qa' = 'cloze'): number =>
      assess(
        candidate({
          kind,
          prompt,
          answer,
          generator: kind === 'qa' ? 'definition' : 'cloze',
          context: ['Trade', 'Guilds'],
        }),
        undefined,
      ).score;
    expect(score('The ___ the masters to fix prices.', 'fear of rivals led')).toBeLessThan(
      score('The ___ led the masters to fix prices.', 'fear of rivals'),
    );
    expect(score('What is the Silk Road?', 'one such route', 'qa')).toBeLessThan(
      score('What is the Silk Road?', 'a trade route from China to the Mediterranean', 'qa'),
    );
    const items = itemsOf('# Essays\n\n## Full Text\n- Was written in a single winter by the poet\n');
    expect(items.some((i) => /Full Text/.test(i.prompt))).toBe(false);
  });

  it('lowers who-questions answered by a country, a people or a bare role, and those that say "this" or "it"', () => {
    const who = (prompt: string, answer: string): number =>
      assess(
        candidate({ kind: 'qa', prompt, answer, generator: 'who', context: ['Europe', 'Treaties'] }),
        undefined,
      ).score;
    const person = who('Who signed the treaty at Tilsit in 1807?', 'Alexander I');
    expect(who('Who signed the treaty at Tilsit in 1807?', 'Prussia')).toBeLessThan(person);
    expect(who('Who signed the treaty at Tilsit in 1807?', 'Japanese')).toBeLessThan(person);
    expect(who('Who signed the treaty at Tilsit in 1807?', 'Lawyer')).toBeLessThan(person);
    expect(who('Who saw this as a chance to split the allies?', 'Alexander I')).toBeLessThan(person);
    expect(who('Who answers coldly - "I have my orders"?', 'Alexander I')).toBeLessThan(
      who('Who answers coldly with "I have my orders"?', 'Alexander I'),
    );
  });

  it('lowers prompts that point at something not shown, but not "such as" or "above the"', () => {
    const score = (prompt: string): number =>
      assess(
        candidate({
          kind: 'cloze',
          prompt,
          answer: 'tithes',
          generator: 'cloze',
          context: ['Church', 'Taxes'],
        }),
        undefined,
      ).score;
    const plain = score('Peasants paid ___ to the parish church.');
    expect(score('Peasants paid ___ for that reason to the church.')).toBe(plain);
    expect(score('Such payments were called ___.')).toBeLessThan(plain);
    expect(score('Courts settled these disputes with ___.')).toBeLessThan(plain);
    expect(score('Peasants paid ___ as well as that way.')).toBeLessThan(plain);
    // "such as ___" points at nothing (it is lowered as an example slot, a rule of its own).
    expect(score('Peasants paid dues such as tithes and ___ to the church.')).toBe(plain);
    expect(score('Peasants paid ___ along the red line of the chart.')).toBeLessThan(plain);
    const step = candidate({
      kind: 'cloze',
      prompt: 'Establish Whether The Duty ___ In The Circumstances.',
      answer: 'Is Owed',
      generator: 'cloze',
      context: ['Torts', 'Method'],
    });
    expect(assess(step, undefined).reasons.join('; ')).toMatch(/an instruction/);
    expect(assess(step, undefined).score).toBeLessThan(MIN_CONFIDENCE);
    expect(score('Aim is to pay ___ to the parish church.')).toBe(
      score('The aim was to pay ___ to the parish church.'),
    );
  });

  it('lowers author questions answered by lines that do not answer them, and definitions of symbols', () => {
    const q = (prompt: string, answer: string, generator = 'question'): number =>
      assess(candidate({ kind: 'qa', prompt, answer, generator, context: ['Biology', 'Glands'] }), undefined)
        .score;
    expect(q('Where is the thyroid gland found?', 'The thyroid makes several hormones')).toBeLessThan(
      q('Where is the thyroid gland found?', 'In the neck, below the larynx'),
    );
    expect(q('How many chambers does the heart have?', 'The heart is a muscle')).toBeLessThan(
      q('How many chambers does the heart have?', 'Four chambers: two atria and two ventricles'),
    );
    expect(q('What is E?', 'the symbol of an element', 'definition')).toBeLessThan(MIN_CONFIDENCE);
    expect(q("What is 'If there?", 'a claim of duress', 'definition')).toBeLessThan(MIN_CONFIDENCE);
  });

  it('lowers why-questions cut at a comma, with an inner clause, or ending in a participle', () => {
    const why = (prompt: string): number =>
      assess(
        candidate({
          kind: 'qa',
          prompt,
          answer: 'the drought of 1315',
          generator: 'cause',
          context: ['Famine', 'Causes'],
        }),
        undefined,
      ).score;
    const plain = why('Why did grain prices rise in 1316?');
    expect(plain).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(why('Why did grain prices rise, unlike wages?')).toBeLessThan(MIN_CONFIDENCE);
    expect(why('Why did the council find that grain prices rose?')).toBeLessThan(plain);
    expect(why('Why did the famine follow a harvest ruined?')).toBeLessThan(plain);
    // "Court held lacked jurisdiction because …": the court's finding without its "it", capital or not.
    expect(why('Why did Court hold lacked jurisdiction?')).toBeLessThan(MIN_CONFIDENCE);
    expect(why('Why did court hold lacked jurisdiction?')).toBeLessThan(MIN_CONFIDENCE);
  });

  it('drops a date asked of a passive without its "were" ("towns allowed to set up …")', () => {
    const items = itemsOf('## Policing\n- **1835** - Towns allowed to set up their own police forces\n');
    expect(items.some((i) => /When did towns allow/i.test(i.prompt))).toBe(false);
  });

  it('lowers a reverse item whose explanation lost its subject or is a worked example', () => {
    const score = (prompt: string, answer = 'Tariff'): number =>
      assess(
        candidate({ kind: 'reverse', prompt, answer, generator: 'definition', context: ['Trade', 'Terms'] }),
        undefined,
      ).score;
    const definition = score('Which term means: a tax that a state charges on goods coming in?');
    expect(score('Which term means: must be paid on goods coming in from abroad?')).toBeLessThan(definition);
    expect(score('Which term means: a 10% charge on a $40 import gives $4?')).toBeLessThan(definition);
    expect(score('Which term means: a tax?')).toBeLessThan(definition);
    expect(
      score('Which term means: a tax that a state charges on goods coming in?', 'Duty on goods from abroad'),
    ).toBeLessThan(definition);
  });

  it('drops a statement that only inherits a heading which is not a person', () => {
    const items = itemsOf('## Flashcards\n- Were civil war\n');
    expect(items).toEqual([]);
  });

  it('gives telegraphic bullets the name of their heading, and asks only what it is sure of', () => {
    const items = itemsOf(
      '## Hannibal Barca\n- Crossed the Alps with war elephants\n- Defeated the Romans at **Cannae**\n',
    );
    const cannae = items.find((i) => i.answer === 'Cannae');
    expect(cannae?.prompt).toBe('Hannibal Barca defeated the Romans at ___ (first letter: C).');
    // Whether "Hannibal Barca" is a who or a what is unknown here: no item guesses it (sure or silent).
    expect(items.some((i) => i.answer === 'Hannibal Barca')).toBe(false);
  });
});

describe('gate 16: few and best', () => {
  it('keeps at most two items per fact, never two clozes of it', () => {
    const fact = 'Hannibal crossed the Alps in 218 BC';
    const scored = [
      {
        candidate: candidate({
          kind: 'cloze',
          prompt: '___ crossed the Alps in 218 BC.',
          answer: 'Hannibal',
          fact,
        }),
        score: 0.7,
      },
      {
        candidate: candidate({
          kind: 'cloze',
          prompt: 'Hannibal crossed the ___ in 218 BC.',
          answer: 'Alps',
          fact,
        }),
        score: 0.69,
      },
      {
        candidate: candidate({
          kind: 'date',
          prompt: 'When did Hannibal cross the Alps?',
          answer: '218 BC',
          fact,
        }),
        score: 0.65,
      },
      {
        candidate: candidate({
          kind: 'qa',
          prompt: 'Who crossed the Alps in 218 BC?',
          answer: 'Hannibal',
          fact,
        }),
        score: 0.6,
      },
    ];
    const { kept } = bestPerFact(scored);
    expect(kept.map((s) => s.candidate.kind).sort()).toEqual(['cloze', 'date']);
  });
});

describe('confidence: shapes the ratings failed', () => {
  const base = { context: ['Note', 'Section'], generator: 'table' } as const;
  it('asks a table cell only when its column is an attribute of the row', () => {
    const category = candidate({
      ...base,
      kind: 'qa',
      prompt: 'What is the buddhists of Suffering?',
      answer: 'Desire',
    });
    const attribute = candidate({
      ...base,
      kind: 'qa',
      prompt: 'What is the boiling point of Ethanol?',
      answer: '78 °C',
    });
    expect(assess(category, undefined).score).toBeLessThan(MIN_CONFIDENCE);
    expect(assess(attribute, undefined).score).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  it('does not ask for one band of a scale in a table', () => {
    const band = candidate({
      ...base,
      kind: 'qa',
      prompt: 'What is the speed range of Gale?',
      answer: '62-74 km/h',
    });
    const optimum = candidate({
      ...base,
      kind: 'qa',
      prompt: 'What is the optimum temperature of Amylase?',
      answer: '35-40',
    });
    expect(assess(band, undefined).reasons).toContain('-0.30 one band of a scale in a table');
    // A range under any other header is a fact of its own.
    expect(assess(optimum, undefined).reasons.some((r) => r.includes('band of a scale'))).toBe(false);
  });

  it('lowers a note to self, a blank that is a sentence of its own and an equals sign beside the blank', () => {
    const reasons = (kind: 'cloze' | 'reverse', prompt: string, answer: string) =>
      assess(
        candidate({ kind, prompt, answer, generator: kind === 'cloze' ? 'cloze' : 'definition' }),
        undefined,
      ).reasons.join('; ');
    expect(reasons('reverse', 'Which term means: rules on joint ventures?', 'Later in the course')).toMatch(
      /note to self/,
    );
    expect(reasons('cloze', 'The tribunal gives a binding award. ___.', 'Appeals')).toMatch(
      /sentence of its own/,
    );
    // A numbered list's last step is asked as "… 3. ___.": the number ends the sentence before the blank.
    expect(reasons('cloze', 'Stages of mitosis: 1. Prophase; 2. Metaphase; 3. ___.', 'Anaphase')).not.toMatch(
      /sentence of its own/,
    );
    expect(
      reasons('cloze', '___=the state may act for its nationals abroad.', 'Protective principle'),
    ).toMatch(/equals sign/);
  });

  it('lowers an auxiliary right before a present verb ("is makes"), not one before a noun', () => {
    const reasons = (prompt: string) =>
      assess(
        candidate({ kind: 'qa', prompt, answer: 'Ruth Okafor', generator: 'who' }),
        undefined,
      ).reasons.join('; ');
    expect(reasons('Who argued that the merger is makes for weaker firms?')).toMatch(
      /auxiliary before a present verb/,
    );
    expect(reasons('Who argued that the merger was a loss for the towns?')).not.toMatch(/auxiliary/);
  });

  it('does not take "to be set up" for the verb of a dated statement', () => {
    const items = itemsOf(
      '## Police\n- 1856 - Compulsory for every county to be set up with a police force\n- 1829 - Peel founded the Metropolitan Police\n',
    );
    expect(items.some((i) => i.kind === 'date' && /Compulsory|compulsory/.test(i.prompt))).toBe(false);
    expect(items.some((i) => i.kind === 'date' && /Peel founded|did Peel found/.test(i.prompt))).toBe(true);
  });

  it('keeps ordinary sentences that look like the shapes above', () => {
    const has = (note: string, answer: string) => itemsOf(note).some((i) => i.answer === answer);
    // A verb that can take an object, used without one in a whole sentence ("held in", "taught at").
    expect(has('# Law\n\n- Lady Hale held in Radmacher that the agreement was binding.\n', 'Lady Hale')).toBe(
      true,
    );
    expect(has('# Philosophy\n\n- Hegel taught at **Heidelberg** before Berlin.\n', 'Heidelberg')).toBe(true);
    // An abbreviation's full stop before the blank, and an aside after a dash.
    expect(has('# Medicine\n\n- Insulin was first isolated in 1921 by Dr. **Banting**.\n', 'Banting')).toBe(
      true,
    );
    expect(has('# Capitals\n\n- The capital of Canada is **Ottawa** — not Toronto.\n', 'Ottawa')).toBe(true);
    // "has" before a plural noun, and a quoted phrase that opens on "but".
    expect(has('# Firms\n\n- The firm has plans to open a plant in **Brazil** by 2030.\n', 'Brazil')).toBe(
      true,
    );
    expect(
      has(
        '# Torts\n\n- The "but for" test asks whether the loss would have happened without the **breach**.\n',
        'breach',
      ),
    ).toBe(true);
    // A name that ends in a capital letter is no article.
    expect(has('# Health\n\n- Hepatitis B spreads through **infected blood**.\n', 'infected blood')).toBe(
      true,
    );
  });

  it("lowers a case's name cut before its number, and a place given as the term of a definition", () => {
    const cloze = assess(
      candidate({
        kind: 'cloze',
        prompt: 'The ___ (No 2) turned on whether the fire was foreseeable.',
        answer: 'Pell Barge',
        generator: 'cloze',
      }),
      undefined,
    ).reasons.join('; ');
    expect(cloze).toMatch(/cut before its number/);
    const reverse = (answer: string) =>
      assess(
        candidate({
          kind: 'reverse',
          prompt: 'Which term means: a state in which power is shared between a centre and regions?',
          answer,
          generator: 'definition',
        }),
        undefined,
      ).reasons.join('; ');
    expect(reverse('Canada')).toMatch(/place or a people/);
    expect(reverse('federalism')).not.toMatch(/place or a people/);
  });

  it('lowers a question run into its answer, a lone subordinate clause and an opening link to the sentence before', () => {
    const reasons = (prompt: string) =>
      assess(candidate({ kind: 'cloze', prompt, answer: 'x', generator: 'cloze' }), undefined).reasons.join(
        '; ',
      );
    expect(reasons('How long may a lease run? -- ___.')).toMatch(/question and its answer/);
    expect(reasons('If the letters in the ___ showed any intent to be bound.')).toMatch(/no main clause/);
    expect(reasons('If a tenant stays on, the lease becomes a ___.')).not.toMatch(/no main clause/);
    expect(reasons('The result is that the tenant may stay as a ___.')).toMatch(
      /link to the sentence before/,
    );
    expect(reasons('The tenant may stay on as a ___.')).not.toMatch(
      /link to the sentence before|main clause/,
    );
  });

  it('lowers a quotation that opens mid-phrase, not one that opens on its first word', () => {
    const reasons = (prompt: string) =>
      assess(candidate({ kind: 'date', prompt, answer: '1998', generator: 'date' }), undefined).reasons.join(
        '; ',
      );
    expect(reasons('When did the assembly adopt a text on "and the right to water"?')).toMatch(
      /opens mid-phrase/,
    );
    expect(reasons('When did the assembly adopt a text on "the right to water"?')).not.toMatch(
      /opens mid-phrase/,
    );
    expect(reasons('When did the court say the word "fair" or "just" applied?')).not.toMatch(
      /opens mid-phrase/,
    );
  });

  it('lowers an open "What is …?" answered by a category alone or by what the term is not', () => {
    const qa = (prompt: string, answer: string) =>
      assess(candidate({ kind: 'qa', prompt, answer, generator: 'definition' }), undefined).reasons.join(
        '; ',
      );
    const partial = /names only a category/;
    expect(qa('What is speeding?', 'a kind of regulatory offence')).toMatch(partial);
    expect(qa('What is a ratio decidendi?', 'a reason for deciding, not a remark')).toMatch(partial);
    expect(
      qa('What is osmosis?', 'a kind of diffusion of water across a membrane from low to high solute'),
    ).not.toMatch(partial);
  });

  it('takes a name ending in -les, -mes or -xes for a person, and a plural noun for none', () => {
    const who = (answer: string) =>
      assess(
        candidate({ kind: 'qa', prompt: 'Who sailed to Troy with the fleet?', answer, generator: 'who' }),
        undefined,
      ).reasons;
    const notPerson = '-0.30 the answer does not look like a person';
    for (const name of ['Achilles', 'Hercules', 'Hermes', 'Xerxes'])
      expect(who(name)).not.toContain(notPerson);
    for (const plural of ['Sailors', 'Platelets', 'Enzymes', 'Rules', 'Taxes'])
      expect(who(plural)).toContain(notPerson);
  });

  it('lowers a who-question whose deed is done to "a" thing it never names', () => {
    const who = (prompt: string) =>
      assess(
        candidate({ kind: 'qa', prompt, answer: 'Ada Quill', generator: 'who' }),
        undefined,
      ).reasons.join('; ');
    expect(who('Who drafted a short report?')).toMatch(/never names/);
    expect(who('Who wrote a letter?')).toMatch(/never names/);
    expect(who('Who drafted a report on the mill fire?')).not.toMatch(/never names/);
    expect(who('Who drafted the Factory Report?')).not.toMatch(/never names/);
  });

  it("lowers a who-question about a party's act that names nothing else, in a note of cases", () => {
    const cases = { english: true, caseLaw: true, caseParties: new Set(['okafor', 'dunmore']) };
    const who = (prompt: string, answer = 'Okafor') =>
      assess(
        candidate({ kind: 'qa', prompt, answer, answerType: 'person', generator: 'who' }),
        undefined,
        cases,
      ).reasons;
    const vague = "-0.30 a party's act that names nothing else: it fits many cases";
    expect(who('Who appealed against the damages?')).toContain(vague);
    expect(who('Who leased the warehouse from Brandt Shipping?')).not.toContain(vague);
    expect(who('Who paid £4,000 for the boat?')).not.toContain(vague);
    // A judge is no party: "Who formulated the neighbour principle?" is the point of the case.
    expect(who('Who formulated the neighbour principle in his speech?', 'Lord Atkin')).not.toContain(vague);
  });

  it("lowers who did what at a date of a case's story, in a note of cases only", () => {
    const cases = { english: true, caseLaw: true, caseParties: new Set(['okafor', 'dunmore']) };
    const who = (prompt: string, signals: NoteSignals = cases) =>
      assess(
        candidate({ kind: 'choice', prompt, answer: 'Okafor', answerType: 'person', generator: 'who' }),
        undefined,
        signals,
      ).reasons.join('; ');
    expect(who('Who had rented a flat from Dunmore in June 2014?')).toMatch(/at a date of a case/);
    expect(who('Who moved to Leeds in 1998 with her parents?')).toMatch(/at a date of a case/);
    expect(who('Who leased the warehouse from Dunmore?')).not.toMatch(/at a date/);
    // The year of an Act or a reported case names a law, not a day of the story.
    expect(who('Who bears the onus of proof under the Civil Liability Act 2002?')).not.toMatch(/at a date/);
    expect(who('Who owed the duty of care in Donoghue v Stevenson [1932]?')).not.toMatch(/at a date/);
    // Outside a note of cases a dated who-question is history, not a case's story.
    expect(who('Who crossed the Rubicon in 49 BC?', { english: true, caseLaw: false })).not.toMatch(
      /at a date/,
    );
  });

  it('does not ask "Who was <term> <meaning>?" from a marked term and its meaning under a person', () => {
    const fact = (written: string, terms: Fact['terms']): Fact => ({
      text: `Quintilian was ${written}`,
      written,
      subject: { name: 'Quintilian', person: true, plural: false },
      inherited: true,
      terms,
      dates: [],
      isExample: false,
      unresolved: false,
      description: true,
      context: ['Rhetoric', 'Quintilian'],
      source: { path: 'rhetoric.md', line: 3, endLine: 3 },
      children: [],
      origin: 'bullet',
    });
    const ask = (prompt: string) =>
      candidate({ kind: 'qa', generator: 'who', prompt, answer: 'Quintilian', context: ['Rhetoric'] });
    const term = fact("Exordium Appeal to the audience's goodwill", [{ text: 'Exordium', origin: 'code' }]);
    const role = fact('Teacher of the young Pliny in Rome', [{ text: 'Pliny', origin: 'name' }]);
    expect(assess(ask("Who was Exordium Appeal to the audience's goodwill?"), term).score).toBeLessThan(
      MIN_CONFIDENCE,
    );
    expect(assess(ask('Who was teacher of the young Pliny in Rome?'), role).reasons.join()).not.toMatch(
      /marked term/,
    );
  });

  it('asks a cell under a one-word column, but not a row of totals', () => {
    const hormone = candidate({
      ...base,
      kind: 'qa',
      prompt: 'What is the hormone of Pancreas?',
      answer: 'Insulin',
    });
    const total = candidate({ ...base, kind: 'qa', prompt: 'What is the cost of Total?', answer: '£340' });
    expect(assess(hormone, undefined).score).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(assess(total, undefined).score).toBeLessThan(MIN_CONFIDENCE);
  });

  it('does not ask "Who" of a span of years alone: many people lived then', () => {
    const score = (prompt: string, kind: 'qa' | 'choice' = 'qa') =>
      assess(
        candidate({
          kind,
          prompt,
          answer: 'Geoffrey Chaucer',
          generator: 'who',
          context: ['Poets', 'England'],
        }),
        undefined,
      ).score;
    expect(score('Who lived from 1343-1400 AD?')).toBeLessThan(MIN_CONFIDENCE);
    expect(score('Who lived between 1343 and 1400?', 'choice')).toBeLessThan(MIN_CONFIDENCE);
    expect(score('Who lived in the 1300s?')).toBeLessThan(MIN_CONFIDENCE);
    // A deed or a place with the years says who.
    expect(score('Who wrote The Canterbury Tales between 1387 and 1400?')).toBeGreaterThanOrEqual(
      MIN_CONFIDENCE,
    );
    expect(score('Who lived in Aldgate from 1374 to 1386?')).toBeGreaterThan(
      score('Who lived from 1374 to 1386?'),
    );
  });

  it('does not ask "Who" where a name or a passive stands in for a person', () => {
    for (const prompt of [
      'Who was Northern Gaul?',
      'Who was written by the poet Ovid?',
      'Who was maybe a myth?',
    ]) {
      const c = candidate({
        kind: 'qa',
        prompt,
        answer: 'Clovis',
        generator: 'who',
        context: ['Rome', 'Gaul'],
      });
      expect(assess(c, undefined).score, prompt).toBeLessThan(MIN_CONFIDENCE);
    }
    const fine = candidate({
      kind: 'qa',
      prompt: 'Who was Prime Minister of Britain in 1940?',
      answer: 'Winston Churchill',
      generator: 'who',
      context: ['Britain', 'Leaders'],
    });
    expect(assess(fine, undefined).score).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  it('lowers the parties and dates of a note full of cases', () => {
    const c = candidate({
      kind: 'date',
      prompt: 'The lease was signed in ___.',
      answer: 'May 1901',
      generator: 'date',
    });
    const plain = assess(c, undefined, { english: true, caseLaw: false }).score;
    const cases = assess(c, undefined, { english: true, caseLaw: true }).score;
    expect(cases).toBeLessThan(plain);
  });
});

describe('choice distractors', () => {
  it("are whole names of other people, never a part of the answer's own name or a word of a firm", () => {
    const note = [
      '## Arthur Birling',
      '- Refused to raise the wages of his workers',
      '- Blamed the strike on Eva Smith',
      '## Gerald Croft',
      '- Admitted an affair with Daisy Renton',
      '## Sheila Birling',
      '- Confessed that she had Eva dismissed from a shop',
      '## Inspector Goole',
      '- Refused to leave before every family member confessed',
      '## Edna Baxter',
      '- Blamed the fog for the late supper',
      '',
      '- Associated Mills hired Eva Smith',
    ].join('\n');
    const choices = itemsOf(note).filter((i) => i.kind === 'choice');
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) {
      const others = (c.choices ?? []).filter((o) => o !== c.answer);
      for (const o of others) {
        expect(
          o.split(' ').some((w) => c.answer.split(' ').includes(w)),
          `${o} vs ${c.answer}`,
        ).toBe(false);
        expect(o).not.toBe('Associated');
      }
    }
  });
});

describe('confidence: fragments and descriptions', () => {
  it('drops verbless fragments but keeps whole statements', () => {
    const items = itemsOf(
      '## Mayans\n- Cities abandoned around **900 AD**\n- **Chichen Itza** was built by the Maya on the Yucatan peninsula\n',
    );
    expect(items.some((i) => i.answer === '900 AD')).toBe(false);
    expect(items.find((i) => i.answer === 'Chichen Itza')?.prompt).toBe(
      '___ (2 words: C, I) was built by the Maya on the Yucatan peninsula.',
    );
  });

  it('reads an adverb before "by", a citation or a semicolon after the verb as a passive without its "was"', () => {
    const items = itemsOf(
      [
        '## Soils',
        '- Surface crusting caused mainly by **raindrop impact**',
        '- Written **planning consent** needed (Harlow v Marsh (1998) 41 XYZ 12)',
        '- Original ruling upheld; stressed the role of **soil surveys** in the appeal',
        '- Decisions made jointly by the **parish council** are called local orders',
        '- Estimates based “wholly or partly” on **field surveys**',
        '- The **parish council** was founded by the farmers in 1894',
        '',
      ].join('\n'),
    );
    expect(items.some((i) => i.kind === 'cloze' && i.answer === 'raindrop impact')).toBe(false);
    expect(items.some((i) => i.kind === 'cloze' && i.answer === 'planning consent')).toBe(false);
    expect(items.some((i) => i.kind === 'cloze' && i.answer === 'soil surveys')).toBe(false);
    expect(items.some((i) => i.kind === 'cloze' && /^Estimates based/.test(i.prompt))).toBe(false);
    // A finding ("found in 1963 that …") and a change by an amount are sentences, not passives.
    const kept = itemsOf(
      '## Studies\n- Milgram found in 1963 that most people obeyed an **authority figure**\n- Profits increased steadily by **two million pounds** a year\n',
    );
    expect(kept.some((i) => i.answer === 'authority figure')).toBe(true);
    expect(kept.some((i) => i.answer === 'two million pounds')).toBe(true);
    // A participle inside the subject, with the verb further on, is no passive left without its "was".
    expect(items.some((i) => i.kind === 'cloze' && /^Decisions made jointly/.test(i.prompt))).toBe(true);
  });

  it('reads "related to" as the only verb as a noun phrase, not when another verb governs it', () => {
    const items = itemsOf(
      '## Treaties\n- The **Vienna Accord** and several pacts related to river shipping\n- The **Oder Charter** governs every pact related to river shipping\n- The **Harlow Canal** connected with the coast canal in the spring of that year\n',
    );
    expect(items.some((i) => i.kind === 'cloze' && i.answer === 'Vienna Accord')).toBe(false);
    expect(items.some((i) => i.kind === 'cloze' && i.answer === 'Oder Charter')).toBe(true);
    // "connected with" is a verb of its own.
    expect(items.some((i) => i.kind === 'cloze' && i.answer === 'Harlow Canal')).toBe(true);
  });

  it('asks no "What is …?" answered by a likeness ("the blueprint of …"), but one answered by what the term is', () => {
    const items = itemsOf(
      '## Cells\n\nA **genome** is the blueprint of every living cell.\n\nA **ribosome** is a small organelle that builds proteins.\n',
    );
    expect(items.some((i) => i.kind === 'qa' && i.prompt === 'What is a genome?')).toBe(false);
    expect(items.find((i) => i.kind === 'qa' && i.prompt === 'What is a ribosome?')?.answer).toBe(
      'a small organelle that builds proteins',
    );
  });

  it('keeps "it" that the bullet above can stand for, and drops one under a label', () => {
    const items = itemsOf(
      [
        '## Trade',
        '- The council built a new harbour in 1850',
        '  - Merchants praised it as a **gateway to the east**',
        '- Threats',
        '  - Rivals later copied it at **Bristol Docks**',
        '',
      ].join('\n'),
    );
    expect(items.find((i) => i.answer === 'gateway to the east')?.prompt).toMatch(
      /^Merchants praised it as a ___/,
    );
    expect(items.some((i) => i.answer === 'Bristol Docks')).toBe(false);
  });

  it('drops a verb that needs an object written without one, and a blank before a dash', () => {
    const items = itemsOf(
      [
        '## Archives',
        '- Tax rolls usually measured in **hides** of land',
        '- Parish registers held by **county record offices**',
        '- The **Domesday Book** was compiled for William I in 1086',
        '- **Hundred rolls** - surveys of royal rights made in the 1270s',
        '',
      ].join('\n'),
    );
    expect(items.some((i) => i.answer === 'hides' || i.answer === 'county record offices')).toBe(false);
    expect(items.some((i) => i.kind === 'cloze' && /___(?: \([^)]*\))?\s*-/.test(i.prompt))).toBe(false);
    expect(items.find((i) => i.answer === 'Domesday Book')?.prompt).toBe(
      'The ___ (2 words: D, B) was compiled for William I in 1086.',
    );
  });

  it('reads "Councillors often involved in …" as a passive without its "were", in a statement but not a definition', () => {
    const items = itemsOf(
      [
        '## Local government',
        '- Parish councillors often involved in **village planning** disputes',
        '- Borough officers concerned at the cost of **street lighting**',
        '- Water rate fixed in **1921** at five pence a week',
        '- Lord Halden decided in favour of the **tenants** in 1932',
        '- The county council **upheld** the planning decision in 1990',
        '',
      ].join('\n'),
    );
    expect(items.some((i) => i.answer === 'village planning' || i.answer === 'street lighting')).toBe(false);
    expect(items.some((i) => i.answer === '1921')).toBe(false);
    // "decided" is intransitive too: a judge who decided in favour of someone is a sentence.
    expect(items.some((i) => i.answer === 'tenants')).toBe(true);
    expect(items.some((i) => i.answer === 'upheld' || /upheld/.test(i.prompt))).toBe(true);
  });

  it('asks "Who was …?" only for a description that picks out one person', () => {
    const items = itemsOf(
      '## Otto von Bismarck\n- Chancellor of the German Empire\n- Loyal servant of the king\n- He unified Germany in 1871\n',
    );
    expect(items.find((i) => i.prompt === 'Who was chancellor of the German Empire?')?.answer).toBe(
      'Otto von Bismarck',
    );
    expect(items.some((i) => i.prompt === 'Who was loyal servant of the king?')).toBe(false);
  });

  it('does not say "in order" twice for a list whose title already says it', () => {
    const items = itemsOf(
      '## Steps of the scientific method\n1. Observe\n2. Hypothesise\n3. Test\n4. Conclude\n',
    );
    const steps = items.filter((i) => i.kind === 'cloze');
    expect(steps.length).toBe(4);
    expect(steps[0]?.prompt).toBe(
      'Steps of the scientific method: 1. ___ (first letter: O); 2. Hypothesise; 3. Test; 4. Conclude.',
    );
  });
});

describe('confidence: whose description is it', () => {
  it('does not give a heading person a description written under a bullet about someone else', () => {
    const items = itemsOf(
      '## Henry II\n- King of England from 1154\n- Married Eleanor of Aquitaine\n\t- One of the most powerful women of her day\n',
    );
    expect(items.find((i) => i.prompt === 'Who was king of England from 1154?')?.answer).toBe('Henry II');
    expect(items.some((i) => i.prompt.startsWith('Who was one of the most powerful women'))).toBe(false);
  });
});

describe('other languages', () => {
  it('says in --explain that a note not in English only gets marked-term clozes, dates and its own cards', () => {
    const text =
      '- La **photosynthèse** transforme la lumière en énergie chimique dans les feuilles des plantes\n' +
      '- Les plantes utilisent le dioxyde de carbone et rejettent du dioxygène pendant la journée\n';
    const built = buildDeck([noteFile('fr.md', text)], { vault: 'v' });
    expect(built.rejections.find((r) => r.gate === 'language')?.source.path).toBe('fr.md');
    expect(built.deck.items.map((i) => i.kind)).toEqual(['cloze']);
    // The hint's words are English: a French cloze keeps only its own words around the blank.
    expect(built.deck.items[0]?.prompt).toBe(
      'La ___ transforme la lumière en énergie chimique dans les feuilles des plantes.',
    );
  });
});

describe('definitions that are labels', () => {
  it('asks nothing of a bold label followed by notes, but asks a term explained by a clause', () => {
    const items = itemsOf(
      '## Product life cycle\n- **Development:** absorbs significant resources\n' +
        '- Cost-push inflation - firms pass rising costs on to their customers\n',
    );
    expect(items.some((i) => i.answer === 'Development' || i.prompt.includes('Development'))).toBe(false);
    expect(
      items.find(
        (i) =>
          i.prompt === 'Which term means: firms pass rising costs on to their customers? (2 words: C, i)',
      )?.answer,
    ).toBe('Cost-push inflation');
  });

  it('never takes a clause opener as a term ("Where there is an agency, …")', () => {
    const items = itemsOf(
      "- Where there is an agency, principal and agent are jointly liable for the agent's torts\n",
    );
    expect(items.some((i) => i.answer === 'Where there')).toBe(false);
  });
});

describe('choice options are people', () => {
  it('never offers a war or an empire as a person', () => {
    const note = [
      '## Edward III',
      '- Believed he was the rightful king of France',
      '## Philip VI',
      '- Refused the English claim',
      '## Joan of Arc',
      '- Believed that saints spoke to her',
      '## Henry V',
      '- Married Catherine of Valois',
      '## Charles VII',
      '- Promised to drive the English out',
      '',
      '- The Hundred Years War wanted nothing but ruin',
    ].join('\n');
    const choices = itemsOf(note).flatMap((i) => (i.kind === 'choice' ? (i.choices ?? []) : []));
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.some((o) => /War/.test(o))).toBe(false);
  });

  it('never offers as a wrong option a person the note says the same of', () => {
    const note = [
      '## Cicero',
      '- He wrote letters to Atticus about the Senate',
      '## Brutus',
      '- He wrote letters to Atticus about the plot',
      '## Cato',
      '- He opposed the triumvirs in the Senate',
      '## Pompey',
      '- He married Julia, the daughter of Caesar',
      '## Crassus',
      '- He funded the campaigns of Caesar',
      '## Lepidus',
      '- He commanded the cavalry under Caesar',
    ].join('\n');
    const items = itemsOf(note);
    const cicero = items.find((i) => i.kind === 'choice' && i.answer === 'Cicero');
    expect(cicero?.prompt).toBe('Who wrote letters to Atticus about the Senate?');
    expect(cicero?.choices).not.toContain('Brutus');
    const pompey = items.find((i) => i.kind === 'choice' && i.answer === 'Pompey');
    expect(pompey?.prompt).toBe('Who married Julia, the daughter of Caesar?');
  });

  it('never offers an epic or a member of an order as a person', () => {
    const who = candidate({
      kind: 'qa',
      prompt: 'Who wrote for the emperor Augustus?',
      answer: 'Virgil',
      answerType: 'person',
      context: ['Roman poets'],
    });
    const pool = ['Virgil', 'Aeneid', 'Dominican', 'Homer', 'Ovid', 'Horace'];
    const made = choices([who], {
      peopleByNote: new Map([[who.source.path, pool]]),
      people: pool,
      termsByNote: new Map(),
    });
    expect(made).toHaveLength(1);
    expect([...(made[0]?.choices ?? [])].sort()).toEqual(['Homer', 'Horace', 'Ovid', 'Virgil']);
  });
});

describe('choices: one person under two names', () => {
  it('never offers "Mr. Hale" beside "Walter" when the note calls him Walter Hale', () => {
    const who = candidate({
      kind: 'qa',
      prompt: 'Who refused to sell the factory to the council?',
      answer: 'Walter',
      answerType: 'person',
      context: ['The play', 'Walter'],
    });
    const pool = ['Walter', 'Mr. Hale', 'Edith', 'Tom', 'Rosa', 'Inspector Crane'];
    const pools = (statements: string[]) => ({
      peopleByNote: new Map([[who.source.path, pool]]),
      people: pool,
      termsByNote: new Map(),
      statementsByNote: new Map([[who.source.path, statements]]),
    });
    const named = choices([who], pools(['Walter Hale owns the town factory', 'Edith is his sister']));
    expect(named[0]?.choices).not.toContain('Mr. Hale');
    const apart = choices([who], pools(['Walter owns the town factory', 'Mr. Hale runs the bank']));
    expect(apart[0]?.choices).toContain('Mr. Hale');
  });
});

describe('choices: what was done to someone is asked only with choices', () => {
  const note = (others: string[]) =>
    ['# Greek science', '', '#### Archimedes', '- Taught by a pupil of Euclid', ...others].join('\n');
  const prompt = 'Who was taught by a pupil of Euclid?';

  it('drops the open question when the note has too few people for choices', () => {
    const deck = buildDeck([noteFile('science.md', note(['#### Eratosthenes', '- Measured the Earth']))], {
      vault: 'test',
    });
    expect(deck.deck.items.some((i) => i.prompt === prompt)).toBe(false);
    expect(deck.rejections.find((r) => r.prompt === prompt)?.reason).toMatch(/no choices: many fit/);
    // A year pins it to one person: asked open all the same.
    const dated = itemsOf(
      '# Franks\n\n## Charlemagne\n- Crowned Emperor of the Romans by Pope Leo III in 800\n- Believed that the Church should teach the people to read\n',
    );
    expect(dated.map((i) => [i.kind, i.prompt])).toContainEqual([
      'qa',
      'Who was crowned Emperor of the Romans by Pope Leo III in 800?',
    ]);
  });

  it('keeps it as a choice between people of the note', () => {
    const others = [
      '#### Eratosthenes',
      '- Wrote on the size of the Earth',
      '#### Hipparchus',
      '- Believed that the stars could be counted',
      '#### Aristarchus',
      '- Argued that the Earth moves around the Sun',
      '#### Ptolemy',
      '- Wrote the Almagest on the motions of the planets',
    ];
    const asked = itemsOf(note(others)).find((i) => i.prompt === prompt);
    expect(asked?.kind).toBe('choice');
    expect(asked?.answer).toBe('Archimedes');
  });
});

describe('choices: a name with a slip of the pen', () => {
  it('never offers a name that writes a letter three times in a row', () => {
    const who = candidate({
      kind: 'qa',
      prompt: 'Who built the great wall across northern Britain?',
      answer: 'Hadrian',
      answerType: 'person',
      context: ['Roman emperors'],
    });
    const pool = ['Hadrian', 'Trajjjan', 'Nerva', 'Antoninus Pius', 'Marcus Aurelius'];
    const made = choices([who], {
      peopleByNote: new Map([[who.source.path, pool]]),
      people: pool,
      termsByNote: new Map(),
      statementsByNote: new Map([[who.source.path, []]]),
    });
    expect(made[0]?.choices).toHaveLength(4);
    expect(made[0]?.choices).not.toContain('Trajjjan');
    expect(made[0]?.choices).toContain('Nerva');
  });
});

describe('choices: an option the note says the asked name of', () => {
  it('leaves out a person the note also ties to the name the question asks about', () => {
    const who = candidate({
      kind: 'qa',
      prompt: 'Who drained the marshes of the Fenland?',
      answer: 'Cornelius Vermuyden',
      answerType: 'person',
      context: ['Drainage'],
    });
    const pool = ['Cornelius Vermuyden', 'Francis Russell', 'Oliver Cromwell', 'Charles I', 'John Rennie'];
    const statements = [
      'Cornelius Vermuyden drained the marshes of the Fenland',
      'Francis Russell paid for the Fenland works',
      'Oliver Cromwell opposed the scheme at first',
      'John Rennie built bridges in London',
    ];
    const made = choices([who], {
      peopleByNote: new Map([[who.source.path, pool]]),
      people: pool,
      termsByNote: new Map(),
      statementsByNote: new Map([[who.source.path, statements]]),
    });
    expect(made).toHaveLength(1);
    expect(made[0]?.choices).not.toContain('Francis Russell');
    expect([...(made[0]?.choices ?? [])].sort()).toEqual(
      ['Charles I', 'Cornelius Vermuyden', 'John Rennie', 'Oliver Cromwell'].sort(),
    );
  });

  it('ignores a name the note says of nearly everyone ("England" in a note on English kings)', () => {
    const who = candidate({
      kind: 'qa',
      prompt: 'Who was crowned King of England in 1154?',
      answer: 'Henry II',
      answerType: 'person',
      context: ['Kings'],
    });
    const pool = ['Henry II', 'Richard I', 'John Lackland', 'Stephen of Blois', 'Matilda'];
    const statements = [
      'Henry II was crowned King of England in 1154',
      'Richard I left England for the crusade',
      'John Lackland lost the lands of England in Normandy',
      'Stephen of Blois seized the crown of England',
      'Matilda claimed England as her father’s heir',
    ];
    const made = choices([who], {
      peopleByNote: new Map([[who.source.path, pool]]),
      people: pool,
      termsByNote: new Map(),
      statementsByNote: new Map([[who.source.path, statements]]),
    });
    expect(made).toHaveLength(1);
    expect(made[0]?.choices).toHaveLength(4);
  });
});

describe('confidence: what the tagger sees in a cloze', () => {
  const english = { english: true, caseLaw: false };
  const cloze = (prompt: string, answer: string) =>
    assess(
      candidate({ kind: 'cloze', prompt, answer, generator: 'cloze', context: ['Torts'] }),
      undefined,
      english,
    );

  it('lowers a cloze whose sentence starts with its verb (the subject was left out)', () => {
    const headless = cloze('Provides a full defence to any charge of ___.', 'trespass');
    const whole = cloze('The licence provides a full defence to any charge of ___.', 'trespass');
    expect(headless.reasons.some((r) => r.includes('its subject is missing'))).toBe(true);
    expect(whole.reasons.some((r) => r.includes('its subject is missing'))).toBe(false);
    expect(headless.score).toBeLessThan(whole.score);
  });

  it('lowers a cloze whose one-word blank is not a noun, a name or a number', () => {
    const adjective = cloze('The lake water is ___ near the shore.', 'warm');
    const noun = cloze('The lake water is warm near the ___.', 'shore');
    expect(adjective.reasons.some((r) => r.includes('no noun'))).toBe(true);
    expect(noun.reasons.some((r) => r.includes('no noun'))).toBe(false);
  });
});

describe('confidence: "What is X?" without an article', () => {
  const ask = (prompt: string) =>
    assess(
      candidate({
        kind: 'qa',
        prompt,
        answer: 'a set of values a column may hold',
        generator: 'definition',
        context: ['Databases'],
      }),
      undefined,
    ).score;

  it('ranks a capitalised bare word or phrase below the same term asked with its article', () => {
    expect(ask('What is Domain?')).toBeLessThan(MIN_CONFIDENCE);
    expect(ask('What is Value domain?')).toBeLessThan(ask('What is a value domain?'));
    expect(ask('What is Domain?')).toBeLessThan(ask('What is a domain?'));
  });
});

describe('rules of 2026-12-06 (third session): dates, giveaways and grammar copied from the note', () => {
  const check = (kind: 'date' | 'qa' | 'cloze', prompt: string, answer: string, shape?: 'list') =>
    wholeText.check(candidate({ kind, prompt, answer, ...(shape ? { shape } : {}) }));
  const reasons = (kind: 'qa' | 'cloze', prompt: string, answer: string) =>
    assess(
      candidate({ kind, prompt, answer, generator: kind === 'qa' ? 'who' : 'cloze' }),
      undefined,
    ).reasons.join('; ');

  it('drops a date glued to its line without a preposition, and keeps one that follows "in" or "the early"', () => {
    expect(check('date', 'Portugal annexed the islands ___.', '1580s')).toMatch(/without a preposition/);
    expect(check('date', 'Portugal annexed the islands in ___.', '1580')).toBeUndefined();
    expect(check('date', 'Trade in spices grew during the early ___.', '1600s')).toBeUndefined();
    expect(check('date', 'The harbour wall, ___, was rebuilt.', '1702')).toBeUndefined();
  });

  it('drops a date that is an aside of a label in brackets, or half of a span', () => {
    expect(check('date', 'Bronze Phase (from ___). Tin came from far away.', '2300 BC')).toMatch(/aside/);
    expect(check('date', 'The abbey stood from 1120-___.', '1540')).toMatch(/half of a span/);
    expect(check('date', 'The tribes settled the valley between 900 and ___.', '800 BC')).toMatch(
      /half of a span/,
    );
  });

  it('asks a span written with its era once as one date, so no item splits it', () => {
    const items = itemsOf('## Kings\n- The old king reigned from 610-680 AD over the river towns.\n');
    expect(
      items.some((i) => i.kind === 'date' && /610-_{3}|_{3}/.test(i.prompt) && i.answer === '680 AD'),
    ).toBe(false);
  });

  it('finds a line cut off inside a list answer, and an answer that stops at "includes"', () => {
    expect(
      check(
        'qa',
        'What is a PEST review?',
        'A scan of the outside world; Used before a plan; Covers the',
        'list',
      ),
    ).toMatch(/cut off/);
    expect(
      check('qa', 'What is a PEST review?', 'A scan of the outside world; Used before a plan', 'list'),
    ).toBe(undefined);
    expect(check('qa', 'What is an exhibit?', 'any object shown in court, and includes')).toMatch(/cut off/);
  });

  it('lowers "there was" before a plural noun, not before "news" or "lots of"', () => {
    expect(reasons('cloze', 'In the 1920s there was riots in every port of ___.', 'Chile')).toMatch(
      /"there was" before a plural/,
    );
    expect(reasons('cloze', 'In 1920 there was news of strikes in ___.', 'Chile')).not.toMatch(/there was/);
    expect(reasons('cloze', 'In 1920 there was lots of unrest in ___.', 'Chile')).not.toMatch(/there was/);
  });

  it('lowers a name that needs "the" written without it', () => {
    expect(reasons('qa', 'Who sailed to Philippines with three ships?', 'Ana Cruz')).toMatch(/needs "the"/);
    expect(reasons('qa', 'Who sailed to the Philippines with three ships?', 'Ana Cruz')).not.toMatch(
      /needs "the"/,
    );
  });

  it('lowers a cloze whose prompt spells out its answer, by its stem or by its initials', () => {
    expect(reasons('cloze', 'Stoicists said that calm comes from ___ thought.', 'stoic')).toMatch(
      /spells the answer out/,
    );
    expect(reasons('cloze', '___ is alternating current (it changes direction).', 'AC')).toMatch(
      /spells the answer out/,
    );
    // Unrelated initials and a stem the prompt does not use are fine.
    expect(reasons('cloze', '___ is the current a battery gives.', 'DC')).not.toMatch(/spells/);
    expect(reasons('cloze', 'Stoicism taught that calm comes from ___ thought.', 'reasoned')).not.toMatch(
      /spells/,
    );
  });

  it('lowers a term written beside its meaning with no verb between', () => {
    expect(reasons('cloze', 'Osmosis the movement of ___ across a membrane.', 'water')).toMatch(
      /no verb between/,
    );
    expect(reasons('cloze', 'Inflation the rise of ___ over time.', 'prices')).toMatch(/no verb between/);
    // An opening preposition or verb, and a name with its epithet, are sentences.
    expect(reasons('cloze', 'After the war ___ joined the league.', 'Austria')).not.toMatch(
      /no verb between/,
    );
    expect(reasons('cloze', 'Alexander the Great defeated ___ at Gaugamela.', 'Darius')).not.toMatch(
      /no verb between/,
    );
  });

  it('lowers a cloze whose prompt holds a word made from a name of its answer', () => {
    expect(reasons('cloze', 'Constantinople was named after ___.', 'Emperor Constantine')).toMatch(
      /spells the answer out/,
    );
    expect(reasons('cloze', 'Doctors who follow Hippocrates swear the ___.', 'Hippocratic Oath')).toMatch(
      /spells the answer out/,
    );
    // The name itself, or a name the prompt does not build on, is no give-away.
    expect(reasons('cloze', 'Constantine built a church called the ___.', 'Hagia Irene')).not.toMatch(
      /spells/,
    );
    expect(reasons('cloze', 'New doctors still swear the ___.', 'Hippocratic Oath')).not.toMatch(/spells/);
  });

  it('lowers a term whose meaning, or a blank whose sentence, holds another word built on its root', () => {
    const reverse = (prompt: string, answer: string) =>
      assess(candidate({ kind: 'reverse', prompt, answer, generator: 'definition' }), undefined).reasons.join(
        '; ',
      );
    expect(reverse('Which term means: a duty to treat the other side fairly?', 'Fairness')).toMatch(
      /a word built on the term/,
    );
    expect(
      reasons('cloze', '___ is the belief that nations act as the nationalist leaders say.', 'Nationalism'),
    ).toMatch(/spells the answer out/);
    // A meaning that does not build on the term's root, or holds only its plural, gives nothing away.
    expect(reverse('Which term means: a duty to treat the other side justly?', 'Fairness')).not.toMatch(
      /built on/,
    );
    expect(reverse('Which term means: the rules that govern all governments?', 'Governance')).toMatch(
      /built on/,
    );
    expect(reverse('Which term means: the study of how states behave?', 'Realism')).not.toMatch(/built on/);
    // A word that only starts like the root is another word: "distinct" is not built on "distance".
    expect(reverse('Which term means: how far apart two distinct points lie?', 'Distance')).not.toMatch(
      /built on/,
    );
  });

  it('lowers a cloze whose every answer word the prompt shows elsewhere', () => {
    expect(
      reasons('cloze', 'Carthage means ___ (because the colonists called it the new city).', 'the new city'),
    ).toMatch(/every word of the answer/);
    // One word of it new to the prompt is still something to recall; so is a one-word answer.
    expect(reasons('cloze', 'Carthage means ___ in the colonists’ language.', 'the new city')).not.toMatch(
      /every word/,
    );
    expect(reasons('cloze', 'The ___ was the new city of the colonists.', 'Carthage')).not.toMatch(
      /every word/,
    );
  });

  it('lowers a blank after "between" that holds one thing of the two', () => {
    expect(reasons('cloze', 'Accuracy depends on the ratio between ___.', '1/1000')).toMatch(
      /one thing of two/,
    );
    expect(reasons('cloze', 'The Seven Years War was fought between ___.', 'Britain and France')).not.toMatch(
      /one thing of two/,
    );
    expect(reasons('cloze', 'Trade flowed between ___ ports.', 'Baltic, North Sea')).not.toMatch(
      /one thing of two/,
    );
    // The prompt names the other thing itself.
    expect(
      reasons('cloze', 'The Cold War was a rivalry between the ___ and the Soviet Union.', 'United States'),
    ).not.toMatch(/one thing of two/);
  });

  it('lowers a cloze whose prompt names its answer but for a title', () => {
    expect(
      reasons('cloze', 'The Harfleur speech is spoken by Henry V in the play ___.', 'King Henry V'),
    ).toMatch(/but for its title/);
    expect(
      reasons('cloze', 'Pope Urban called for the crusade; ___ was crowned in 800.', 'Emperor Charlemagne'),
    ).not.toMatch(/but for its title/);
    // "Lady Macbeth" is someone else than the "Macbeth" the prompt names.
    expect(reasons('cloze', '___ urges Macbeth to kill the king.', 'Lady Macbeth')).not.toMatch(
      /but for its title/,
    );
    // A name of the answer the prompt does not show, or an answer that is only a name, is asked fairly.
    expect(reasons('cloze', 'Henry V won at Agincourt; his son was ___.', 'King Henry VI')).not.toMatch(
      /but for its title/,
    );
    expect(reasons('cloze', 'The play about Henry V was written by ___.', 'William Shakespeare')).not.toMatch(
      /but for its title/,
    );
  });
});

describe('confidence: how many clues a cloze shows', () => {
  const cloze = (prompt: string, answer: string) =>
    assess(candidate({ kind: 'cloze', prompt, answer, generator: 'cloze' }), undefined);

  it('keeps a short textbook fact: few words around the blank is not itself a fault', () => {
    // A few-clues rule (two clues or fewer) was tried and taken out: on the stored labels such clozes were rated
    // about as often acceptable as the rest, and it dropped facts like these.
    const items = itemsOf(
      '## Hormones\n- Insulin is made by the **pancreas**\n- The heart has **four** chambers\n',
    );
    expect(items.find((i) => i.answer === 'pancreas')?.prompt).toBe(
      'Insulin is made by the ___ (first letter: p).',
    );
    expect(items.find((i) => i.answer === 'four')?.prompt).toBe(
      'The heart has ___ (first letter: f) chambers.',
    );
  });

  it('lowers a blank that follows a quantifier: "many ___" is one of many', () => {
    const many = cloze(
      'The Byzantine emperors in Constantinople built many ___ along the Bosporus.',
      'churches',
    );
    expect(many.reasons.join('; ')).toMatch(/one of many/);
    const one = cloze(
      'The Byzantine emperors in Constantinople built the ___ along the Bosporus.',
      'sea walls',
    );
    expect(one.reasons.join('; ')).not.toMatch(/one of many/);
    expect(many.score).toBeLessThan(one.score);
  });

  it('reads "some ___" before a figure as "about", and "as many ___ as" as a comparison', () => {
    const about = cloze('The great storm of 1703 sank some ___ ships off the coast of Kent.', '13');
    expect(about.reasons.join('; ')).not.toMatch(/one of many/);
    const compared = cloze('By 1900 Britain had twice as many ___ as France had.', 'railway engines');
    expect(compared.reasons.join('; ')).not.toMatch(/one of many/);
  });
});

describe('confidence: a definition that is a sentence of its own', () => {
  const reverse = (explanation: string, answer: string) =>
    assess(
      candidate({
        kind: 'reverse',
        prompt: `Which term means: ${explanation}?`,
        answer,
        generator: 'definition',
      }),
      undefined,
    );

  it('drops a list of topics and keeps a description whose phrases are set off by commas', () => {
    const topics = reverse('stages, word equation, and uses in industry', 'Fermentation');
    expect(topics.reasons.join('; ')).toMatch(/a list of topics/);
    expect(topics.score).toBeLessThan(MIN_CONFIDENCE);
    const phrases = reverse('the spread of particles, from a crowded region, to an emptier one', 'Diffusion');
    expect(phrases.reasons.join('; ')).not.toMatch(/a list of topics/);
  });

  it('drops "Which term means: <a statement>?" and keeps a description with a relative clause', () => {
    const statement = reverse('a letter of demand asserts a debt owed under the lease', 'Demand');
    expect(statement.reasons.join('; ')).toMatch(/a sentence of its own/);
    expect(statement.score).toBeLessThan(MIN_CONFIDENCE);
    const description = reverse('a formal letter that asserts a debt owed under a lease', 'Letter of demand');
    expect(description.reasons.join('; ')).not.toMatch(/a sentence of its own/);
    expect(description.score).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  const lowered = (a: ReturnType<typeof reverse>) => a.reasons.some((r) => r.includes('names nothing'));

  it('lowers six words or fewer with no name and no figure, which fit many terms', () => {
    expect(lowered(reverse('a system based on fault', 'Tort law'))).toBe(true);
    expect(lowered(reverse('the result of a long dispute', 'Settlement'))).toBe(true);
  });

  it("lowers a definition that shows the note's slip", () => {
    const slip = reverse('a Etruscan temple built of stone and timber', 'Aedes');
    expect(slip.reasons).toContain('-0.30 note-speak: "a" before a vowel');
    const right = reverse('an Etruscan temple built of stone and timber', 'Aedes');
    expect(right.reasons.join('; ')).not.toMatch(/note-speak/);
  });

  it('keeps a longer definition, or a short one that names something', () => {
    expect(lowered(reverse('the chief priest of the Roman state religion', 'Pontifex Maximus'))).toBe(false);
    expect(lowered(reverse('a Norse poem of heroes', 'Saga'))).toBe(false);
    expect(lowered(reverse('a tax of 20 percent', 'Tithe'))).toBe(false);
    expect(
      lowered(
        reverse('a payment made by one party to the other to end a dispute without a trial', 'Settlement'),
      ),
    ).toBe(false);
  });
});

describe('confidence: a letter or a symbol as the answer', () => {
  const cloze = (prompt: string, answer: string) =>
    assess(candidate({ kind: 'cloze', prompt, answer, generator: 'cloze' }), undefined);

  it('drops a blank that is only notation, and keeps an element asked by its symbol', () => {
    const letter = cloze('Inductance is written ___ on circuit drawings (henries).', 'L');
    expect(letter.reasons.join('; ')).toMatch(/a letter or a symbol/);
    expect(letter.score).toBeLessThan(MIN_CONFIDENCE);
    expect(cloze('Profit is ___ (price less cost, times quantity).', 'p x q').reasons.join('; ')).toMatch(
      /a letter or a symbol/,
    );
    const element = cloze('The chemical symbol for iron is ___.', 'Fe');
    expect(element.reasons.join('; ')).not.toMatch(/a letter or a symbol/);
    const word = cloze('Inductance is measured in ___ on circuit drawings.', 'henries');
    expect(word.reasons.join('; ')).not.toMatch(/a letter or a symbol/);
  });
});

describe('confidence: a who-question about an event of many lives', () => {
  const who = (prompt: string) =>
    assess(
      candidate({ kind: 'qa', prompt, answer: 'Ada Byron', answerType: 'person', generator: 'who' }),
      undefined,
    );

  it('drops "Who moved to …?" and keeps one with a date or what the person held', () => {
    for (const prompt of [
      'Who moved to the University of Leiden?',
      'Who eventually converted to Buddhism?',
      'Who spoke Latin?',
    ]) {
      expect(who(prompt).reasons.join('; '), prompt).toMatch(/an event of many lives/);
      expect(who(prompt).score, prompt).toBeLessThan(MIN_CONFIDENCE);
    }
    expect(who('Who moved to the University of Leiden in 1632?').reasons.join('; ')).not.toMatch(
      /many lives/,
    );
    expect(who('Who taught that numbers are the essence of all things?').reasons.join('; ')).not.toMatch(
      /many lives/,
    );
    expect(who('Who wrote the first published computer program?').reasons.join('; ')).not.toMatch(
      /many lives/,
    );
  });
});

describe('the late rules of 2026-12-06 leave ordinary sentences alone (review)', () => {
  const assessed = (
    kind: 'cloze' | 'qa' | 'reverse',
    prompt: string,
    answer: string,
    generator = kind as string,
  ) =>
    assess(
      candidate({ kind, prompt, answer, generator, answerType: kind === 'qa' ? 'person' : undefined }),
      undefined,
    ).reasons.join('; ');

  it('keeps names and abbreviations of two letters, and letters a word before them asks for', () => {
    expect(assessed('cloze', 'Britain left the ___ in 2020 after a referendum.', 'EU')).not.toMatch(
      /letter or a symbol/,
    );
    expect(assessed('cloze', 'The most volcanic moon of Jupiter is ___.', 'Io')).not.toMatch(
      /letter or a symbol/,
    );
    expect(assessed('cloze', 'Oranges are rich in vitamin ___.', 'C')).not.toMatch(/letter or a symbol/);
    expect(assessed('cloze', 'Inductance is written ___ on circuit drawings.', 'L')).toMatch(
      /letter or a symbol/,
    );
  });

  it('asks who about a life event when the question says enough to point to one person', () => {
    const who = (prompt: string) => assessed('qa', prompt, 'Ada Byron', 'who');
    expect(who('Who studied under Augustus De Morgan at the University of London?')).not.toMatch(
      /many lives/,
    );
    expect(who('Who wrote about the rights of women?')).not.toMatch(/many lives/);
    expect(who('Who moved to Vienna?')).toMatch(/many lives/);
  });

  it('reads qualities in a row after an article as one description, and "a category of …" as a definition', () => {
    expect(
      assessed(
        'reverse',
        'Which term means: a hard, clear, colourless form of carbon?',
        'Diamond',
        'definition',
      ),
    ).not.toMatch(/a list of topics/);
    expect(
      assessed('reverse', 'Which term means: a category of closely related species?', 'Genus', 'definition'),
    ).not.toMatch(/names a class/);
  });
});

describe('rules of 2026-12-07: short clozes, sentences that go on from the line before, cut definitions', () => {
  const reasons = (prompt: string, answer: string) =>
    assess(candidate({ kind: 'cloze', prompt, answer, generator: 'cloze' }), undefined).reasons.join('; ');

  it('lowers a cloze of a few words that defines nothing and names nothing', () => {
    expect(reasons('Comets are usually ___.', 'icy')).toMatch(/too little around the blank/);
    expect(reasons('Most guilds ___.', 'fixed prices')).toMatch(/too little around the blank/);
    // A definition, a named subject, or a longer sentence says enough.
    expect(reasons('Samizdat means ___.', 'self-published')).not.toMatch(/too little/);
    expect(reasons('___ stands for direct current.', 'DC')).not.toMatch(/too little/);
    expect(reasons('The Senate rejected the ___.', 'Treaty of Versailles')).not.toMatch(/too little/);
    expect(reasons('The ___ burned in 1871.', 'courthouse')).not.toMatch(/too little/);
    expect(reasons('Comets are usually made of dust and ___.', 'ice')).not.toMatch(/too little/);
  });

  it('keeps a short cloze about the heading it stands under', () => {
    const note = '# Astronomers\n## Kepler\n- Kepler published the **Rudolphine Tables**.\n';
    expect(itemsOf(note).some((i) => i.kind === 'cloze' && i.answer === 'Rudolphine Tables')).toBe(true);
    const loose = '# Trade\n## Markets\n- Merchants usually sold **spices**.\n';
    expect(itemsOf(loose).some((i) => i.kind === 'cloze' && i.answer === 'spices')).toBe(false);
  });

  it('lowers a sentence that goes on from the line before it', () => {
    expect(reasons('Nor must the seller be a ___ dealer.', 'licensed')).toMatch(/goes on from a line/);
    expect(reasons('All other kinds of error are called ___ errors.', 'random')).toMatch(
      /goes on from a line/,
    );
    expect(reasons('All tenants must give ___ notice.', 'written')).not.toMatch(/goes on from a line/);
  });

  it('lowers a purpose with no sentence to serve, not one that has its sentence', () => {
    expect(reasons('To check if the witness saw the ___ clearly.', 'accident')).toMatch(/a purpose/);
    expect(
      reasons('To win a recount a candidate must show a ___ in the count.', 'material error'),
    ).not.toMatch(/a purpose/);
    expect(reasons('To win a recount, show a ___ in the count.', 'material error')).not.toMatch(/a purpose/);
  });

  it('drops a definition cut before its list', () => {
    const check = (prompt: string) =>
      wholeText.check(candidate({ kind: 'reverse', prompt, answer: 'Exhibit', shape: 'definition' }));
    expect(check('Which term means: any object shown to a court, and includes?')).toMatch(/cut before/);
    expect(check('Which term means: the evidence a party relies on, in the form of?')).toMatch(/cut before/);
    expect(check('Which term means: any object shown to a court as evidence?')).toBeUndefined();
  });

  it('finds a party of a case the breadcrumb writes in capitals', () => {
    expect(namesAnswerPartly(['Contract', 'NORTHERN MILLS LTD V BARTOLI (1990)'], 'Mr Bartoli')).toBe(true);
    expect(namesAnswerPartly(['Contract', 'Northern Mills Ltd v Bartoli (1990)'], 'Mr Bartoli')).toBe(true);
    expect(namesAnswerPartly(['Contract', 'NORTHERN MILLS LTD V GRANT (1990)'], 'Mr Bartoli')).toBe(false);
  });
});

describe('confidence: "there" needs its place', () => {
  const reasons = (prompt: string, answer: string) =>
    assess(candidate({ kind: 'cloze', prompt, answer, generator: 'cloze' }), undefined).reasons.join('; ');

  it('lowers "there" with no place before it, not "there was" nor a place the sentence names', () => {
    expect(reasons('A poet settled there and wrote ___.', 'Lyrics of the Lake')).toMatch(/a place not shown/);
    expect(reasons('The poet moved to Grasmere and wrote ___ there.', 'Lyrics of the Lake')).not.toMatch(
      /a place not shown/,
    );
    expect(reasons('At first there was no ___ in the valley.', 'road')).not.toMatch(/a place not shown/);
  });
});

describe('confidence: a description that names a class of things', () => {
  const reasons = (prompt: string, answer: string) =>
    assess(
      candidate({ kind: 'reverse', prompt, answer, generator: 'definition', shape: 'definition' }),
      undefined,
    ).reasons.join('; ');

  it('lowers a "meaning" that judges the term ("a threat to …", "an advantage of …")', () => {
    expect(reasons('Which term means: a threat to every small farmer?', 'Drought')).toMatch(/judgement/);
    expect(reasons('Which term means: an advantage of free trade?', 'Cheaper imports')).toMatch(/judgement/);
    expect(reasons('Which term means: a tax on goods brought into a country?', 'Tariff')).not.toMatch(
      /judgement/,
    );
  });

  it('lowers the date of news still unfolding when the note was written', () => {
    const date = (prompt: string) =>
      assess(
        candidate({ kind: 'date', prompt, answer: 'March 2024', generator: 'date' }),
        undefined,
      ).reasons.join('; ');
    expect(date('The council has not yet set the new fee, but in ___ it asked residents for views.')).toMatch(
      /still unfolding/,
    );
    expect(date('So far only two towns have signed up; the first joined in ___.')).toMatch(/still unfolding/);
    // A date of something done and over is what a date item asks.
    expect(date('The council set the new fee in ___ after asking residents for views.')).not.toMatch(
      /unfolding/,
    );
    expect(date('The pope introduced the calendar currently used in most countries in ___.')).not.toMatch(
      /unfolding/,
    );
  });

  it("lowers a term that is the label of a point in the note's list", () => {
    expect(
      reasons('Which term means: the spread of farming brought towns and trade?', 'The Third Reason'),
    ).toMatch(/label of a point/);
    expect(reasons('Which term means: whether the buyer understood the bargain?', 'Key factor')).toMatch(
      /label of a point/,
    );
    // A bare ordinal is the label of a step ("First - the accused is asked how they plead").
    expect(
      reasons('Which term means: the hearing where the accused is asked how they plead?', 'First'),
    ).toMatch(/label of a point/);
    expect(reasons('Which term means: the end of a process?', 'Finally')).toMatch(/label of a point/);
    // "Second" is also a unit, and a term of its own.
    expect(reasons('Which term means: the SI base unit of time?', 'Second')).not.toMatch(/label of a point/);
    expect(reasons('Which term means: the last draft of a treaty put to the vote?', 'Final Act')).not.toMatch(
      /label of a point/,
    );
    expect(
      reasons('Which term means: the main force that moves the plates?', 'Mantle convection'),
    ).not.toMatch(/label of a point/);
  });

  it('lowers "a measure of …", "a class of …", not a description that names one thing', () => {
    expect(reasons('Which term means: a measure of loudness?', 'Decibel')).toMatch(/names a class/);
    expect(reasons('Which term means: a class of minor crimes?', 'Summary offence')).toMatch(/names a class/);
    expect(reasons('Which term means: a tax on imported goods?', 'Tariff')).not.toMatch(/names a class/);
    expect(reasons('Which term means: the old unit for frequency?', 'CPS')).not.toMatch(/names a class/);
  });
});

describe('confidence: the verb after the blank agrees with the answer', () => {
  const reasons = (prompt: string, answer: string) =>
    assess(candidate({ kind: 'cloze', prompt, answer, generator: 'cloze' }), undefined).reasons.join('; ');

  it('lowers a verb that does not agree with the answer', () => {
    expect(reasons('___ are rivers, lakes and glaciers in the valley.', 'Hydrology')).toMatch(
      /does not agree/,
    );
    expect(reasons('The causes of the ___ were argued over for years.', 'Depression')).toMatch(
      /does not agree/,
    );
    expect(reasons('The ___ was sunk off the coast of Chile.', 'fishing boats')).toMatch(/does not agree/);
  });

  it('knows plurals without "-s" and names that end in "-s"', () => {
    expect(reasons('___ are pores in a leaf that let gases in and out.', 'Stomata')).not.toMatch(
      /does not agree/,
    );
    expect(reasons('___ are the people a tribunal hears from.', 'Witnesses')).not.toMatch(/does not agree/);
    expect(reasons('The ___ was the city of the Acropolis.', 'Athens')).not.toMatch(/does not agree/);
  });

  it('leaves agreeing verbs, plural subjects with "and", ideas of two nouns and heads before "of" alone', () => {
    expect(reasons('___ are rocks made from cooled magma.', 'Igneous rocks')).not.toMatch(/does not agree/);
    expect(reasons('Tin and ___ were mined in Cornwall.', 'copper')).not.toMatch(/does not agree/);
    expect(reasons('___ is read widely by the courts.', 'Trade and commerce')).not.toMatch(/does not agree/);
    expect(reasons('___ was the main cost of the war.', 'The price of supplies')).not.toMatch(
      /does not agree/,
    );
    expect(reasons('___ is the study of heat and work.', 'Thermodynamics')).not.toMatch(/does not agree/);
  });
});

describe('confidence: pointers written with a capital', () => {
  it('reads "That interest …" as pointing back like "that interest", and "The case …" with no case named', () => {
    const reasons = (prompt: string, context = ['Note']) =>
      assess(
        candidate({ kind: 'cloze', prompt, answer: 'Spain', generator: 'cloze', context }),
        undefined,
      ).reasons.join('; ');
    expect(reasons('That rivalry aside, that interest was shared by ___ and Portugal.')).toMatch(/not shown/);
    expect(reasons('That interest was shared by ___ and Portugal.')).toMatch(/not shown/);
    expect(reasons('The case was appealed by ___ in 1990.')).toMatch(/not named/);
    expect(reasons('The case was appealed by ___ in 1990.', ['Law', 'Ruiz v Moreno'])).not.toMatch(
      /not named/,
    );
  });

  it('reads "the law at issue", "the statute in question" and "the list" as pointing at what is not shown', () => {
    const reasons = (prompt: string) =>
      assess(
        candidate({ kind: 'cloze', prompt, answer: 'Spain', generator: 'cloze' }),
        undefined,
      ).reasons.join('; ');
    expect(reasons('The treaty at issue was signed by ___ and Portugal.')).toMatch(/not shown/);
    expect(reasons('The port in question was held by ___ until 1713.')).toMatch(/not shown/);
    expect(reasons('In 1500 ___ was added to the list.')).toMatch(/not shown/);
    // A list that says what it lists, and an issue named as the thing asked, point at nothing.
    expect(reasons('___ headed the list of sea powers in 1500.')).not.toMatch(/not shown/);
    expect(reasons('___ splits the list in half and sorts each half.')).not.toMatch(/not shown/);
    expect(reasons('The main issue between ___ and Portugal was trade.')).not.toMatch(/not shown/);
  });
});

describe('confidence: blanks others fit, stories told as meanings, what began left in the heading', () => {
  const reasons = (kind: 'cloze' | 'reverse' | 'date', prompt: string, answer: string) =>
    assess(
      candidate({
        kind,
        prompt,
        answer,
        generator: kind === 'reverse' ? 'definition' : kind,
        ...(kind === 'reverse' ? { shape: 'definition' as const } : {}),
      }),
      undefined,
    ).reasons.join('; ');

  it('lowers a blank that is one example of a kind, after "such as", "like" or "including"', () => {
    expect(reasons('cloze', 'Pressure tactics such as ___ are used to force a deal.', 'walk-outs')).toMatch(
      /one example of a kind/,
    );
    expect(reasons('cloze', 'Greetings like ___ open most letters.', 'dear sir')).toMatch(/one example/);
    expect(reasons('cloze', 'Crops including ___ failed that year.', 'barley')).toMatch(/one example/);
    expect(reasons('cloze', 'An example is ___, a ruler who never lost a battle.', 'Tamar')).toMatch(
      /one example/,
    );
    expect(
      reasons('cloze', 'Loyalty can outweigh law, as is illustrated by ___ in the saga.', 'the blood feud'),
    ).toMatch(/one example/);
    // A book "illustrated by" its artist names one person, not an example.
    expect(reasons('cloze', 'The first edition was illustrated by ___.', 'Mara Quill')).not.toMatch(
      /one example/,
    );
    // "such as" earlier in the sentence, the blank elsewhere: the blank is not the example.
    expect(reasons('cloze', 'Metals such as tin were traded for ___ from the north.', 'amber')).not.toMatch(
      /one example/,
    );
  });

  it("lowers a blank inside the note's quotation marks, not a quoted phrase beside it", () => {
    expect(reasons('cloze', 'The shopkeeper promised the coat would "___".', 'last for years')).toMatch(
      /quoted wording/,
    );
    expect(reasons('cloze', "The year the index starts from is called the '___'.", 'base year')).toMatch(
      /quoted wording/,
    );
    expect(
      reasons('cloze', 'The judge called the claim "hopeless" and struck out the ___.', 'defence'),
    ).not.toMatch(/quoted wording/);
  });

  it('lowers a kind question with no breadcrumb unless it names what the kind is of', () => {
    const reasons = (prompt: string) =>
      assess(
        candidate({ kind: 'reverse', prompt, answer: 'Cell wall', context: [], generator: 'kind' }),
        undefined,
      ).reasons.join('; ');
    expect(reasons('Which organelle keeps a plant cell rigid?')).toMatch(/no breadcrumb/);
    expect(reasons('Which type of organelle keeps a plant cell rigid?')).not.toMatch(/no breadcrumb/);
  });

  it("asks the definition of a note's own topic, but lowers a blank that is the topic", () => {
    const reasons = (kind: 'cloze' | 'reverse', prompt: string, answer: string) =>
      assess(
        candidate({
          kind,
          prompt,
          answer,
          context: [],
          generator: kind === 'cloze' ? 'cloze' : 'definition',
        }),
        undefined,
      ).reasons.join('; ');
    expect(
      reasons('reverse', 'Which term means: the price at which one currency buys another?', 'Exchange rate'),
    ).not.toMatch(/own topic/);
    expect(reasons('cloze', 'The ___ fell sharply in the spring.', 'Exchange rate')).toMatch(/own topic/);
  });

  it('lowers a "meaning" that tells what a named thing did, not a description with a participle', () => {
    expect(reasons('reverse', 'Which term means: the roof fell during a storm in May?', 'Collapse')).toMatch(
      /tells what happened/,
    );
    expect(
      reasons('reverse', 'Which term means: the tenant failed to pay the rent for two months?', 'Arrears'),
    ).toMatch(/tells what happened/);
    expect(
      reasons('reverse', 'Which term means: the tax charged on goods brought into a country?', 'Tariff'),
    ).not.toMatch(/tells what happened/);
    expect(
      reasons('reverse', 'Which term means: the army raised by a lord from his tenants?', 'Levy'),
    ).not.toMatch(/tells what happened/);
    expect(
      reasons('reverse', 'Which term means: a rule that binds every court below?', 'Precedent'),
    ).not.toMatch(/tells what happened/);
    // A plural with no article: what its members did, or what describes them.
    expect(
      reasons('reverse', 'Which term means: workers received bonuses, shifts shorter?', 'Factory act'),
    ).toMatch(/tells what happened/);
    expect(
      reasons('reverse', 'Which term means: statements based on what the witness saw?', 'Direct evidence'),
    ).not.toMatch(/tells what happened/);
    expect(
      reasons(
        'reverse',
        'Which term means: funds raised each year for a charity by its volunteers?',
        'Donations',
      ),
    ).not.toMatch(/tells what happened/);
  });

  it('lowers a date of a place or a bare noun that "started" or "disappeared", not of a person or a named thing', () => {
    expect(reasons('date', 'Egypt started around ___.', '3100 BC')).toMatch(/left in the heading/);
    expect(reasons('date', 'Culture slowly and quietly vanished around ___.', '1200 BC')).toMatch(
      /left in the heading/,
    );
    expect(reasons('date', 'Augustus began ruling in ___.', '27 BC')).not.toMatch(/left in the heading/);
    expect(reasons('date', 'The Bronze Age ended around ___.', '1200 BC')).not.toMatch(/left in the heading/);
  });
});

describe('gate 11: a breadcrumb part of no words', () => {
  it('leaves out an empty heading and a bullet that only holds a numbered list', () => {
    const note = [
      '# Appeals',
      '',
      '## ',
      '',
      '- 10. Ending appeals to London',
      '  - The **Australia Act** ended appeals to the Privy Council in 1986.',
    ].join('\n');
    const items = itemsOf(note);
    expect(items.map((i) => i.answer)).toEqual(expect.arrayContaining(['Australia Act', '1986']));
    for (const i of items) expect(i.context, i.prompt).toEqual(['Appeals']);
  });
});

describe('gate 11: a heading that names the answer but for one letter', () => {
  it('cuts the breadcrumb above a heading with a typo in the answer, or with the typo in the answer itself', () => {
    const typoInHeading = withSafeContext(
      candidate({
        kind: 'reverse',
        prompt: 'Which term means: a substance that speeds up a reaction without being used up?',
        answer: 'catalyst',
        context: ['Chemistry', 'Catalsyts'],
      }),
    );
    expect(typoInHeading.context).toEqual(['Chemistry']);
    const typoInAnswer = withSafeContext(
      candidate({
        kind: 'reverse',
        prompt: 'Which term means: dirt and gases released into rivers and seas?',
        answer: 'Water polution',
        context: ['Environment', 'Water pollution'],
      }),
    );
    expect(typoInAnswer.context).toEqual(['Environment']);
    // Two letters apart is another word ("Catalonia" is not "catalyst"), and a short answer is not compared.
    const other = withSafeContext(
      candidate({
        kind: 'cloze',
        prompt: 'A ___ speeds up a reaction.',
        answer: 'catalyst',
        context: ['Catalonia'],
      }),
    );
    expect(other.context).toEqual(['Catalonia']);
    const short = withSafeContext(
      candidate({ kind: 'cloze', prompt: 'The ___ was crowned.', answer: 'king', context: ['Kings'] }),
    );
    expect(short.context).toEqual([]);
  });
});

describe("a cloze does not copy the note's own slip", () => {
  const clozes = (note: string) => itemsOf(note).filter((i) => i.kind === 'cloze');
  it('drops a cloze whose sentence has a slip, and keeps the same sentence written right', () => {
    expect(clozes('# Law\n\n- Any law that contradict the **constitution** is invalid.\n')).toEqual([]);
    expect(clozes('# Law\n\n- Any law that contradicts the **constitution** is invalid.\n')).toHaveLength(1);
    expect(clozes('# Chemistry\n\n- The mixture is then heated until the **enzyme** breaks down.\n')).toEqual(
      [],
    );
    expect(clozes('# Chemistry\n\n- The mixture is heated until the **enzyme** breaks down.\n')).toHaveLength(
      1,
    );
  });

  it('drops a statement cloze that runs over two sentences, and keeps it as one', () => {
    const two =
      '# Geography\n\n- Rivers carry **sediment** down to the sea. Deltas grow where the current slows.\n';
    const one =
      '# Geography\n\n- Rivers carry **sediment** down to the sea, and deltas grow where the current slows.\n';
    expect(clozes(two)).toEqual([]);
    expect(clozes(one).map((i) => i.answer)).toEqual(['sediment']);
  });
});

describe('choices in a note of cases', () => {
  const ask = (answer: string, prompt: string) =>
    candidate({ kind: 'qa', prompt, answer, answerType: 'person', context: ['Contract cases'] });
  // The note's people in the order it first names them: eight cases, two judges, a bare title and a statute's part.
  const pool = [
    'Ashby',
    'Brandt',
    'Corrie',
    'Dunmore',
    'Ch III',
    'Group',
    'Hollis',
    'Marsh',
    'Okafor',
    'Pell',
    'Quayle',
    'Tolliver',
    'Lisle',
    'Fenwick',
    'Barrow',
    'Dixon J',
    'Lord Wren',
    'Kirby P',
    'Mason CJ',
  ];
  const parties = new Set([
    'ashby',
    'brandt',
    'corrie',
    'dunmore',
    'group',
    'hollis',
    'marsh',
    'okafor',
    'pell',
    'quayle',
    'tolliver',
    'lisle',
    'fenwick',
    'barrow',
  ]);
  const pools = (ofCases: boolean) => ({
    peopleByNote: new Map([['note.md', pool]]),
    people: pool,
    termsByNote: new Map(),
    ...(ofCases ? { caseParties: parties } : {}),
  });

  it('offers the parties named nearest the answer, not the first three of the note', () => {
    const who = ask('Tolliver', 'Who painted the chapel ceiling in 1930?');
    const [plain] = choices([who], pools(false));
    expect([...(plain?.choices ?? [])].sort()).toEqual(['Ashby', 'Brandt', 'Corrie', 'Tolliver']);
    const [near] = choices([who], pools(true));
    // Lisle and Quayle on either side, then Fenwick.
    expect([...(near?.choices ?? [])].sort()).toEqual(['Fenwick', 'Lisle', 'Quayle', 'Tolliver']);
    // "Group", right beside Hollis, is a cut-off word of a company's name, never an option.
    const [beside] = choices([ask('Hollis', 'Who bought the orchard in 1901?')], pools(true));
    expect([...(beside?.choices ?? [])].sort()).toEqual(['Hollis', 'Marsh', 'Okafor', 'Pell']);
  });

  it('asks a judge among judges and a party among parties', () => {
    // Judges and parties named in turn: the parties beside the answer are nearer than two of the judges.
    const mixed = ['Ashby', 'Dixon J', 'Brandt', 'Lord Wren', 'Kirby P', 'Corrie', 'Mason CJ', 'Dunmore'];
    const [judge] = choices([ask('Kirby P', 'Who dissented on the question of notice?')], {
      peopleByNote: new Map([['note.md', mixed]]),
      people: mixed,
      termsByNote: new Map(),
      caseParties: parties,
    });
    expect([...(judge?.choices ?? [])].sort()).toEqual(['Dixon J', 'Kirby P', 'Lord Wren', 'Mason CJ']);
    // Barrow is named last among the parties, right before the judges: the options are still parties.
    const [party] = choices([ask('Barrow', 'Who shipped forty bales of wool in 1919?')], pools(true));
    expect([...(party?.choices ?? [])].sort()).toEqual(['Barrow', 'Fenwick', 'Lisle', 'Tolliver']);
  });

  it('never offers a part of a statute as a person', () => {
    const statute = ['Ch III', 'Ashby', 'Brandt', 'Corrie', 'Dunmore'];
    const [made] = choices([ask('Brandt', 'Who sold the barge in 1911?')], {
      peopleByNote: new Map([['note.md', statute]]),
      people: statute,
      termsByNote: new Map(),
    });
    expect([...(made?.choices ?? [])].sort()).toEqual(['Ashby', 'Brandt', 'Corrie', 'Dunmore']);
  });
});

describe("the author's cards that need a picture", () => {
  const card = (prompt: string) =>
    assess(candidate({ kind: 'explicit', prompt, answer: 'lowlands', generator: 'explicit' }), undefined);
  it('lowers a card that asks to label or draw, and keeps one that asks about the same thing in words', () => {
    expect(card('Label the regions of the map of Wales').score).toBeLessThan(MIN_CONFIDENCE);
    expect(card('Draw the water cycle').score).toBeLessThan(MIN_CONFIDENCE);
    expect(card('What are the regions of Wales?').score).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    // A name or a noun that only starts like the verb.
    expect(card('Mark Antony allied with whom after the murder?').score).toBeGreaterThanOrEqual(
      MIN_CONFIDENCE,
    );
    expect(card('Shade tolerance in plants is called?').score).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });
});

describe('a judge found in favour of a party', () => {
  it('keeps a cloze of a judgment written "found in favour of"', () => {
    const items = itemsOf('# Estoppel\n\n- Lord Denning found in favour of the **tenant** in High Trees.\n');
    expect(items.some((i) => i.kind === 'cloze' && i.answer === 'tenant')).toBe(true);
  });
});
