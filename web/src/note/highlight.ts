/** Finds, in a note the server rendered with `data-line` attributes, the blocks that hold each item's fact. */
import type { ApiItem } from '../types';

interface Block {
  readonly element: HTMLElement;
  readonly from: number;
  readonly to: number;
}

function blocksOf(root: Element): Block[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-line]')).map((element) => ({
    element,
    from: Number(element.dataset.line),
    to: Number(element.dataset.endLine ?? element.dataset.line),
  }));
}

/**
 * The innermost block holding each item's first source line, with the items it holds. Among blocks of equal
 * span the later one wins: in document order a descendant comes after its parent.
 */
export function factBlocks(root: Element, items: readonly ApiItem[]): Map<HTMLElement, ApiItem[]> {
  const blocks = blocksOf(root);
  const found = new Map<HTMLElement, ApiItem[]>();
  for (const item of items) {
    const line = item.source.line;
    let best: Block | undefined;
    for (const block of blocks) {
      if (block.from > line || block.to < line) continue;
      if (!best || block.to - block.from <= best.to - best.from) best = block;
    }
    if (best) found.set(best.element, [...(found.get(best.element) ?? []), item]);
  }
  return found;
}

/** Marks the fact blocks (class `fact`, a title, keyboard focus) and returns them with their items. */
export function markFacts(root: Element, items: readonly ApiItem[]): Map<HTMLElement, ApiItem[]> {
  for (const old of Array.from(root.querySelectorAll<HTMLElement>('.fact'))) {
    old.classList.remove('fact', 'fact-chosen');
    old.removeAttribute('tabindex');
    old.removeAttribute('title');
  }
  const facts = factBlocks(root, items);
  for (const [element, held] of facts) {
    element.classList.add('fact');
    element.tabIndex = 0;
    element.title = `${held.length} item${held.length === 1 ? '' : 's'}: click to see ${held.length === 1 ? 'it' : 'them'}`;
  }
  return facts;
}
