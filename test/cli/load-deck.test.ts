import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { loadDeck } from '../../src/cli/load-deck.js';

let vault: string;

beforeEach(() => {
  vault = mkdtempSync(join(tmpdir(), 'recollect-load-'));
  for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(vault, name), `# ${name}\n`);
});

afterEach(() => {
  rmSync(vault, { recursive: true, force: true });
});

/** A fake terminal whose clock moves `step` ms each time it is read. */
function fakeIo(stderrIsTTY: boolean, step: number): { io: Io; stderr: string[] } {
  const stderr: string[] = [];
  let clock = 0;
  const io: Io = {
    out: () => {},
    err: (text) => stderr.push(text),
    stdoutIsTTY: false,
    stderrIsTTY,
    env: {},
    now: () => (clock += step),
  };
  return { io, stderr };
}

describe('loadDeck progress', () => {
  it('shows progress on a terminal once the scan has taken over a second, then clears it', async () => {
    const { io, stderr } = fakeIo(true, 600);
    const { deck, notePaths } = await loadDeck(vault, io);
    expect(deck.notes).toBe(3);
    expect(notePaths).toEqual(['a.md', 'b.md', 'c.md']);
    expect(stderr).toEqual(['\rReading notes: 2/3', '\rReading notes: 3/3', '\r\x1b[2K']);
  });

  it('stays silent when the scan is fast', async () => {
    const { io, stderr } = fakeIo(true, 1);
    await loadDeck(vault, io);
    expect(stderr).toEqual([]);
  });

  it('stays silent when stderr is not a terminal', async () => {
    const { io, stderr } = fakeIo(false, 600);
    await loadDeck(vault, io);
    expect(stderr).toEqual([]);
  });
});
