/** Starts the local web server for one vault: first scan, listen on loopback, watch the vault, push changes. */
import type { AddressInfo } from 'node:net';
import { basename, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import type { StudyService } from '../study/service.js';
import { createApp } from './app.js';
import type { ServerContext } from './context.js';
import { createEventHub } from './events.js';
import { rescanQueue } from './rescan-queue.js';
import { newToken } from './security.js';
import { findWebRoot } from './static.js';
import { createVaultView } from './vault-view.js';
import { DEBOUNCE_MS, watchVault } from './watch.js';

export interface ServerOptions {
  readonly service: StudyService;
  readonly vault: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly now?: () => Date;
  readonly token?: string;
  readonly watch?: boolean;
  readonly debounceMs?: number;
  readonly webRoot?: string;
  /** Messages for the terminal (rescans, unexpected errors). */
  readonly log?: (message: string) => void;
}

export interface RunningServer {
  readonly port: number;
  readonly token: string;
  /** The URL to open: the token rides in the fragment, which browsers never send to servers or logs. */
  readonly url: string;
  /** How many rescans vault changes have caused so far (tests wait on it). */
  readonly rescans: () => number;
  close(): Promise<void>;
}

/** Scans the vault, starts listening on 127.0.0.1 and returns once the server accepts connections. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const vaultRoot = resolve(options.vault);
  const hub = createEventHub();
  const view = createVaultView(vaultRoot);
  const ctx: ServerContext = {
    service: options.service,
    view,
    hub,
    vaultRoot,
    vaultName: basename(vaultRoot),
    now,
  };
  await options.service.scan(now());
  await view.refresh();

  const token = options.token ?? newToken();
  let port = 0;
  const app = createApp(ctx, {
    token,
    port: () => port,
    webRoot: options.webRoot ?? findWebRoot(),
    onUnexpected: (error) => log(`unexpected error: ${error instanceof Error ? error.stack : String(error)}`),
  });
  const server = await new Promise<ReturnType<typeof serve>>((done, fail) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port }, () => done(s));
    s.once('error', fail);
  });
  port = (server.address() as AddressInfo).port;

  let rescans = 0;
  // One rescan at a time: saves during a scan wait for it, together, then scan again.
  const queue = rescanQueue(async (paths) => {
    try {
      // Only the changed paths are looked at (the whole vault is walked if one is not a plain note file).
      const report = await options.service.scan(now(), { paths });
      await view.refresh(paths);
      rescans++;
      hub.publish({
        type: 'vault-changed',
        paths,
        added: report.added,
        updated: report.updated,
        retired: report.retired,
      });
      log(
        `rescanned after changes to ${paths.join(', ')}: +${report.added} ~${report.updated} -${report.retired}`,
      );
    } catch (error) {
      log(`rescan failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const watcher =
    options.watch === false
      ? undefined
      : watchVault(vaultRoot, (paths) => queue.add(paths), options.debounceMs ?? DEBOUNCE_MS);

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    rescans: () => rescans,
    async close() {
      watcher?.close();
      hub.close();
      await queue.idle();
      await new Promise<void>((done) => {
        server.close(() => done());
        // SSE streams hold connections open; end them so close() returns.
        if ('closeAllConnections' in server)
          (server as { closeAllConnections: () => void }).closeAllConnections();
      });
    },
  };
}
