/**
 * Runs Anki 2.1.16's own importer (../shared/reference/anki-2.1.16, outside the repository) on our packages.
 * Absent reference or Python packages: the tests skip with one loud line on a user's machine and fail in CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const ANKI_DIR = resolve(root, '../shared/reference/anki-2.1.16');
const SCRIPT = join(root, 'test/export/anki-reader/import-apkgs.py');
// Debian's python3 is where `apt-get install python3-bs4 …` puts Anki's dependencies.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
export const APT_PACKAGES = 'python3-bs4 python3-decorator python3-send2trash python3-requests';

/** Why the real reader cannot run here, or undefined when it can. */
export function readerMissing(): string | undefined {
  if (!existsSync(join(ANKI_DIR, 'anki', '__init__.py'))) return `${ANKI_DIR} is absent`;
  const probe = spawnSync(PYTHON, ['-c', 'import bs4, decorator, send2trash, requests'], {
    encoding: 'utf8',
  });
  if (probe.status !== 0) return `${PYTHON} lacks Anki's dependencies (apt-get install -y ${APT_PACKAGES})`;
  return undefined;
}

export interface RenderedCard {
  readonly id: number;
  readonly nid: number;
  readonly ord: number;
  readonly guid: string;
  readonly model: string;
  readonly type: number;
  readonly queue: number;
  readonly due: number;
  readonly ivl: number;
  readonly q: string;
  readonly a: string;
  readonly tags: string[];
}

export interface ImportSnapshot {
  readonly added: number;
  readonly updated: number;
  readonly dupes: number;
  readonly log: string[];
  readonly notes: number;
  readonly cards: number;
  readonly noteIds: number[];
  /** id, cid, ease, ivl, lastIvl, factor, time, type */
  readonly revlog: number[][];
  readonly models: { name: string; type: number; req: unknown; ankiReq: unknown; fields: string[] }[];
  readonly decks: string[];
  readonly rendered: RenderedCard[];
}

export interface ReaderReport {
  readonly imports: ImportSnapshot[];
  readonly integrity: { ok: boolean; message: string };
  readonly afterCheck: { notes: number; cards: number };
}

/** Imports the packages in order into one fresh Anki 2.1.16 collection. */
export function importIntoAnki(...apkgs: string[]): ReaderReport {
  const result = spawnSync(PYTHON, [SCRIPT, ANKI_DIR, ...apkgs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Anki's importer failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as ReaderReport;
}

/** HTML as text: tags dropped, the entities Anki leaves decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#123;/g, '{')
    .replace(/&#125;/g, '}')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
