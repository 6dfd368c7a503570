import { describe, expect, it } from 'vitest';
import { explicitFromRaw, plain } from '../../src/knowledge/explicit.js';

const context = ['Revision', 'Cards'];
const source = { path: 'cards.md', line: 10, endLine: 11 };

describe('explicitFromRaw', () => {
  it('reads "Q::A" as a one-way card on its own line', () => {
    expect(explicitFromRaw('Capital of Peru::Lima', context, source)).toEqual([
      {
        prompt: 'Capital of Peru',
        answer: 'Lima',
        bothWays: false,
        context,
        source: { path: 'cards.md', line: 10, endLine: 10 },
      },
    ]);
  });

  it('reads "Q:::A" as a card asked both ways', () => {
    const [card] = explicitFromRaw('Mitochondria ::: site of aerobic respiration', context, source);
    expect(card).toMatchObject({
      prompt: 'Mitochondria',
      answer: 'site of aerobic respiration',
      bothWays: true,
    });
  });

  it('gives each line its own card and its own source line', () => {
    const cards = explicitFromRaw(
      'What does GDP measure::Total output\nWho wrote Das Kapital::Karl Marx',
      context,
      source,
    );
    expect(cards.map((c) => [c.prompt, c.answer, c.source.line, c.source.endLine])).toEqual([
      ['What does GDP measure', 'Total output', 10, 10],
      ['Who wrote Das Kapital', 'Karl Marx', 11, 11],
    ]);
  });

  it('reads a multi-line card split by a lone "?" line', () => {
    expect(explicitFromRaw('What does RAM stand for\n?\nRandom Access Memory', context, source)).toEqual([
      { prompt: 'What does RAM stand for', answer: 'Random Access Memory', bothWays: false, context, source },
    ]);
  });

  it('reads a multi-line card split by "??" as both ways', () => {
    expect(explicitFromRaw('Allele\n??\nA version of a gene', context, source)[0]?.bothWays).toBe(true);
  });

  it('removes Markdown from prompt and answer', () => {
    const [card] = explicitFromRaw(
      '**Osmosis**::diffusion of [[Water|water]] through a membrane',
      context,
      source,
    );
    expect([card?.prompt, card?.answer]).toEqual(['Osmosis', 'diffusion of water through a membrane']);
  });

  it('does not read "std::vector" in a code span as a Q::A card', () => {
    expect(explicitFromRaw('Use `std::vector` for arrays that grow', context, source)).toEqual([]);
  });

  it('does not read a scoped name such as "std::vector" outside code as a card', () => {
    expect(explicitFromRaw('std::vector grows by doubling', context, source)).toEqual([]);
  });

  it('does not read a line ending in "::" as a card', () => {
    expect(explicitFromRaw('Key terms::', context, source)).toEqual([]);
  });
});

describe('plain', () => {
  it('removes emphasis, highlight and code markers', () => {
    expect(plain('**bold** and __strong__ and ==marked== and `code` and *slanted*')).toBe(
      'bold and strong and marked and code and slanted',
    );
  });

  it('keeps a wikilink alias, or the page name without its heading', () => {
    expect(plain('[[Treaty of Versailles#Terms]] and [[Page#Part|the treaty]]')).toBe(
      'Treaty of Versailles and the treaty',
    );
  });

  it('keeps link text and drops embeds, comments, HTML and block ids', () => {
    expect(plain('![[cell.png]] See [the notes](http://example.org) %%todo%% now<br> ^abc-1')).toBe(
      'See the notes now',
    );
  });
});

describe('plain, line breaks', () => {
  it("drops a backslash that ends a line (Markdown's hard break), keeps one inside a word", () => {
    expect(plain('Bile makes the food alkaline\\ so enzymes work')).toBe(
      'Bile makes the food alkaline so enzymes work',
    );
    expect(plain('ends here\\')).toBe('ends here');
    expect(plain('An ester ![ethyl ethanoate](ester.png) smells sweet')).toBe('An ester smells sweet');
  });

  it('writes a chemical formula in math as its text, drops other math and keeps prices', () => {
    expect(plain('Acids release $\\ce{H+}$ ions in water')).toBe('Acids release H+ ions in water');
    expect(plain('The ratio $\\frac{a}{b}$ is constant')).toBe('The ratio is constant');
    expect(plain('Tickets cost $5 and $10')).toBe('Tickets cost $5 and $10');
    expect(plain('a\\b path')).toBe('a\\b path');
  });
});

describe('one-word terms with a prose answer', () => {
  it('reads "Term::answer in words" as a card, and C++ scopes as code', () => {
    const source = { path: 'a.md', line: 1, endLine: 1 };
    expect(explicitFromRaw('Reparations::the payments Germany owed the Allies', [], source)[0]?.answer).toBe(
      'the payments Germany owed the Allies',
    );
    expect(explicitFromRaw('std::vector<int> values;', [], source)).toEqual([]);
    expect(explicitFromRaw('Parser::parse', [], source)).toEqual([]);
  });
});
