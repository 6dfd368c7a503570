import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'recollect-scan-progress-'));
  mkdirSync(join(root, 'vault'));
  const notes = {
    'a.md': '# Canals\n\n- The **Suez Canal** opened in 1869\n',
    'b.md': '# Rivers\n\n- The **Danube** flows into the Black Sea\n',
    'c.md': '# Cells\n\n- **Ribosomes** build proteins from amino acids\n',
  };
  for (const [name, text] of Object.entries(notes)) {
    writeFileSync(join(root, 'vault', name), text);
  }
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A terminal (or not) whose clock moves `step` ms each time it is read. */
function fakeIo(stderrIsTTY: boolean, step: number): { io: Io; stderr: string[]; stdout: string[] } {
  const stderr: string[] = [];
  const stdout: string[] = [];
  let clock = 0;
  const io: Io = {
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    stdoutIsTTY: false,
    stderrIsTTY,
    env: { NO_COLOR: '1' },
    now: () => (clock += step),
  };
  return { io, stderr, stdout };
}

const scan = (io: Io) => main(['scan', join(root, 'vault'), '--data', join(root, 'data')], io);

describe('recollect scan progress', () => {
  it('shows the notes built on a terminal once the scan has taken over a second, then clears the line', async () => {
    const { io, stderr, stdout } = fakeIo(true, 600);
    expect(await scan(io)).toBe(0);
    expect(stderr.filter((line) => line.includes('Building notes')).at(-1)).toBe('\rBuilding notes: 3/3');
    expect(stderr.at(-1)).toBe('\r\x1b[2K');
    expect(stdout.join('')).toContain('Scanned 3 notes (3 parsed)');
  });

  it('stays silent when stderr is not a terminal', async () => {
    const { io, stderr } = fakeIo(false, 600);
    expect(await scan(io)).toBe(0);
    expect(stderr).toEqual([]);
  });
});
