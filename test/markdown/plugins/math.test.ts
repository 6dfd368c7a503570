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

  it('keeps an unclosed $$ as text', () => {
    expect(texts('$$ never closed')).toEqual([['$$ never closed', 1]]);
  });
});
