import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/markdown/index.js';

function texts(text: string): unknown[] {
  return parseNote('m.md', text).blocks.map((b) =>
    b.type === 'paragraph' ? [b.content.text, b.line] : b.type,
  );
}

describe('math', () => {
  it('drops inline math but keeps prices', () => {
    expect(texts('Energy $E=mc^2$ costs $5 and $10 today, $$x$$ too')).toEqual([
      ['Energy costs $5 and $10 today, too', 1],
    ]);
  });

  it('drops display math on one or several lines', () => {
    expect(texts('$$x^2$$\n\n$$\na\n\nb\n$$\nafter')).toEqual([['after', 8]]);
  });

  it('writes an inline chemical formula as text, so the sentence around it stays whole', () => {
    expect(texts('Yeast makes ethanol, $\\ce{CO2}$ and energy')).toEqual([
      ['Yeast makes ethanol, CO2 and energy', 1],
    ]);
    expect(texts('Acids give $\\ce{H^{+}}$ ions: $\\ce{Zn + 2H+ -> Zn^{2+} + H2}$')).toEqual([
      ['Acids give H+ ions: Zn + 2H+ → Zn2+ + H2', 1],
    ]);
    // Anything that is not a formula is still math, and dropped.
    expect(texts('A ratio $\\frac{a}{b}$ here')).toEqual([['A ratio here', 1]]);
  });

  it('keeps an unclosed $$ as text', () => {
    expect(texts('$$ never closed')).toEqual([['$$ never closed', 1]]);
  });
});
