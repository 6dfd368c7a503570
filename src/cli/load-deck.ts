/** Scans a vault and builds its deck, with progress on stderr for slow scans on a terminal. */
import type { BuildResult } from '../pipeline.js';
import type { Io } from './io.js';
import { createProgress } from './progress.js';

export interface LoadedDeck extends BuildResult {
  /** Paths of the notes read, sorted; the deck only counts them. */
  readonly notePaths: readonly string[];
}

export interface LoadOptions {
  /** A path that names a `.md` file is read as a vault of that one note (`recollect cards note.md`). */
  readonly oneNote?: boolean;
}

/** Reads the vault at `vault` and runs the pipeline on it. */
export async function loadDeck(vault: string, io: Io, options: LoadOptions = {}): Promise<LoadedDeck> {
  // Loaded here, not at the top, so `recollect --help` and a mistyped command load no pipeline code.
  const [{ isFile, scanNote, scanVault }, { buildDeckOnWorkers }] = await Promise.all([
    import('../vault/index.js'),
    import('../workers/build-pool.js'),
  ]);
  const progress = createProgress(io, 'Reading notes');
  try {
    // "recollect cards History/cold-war.md": one note is read as a vault of its own.
    const { files, problems } =
      options.oneNote && (await isFile(vault))
        ? await scanNote(vault)
        : await scanVault(vault, { onProgress: progress.update });
    // Worker threads for big vaults (RECOLLECT_THREADS overrides the count): same deck whatever the count.
    const deck = await buildDeckOnWorkers(files, { vault, problems, timed: true });
    return { ...deck, notePaths: files.map((file) => file.path) };
  } finally {
    progress.clear();
  }
}
