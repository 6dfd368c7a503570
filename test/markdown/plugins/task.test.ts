import { describe, expect, it } from 'vitest';
import { firstBlock } from '../helpers.js';

describe('task items', () => {
  it('records open and done tasks and removes the checkbox from text and raw', () => {
    const block = firstBlock('- [ ] learn dates\n- [X] read chapter 3\n- [link](x) is not a task');
    if (block?.type !== 'list') throw new Error('expected a list');
    expect(block.items.map((item) => [item.task, item.content.text, item.raw])).toEqual([
      ['open', 'learn dates', 'learn dates'],
      ['done', 'read chapter 3', 'read chapter 3'],
      [undefined, 'link is not a task', '[link](x) is not a task'],
    ]);
  });
});
