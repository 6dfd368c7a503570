import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/markdown/index.js';

function texts(text: string): unknown[] {
  return parseNote('c.md', text).blocks.map((b) =>
    b.type === 'paragraph' ? [b.content.text, b.line] : b.type,
  );
}

describe('%%comments%%', () => {
  it('drops inline comments, and an unclosed one hides the rest of its paragraph', () => {
    expect(texts('Keep %%drop%% this\n\nKeep %%drop the rest')).toEqual([
      ['Keep this', 1],
      ['Keep', 3],
    ]);
  });

  it('drops a multi-line comment block, blank lines included, and keeps later line numbers', () => {
    expect(texts('before\n%%\nhidden\n\nstill hidden\n%%\nafter')).toEqual([
      ['before', 1],
      ['after', 7],
    ]);
  });

  it('drops a one-line comment block but not a line that only starts with a comment', () => {
    expect(texts('%% todo %%\n\n%% note %% shown')).toEqual([['shown', 3]]);
  });
});
