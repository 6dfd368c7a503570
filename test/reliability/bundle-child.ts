/** Bundles a child-process script once with esbuild, so each of many child starts needs no TS loader. */
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles `test/reliability/<name>.ts` to node_modules/.cache (packages stay external and resolve from there). */
export async function bundleChild(name: string): Promise<string> {
  const outfile = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', `recollect-${name}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
