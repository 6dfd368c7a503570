/** One note's text → `ParsedNote` (pure; never throws). */
import type Token from 'markdown-it/lib/token.mjs';
import { UNBOUNDED, type WorkBudget, WorkBudgetExceededError } from '../work-budget.js';
import { buildBlocks } from './blocks.js';
import { NO_FRONTMATTER, readFrontmatter } from './frontmatter.js';
import { toRichText } from './inline.js';
import { markdownParser } from './md.js';
import { fileTitle, frontmatterTitle } from './title.js';
import type { ParsedNote } from './tree.js';

/** Text of the note's first block when it is a `# H1`, without its `#tags` (they are note tags). */
function leadingH1(tokens: readonly Token[]): string {
  const first = tokens[0];
  if (first?.type !== 'heading_open' || first.tag !== 'h1') return '';
  // "# Thermal Conductivity … # Insulating Buildings … # Infrared Radiation": when a note has several level-1
  // headings they are its sections, and the first names only the first section; the file names the note.
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'heading_open' && token.tag === 'h1') return '';
  }
  const heading = toRichText(tokens[1]?.children ?? null, { tags: [] });
  let text = heading.text;
  for (const mark of [...heading.marks].reverse()) {
    if (mark.kind === 'tag') text = text.slice(0, mark.start) + text.slice(mark.end);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Same as `parseNote` but lets an unexpected internal error escape (for tests that must see bugs).
 * Line numbers count `\r\n` and `\n` as line ends; a lone `\r` (a stray from copy-paste) is read as a space, so
 * lines are numbered as grep, git and the sampling tools number them.
 */
export function parseNoteUnguarded(path: string, text: string, budget: WorkBudget = UNBOUNDED): ParsedNote {
  // NUL bytes carry no text (markdown-it would turn each into U+FFFD inside the words around it).
  const normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n')
    .replace(/\r/g, ' ')
    .replace(/\0/g, '');
  const lines = normalised.split('\n');
  const { frontmatter, lineCount } = readFrontmatter(lines);
  // Frontmatter lines are blanked rather than cut, so markdown-it's line maps stay file line numbers.
  const body = lineCount === 0 ? normalised : '\n'.repeat(lineCount) + lines.slice(lineCount).join('\n');
  const tokens = markdownParser().parse(body, { budget });
  budget.check();
  const context = { lines, tags: [] as string[] };
  const blocks = buildBlocks(tokens, context);
  budget.spend(blocks.length);
  const titleText = leadingH1(tokens);
  const tags = [...new Set([...frontmatter.tags, ...context.tags])];
  const given = lineCount > 0 ? frontmatterTitle(lines.slice(1, lineCount - 1)) : undefined;
  const title = given ?? (titleText === '' ? fileTitle(path) : titleText);
  return { path, title, frontmatter, tags, blocks };
}

/**
 * Parses one Obsidian-flavoured Markdown note into blocks with 1-based source lines.
 * Never throws, except WorkBudgetExceededError when `budget` runs out: should an unforeseen input break the
 * parser, the note comes back with no blocks.
 */
export function parseNote(path: string, text: string, budget: WorkBudget = UNBOUNDED): ParsedNote {
  try {
    return parseNoteUnguarded(path, text, budget);
  } catch (error) {
    if (error instanceof WorkBudgetExceededError) throw error;
    return { path, title: fileTitle(path), frontmatter: NO_FRONTMATTER, tags: [], blocks: [] };
  }
}
