/** End-to-end tests of the built CLI: spawns `node bin/recollect.js` as a user would run it. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'recollect.js');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
let base: string;
let vault: string;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function recollect(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Run {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
  };
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env: { ...env, ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    throw new Error(
      'dist/cli/main.js is missing: build first with `npx tsc -p tsconfig.build.json` (npm test does)',
    );
  }
  base = mkdtempSync(join(tmpdir(), 'recollect-cli-'));
  vault = join(base, 'vault');
  mkdirSync(join(vault, 'History'), { recursive: true });
  writeFileSync(join(vault, 'History', 'rome.md'), '# Rome\n\n- **753 BC** - Rome was founded, by legend\n');
  writeFileSync(join(vault, 'broken.md'), Uint8Array.from([0x41, 0x00, 0x42]));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('recollect help and version', () => {
  it('prints general help listing the commands and exits 0', () => {
    const run = recollect(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: recollect <command> [vault] [options]');
    expect(run.stdout).toMatch(/^ {2}cards {2,}print the study items/m);
    expect(run.stdout).toMatch(/^ {2}timeline {2,}print the dated events/m);
  });

  it('prints the same help for `help cards` and `cards --help`', () => {
    const viaHelp = recollect(['help', 'cards']);
    const viaFlag = recollect(['cards', '--help']);
    expect(viaHelp.status).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    for (const flag of ['--json', '--note PATH', '--kind KIND', '--explain', '-h, --help']) {
      expect(viaHelp.stdout).toContain(flag);
    }
  });

  it('prints the package version', () => {
    expect(recollect(['--version']).stdout).toBe(`${version}\n`);
  });
});

describe('recollect errors and exit codes', () => {
  it('suggests the closest command for a typo and exits 2', () => {
    const run = recollect(['crads']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("recollect: unknown command 'crads'. Did you mean 'cards'?\n");
    expect(run.stdout).toBe('');
  });

  it('suggests the closest flag for a mistyped option and exits 2', () => {
    const run = recollect(['cards', vault, '--jsno']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("recollect: unknown option '--jsno' for 'cards'. Did you mean '--json'?\n");
  });

  it('lists the valid kinds when --kind is wrong', () => {
    const run = recollect(['cards', vault, '--kind', 'flashcard']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "recollect: unknown kind 'flashcard'; valid kinds: cloze, qa, reverse, choice, date, order, argument, explicit\n",
    );
  });

  it('fails with one line and exit 1 for a missing folder', () => {
    const missing = join(base, 'no-such-vault');
    const run = recollect(['cards', missing]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`recollect: vault folder not found: ${missing}\n`);
  });

  it('fails with exit 1 when the vault is a file', () => {
    const file = join(vault, 'History', 'rome.md');
    const run = recollect(['timeline', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`recollect: not a folder: ${file}\n`);
  });

  it('reads a note given instead of a vault as a vault of that one note; any other file is an error', () => {
    const note = join(vault, 'History', 'rome.md');
    const one = recollect(['cards', note, '--json']);
    expect(one.status).toBe(0);
    const deck = JSON.parse(one.stdout) as {
      notes: number;
      items: { kind: string; answer: string; source: { path: string } }[];
    };
    expect(deck.notes).toBe(1);
    // The founding of Rome, the one fact of the note, as its date item; the note's path is its file name.
    expect(deck.items.map((i) => [i.kind, i.answer, i.source.path])).toContainEqual([
      'date',
      '753 BC',
      'rome.md',
    ]);
    const text = join(base, 'notes.txt');
    writeFileSync(text, 'not a note');
    const other = recollect(['cards', text]);
    expect(other.status).toBe(1);
    expect(other.stderr).toBe(`recollect: not a folder or a .md note: ${text}\n`);
  });

  it('fails with exit 1 when the folder holds no notes', () => {
    const empty = join(base, 'empty');
    mkdirSync(join(empty, '.obsidian'), { recursive: true });
    writeFileSync(join(empty, '.obsidian', 'hidden.md'), 'not a note of the vault');
    const run = recollect(['cards', empty]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`recollect: no Markdown notes (.md files) found in ${empty}\n`);
  });

  it('fails with exit 2 when --note matches no note', () => {
    const run = recollect(['cards', vault, '--note', 'Greece.md']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`recollect: no note in ${vault} matches --note Greece.md\n`);
  });
});

describe('recollect cards --json', () => {
  it('prints exactly the version 1 deck, with unreadable files as problems', () => {
    const run = recollect(['cards', vault, '--json']);
    expect(run.status).toBe(0);
    const deck = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(deck)).toEqual(['version', 'vault', 'notes', 'items', 'events', 'problems']);
    expect(deck.version).toBe(1);
    expect(deck.vault).toBe(vault);
    expect(deck.notes).toBe(1);
    expect(Array.isArray(deck.items)).toBe(true);
    expect(Array.isArray(deck.events)).toBe(true);
    expect(deck.problems).toEqual([{ path: 'broken.md', message: 'binary file (contains NUL bytes)' }]);
  });

  it('uses the current folder when no vault is given, and names it "."', () => {
    const run = recollect(['cards', '--json'], { cwd: vault });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ vault: '.', notes: 1 });
  });

  it('counts only the matching note with --note', () => {
    const run = recollect(['cards', vault, '--json', '--note', 'rome']);
    expect(JSON.parse(run.stdout)).toMatchObject({ notes: 1, problems: [] });
  });

  it('reads the bundled examples and skips their .obsidian folder', () => {
    const run = recollect(['cards', 'examples', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ vault: 'examples', notes: 7, problems: [] });
  });
});

describe('recollect timeline --json', () => {
  it('prints version, vault, notes, events and problems', () => {
    const run = recollect(['timeline', vault, '--json']);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(['version', 'vault', 'notes', 'events', 'problems']);
    expect(output.notes).toBe(1);
  });
});

describe('recollect colour', () => {
  it('uses no colour when stdout is not a terminal', () => {
    expect(recollect(['cards', vault]).stdout).not.toContain('\x1b[');
  });

  it('uses colour when FORCE_COLOR asks for it', () => {
    expect(recollect(['cards', vault], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
  });

  it('uses no colour when NO_COLOR is set, even with FORCE_COLOR', () => {
    const run = recollect(['cards', vault], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('\x1b[');
    expect(run.stderr).toBe('warning: broken.md: binary file (contains NUL bytes)\n');
  });
});
