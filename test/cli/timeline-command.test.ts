/** `recollect timeline`: from the study database when the vault has one, from the notes (writing nothing) when not. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/generate/item.js';
import { runCli } from '../reliability/cli-io.js';

const RAILWAYS = `# Railways

- **1825** - The Stockton and Darlington Railway opened
- **1830** - The Liverpool and Manchester Railway carried its first passengers
`;

const NOW = '2025-03-10T10:00:00Z';

let root: string;
let vault: string;
let data: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'recollect-timeline-cli-'));
  vault = join(root, 'vault');
  data = join(root, 'data');
  mkdirSync(vault);
  writeFileSync(join(vault, 'railways.md'), RAILWAYS);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

interface TimelineJson {
  readonly notes: number;
  readonly events: readonly TimelineEvent[];
  readonly problems: readonly { path: string; message: string }[];
}

async function timelineJson(...extra: string[]): Promise<TimelineJson> {
  const run = await runCli(['timeline', vault, '--json', ...extra]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as TimelineJson;
}

describe('recollect timeline', () => {
  it('reads the notes and creates no study database when the vault has none', async () => {
    const run = await runCli(['timeline', vault]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '1825  The Stockton and Darlington Railway opened  railways.md:3\n' +
        '1830  The Liverpool and Manchester Railway carried its first passengers  railways.md:4\n' +
        '2 events from 1 note\n',
    );
    expect(existsSync(join(vault, '.recollect'))).toBe(false);
  });

  it('prints the study database’s timeline, brought up to date with the notes first', async () => {
    const built = await timelineJson();
    expect((await runCli(['scan', vault, '--data', data, '--now', NOW])).code).toBe(0);
    // The same events whether built from the notes or read from the database.
    expect(await timelineJson('--data', data, '--now', NOW)).toEqual(built);

    writeFileSync(
      join(vault, 'railways.md'),
      `${RAILWAYS}- **1863** - The first underground railway opened in London\n`,
    );
    writeFileSync(join(vault, 'broken.md'), Uint8Array.from([0x41, 0x00, 0x42]));
    const stored = await timelineJson('--data', data, '--now', NOW);
    expect(stored.notes).toBe(2);
    expect(stored.events.map((e) => `${e.date} ${e.source.path}:${e.source.line}`)).toEqual([
      '1825 railways.md:3',
      '1830 railways.md:4',
      '1863 railways.md:5',
    ]);
    expect(stored.problems).toEqual([{ path: 'broken.md', message: 'binary file (contains NUL bytes)' }]);
    // The timeline command scanned the edit into the database: a scan now has nothing left to do.
    const scan = await runCli(['scan', vault, '--data', data, '--now', NOW]);
    expect(scan.stdout).toContain('Items: nothing changed (no note changed since the last scan).');
  });
});
