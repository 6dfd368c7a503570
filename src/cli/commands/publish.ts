/** `recollect publish VAULT --server URL --class NAME`: send a vault's notes to a class on a class server. */
import { UsageError } from '../../errors.js';
import type { Command, CommandInput } from '../command.js';
import type { Io } from '../io.js';

const text = (value: string | boolean | undefined): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

async function runPublish(input: CommandInput, io: Io): Promise<number> {
  const vault = input.positionals[0] ?? '.';
  const server = text(input.values.server);
  const className = text(input.values.class);
  const token = text(io.env.RECOLLECT_TOKEN);
  if (!server || !/^https?:\/\//.test(server))
    throw new UsageError('--server must be the http(s):// address of a class server');
  if (!className) throw new UsageError('--class NAME is required: the name of your class on the server');
  if (!token) {
    throw new UsageError(
      "set RECOLLECT_TOKEN to your publish token (the server's admin makes one with 'recollect server add-token EMAIL')",
    );
  }
  const [{ scanVault }, { publishNotes }] = await Promise.all([
    import('../../vault/index.js'),
    import('../../class-server/client.js'),
  ]);
  const { files, problems } = await scanVault(vault);
  for (const problem of problems) io.err(`skipped ${problem.path}: ${problem.message}\n`);
  const report = await publishNotes({
    server,
    token,
    className,
    notes: files.map((f) => ({ path: f.path, text: f.text })),
  });
  const c = report.changes;
  if (input.values.json === true) {
    io.out(`${JSON.stringify(report)}\n`);
  } else {
    io.out(
      `published ${report.notes} notes (${report.items} items) to ${className} for ${report.students} students: ` +
        `+${c.added} added, ~${c.updated} updated, ${c.moved} moved, -${c.retired} retired, ${c.revived} revived\n`,
    );
  }
  for (const problem of report.problems) io.err(`${problem.path}: ${problem.message}\n`);
  return 0;
}

export const publish: Command = {
  name: 'publish',
  summary: 'send the notes of a vault to a class on a class server',
  args: '[vault]',
  description:
    'Sends every note of the vault to your class on a class server, which makes the items and updates each\n' +
    "student's study (history is kept through edits, renames and moves; publishing again changes nothing).\n" +
    'The publish token is read from RECOLLECT_TOKEN (never from the command line, where others could see it).',
  maxPositionals: 1,
  options: {
    server: { type: 'string', valueName: 'URL', description: 'the class server (https://class.example.org)' },
    class: { type: 'string', valueName: 'NAME', description: 'the name of your class there' },
    json: { type: 'boolean', description: 'print what the server did as JSON' },
  },
  examples: [
    'RECOLLECT_TOKEN=… recollect publish notes --server https://class.example.org --class "History 10B"',
  ],
  run: runPublish,
};
