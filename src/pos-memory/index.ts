/** The tagger's memory between processes (file-memory.ts) and how a build uses it. */
import { useTagMemory } from '../knowledge/pos.js';
import { FileTagMemory } from './file-memory.js';

export { FileTagMemory, TAG_MEMORY_FILE, type TagMemoryCounts, taggerId } from './file-memory.js';

/** Runs `fn` with `memory` asked before the tagger, then writes what the tagger said meanwhile. */
export function withTagMemory<T>(memory: FileTagMemory | undefined, fn: () => T): T {
  if (!memory) return fn();
  const previous = useTagMemory(memory);
  try {
    return fn();
  } finally {
    useTagMemory(previous);
    memory.flush();
  }
}

let kept: { readonly file: string; readonly memory: FileTagMemory | undefined } | undefined;

/**
 * The memory at `file`, opened once per thread and kept open (a worker builds many chunks); undefined without
 * a file or when it cannot be opened.
 */
export function threadTagMemory(file: string | undefined): FileTagMemory | undefined {
  if (file === undefined) return undefined;
  if (kept?.file !== file) {
    kept?.memory?.close();
    kept = { file, memory: FileTagMemory.open(file) };
  }
  return kept.memory;
}
