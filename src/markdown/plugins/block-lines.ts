import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/** Text of one source line inside the current container (indentation and `>` markers removed). */
export function lineText(state: StateBlock, line: number): string {
  const start = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  return state.src.slice(start, state.eMarks[line] ?? start);
}

/** Whether the line's content (inside the current container) starts with `marker`, without slicing it. */
export function lineStartsWith(state: StateBlock, line: number, marker: string): boolean {
  const start = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  return start + marker.length <= (state.eMarks[line] ?? 0) && state.src.startsWith(marker, start);
}
