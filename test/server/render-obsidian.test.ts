import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/server/render.js';

describe('rendering a note for the browser', () => {
  it('shows a callout header as its bold title, not as "[!example]"', () => {
    const html = renderMarkdown('>[!example] Activity: For and against\n>\n>Arguing *for* the canal');
    expect(html).toContain('<strong>Activity: For and against</strong>');
    expect(html).not.toContain('[!example]');
  });

  it('names an untitled callout by its type', () => {
    expect(renderMarkdown('> [!note]\n> Keep the receipts')).toContain('<strong>Note</strong>');
  });

  it('leaves frontmatter out of the rendered text', () => {
    const html = renderMarkdown('---\ntags: [history]\n---\n# Canals\n');
    expect(html).toBe('<h1 data-line="4" data-end-line="4">Canals</h1>\n');
  });
});
