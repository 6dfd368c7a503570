/**
 * Where the class server's PostgreSQL is: an existing server (`--database URL` or `DATABASE_URL`), or by default
 * an embedded one in a data folder of the class server's own. A second command on the same folder (add-teacher
 * while the server runs) connects to the embedded server already running there instead of starting another.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { embeddedUrl, type RunningPostgres, startEmbeddedPostgres } from '../store/pg-embedded.js';
import { connectPostgres, describeUrl, type PostgresConnection } from '../store/pg-open.js';

export const DEFAULT_DATA_DIR = 'recollect-server';

export interface ClassDatabaseOptions {
  /** An existing PostgreSQL; when absent, the embedded one in `dataDir`. */
  readonly url?: string;
  readonly dataDir?: string;
  readonly log?: (line: string) => void;
  /** Open the whole connection pool at once (the server; a one-off command needs one connection). */
  readonly warm?: boolean;
}

export interface ClassDatabase {
  readonly connection: PostgresConnection;
  /** For messages: `embedded PostgreSQL in DIR` or `PostgreSQL at host:port/db`. */
  readonly description: string;
  close(): Promise<void>;
}

export async function openClassDatabase(options: ClassDatabaseOptions): Promise<ClassDatabase> {
  if (options.url !== undefined) {
    const connection = await connectPostgres({ url: options.url, warm: options.warm === true });
    return {
      connection,
      description: `PostgreSQL at ${describeUrl(options.url)}`,
      close: () => connection.close(),
    };
  }
  const dir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const running = runningEmbedded(dir);
  const started: RunningPostgres | undefined =
    running === undefined
      ? await startEmbeddedPostgres({ dir, ...(options.log ? { log: options.log } : {}) })
      : undefined;
  const url = running ?? (started as RunningPostgres).url;
  try {
    const connection = await connectPostgres({ url, warm: options.warm === true });
    return {
      connection,
      description: `embedded PostgreSQL in ${dir}`,
      close: async () => {
        await connection.close();
        await started?.stop();
      },
    };
  } catch (error) {
    await started?.stop();
    throw error;
  }
}

/** The URL of an embedded server already running on `dir` (its postmaster.pid names a live process), if any. */
function runningEmbedded(dir: string): string | undefined {
  const pidFile = join(dir, 'pgdata', 'postmaster.pid');
  const passwordFile = join(dir, 'password');
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return undefined;
  // postmaster.pid: pid, data folder, start time, port, … (one per line).
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  if (!pid || !port || !alive(Number(pid))) return undefined;
  const password = readFileSync(passwordFile, 'utf8').trim();
  return embeddedUrl(password, Number(port));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (the 'postgres' user when we run as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
