/** The targets of performance.md and the stdout table of a benchmark run. */

export interface Row {
  readonly name: string;
  readonly ms: number;
  readonly peakRssMb: number;
  readonly details: object;
}

export interface Target {
  readonly label: string;
  /** Upper bound on time: absolute ms, or a multiple of the baseline. */
  readonly maxMs?: number;
  readonly maxRatio?: number;
  readonly maxRssMb?: number;
  /** Upper bound as a multiple of a bare `node -e 0` measured beside it (details.bareNodeMs). */
  readonly maxBareRatio?: number;
}

/** Issue 12's targets, stated for 10,000 notes (~30 MB) on a 2-core machine. */
export const TARGETS: Readonly<Record<string, Target>> = {
  baseline: { label: 'markdown-it alone, every file' },
  pipeline: { label: 'pipeline only (buildDeck, no store)' },
  cold: { label: 'cold index (empty DB → items stored)', maxRatio: 8, maxRssMb: 500 },
  warm: { label: 'warm rescan, nothing changed', maxMs: 300 },
  edit: { label: 'one note edited → `recollect scan`, fresh process', maxMs: 500 },
  'serve-edit': { label: 'one note edited → stored, in serve (warm)', maxMs: 50 },
  'serve-page': { label: 'one note edited → open page told, in serve', maxMs: 150 },
  // Not a row of issue 12: the cold index's memory bound, held for the scan that rebuilds every note.
  upgrade: { label: 'rules upgrade (every note built again)', maxRssMb: 500 },
  review: { label: 'review next+answer p99 (100k items, 1M log)', maxMs: 5 },
  huge: { label: 'cold index, 10× the notes (100,000 at 10,000)', maxRssMb: 600 },
  cards: { label: 'cards --json, one note, whole process', maxBareRatio: 2 },
};

/** met / missed (by how much) / pending, for one row. */
export function verdict(row: Row, baseline: number): string {
  const target = TARGETS[row.name];
  if (!Number.isFinite(row.ms)) return 'pending' in row.details ? 'pending' : 'failed';
  if (!target) return '';
  const bare = (row.details as { bareNodeMs?: number }).bareNodeMs;
  const limit =
    target.maxMs ??
    (target.maxRatio !== undefined ? target.maxRatio * baseline : undefined) ??
    (target.maxBareRatio !== undefined && bare !== undefined ? target.maxBareRatio * bare : undefined);
  if (limit === undefined && target.maxRssMb === undefined) return '';
  const misses: string[] = [];
  if (limit !== undefined && row.ms > limit)
    misses.push(`${(row.ms / limit).toFixed(1)}× over ${Math.round(limit)} ms`);
  if (target.maxRssMb !== undefined && row.peakRssMb > target.maxRssMb)
    misses.push(`RSS > ${target.maxRssMb} MB`);
  return misses.length === 0 ? 'met' : `missed: ${misses.join(', ')}`;
}

/** A fixed-width table: measure, time, ratio to baseline, peak RSS, target verdict. */
export function formatTable(rows: readonly Row[], baseline: number): string {
  const lines = [
    `${'measure'.padEnd(46)}${'time'.padStart(12)}${'× baseline'.padStart(12)}${'peak RSS'.padStart(11)}  target`,
  ];
  for (const row of rows) {
    const label = TARGETS[row.name]?.label ?? row.name;
    const ms = Number.isFinite(row.ms) ? `${row.ms.toFixed(row.ms < 100 ? 2 : 0)} ms` : 'n/a';
    const ratio = Number.isFinite(row.ms / baseline) ? (row.ms / baseline).toFixed(2) : 'n/a';
    const rss = Number.isFinite(row.peakRssMb) ? `${row.peakRssMb.toFixed(0)} MB` : 'n/a';
    lines.push(
      `${label.padEnd(46)}${ms.padStart(12)}${ratio.padStart(12)}${rss.padStart(11)}  ${verdict(row, baseline)}`,
    );
  }
  return lines.join('\n');
}
