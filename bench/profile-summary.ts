/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function and per source file.
 * CLI: `node --import tsx bench/profile-summary.ts FILE.cpuprofile [--top 25]`
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

export interface SelfTime {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

/** Self time per function (`name file:line`) and per file, largest first. */
export function summarise(profile: CpuProfile): {
  functions: SelfTime[];
  files: SelfTime[];
  totalMs: number;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    total += delta;
    const where = shortUrl(frame.url);
    const key = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + delta);
    file.set(where || frame.functionName, (file.get(where || frame.functionName) ?? 0) + delta);
  });
  const rank = (m: Map<string, number>): SelfTime[] =>
    [...m].map(([name, ms]) => ({ name, ms, share: ms / total })).sort((a, b) => b.ms - a.ms);
  return { functions: rank(fn), files: rank(file), totalMs: total };
}

/** `file:///work/main/src/knowledge/clause.ts` → `src/knowledge/clause.ts`; node_modules kept by package. */
function shortUrl(url: string): string {
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const src = url.search(/\/(src|dist|bench)\//);
  return src >= 0 ? url.slice(src + 1) : url;
}

/** Inclusive time per function: samples with the function anywhere on the stack (counted once per sample). */
export function inclusive(profile: CpuProfile): SelfTime[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  const times = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    total += delta;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || !/\/(src|dist)\//.test(frame.url)) continue;
      seen.add(`${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}`);
    }
    for (const key of seen) times.set(key, (times.get(key) ?? 0) + delta);
  });
  return [...times].map(([name, ms]) => ({ name, ms, share: ms / total })).sort((a, b) => b.ms - a.ms);
}

async function cli(args: readonly string[]): Promise<void> {
  const path = args[0];
  if (!path) throw new Error('usage: profile-summary FILE.cpuprofile [--top N]');
  const top = Number(args[args.indexOf('--top') + 1] ?? 25) || 25;
  const profile = JSON.parse(await readFile(path, 'utf8')) as CpuProfile;
  const result = summarise(profile);
  const line = (t: SelfTime): string =>
    `${t.ms.toFixed(0).padStart(8)} ms ${(t.share * 100).toFixed(1).padStart(5)}%  ${t.name}`;
  console.log(`total ${result.totalMs.toFixed(0)} ms\n\nself time by file:`);
  for (const t of result.files.slice(0, top)) console.log(line(t));
  console.log('\nself time by function:');
  for (const t of result.functions.slice(0, top)) console.log(line(t));
  console.log('\ninclusive time by function (project code):');
  for (const t of inclusive(profile).slice(0, top)) console.log(line(t));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  cli(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
