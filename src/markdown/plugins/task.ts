/**
 * Task list items `- [ ] open` / `- [x] done`: the checkbox is removed from the item's first paragraph
 * before inline parsing and recorded on `list_item_open.meta.task`.
 */
import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

const CHECKBOX = /^\[([ xX])\](?:[ \t]+|(?=\n)|$)/;

/** The task state recorded on a `list_item_open` token, if any. */
export function taskState(token: Token): 'open' | 'done' | undefined {
  const meta: unknown = token.meta;
  if (typeof meta !== 'object' || meta === null || !('task' in meta)) return undefined;
  return meta.task === 'done' ? 'done' : 'open';
}

function taskRule(state: StateCore): boolean {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const item = tokens[i];
    const inline = tokens[i + 2];
    if (item?.type !== 'list_item_open' || tokens[i + 1]?.type !== 'paragraph_open') continue;
    if (inline?.type !== 'inline') continue;
    const match = CHECKBOX.exec(inline.content);
    if (match === null) continue;
    item.meta = { ...(item.meta as object | null), task: match[1] === ' ' ? 'open' : 'done' };
    inline.content = inline.content.slice(match[0].length);
  }
  return false;
}

/** markdown-it plugin: task list items. */
export function taskPlugin(md: MarkdownIt): void {
  md.core.ruler.after('block', 'task', taskRule);
}
