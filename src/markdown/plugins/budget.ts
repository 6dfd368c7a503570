/**
 * Spends the note's work budget (src/work-budget.ts) while markdown-it parses, so a hostile note is cut off
 * during parsing rather than after it: one step per block started, one per table token, and per inline run one
 * step plus one per token it made. The budget rides in the parse `env`; without one nothing is counted.
 */
import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import table from 'markdown-it/lib/rules_block/table.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type { WorkBudget } from '../../work-budget.js';

/** What parse-note passes to markdown-it as `env`. */
export interface BudgetEnv {
  readonly budget?: WorkBudget;
}

function budgetOf(env: unknown): WorkBudget | undefined {
  return (env as BudgetEnv | undefined)?.budget;
}

/** First block rule: counts a step and lets the real rules run. */
function blockStep(state: StateBlock): boolean {
  budgetOf(state.env)?.spend();
  return false;
}

/**
 * markdown-it's table rule with a row limit: a table is parsed in one call, so it gets no more rows than the budget
 * has steps left (a 250,000-row table would otherwise fill memory before the budget could notice).
 */
/** The fewest tokens a table row makes (row open and close, one cell open, inline and close). */
const TOKENS_PER_ROW = 5;

function budgetedTable(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const budget = budgetOf(state.env);
  if (!budget) return table(state, startLine, endLine, silent);
  const tokensBefore = state.tokens.length;
  const end = Math.min(endLine, startLine + 2 + Math.ceil(budget.remaining() / TOKENS_PER_ROW));
  const matched = table(state, startLine, end, silent);
  if (matched && !silent) budget.spend(state.tokens.length - tokensBefore);
  return matched;
}

/** After each inline run: one step plus one per token made. */
function inlineSteps(state: StateInline): boolean {
  budgetOf(state.env)?.spend(1 + state.tokens.length);
  return false;
}

/** Adds the budget rules to `md`. */
export function budgetPlugin(md: MarkdownIt): void {
  // 'table' is markdown-it's first block rule (the plugins add theirs later in the chain).
  md.block.ruler.at('table', budgetedTable, { alt: ['paragraph', 'reference'] });
  md.block.ruler.before('table', 'budget', blockStep);
  md.inline.ruler2.push('budget', inlineSteps);
}
