/**
 * The worker side of the build pool: runs the per-note pass on a chunk of notes. Loaded by tinypool in each
 * worker thread; a note that fails or runs out of its budget comes back as a problem, never as a crash.
 */
import type { VaultPools } from '../generate/index.js';
import { buildNote, type NoteBuild } from '../pipeline.js';
import { threadTagMemory, withTagMemory } from '../pos-memory/index.js';
import type { NoteFile } from '../vault/types.js';

/** One task: a chunk of notes and what their per-note pass needs. */
export interface BuildTask {
  readonly files: readonly NoteFile[];
  readonly pools: VaultPools;
  /** Cut a note off after this long on the worker's clock (the work-step budget applies anyway). */
  readonly noteBudgetMs?: number;
  readonly noteMaxSteps?: number;
  /** The tagger's memory file (pos-memory/), kept open by each thread for its chunks. */
  readonly tagMemory?: string;
  /**
   * The caller keeps only items and events (a scan): the rejections and the reasons of each confidence are not
   * sent back. On the synthetic vault they are ~40 % of what a chunk's builds weigh, on real notes ~85 %: all of
   * it copied between threads and collected in the main thread for nothing.
   */
  readonly itemsOnly?: boolean;
}

/** Builds every note of the chunk, in the chunk's order. */
export default function buildChunk(task: BuildTask): NoteBuild[] {
  return withTagMemory(threadTagMemory(task.tagMemory), () =>
    task.files.map((file) => buildNoteOf(file, task)),
  );
}

/** The same per-note pass, in whichever thread runs it (inline builds call it too). */
export function buildNoteOf(file: NoteFile, task: Omit<BuildTask, 'files'>): NoteBuild {
  const build = buildNote(file, task.pools, {
    ...(task.noteBudgetMs === undefined
      ? {}
      : { clock: () => performance.now(), noteBudgetMs: task.noteBudgetMs }),
    ...(task.noteMaxSteps === undefined ? {} : { noteMaxSteps: task.noteMaxSteps }),
  });
  return task.itemsOnly ? itemsOnly(build) : build;
}

const NO_REASONS: readonly string[] = [];

/** The build without what only `--explain` reads: no rejections, each confidence without its reasons. */
function itemsOnly(build: NoteBuild): NoteBuild {
  if (!('generation' in build)) return build;
  const { generation } = build;
  return {
    ...build,
    generation: {
      ...generation,
      items: generation.items.map((x) => ({
        ...x,
        assessment: { score: x.assessment.score, reasons: NO_REASONS },
      })),
      rejections: [],
    },
  };
}
