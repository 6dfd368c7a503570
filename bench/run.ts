/**
 * `npm run bench -- --notes N`: generates a vault, runs each measure of performance.md in its own child
 * process, prints a table with ratios to the markdown-it baseline and peak RSS, and writes
 * bench/results/<timestamp>.json.
 * Flags: --notes 1000 --seed 1 --review-items 100000 --review-rows 1000000 --answers 1000
 *   --review-budget-ms 90000 --cold-batch 0 --huge-notes (10 × notes)
 *   --only baseline,pipeline,cold,warm,edit,serve-edit,serve-page,upgrade,review,huge,cards
 *   --work DIR: keep the vault and its database in DIR (made on the first run) instead of a temporary folder, so a
 *   later run can measure warm, edit and serve-edit again without the minutes of a cold index (`--only
 *   warm,edit,serve-edit`); each edit measure appends a bullet to a few notes of that vault.
 */
import { spawnSync } from 'node:child_process';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateVault, writeVault } from './generate-vault.js';
import { formatTable, type Row, TARGETS } from './report.js';
import { cardsStartup, machine } from './startup.js';

const here = fileURLToPath(new URL('.', import.meta.url));
// serve-edit before edit: both after the cold index (run from the sources, rules "source"), serve-edit scans from
// the sources too, and edit's first, untimed scan by the built CLI then moves the store to the CLI's rules.
const ORDER = [
  'baseline',
  'pipeline',
  'cold',
  'warm',
  'serve-edit',
  'edit',
  'serve-page',
  'upgrade',
  'review',
  'huge',
] as const;

function option(args: readonly string[], name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
}

function runChild(name: string, args: object): { ms: number; peakRssMb: number; details: object } {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(here, 'measure-child.ts'), name, JSON.stringify(args)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    return { ms: Number.NaN, peakRssMb: Number.NaN, details: { error: child.stderr.trim().slice(-2000) } };
  }
  return JSON.parse(last) as { ms: number; peakRssMb: number; details: object };
}

async function main(argv: readonly string[]): Promise<void> {
  const notes = Number(option(argv, 'notes', '1000'));
  const seed = Number(option(argv, 'seed', '1'));
  const only = option(argv, 'only', `${ORDER.join(',')},cards`).split(',');
  const kept = option(argv, 'work', '');
  const work = kept || (await mkdtemp(join(tmpdir(), 'recollect-bench-')));
  const vault = join(work, 'vault');
  const files = generateVault({ notes, seed });
  const reused =
    kept !== '' &&
    (await access(vault)
      .then(() => true)
      .catch(() => false));
  if (!reused) await writeVault(vault, files);
  // --cold-batch B: cold index in scans of B notes (a workaround when one cold scan of the vault fails).
  const coldBatch = Number(option(argv, 'cold-batch', '0'));
  const staging = join(work, 'staging');
  if (coldBatch > 0) await writeVault(staging, files);
  const vaultBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  console.log(
    `vault: ${notes} notes, ${(vaultBytes / 1e6).toFixed(1)} MB in ${vault}${reused ? ' (reused)' : ''}`,
  );
  const args = {
    vault,
    dataDir: join(work, 'data'),
    cacheDir: join(here, 'results', 'cache'),
    reviewItems: Number(option(argv, 'review-items', '100000')),
    reviewRows: Number(option(argv, 'review-rows', '1000000')),
    answers: Number(option(argv, 'answers', '1000')),
    reviewBudgetMs: Number(option(argv, 'review-budget-ms', '90000')),
    hugeNotes: Number(option(argv, 'huge-notes', String(notes * 10))),
    seed,
    now: '2026-11-29T10:00:00.000Z',
  };
  // The machine is shared: its load average (1, 5, 15 minutes) at the start and end goes with the results.
  const loadAtStart = loadavg();
  const rows: Row[] = [];
  for (const name of ORDER.filter((n) => only.includes(n))) {
    const dataDir = name === 'review' ? join(work, 'review-data') : args.dataDir;
    console.error(`… ${name}`);
    const batched = name === 'cold' && coldBatch > 0 ? { staging, coldBatch } : {};
    if (name === 'cold' && coldBatch > 0) await rm(vault, { recursive: true, force: true });
    if (name === 'cold' && coldBatch > 0) await mkdir(vault);
    rows.push({ name, ...runChild(name, { ...args, dataDir, ...batched }) });
  }
  if (only.includes('cards')) {
    console.error('… cards');
    rows.push({ name: 'cards', ...(await cardsStartup(join(work, 'one-note'), seed)) });
  }
  const baseline = rows.find((r) => r.name === 'baseline')?.ms ?? Number.NaN;
  console.log(formatTable(rows, baseline));
  const loadAtEnd = loadavg();
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  console.log(`load average: ${load(loadAtStart)} at the start, ${load(loadAtEnd)} at the end`);
  const result = {
    date: new Date().toISOString(),
    notes,
    seed,
    vaultBytes,
    machine: machine(),
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    args,
    baseline,
    rows,
    targets: TARGETS,
  };
  await mkdir(join(here, 'results'), { recursive: true });
  const out = join(here, 'results', `${result.date.replace(/[:.]/g, '-')}.json`);
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`results: ${out}`);
  if (!kept) await rm(work, { recursive: true, force: true });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
