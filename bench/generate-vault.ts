/**
 * Deterministic synthetic vault generator for the benchmark: N notes in the styles of revision notes, in
 * nested folders, with a few malformed files. Same seed and N → byte-identical files.
 * CLI: `node --import tsx bench/generate-vault.ts --notes 1000 --seed 1 --out /tmp/vault`
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as style from './note-styles.js';
import { type Random, seededRandom } from './prng.js';
import { SUBJECTS, TERMS, UNITS } from './words.js';

export interface VaultSpec {
  /** Number of `.md` files, malformed ones included. */
  readonly notes: number;
  readonly seed: number;
}

/** Ways a file can be broken; each must become a problem or parse, never crash the run. */
export const MALFORMED_KINDS = ['invalid-utf8', 'nul-bytes', 'huge-line'] as const;
export type MalformedKind = (typeof MALFORMED_KINDS)[number];

export interface GeneratedFile {
  /** Vault-relative path with forward slashes. */
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly malformed?: MalformedKind;
}

/** How many malformed files a vault of `notes` files holds: none below 10, then a few per thousand. */
export function malformedCount(notes: number): number {
  return notes < 10 ? 0 : Math.max(MALFORMED_KINDS.length, Math.floor(notes / 1000));
}

/** Generates the files of a vault in memory (sorted by path). */
export function generateVault(spec: VaultSpec): GeneratedFile[] {
  const broken = malformedCount(spec.notes);
  const healthy = spec.notes - broken;
  const titles = Array.from({ length: healthy }, (_, i) => noteTitle(seededRandom(mix(spec.seed, i, 1)), i));
  const files: GeneratedFile[] = [];
  for (let i = 0; i < healthy; i++) {
    const random = seededRandom(mix(spec.seed, i, 2));
    const text = noteText({ random, titles }, titles[i]!, i);
    files.push({ path: `${folderOf(random)}/${titles[i]}.md`, bytes: Buffer.from(text, 'utf8') });
  }
  for (let k = 0; k < broken; k++) {
    const kind = MALFORMED_KINDS[k % MALFORMED_KINDS.length]!;
    const random = seededRandom(mix(spec.seed, k, 3));
    files.push({
      path: `${folderOf(random)}/broken ${kind} ${k}.md`,
      bytes: malformedBytes(random, kind),
      malformed: kind,
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The text of healthy note `index`: sections of headings and blocks; `index` forces one style per note. */
export function noteText(ctx: style.NoteContext, title: string, index: number): string {
  const r = ctx.random;
  const forced = style.STYLES[index % style.STYLES.length]!;
  const parts: string[] = [];
  if (r.chance(0.4)) parts.push(`---\ntags: [${r.pick(SUBJECTS).toLowerCase()}, revision]\n---\n`);
  if (r.chance(0.5)) parts.push(`# ${title}\n`);
  const sections = r.int(2, 3);
  for (let s = 0; s < sections; s++) {
    parts.push(style.heading(r, r.chance(0.8) ? 2 : 3), style.nestedBullets(r));
    for (const block of pickBlocks(r, s === 0 ? forced : undefined)) parts.push(blockText(ctx, block));
  }
  return parts.join('\n');
}

function pickBlocks(r: Random, forced: style.Style | undefined): style.Style[] {
  const blocks: style.Style[] = forced ? [forced] : [];
  if (r.chance(0.5)) blocks.push('dates');
  if (r.chance(0.4)) blocks.push('bold-term');
  if (r.chance(0.3)) blocks.push('prose');
  if (r.chance(0.15)) blocks.push('callout-argument');
  if (r.chance(0.2)) blocks.push('wikilink');
  if (r.chance(0.1)) blocks.push('qa');
  if (r.chance(0.08)) blocks.push('table');
  return blocks;
}

function blockText(ctx: style.NoteContext, block: style.Style): string {
  const r = ctx.random;
  switch (block) {
    case 'heading':
      return style.heading(r, 3) + style.nestedBullets(r);
    case 'nested-bullets':
      return style.nestedBullets(r);
    case 'bold-term':
      return style.boldTerms(r);
    case 'dates':
      return style.datedBullets(r);
    case 'callout-argument':
      return style.argumentCallout(r);
    case 'wikilink':
      return style.wikilinks(ctx);
    case 'prose':
      return style.prose(r);
    case 'qa':
      return style.questionLines(r);
    case 'table':
      return style.table(r);
  }
}

/** Unique per index (the index is part of it), so two notes never share a path. */
function noteTitle(r: Random, index: number): string {
  const topic = r.chance(0.5) ? style.person(r) : r.pick(TERMS);
  return `${topic} ${index}`;
}

/** Nested folders one to three deep: `History/Unit 2/Sources`. */
function folderOf(r: Random): string {
  const depth = r.int(1, 3);
  const parts = [r.pick(SUBJECTS)];
  if (depth > 1) parts.push(r.pick(UNITS));
  if (depth > 2) parts.push(`Week ${r.int(1, 12)}`);
  return parts.join('/');
}

function malformedBytes(r: Random, kind: MalformedKind): Uint8Array {
  const head = Buffer.from(`## ${style.person(r)}\n- ${style.sentence(r)}\n`, 'utf8');
  switch (kind) {
    case 'invalid-utf8':
      // A lone continuation byte and a truncated sequence: what a note saved as Latin-1 looks like.
      return Buffer.concat([head, Buffer.from([0x2d, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a, 0x80, 0xc3])]);
    case 'nul-bytes':
      return Buffer.concat([head, Buffer.from([0, 0, 0, 1, 2, 0]), head]);
    case 'huge-line': {
      // One 256 KB line without a break, as when a PDF is pasted into a note.
      const words: string[] = [];
      let length = 0;
      while (length < 256 * 1024) {
        const piece = style.sentence(r);
        words.push(piece);
        length += piece.length + 2;
      }
      return Buffer.concat([head, Buffer.from(`${words.join('; ')}\n`, 'utf8')]);
    }
  }
}

/** Combines the seed with a note index and a stream number into one 32-bit seed. */
function mix(seed: number, index: number, stream: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (index + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (stream * 0x27d4eb2f), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Writes `files` under `dir` (which is emptied first). */
export async function writeVault(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const folders = new Set(files.map((f) => dirname(join(dir, f.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  for (const file of files) await writeFile(join(dir, file.path), file.bytes);
}

function flag(args: readonly string[], name: string, fallback?: string): string {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? args[at + 1] : fallback;
  if (value === undefined) throw new Error(`missing --${name}`);
  return value;
}

async function cli(args: readonly string[]): Promise<void> {
  const spec = { notes: Number(flag(args, 'notes', '1000')), seed: Number(flag(args, 'seed', '1')) };
  if (!Number.isInteger(spec.notes) || spec.notes < 1) throw new Error('--notes must be a positive integer');
  const out = flag(args, 'out');
  const files = generateVault(spec);
  await writeVault(out, files);
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  console.log(`${files.length} notes, ${(bytes / 1e6).toFixed(1)} MB → ${out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  cli(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
