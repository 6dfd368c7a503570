import { describe, expect, it } from 'vitest';
import { renderMarkdown, vaultImageUrl } from '../../src/server/render.js';

describe('images in a rendered note', () => {
  it('points a relative image at the vault file beside the note', () => {
    expect(vaultImageUrl('maps/rivers.png', 'Geography/Europe.md')).toBe(
      '/api/files/Geography/maps/rivers.png',
    );
    expect(vaultImageUrl('../shared/delta.png', 'Geography/Europe.md')).toBe('/api/files/shared/delta.png');
    expect(vaultImageUrl('map.png', 'top.md')).toBe('/api/files/map.png');
  });

  it('encodes each segment of the file path once, whatever the note wrote', () => {
    // markdown-it hands the renderer "my%20map.png" for both spellings below.
    expect(vaultImageUrl('my%20map.png', 'Travel/100% trips.md')).toBe('/api/files/Travel/my%20map.png');
    expect(vaultImageUrl('why%3F.png', 'a.md')).toBe('/api/files/why%3F.png');
  });

  it('leaves web addresses, absolute paths, anchors and paths out of the vault alone', () => {
    expect(vaultImageUrl('https://example.org/a.png', 'n.md')).toBe('https://example.org/a.png');
    expect(vaultImageUrl('//cdn.example.org/a.png', 'n.md')).toBe('//cdn.example.org/a.png');
    expect(vaultImageUrl('/srv/a.png', 'n.md')).toBe('/srv/a.png');
    expect(vaultImageUrl('#top', 'n.md')).toBe('#top');
    expect(vaultImageUrl('../../etc/passwd', 'Folder/n.md')).toBe('../../etc/passwd');
  });

  it('rewrites the image of a note rendered for the local app, and no image of one rendered without its path', () => {
    const note = 'Rivers\n\n![the Rhine delta](<maps/rhine delta.png>)\n';
    expect(renderMarkdown(`# ${note}`, 0, 'Geography/Europe.md')).toContain(
      '<img src="/api/files/Geography/maps/rhine%20delta.png" alt="the Rhine delta">',
    );
    expect(renderMarkdown(`# ${note}`)).toContain('<img src="maps/rhine%20delta.png" alt="the Rhine delta">');
  });

  it('still refuses a script address in an image', () => {
    expect(renderMarkdown('![x](javascript:alert(1))', 0, 'n.md')).not.toMatch(/<img[^>]*javascript/);
  });
});
