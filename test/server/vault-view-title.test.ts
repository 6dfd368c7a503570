import { describe, expect, it } from 'vitest';
import { titleOf } from '../../src/server/vault-view.js';
import { MAX_RATIO, scaling } from '../helpers/scaling.js';

describe('the title the web pages show for a note', () => {
  it('is the first line when it is a # heading, else the file name', () => {
    expect(titleOf({ path: 'a/cold-war.md', text: '---\ntags: [x]\n---\n\n# The Cold War #\n- b' })).toBe(
      'The Cold War',
    );
    expect(titleOf({ path: 'a/cold-war.md', text: 'intro\n# Later heading' })).toBe('cold-war');
  });

  it('reads `# a` + many spaces + `x` in linear time', () => {
    const file = (n: number) => ({ path: 'n.md', text: `# a${' '.repeat(n)}x` });
    expect(titleOf(file(10_000))).toBe(`a${' '.repeat(10_000)}x`);
    const result = scaling(file, titleOf, 200, 2000);
    expect(result.ratio, JSON.stringify(result)).toBeLessThanOrEqual(MAX_RATIO);
  });
});
