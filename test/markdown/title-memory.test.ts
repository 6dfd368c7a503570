import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { noteTitle } from '../../src/markdown/title.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

describe('noteTitle and memory', () => {
  it('keeps no reference to the note it was read from', () => {
    // 120 notes of ~300 KB each (joined, so each is one flat string as a file read gives): titles that kept their
    // notes alive would hold ~36 MB.
    const body = '\n\n- Osmosis moves water across a membrane.\n'.repeat(7000);
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const texts: string[] = [];
    for (let i = 0; i < 120; i++)
      texts.push(`# Transport in plant cells, part ${i}\n${body}`.split('').join(''));
    const titles = texts.map((text, i) => noteTitle(text, `biology/part ${i}.md`));
    texts.length = 0;
    collectGarbage();
    const held = process.memoryUsage().heapUsed - before;
    expect(titles[7]).toBe('Transport in plant cells, part 7');
    expect(titles).toHaveLength(120);
    expect(held).toBeLessThan(4_000_000);
  });

  it('copies every code unit, a lone surrogate too', () => {
    const title = 'Half a pair \uD83D here, and more text';
    expect(noteTitle(`# ${title}\n\n- a line`, 'a.md')).toBe(title);
  });
});
