/** `recollect scan`: brings the study database up to date with the notes (read-only for the vault). */
import { NoNotesError } from '../../errors.js';
import type { ScanReport } from '../../study/service.js';
import type { Command, CommandInput } from '../command.js';
import { createStyle, plural, useColour } from '../format.js';
import type { Io } from '../io.js';
import { createProgress } from '../progress.js';
import { existingDatabase, openStudy, STUDY_OPTIONS, studyClock } from '../tui/options.js';

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
  // A first scan of a folder without notes is almost always the wrong folder: say so, create nothing.
  const database = await existingDatabase(vault, input.values);
  if (!database.exists) {
    const { findNotes } = await import('../../vault/index.js');
    if ((await findNotes(vault)).notes.length === 0)
      throw new NoNotesError(`no notes (.md files) in ${vault}: nothing to scan`);
  }
  const study = await openStudy(vault, input.values);
  try {
    const progress = createProgress(io, 'Building notes');
    const report = await study.scan(clock(), { onProgress: progress.update }).finally(progress.clear);
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
    report.notesParsed < report.notesSeen
      ? `${report.unchanged} unchanged in the ${plural(report.notesParsed, 'parsed note')}`
      : `${report.unchanged} unchanged`,
  ].join(', ');
  const changes = report.added + report.updated + report.moved + report.retired + report.revived;
  // Items of notes that were not parsed again are not counted: "0 unchanged" would read as "nothing kept".
  const items =
    report.notesParsed === 0 && changes === 0
      ? 'nothing changed (no note changed since the last scan)'
      : counts;
  return (
    `Scanned ${plural(report.notesSeen, 'note')} (${report.notesParsed} parsed) in ${report.durationMs} ms.\n` +
    `Items: ${items}.\n` +
    (report.rulesChanged
      ? 'The item rules changed since the last scan (another recollect): every note was read again; reviews are kept.\n'
      : '') +
    (report.problems.length > 0
      ? style.yellow(`${plural(report.problems.length, 'problem')}, see above.\n`)
      : '')
  );
}

function printReport(report: ScanReport, io: Io): void {
  for (const problem of report.problems) io.err(`${problem.path}: ${problem.message}\n`);
  io.out(formatScanReport(report, useColour(io)));
}
