/** markdown-it ships its block rules without types; the table rule is wrapped by the budget plugin. */
declare module 'markdown-it/lib/rules_block/table.mjs' {
  import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

  export default function table(
    state: StateBlock,
    startLine: number,
    endLine: number,
    silent: boolean,
  ): boolean;
}
