import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoNotesError, NotAFolderError, VaultNotFoundError } from '../../src/errors.js';
import { MAX_NOTE_BYTES, readNote, scanVault } from '../../src/vault/index.js';

let base: string;
let vault: string;

function write(relativePath: string, content: string | Uint8Array): void {
  const absolute = join(vault, relativePath);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
}

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'recollect-vault-'));
  vault = join(base, 'vault');
  mkdirSync(vault);
});

afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('scanVault finding notes', () => {
  it('finds .md files in nested folders, sorted by path', async () => {
    write('b.md', '# B');
    write('History/Rome/caesar.md', '# Caesar');
    write('History/athens.md', '# Athens');
    write('a.md', '# A');
    write('notes.txt', 'not a note');
    const { files, problems } = await scanVault(vault);
    expect(files.map((f) => f.path)).toEqual(['History/Rome/caesar.md', 'History/athens.md', 'a.md', 'b.md']);
    expect(problems).toEqual([]);
  });

  it('skips .obsidian, .trash, .recollect, node_modules and every other dot-folder', async () => {
    write('keep.md', 'kept');
    write('.obsidian/workspace.md', 'x');
    write('.trash/old.md', 'x');
    write('.recollect/cache.md', 'x');
    write('node_modules/pkg/README.md', 'x');
    write('.git/notes.md', 'x');
    write('Topic/.private/secret.md', 'x');
    const { files } = await scanVault(vault);
    expect(files.map((f) => f.path)).toEqual(['keep.md']);
  });

  it('follows a symlink inside the vault but not one that leaves it', async () => {
    write('Real/inside.md', 'inside');
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'secret.md'), 'outside');
    symlinkSync(join(base, 'outside'), join(vault, 'Escape'));
    symlinkSync(join(base, 'outside', 'secret.md'), join(vault, 'escape.md'));
    symlinkSync(join(vault, 'Real', 'inside.md'), join(vault, 'alias.md'));
    const { files } = await scanVault(vault);
    expect(files.map((f) => f.path)).toEqual(['Real/inside.md', 'alias.md']);
  });

  it('does not loop on a symlink that points back up the tree', async () => {
    write('Topic/note.md', 'text');
    symlinkSync(vault, join(vault, 'Topic', 'loop'));
    const { files } = await scanVault(vault);
    expect(files.map((f) => f.path)).toEqual(['Topic/note.md']);
  });

  it('returns the same order on every run', async () => {
    for (const name of ['z.md', 'M/a.md', 'm.md', 'A/z.md', 'a b.md', 'Z.md']) write(name, name);
    const first = await scanVault(vault);
    const second = await scanVault(vault);
    expect(first.files.map((f) => f.path)).toEqual(['A/z.md', 'M/a.md', 'Z.md', 'a b.md', 'm.md', 'z.md']);
    expect(second).toEqual(first);
  });
});

describe('scanVault reading notes safely', () => {
  it('turns invalid UTF-8 into a problem and still reads the other notes', async () => {
    write('good.md', 'fine');
    write('latin1.md', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const { files, problems } = await scanVault(vault);
    expect(files.map((f) => f.path)).toEqual(['good.md']);
    expect(problems).toEqual([{ path: 'latin1.md', message: 'not valid UTF-8 text' }]);
  });

  it('turns a file with NUL bytes into a binary-file problem', async () => {
    write('image.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    write('ok.md', 'ok');
    const { problems } = await scanVault(vault);
    expect(problems).toEqual([{ path: 'image.md', message: 'binary file (contains NUL bytes)' }]);
  });

  it('reads a note saved as UTF-16 with its byte order mark (Notepad\'s "Unicode"), either byte order', async () => {
    const text = '# Käse\r\n\r\n- Emmental has holes\r\n';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    write('little.md', little);
    write('big.md', big);
    const { files, problems } = await scanVault(vault);
    expect(problems).toEqual([]);
    expect(files.map((f) => [f.path, f.text])).toEqual([
      ['big.md', '# Käse\n\n- Emmental has holes\n'],
      ['little.md', '# Käse\n\n- Emmental has holes\n'],
    ]);
  });

  it('does not read a file over 5 MB', async () => {
    write('huge.md', 'a'.repeat(MAX_NOTE_BYTES + 1));
    write('ok.md', 'ok');
    const { files, problems } = await scanVault(vault);
    expect(files.map((f) => f.path)).toEqual(['ok.md']);
    expect(problems).toEqual([{ path: 'huge.md', message: 'file too large (5.0 MB, limit 5.0 MB)' }]);
  });

  it('strips a UTF-8 byte order mark, normalises CRLF, and reads a stray CR as a space', async () => {
    // A lone CR inside a line is a copy-paste stray: lines are numbered as grep and git number them.
    write('windows.md', '\uFEFF# Title\r\n- one\r\n- two\rthree\r\n');
    const { files } = await scanVault(vault);
    expect(files[0]?.text).toBe('# Title\n- one\n- two three\n');
  });

  it('records size, mtime and the sha256 of the raw bytes', async () => {
    const raw = '\uFEFFline\r\n';
    write('n.md', raw);
    const { files } = await scanVault(vault);
    const bytes = Buffer.from(raw, 'utf8');
    expect(files[0]?.size).toBe(bytes.length);
    expect(files[0]?.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(files[0]?.mtimeMs).toBe(statSync(join(vault, 'n.md')).mtimeMs);
  });

  it('turns a file that cannot be read into a problem instead of throwing', async () => {
    // A note deleted between the walk and the read: the same path as a permission error, testable as root.
    const result = await readNote({ path: 'gone.md', absolutePath: join(vault, 'gone.md') });
    expect(result).toEqual({
      ok: false,
      problem: { path: 'gone.md', message: 'file could not be read (ENOENT)' },
    });
  });

  it('reports progress for every note read', async () => {
    write('a.md', 'a');
    write('b.md', 'b');
    const calls: [number, number][] = [];
    await scanVault(vault, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('writes nothing into the vault', async () => {
    write('a.md', 'a');
    write('Sub/b.md', 'b');
    const before = readdirSync(vault, { recursive: true }).sort();
    const mtime = statSync(join(vault, 'a.md')).mtimeMs;
    await scanVault(vault);
    expect(readdirSync(vault, { recursive: true }).sort()).toEqual(before);
    expect(statSync(join(vault, 'a.md')).mtimeMs).toBe(mtime);
  });
});

describe('scanVault errors for the vault path', () => {
  it('throws VaultNotFoundError for a missing folder', async () => {
    await expect(scanVault(join(base, 'nope'))).rejects.toBeInstanceOf(VaultNotFoundError);
  });

  it('throws NotAFolderError for a file', async () => {
    write('a.md', 'a');
    await expect(scanVault(join(vault, 'a.md'))).rejects.toBeInstanceOf(NotAFolderError);
  });

  it('throws NoNotesError when the folder has no .md file', async () => {
    write('readme.txt', 'no notes here');
    write('.obsidian/app.md', 'hidden');
    await expect(scanVault(vault)).rejects.toBeInstanceOf(NoNotesError);
  });

  it('returns an empty scan for an empty vault when allowEmpty is set', async () => {
    await expect(scanVault(vault, { allowEmpty: true })).resolves.toEqual({ files: [], problems: [] });
  });
});
