/** `recollect serve`: scans the vault and serves the study web app on 127.0.0.1 until interrupted. */

import { spawn } from 'node:child_process';
import { UsageError } from '../../errors.js';
import type { Command, CommandInput } from '../command.js';
import type { Io } from '../io.js';
import { untilStopped } from '../io.js';
import { type LaunchPage, writeLaunchPage } from '../launch-page.js';

export const DEFAULT_PORT = 4173;

/** The port of `--port`: 0 (any free port) to 65535. */
export function parsePort(value: string | boolean | undefined): number {
  if (value === undefined || typeof value === 'boolean') return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
    throw new UsageError(`--port must be a number from 0 to 65535 (0 picks a free port), not '${value}'`);
  }
  return Number(value);
}

/** What the opener is given: the private launch page's path, never the URL with its token. */
export function openerArgs(pagePath: string): string[] {
  return [pagePath];
}

/**
 * Opens the app in the default browser through a private launch page (launch-page.ts), so the token stays out
 * of the opener's argv; failures only print a hint (the URL is printed anyway). Returns the page to remove.
 */
function openBrowser(url: string, io: Io): LaunchPage {
  const page = writeLaunchPage(url);
  const opener =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, openerArgs(page.path), { stdio: 'ignore', detached: true });
  child.on('error', () => io.err(`could not open a browser (${opener}); open the link above yourself\n`));
  child.unref();
  return page;
}

async function runServe(input: CommandInput, io: Io): Promise<number> {
  const vault = input.positionals[0] ?? '.';
  const port = parsePort(input.values.port);
  const data = typeof input.values.data === 'string' ? input.values.data : undefined;
  const [{ createStudyService }, { startServer }] = await Promise.all([
    import('../../study/create-service.js'),
    import('../../server/index.js'),
  ]);
  const service = await createStudyService({ vault, ...(data === undefined ? {} : { dataDir: data }) });
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ service, vault, port, log: (message) => io.err(`${message}\n`) });
  } catch (error) {
    await service.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError(`port ${port} is in use; try --port 0 for any free port`, { cause: error });
    }
    throw error;
  }
  io.out(`recollect is serving ${vault} at\n  ${server.url}\nPress Ctrl+C to stop.\n`);
  const page = input.values.open === true ? openBrowser(server.url, io) : undefined;
  await untilStopped();
  page?.remove();
  await server.close();
  await service.close();
  return 0;
}

export const serve: Command = {
  name: 'serve',
  summary: 'study in the browser: serve the web app for the vault on 127.0.0.1',
  args: '[vault]',
  description:
    'Scans the vault (default: the current folder), then serves the study app on 127.0.0.1 and prints its\n' +
    'link, which carries a per-launch token. Saved notes are rescanned and open pages update. Ctrl+C stops.',
  maxPositionals: 1,
  options: {
    port: {
      type: 'string',
      valueName: 'N',
      description: `port to listen on (default ${DEFAULT_PORT}; 0: any free port)`,
    },
    open: { type: 'boolean', description: 'open the app in the default browser' },
    data: {
      type: 'string',
      valueName: 'DIR',
      description: 'folder of the study database (default <vault>/.recollect)',
    },
  },
  examples: ['recollect serve examples', 'recollect serve examples --port 0 --open'],
  run: runServe,
};
