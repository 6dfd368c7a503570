/** Rendering a note for the web pages takes time linear in its size, whatever the note holds. */
import { describe, expect, it } from 'vitest';
import { obsidianToCommonMark, renderMarkdown } from '../../src/server/render.js';
import { MAX_RATIO, scaling } from '../helpers/scaling.js';

/**
 * Sizes stay fixed (runs are repeated instead), and above 10,000 lines: below that markdown-it's own line tables
 * stay small and fast, and the step past that size alone looks superlinear.
 */
const linear = (make: (n: number) => string, n: number): void => {
  const result = scaling(make, (text) => renderMarkdown(text), n, n);
  expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
};

describe('rendering a hostile note', () => {
  it('rewrites blank lines in linear time (the callout-title regex crossed line ends)', () => {
    // Our rewrite only: markdown-it itself takes about 6× for 4× blank lines past 16,000 (its line tables).
    const result = scaling((n) => `a\n${'\n'.repeat(n)}b`, obsidianToCommonMark, 16_000, 16_000);
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
    expect(renderMarkdown(`a\n${'\n'.repeat(150_000)}b`)).toContain('<p data-line="150002"');
  });

  it('is linear in unclosed [[ (the wikilink regex backtracked to the end each time)', () => {
    linear((n) => '[['.repeat(n), 8000);
  });

  it('rewrites callouts and blank quote lines in linear time', () => {
    // markdown-it itself is measured above; thousands of quotes make it mildly superlinear (its own GC load).
    const rewrite = (make: (n: number) => string, n: number): void => {
      const result = scaling(make, obsidianToCommonMark, n, n);
      expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
    };
    rewrite((n) => '> [!note] Title\n>\n> text\n\n'.repeat(n), 1000);
    rewrite((n) => `> ${'>\n'.repeat(n)}[!note]`, 10_000);
    rewrite((n) => `${' \n'.repeat(n)}> [!note]`, 10_000);
  });

  it('is linear in %% and in spaces before a closing ]]', () => {
    linear((n) => `%%${' a'.repeat(n)}`, 5000);
    linear((n) => `[[a${' '.repeat(n)}|b${' '.repeat(n)}`, 5000);
  });

  it('still shows wikilinks as their labels and callout headers as bold titles', () => {
    expect(renderMarkdown('See [[Treaty of Versailles|the treaty]] and [[Weimar#Crisis]].')).toContain(
      'See the treaty and Weimar.',
    );
    expect(renderMarkdown('> [!example] Activity 1\n> Text')).toContain('<strong>Activity 1</strong>');
    expect(renderMarkdown('> [!tip]\n> Text')).toContain('<strong>Tip</strong>');
  });
});
