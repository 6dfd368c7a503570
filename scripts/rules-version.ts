/**
 * The version of the rules that turn notes into items: a hash of the sources of `markdown/`, `knowledge/`,
 * `generate/`, `pipeline.ts`, the work budgets and the note reader, and of the versions of the libraries they use
 * to read text. The bundle step puts it into the CLI (`RECOLLECT_RULES`), so that a scan by a newer recollect makes
 * every note's items again (`study/rules-version.ts`) instead of keeping items the old rules made from notes that
 * did not change.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SOURCES = [
  'src/markdown',
  'src/knowledge',
  'src/generate',
  'src/pipeline.ts',
  'src/work-budget.ts',
  'src/vault/read-note.ts',
];
const LIBRARIES = ['markdown-it', 'wink-nlp', 'wink-eng-lite-web-model', 'word-list', 'yaml'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** 16 hex digits that change whenever a rule's source or a text library's version changes. */
export function rulesVersion(root: string): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((s) => files(join(root, s))).filter((f) => f.endsWith('.ts'))) {
    hash
      .update(relative(root, file).split(sep).join('/'))
      .update('\0')
      .update(readFileSync(file))
      .update('\0');
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const name of LIBRARIES) hash.update(`${name}@${pkg.dependencies[name] ?? ''}\0`);
  return hash.digest('hex').slice(0, 16);
}
