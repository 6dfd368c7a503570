/**
 * Rescans one at a time, and changes that arrive while one runs wait together: however many saves land during a
 * scan (a writer that saves in chunks, a `git checkout`), one more scan follows it, with all their paths.
 */
export interface RescanQueue {
  /** Asks for a scan of `paths`: joins the scan already waiting, or queues one after the running scan. */
  add(paths: readonly string[]): void;
  /** Resolves once every scan asked for so far has run. */
  idle(): Promise<void>;
}

export function rescanQueue(run: (paths: readonly string[]) => Promise<void>): RescanQueue {
  let tail: Promise<void> = Promise.resolve();
  let waiting: Set<string> | undefined;
  return {
    add(paths) {
      if (waiting) {
        for (const path of paths) waiting.add(path);
        return;
      }
      const batch = new Set(paths);
      waiting = batch;
      tail = tail.then(() => {
        // From here on, new changes queue the next scan.
        waiting = undefined;
        return run([...batch].sort());
      });
    },
    idle: () => tail,
  };
}
