/**
 * The vault as the web pages see it: paths and titles kept, a note's text read when a page asks for it, so a
 * long-lived `serve` does not hold the whole vault's text.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createVaultView } from '../../src/server/vault-view.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function vault(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'recollect-view-'));
  await mkdir(join(root, 'bio'));
  await writeFile(
    join(root, 'bio', 'cells.md'),
    '# Cells\n\n- The nucleus holds the DNA\n- Ribosomes make proteins\n',
  );
  await writeFile(join(root, 'rivers.md'), '- The Nile flows north\n');
  return root;
}

describe('the vault view of the web pages', () => {
  it('lists the notes with their titles and reads a note when asked, as it is now', async () => {
    const root = await vault();
    const view = createVaultView(root);
    await view.refresh();
    expect(view.notePaths()).toEqual(['bio/cells.md', 'rivers.md']);
    expect(view.noteTitle('bio/cells.md')).toBe('Cells');
    expect(view.noteTitle('rivers.md')).toBe('rivers');
    await writeFile(join(root, 'rivers.md'), '- The Nile flows north\n- The Amazon carries the most water\n');
    expect(await view.noteText('rivers.md')).toContain('Amazon');
    expect((await view.source({ path: 'bio/cells.md', line: 4, endLine: 4 }))?.html).toContain('Ribosomes');
    // A note added since the last refresh is not listed until the next; one deleted since reads as gone.
    await writeFile(join(root, 'maps.md'), '# Maps\n');
    await rm(join(root, 'bio', 'cells.md'));
    expect(await view.noteText('maps.md')).toBeUndefined();
    expect(await view.noteText('bio/cells.md')).toBeUndefined();
    expect(await view.source({ path: 'bio/cells.md', line: 1, endLine: 1 })).toBeNull();
    await view.refresh(['maps.md', 'bio/cells.md']);
    expect(view.notePaths()).toEqual(['maps.md', 'rivers.md']);
    expect(view.noteTitle('maps.md')).toBe('Maps');
    await view.refresh();
    expect(view.notePaths()).toEqual(['maps.md', 'rivers.md']);
  });

  it('keeps no note text after a refresh', async () => {
    const root = await mkdtemp(join(tmpdir(), 'recollect-view-big-'));
    // 60 notes of ~300 KB (~18 MB of text; twice that held as strings with a character past Latin-1).
    const body = '- Osmosis moves water across a membrane — from dilute to concentrated.\n'.repeat(4200);
    for (let i = 0; i < 60; i++) await writeFile(join(root, `note ${i}.md`), `# Transport ${i}\n\n${body}`);
    const view = createVaultView(root);
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    await view.refresh();
    collectGarbage();
    const held = process.memoryUsage().heapUsed - before;
    expect(view.notePaths()).toHaveLength(60);
    expect(view.noteTitle('note 7.md')).toBe('Transport 7');
    expect(held).toBeLessThan(4_000_000);
    await rm(root, { recursive: true, force: true });
  });
});
