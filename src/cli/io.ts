/** Where a command writes, and what it knows about the terminal; injected so commands are testable in-process. */
export interface Io {
  /** Writes data or human output (stdout). */
  readonly out: (text: string) => void;
  /** Writes logs, warnings, progress and errors (stderr). */
  readonly err: (text: string) => void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds on a monotonic clock, for progress timing. */
  readonly now: () => number;
}

/** The real process streams. A closed pipe (`recollect cards | head`) ends output quietly. */
export function processIo(): Io {
  const quietOnClosedPipe = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  };
  process.stdout.on('error', quietOnClosedPipe);
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    now: () => performance.now(),
  };
}

/** Resolves at the first Ctrl+C (SIGINT) or SIGTERM, and stops listening for both. */
export function untilStopped(): Promise<void> {
  return new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
