/** `recollect check`: verifies the study database and, with --repair, fixes what it can (after a backup). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckReport } from '../../store/check.js';
import { DATABASE_FILE, dataDirFor } from '../../store/open.js';
import type { Command, CommandInput } from '../command.js';
import { createStyle, plural, useColour } from '../format.js';
import type { Io } from '../io.js';
import { STUDY_OPTIONS, studyClock } from '../tui/options.js';

export const check: Command = {
  name: 'check',
  summary: 'verify the study database and repair what can be repaired',
  args: '[vault]',
  description:
    'Checks the study database of the vault (default: the current folder): SQLite integrity, rows that lost\n' +
    'their item, impossible scheduling states, and items still studied whose note is gone. Prints one line per\n' +
    'problem and exits with 1 when any remain. With --repair, first backs the database up, then fixes what it\n' +
    'can in one transaction: reviews are always kept. The notes are never changed.',
  maxPositionals: 1,
  options: {
    repair: { type: 'boolean', description: 'fix what can be fixed, after a backup' },
    json: { type: 'boolean', description: 'print the report as JSON on stdout' },
    ...STUDY_OPTIONS,
  },
  examples: ['recollect check examples', 'recollect check . --repair'],
  run: runCheck,
};

async function runCheck(input: CommandInput, io: Io): Promise<number> {
  const vault = input.positionals[0] ?? '.';
  const { resolveVault } = await import('../../vault/index.js');
  await resolveVault(vault); // a missing vault is reported as such, not as a missing database
  const dir = dataDirFor({
    vault,
    ...(typeof input.values.data === 'string' ? { dataDir: input.values.data } : {}),
  });
  const file = join(dir, DATABASE_FILE);
  const now = studyClock(input.values, io)();
  if (!existsSync(file)) {
    io.out(`No study database at ${file} yet: nothing to check ('recollect scan' creates it).\n`);
    return 0;
  }
  const { checkDatabase } = await import('../../store/check.js');
  const report = await checkDatabase(file, { repair: input.values.repair === true, now });
  if (input.values.json === true) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else io.out(formatCheckReport(report, useColour(io)));
  return report.problems.length === 0 ? 0 : 1;
}

/** One line per fix and per remaining problem, then a summary line. */
export function formatCheckReport(report: CheckReport, colour: boolean): string {
  const style = createStyle(colour);
  const lines: string[] = [];
  if (report.backup) lines.push(`Backed up to ${report.backup}.`);
  for (const fix of report.repaired) lines.push(`repaired: ${fix}`);
  for (const problem of report.problems) lines.push(style.yellow(`${problem.kind}: ${problem.message}`));
  if (report.problems.length === 0) {
    lines.push(`${report.file}: no problems${report.repaired.length > 0 ? ' left' : ''}.`);
  } else {
    const fixable = report.problems.filter((p) => p.repairable).length;
    const hint =
      fixable > 0
        ? " Run 'recollect check --repair' to fix what can be fixed."
        : ' These cannot be repaired here: restore a backup from the backups/ folder beside the database.';
    lines.push(`${report.file}: ${plural(report.problems.length, 'problem')}.${hint}`);
  }
  return `${lines.join('\n')}\n`;
}
