/**
 * Where a cold index's memory goes: indexes VAULT into an empty data folder (as `npm run bench`'s cold measure)
 * while sampling the process's RSS and the main thread's heap every 250 ms; prints the peaks and a few samples.
 *
 *   node --import tsx bench/cold-memory.ts --vault DIR [--threads N]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createStudyService } from '../src/study/create-service.js';

const { values } = parseArgs({ options: { vault: { type: 'string' }, threads: { type: 'string' } } });
if (!values.vault) throw new Error('usage: cold-memory.ts --vault DIR [--threads N]');
if (values.threads !== undefined) process.env.RECOLLECT_THREADS = values.threads;
const dataDir = mkdtempSync(join(tmpdir(), 'cold-memory-'));
const samples: {
  s: number;
  rss: number;
  heap: number;
  heapTotal: number;
  external: number;
  anon: number;
  file: number;
  shmem: number;
}[] = [];
/** RssAnon, RssFile and RssShmem of /proc/self/status (Linux), in MB: which kind of memory grows. */
const kinds = (): { anon: number; file: number; shmem: number } => {
  let status = '';
  try {
    status = readFileSync('/proc/self/status', 'utf8');
  } catch {}
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return {
    anon: Math.round(kb('RssAnon') / 1024),
    file: Math.round(kb('RssFile') / 1024),
    shmem: Math.round(kb('RssShmem') / 1024),
  };
};
const started = performance.now();
const mb = (n: number) => Math.round(n / 1048576);
const sample = () => {
  const m = process.memoryUsage();
  samples.push({
    s: (performance.now() - started) / 1000,
    rss: mb(m.rss),
    heap: mb(m.heapUsed),
    heapTotal: mb(m.heapTotal),
    external: mb(m.external),
    ...kinds(),
  });
};
const timer = setInterval(sample, 250);
const service = await createStudyService({ vault: values.vault, dataDir });
try {
  const report = await service.scan(new Date('2026-11-29T10:00:00Z'));
  sample();
  clearInterval(timer);
  const peak = samples.reduce((a, b) => (b.rss > a.rss ? b : a));
  const heapPeak = samples.reduce((a, b) => (b.heap > a.heap ? b : a));
  const step = Math.max(1, Math.floor(samples.length / 12));
  process.stdout.write(
    `${report.added} items in ${Math.round(performance.now() - started)} ms; peak RSS ${peak.rss} MB at ${peak.s.toFixed(1)} s ` +
      `(maxRSS ${mb(process.resourceUsage().maxRSS * 1024)} MB); main heap peak ${heapPeak.heap} MB at ${heapPeak.s.toFixed(1)} s\n` +
      samples
        .filter((_, i) => i % step === 0)
        .map(
          (x) =>
            `  ${x.s.toFixed(1)} s: rss ${x.rss} (anon ${x.anon} file ${x.file} shmem ${x.shmem}) main heap ${x.heap} of ${x.heapTotal}, external ${x.external}`,
        )
        .join('\n') +
      '\n',
  );
} finally {
  await service.close();
  rmSync(dataDir, { recursive: true, force: true });
}
