/** Base of every error recollect raises on purpose. Edges map `name` to exit codes / HTTP statuses. */
export class RecollectError extends Error {
  override readonly name: string = 'RecollectError';
  /** Vault-relative note path, when the error is about one note. */
  readonly file: string | undefined;
  /** 1-based source line, when known. */
  readonly line: number | undefined;

  constructor(message: string, options: { cause?: unknown; file?: string; line?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.file = options.file;
    this.line = options.line;
  }
}

/** The vault path given by the user does not exist. */
export class VaultNotFoundError extends RecollectError {
  override readonly name = 'VaultNotFoundError';
}

/** The vault path exists but is not a folder. */
export class NotAFolderError extends RecollectError {
  override readonly name = 'NotAFolderError';
}

/** The vault path could not be read (permissions, I/O). */
export class VaultUnreadableError extends RecollectError {
  override readonly name = 'VaultUnreadableError';
}

/** The vault holds no Markdown notes at all. */
export class NoNotesError extends RecollectError {
  override readonly name = 'NoNotesError';
}

/** Bad command-line input (unknown flag, bad value). */
export class UsageError extends RecollectError {
  override readonly name = 'UsageError';
}

/** A note could not be read or parsed; becomes a `problem` entry, never a crash. */
export class NoteProblemError extends RecollectError {
  override readonly name = 'NoteProblemError';
}
