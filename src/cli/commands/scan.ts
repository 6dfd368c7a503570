/** `recollect scan`: brings the study database up to date with the notes (read-only for the vault). */
import type { ScanReport } from '../../study/service.js';
import type { Command, CommandInput } from '../command.js';
import { createStyle, plural, useColour } from '../format.js';
import type { Io } from '../io.js';
import { openStudy, STUDY_OPTIONS, studyClock } from '../tui/options.js';

export const scan: Command = {
  name: 'scan',
  summary: 'update the study database from the notes',
  args: '[vault]',
  description:
    'Reads the notes of the vault (default: the current folder), re-parses only those that changed since the\n' +
    'last scan, and reconciles the study database: edited facts keep their history, facts that disappear are\n' +
    'retired (and revived with their history if they come back). The notes are never changed.',
  maxPositionals: 1,
  options: {
    json: { type: 'boolean', description: 'print the scan report as JSON on stdout' },
    ...STUDY_OPTIONS,
  },
  examples: ['recollect scan examples', 'recollect scan . --data ~/recollect-data --json'],
  run: runScan,
};

async function runScan(input: CommandInput, io: Io): Promise<number> {
  const vault = input.positionals[0] ?? '.';
  const clock = studyClock(input.values, io);
  const study = await openStudy(vault, input.values);
  try {
    const report = await study.scan(clock());
    if (input.values.json === true) io.out(`${JSON.stringify(report, null, 2)}\n`);
    else printReport(report, io);
  } finally {
    await study.close();
  }
  return 0;
}

/** Human summary of a scan; problems go to stderr. */
export function formatScanReport(report: ScanReport, colour: boolean): string {
  const style = createStyle(colour);
  const counts = [
    `${report.added} added`,
    `${report.updated} updated`,
    `${report.moved} moved`,
    `${report.retired} retired`,
    `${report.revived} revived`,
    `${report.unchanged} unchanged`,
  ].join(', ');
  return (
    `Scanned ${plural(report.notesSeen, 'note')} (${report.notesParsed} parsed) in ${report.durationMs} ms.\n` +
    `Items: ${counts}.\n` +
    (report.problems.length > 0
      ? style.yellow(`${plural(report.problems.length, 'problem')}, see above.\n`)
      : '')
  );
}

function printReport(report: ScanReport, io: Io): void {
  for (const problem of report.problems) io.err(`${problem.path}: ${problem.message}\n`);
  io.out(formatScanReport(report, useColour(io)));
}
