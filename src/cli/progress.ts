/** A progress line on stderr for long work on a terminal (`Reading notes: 1200/2100`); silent otherwise. */
import type { Io } from './io.js';

/** Progress appears only when the work has run this long; fast work stays silent. */
const PROGRESS_DELAY_MS = 1000;
/** Redraw at most this often so progress output never slows the work. */
const PROGRESS_INTERVAL_MS = 100;

export interface Progress {
  readonly update: (done: number, total: number) => void;
  /** Erases the line (call before the work's own output). */
  readonly clear: () => void;
}

/** A progress line labelled `label`, drawn on stderr only when it is a terminal. */
export function createProgress(io: Io, label: string): Progress {
  const started = io.now();
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update: (done, total) => {
      if (!io.stderrIsTTY) return;
      const now = io.now();
      if (now - started < PROGRESS_DELAY_MS || (now - lastDrawn < PROGRESS_INTERVAL_MS && done < total))
        return;
      lastDrawn = now;
      shown = true;
      io.err(`\r${label}: ${done}/${total}`);
    },
    clear: () => {
      // \x1b[2K erases the progress line so the next output starts clean.
      if (shown) io.err('\r\x1b[2K');
    },
  };
}
