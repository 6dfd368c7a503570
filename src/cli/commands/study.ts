/** `recollect study`: scan the vault, then review due items in the terminal (or from a script on stdin). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command, CommandInput } from '../command.js';
import { createStyle, useColour } from '../format.js';
import type { Io } from '../io.js';
import { createProgress } from '../progress.js';
import { lineInput, terminalInput } from '../tui/input.js';
import { openStudy, STUDY_OPTIONS, studyClock } from '../tui/options.js';
import { runSession } from '../tui/session.js';
import { formatScanReport } from './scan.js';

export const study: Command = {
  name: 'study',
  summary: 'review the items due today in the terminal',
  args: '[vault]',
  description:
    'Scans the vault (default: the current folder), then shows the items due today one by one.\n' +
    'Keys: space/enter reveal · 1–4 grade (Again, Hard, Good, Easy) · t type an answer · u undo · s suspend ·\n' +
    'e show the source lines · q quit. Each answer is saved before the next item appears.\n' +
    'When stdin is not a terminal, each line is one key or command (1, 2, t, q, an empty line reveals), and\n' +
    'the line after t is the typed answer.',
  maxPositionals: 1,
  options: { ...STUDY_OPTIONS },
  examples: [
    'recollect study examples',
    'printf "\\n3\\nq\\n" | recollect study examples --now 2025-03-10T09:00:00Z',
  ],
  run: runStudy,
};

async function runStudy(input: CommandInput, io: Io): Promise<number> {
  const vault = input.positionals[0] ?? '.';
  const clock = studyClock(input.values, io);
  const style = createStyle(useColour(io));
  const service = await openStudy(vault, input.values);
  const stdin = process.stdin;
  const keys = stdin.isTTY ? terminalInput(stdin, io.out) : lineInput(stdin, io.out);
  try {
    const progress = createProgress(io, 'Building notes');
    const report = await service.scan(clock(), { onProgress: progress.update }).finally(progress.clear);
    for (const problem of report.problems) io.err(`${problem.path}: ${problem.message}\n`);
    io.out(style.dim(formatScanReport(report, false)));
    await runSession({
      study: service,
      input: keys,
      write: io.out,
      style,
      clock,
      elapsed: io.now,
      readSource: (path) => readLines(join(vault, path)),
    });
  } finally {
    keys.close();
    await service.close();
  }
  return 0;
}

async function readLines(file: string): Promise<string[] | null> {
  try {
    return (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n').split('\n');
  } catch {
    return null;
  }
}
