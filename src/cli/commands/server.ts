/**
 * `recollect server`: the class server on PostgreSQL (embedded by default), and `recollect server add-teacher
 * EMAIL`, which prints a one-time sign-in link for a teacher.
 */

import { UsageError } from '../../errors.js';
import type { Command, CommandInput } from '../command.js';
import type { Io } from '../io.js';
import { untilStopped } from '../io.js';

export const DEFAULT_CLASS_PORT = 4174;

function parsePort(value: string | boolean | undefined): number {
  if (value === undefined || typeof value === 'boolean') return DEFAULT_CLASS_PORT;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
    throw new UsageError(`--port must be a number from 0 to 65535 (0 picks a free port), not '${value}'`);
  }
  return Number(value);
}

const text = (value: string | boolean | undefined): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

function databaseOptions(input: CommandInput, io: Io) {
  const url = text(input.values.database) ?? text(io.env.DATABASE_URL);
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
    throw new UsageError('--database (or DATABASE_URL) must be a postgres:// URL');
  }
  const dataDir = text(input.values.data);
  return {
    ...(url === undefined ? {} : { url }),
    ...(dataDir === undefined ? {} : { dataDir }),
    log: postgresProblems(io),
  };
}

/**
 * The embedded PostgreSQL's warnings and errors on our stderr (a connection it closes says why there), not its
 * routine lines (start-up, checkpoints).
 */
function postgresProblems(io: Io): (text: string) => void {
  return (text) => {
    for (const line of text.split('\n')) {
      if (/\b(WARNING|ERROR|FATAL|PANIC):/.test(line)) io.err(`postgres: ${line.trim()}\n`);
    }
  };
}

function publicUrlOf(input: CommandInput, fallback: string): string {
  const given = text(input.values['public-url']) ?? fallback;
  if (!/^https?:\/\/[^/\s]+\/?$/.test(given)) {
    throw new UsageError(
      `--public-url must be an http:// or https:// address without a path, not '${given}'`,
    );
  }
  return given.replace(/\/$/, '');
}

async function addTeacherCommand(input: CommandInput, io: Io): Promise<number> {
  const email = input.positionals[1];
  if (email === undefined) throw new UsageError('usage: recollect server add-teacher EMAIL');
  const [{ openClassDatabase }, { openServerDatabase }, { addTeacher }] = await Promise.all([
    import('../../class-server/database.js'),
    import('../../store/server/open.js'),
    import('../../class-server/accounts.js'),
  ]);
  const database = await openClassDatabase(databaseOptions(input, io));
  try {
    const db = await openServerDatabase(database.connection);
    const { token, person } = await addTeacher(db, email, new Date());
    const base = publicUrlOf(input, `http://127.0.0.1:${parsePort(input.values.port)}`);
    io.err(`teacher ${person.email} can sign in once, within 24 hours, with:\n`);
    io.out(`${base}/#sign-in=${token}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

async function addTokenCommand(input: CommandInput, io: Io): Promise<number> {
  const email = input.positionals[1];
  if (email === undefined) throw new UsageError('usage: recollect server add-token EMAIL');
  const [{ openClassDatabase }, { openServerDatabase }, { addPublishToken }] = await Promise.all([
    import('../../class-server/database.js'),
    import('../../store/server/open.js'),
    import('../../class-server/accounts.js'),
  ]);
  const database = await openClassDatabase(databaseOptions(input, io));
  try {
    const token = await addPublishToken(await openServerDatabase(database.connection), email, new Date());
    io.err(`a publish token for ${email}; give it to 'recollect publish' as RECOLLECT_TOKEN:\n`);
    io.out(`${token}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

async function serveCommand(input: CommandInput, io: Io): Promise<number> {
  const port = parsePort(input.values.port);
  const host = text(input.values.host) ?? '127.0.0.1';
  const [{ openClassDatabase }, { startClassServer }] = await Promise.all([
    import('../../class-server/database.js'),
    import('../../class-server/start.js'),
  ]);
  const database = await openClassDatabase({ ...databaseOptions(input, io), warm: true });
  let server: Awaited<ReturnType<typeof startClassServer>>;
  try {
    const publicUrl = text(input.values['public-url']);
    server = await startClassServer({
      connection: database.connection,
      host,
      port,
      ...(publicUrl === undefined ? {} : { publicUrl: publicUrlOf(input, publicUrl) }),
      log: (message) => io.err(`${message}\n`),
    });
  } catch (error) {
    await database.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError(`port ${port} is in use; try --port 0 for any free port`, { cause: error });
    }
    throw error;
  }
  io.out(`recollect class server at ${server.url} (${database.description})\nPress Ctrl+C to stop.\n`);
  await untilStopped();
  await server.close();
  await database.close();
  return 0;
}

export const server: Command = {
  name: 'server',
  summary: 'run the class server on PostgreSQL, or add a teacher to it',
  args: '[add-teacher EMAIL | add-token EMAIL]',
  description:
    'Runs the class server: teachers publish notes to classes, students study them on any device.\n' +
    'Without --database (or DATABASE_URL) it starts an embedded PostgreSQL in --data (default ./recollect-server).\n' +
    "'recollect server add-teacher EMAIL' prints a one-time sign-in link for a teacher (it works while the\n" +
    "server runs, on the same --data or --database); 'add-token EMAIL' prints a teacher's publish token.",
  maxPositionals: 2,
  options: {
    port: {
      type: 'string',
      valueName: 'N',
      description: `port to listen on (default ${DEFAULT_CLASS_PORT}; 0: any free port)`,
    },
    host: { type: 'string', valueName: 'HOST', description: 'interface to listen on (default 127.0.0.1)' },
    database: {
      type: 'string',
      valueName: 'URL',
      description:
        'an existing PostgreSQL (postgres://user:password@host:port/db); default: DATABASE_URL, else embedded',
    },
    data: {
      type: 'string',
      valueName: 'DIR',
      description: 'folder of the embedded PostgreSQL (default ./recollect-server)',
    },
    'public-url': {
      type: 'string',
      valueName: 'URL',
      description: 'the address people use (for links; https makes cookies Secure)',
    },
  },
  examples: [
    'recollect server --data /var/lib/recollect',
    'recollect server add-teacher teacher@school.example --data /var/lib/recollect',
    'DATABASE_URL=postgres://recollect:secret@db:5432/recollect recollect server --host 0.0.0.0 --public-url https://class.example.org',
  ],
  run: async (input, io) => {
    const sub = input.positionals[0];
    if (sub === undefined) return serveCommand(input, io);
    if (sub === 'add-teacher') return addTeacherCommand(input, io);
    if (sub === 'add-token') return addTokenCommand(input, io);
    throw new UsageError(`unknown 'server' command '${sub}' (use add-teacher or add-token)`);
  },
};
