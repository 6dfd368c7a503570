/**
 * Watches the vault for saved notes: changes are collected for a short quiet period (editors write a file in
 * several steps) and then handed over once, as the set of vault-relative paths that changed.
 */
import { type FSWatcher, realpathSync, watch } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * The quiet period. Editors write a note in steps a few milliseconds apart (truncate and write, or a temp file and a
 * rename); 50 ms covers them and tells an open page of a save ~100 ms after it (`npm run bench -- --only
 * serve-page`; 300 ms made that ~360 ms). A writer slower than that (a sync tool's chunks) gets a scan per pause:
 * scans run one at a time and the saves that land during one wait together for the next (`rescan-queue.ts`); a note
 * read half-written is built again, its items' history kept, when the rest lands, and until then its cut items can
 * be shown.
 */
export const DEBOUNCE_MS = 50;

export interface VaultWatcher {
  close(): void;
}

/** Paths that never matter to recollect: its own data, Obsidian's settings, dot folders, editor temp files. */
function ignored(path: string): boolean {
  return path.split(/[\\/]/).some((part) => part.startsWith('.')) || /~$|\.swp$|\.tmp$/.test(path);
}

/**
 * True when `path` (vault-relative) really lies inside the vault: its real path, or that of its nearest existing
 * folder (for a deleted file), is under the vault's. Node's recursive watch follows links, so without this a
 * link out of the vault (`up -> ..`) reported every write of the database beside it and each rescan caused another.
 */
export function insideVault(realRoot: string, root: string, path: string): boolean {
  let current = join(root, path);
  for (;;) {
    try {
      const real = realpathSync(current);
      const rel = relative(realRoot, real);
      return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
    } catch {
      const parent = dirname(current);
      if (parent === current) return false;
      current = parent;
    }
  }
}

/** Calls `onChange(paths)` at most once per quiet period after files under `root` change. */
export function watchVault(
  root: string,
  onChange: (paths: readonly string[]) => void,
  debounceMs = DEBOUNCE_MS,
): VaultWatcher {
  const pending = new Set<string>();
  const realRoot = realpathSync(root);
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    timer = undefined;
    const paths = [...pending].sort();
    pending.clear();
    if (paths.length > 0) onChange(paths);
  };
  let watcher: FSWatcher | undefined = watch(root, { recursive: true }, (_event, filename) => {
    const path = filename?.toString().replaceAll('\\', '/');
    if (!path || ignored(path) || !insideVault(realRoot, root, path)) return;
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  });
  watcher.on('error', () => {
    // A vault folder vanishing mid-watch must not crash the server; study continues without live updates.
    watcher?.close();
    watcher = undefined;
  });
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
      watcher = undefined;
    },
  };
}
