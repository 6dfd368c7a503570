import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block, Mark, ParsedNote, RichText } from '../../src/markdown/index.js';
import { parseNote } from '../../src/markdown/index.js';

/** Reads a fixture note of this folder and parses it. */
export function parseFixture(name: string): ParsedNote {
  const file = fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
  return parseNote(`notes/${name}`, readFileSync(file, 'utf8'));
}

/** The blocks of `type` among the top-level blocks, in order. */
export function blocksOf<T extends Block['type']>(note: ParsedNote, type: T): Extract<Block, { type: T }>[] {
  return note.blocks.filter((block): block is Extract<Block, { type: T }> => block.type === type);
}

/** The text each mark covers, as `kind:text` strings (readable assertions). */
export function markedTexts(rich: RichText): string[] {
  return rich.marks.map((mark: Mark) => `${mark.kind}:${rich.text.slice(mark.start, mark.end)}`);
}

/** Parses a note given inline and returns its only (first) block. */
export function firstBlock(text: string): Block | undefined {
  return parseNote('t.md', text).blocks[0];
}
