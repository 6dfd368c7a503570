/** Human output: colour (only on a terminal, never with NO_COLOR) and the layouts of `cards` and `timeline`. */
import type { Assessment } from '../generate/confidence.js';
import type { Item, Problem, Rejection, TimelineEvent } from '../generate/item.js';
import type { Io } from './io.js';

export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
}

/**
 * Colour for stdout: on when stdout is a terminal, or when FORCE_COLOR asks for it; off whenever NO_COLOR is
 * set to anything non-empty (https://no-color.org), which wins over both.
 */
export function useColour(io: Io): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return io.stdoutIsTTY;
}

/** ANSI styles, or identity functions when colour is off. */
export function createStyle(colour: boolean): Style {
  const wrap = (open: number, close: number) => (text: string) =>
    colour ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    cyan: wrap(36, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
  };
}

/** Items grouped by note (in the deck's order), each with kind, line, breadcrumb, prompt and answer. */
export function formatItems(items: readonly Item[], style: Style): string {
  const lines: string[] = [];
  let currentPath: string | undefined;
  for (const item of items) {
    if (item.source.path !== currentPath) {
      currentPath = item.source.path;
      lines.push(style.bold(currentPath));
    }
    lines.push(...formatItem(item, style), '');
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function formatItem(item: Item, style: Style): string[] {
  const lines = [`  ${style.cyan(item.kind)} ${style.dim(`line ${lineRange(item.source)}`)}`];
  if (item.context.length > 0) lines.push(`    ${style.dim(item.context.join(' › '))}`);
  lines.push(`    Q: ${item.prompt}`);
  if (item.choices && item.choices.length > 0) {
    lines.push(`    ${style.dim(item.kind === 'order' ? 'events' : 'choices')}: ${item.choices.join(' | ')}`);
  }
  lines.push(`    A: ${style.green(item.answer)}`);
  if (item.checklist && item.checklist.length > 0) {
    lines.push(`    ${style.dim('checklist')}: ${item.checklist.join('; ')}`);
  }
  return lines;
}

/** Candidates the quality gates dropped, with the gate and its reason (`--explain`). */
export function formatRejections(rejections: readonly Rejection[], style: Style): string {
  if (rejections.length === 0) return 'No candidates were dropped.\n';
  const lines = [style.bold(`Dropped candidates (${rejections.length}):`)];
  for (const rejection of rejections) {
    const where = `${rejection.source.path}:${rejection.source.line}`;
    lines.push(
      `  ${style.yellow(rejection.gate)} ${style.dim(where)} ${rejection.kind}: ${rejection.reason}`,
    );
    lines.push(`    Q: ${rejection.prompt}`, `    A: ${rejection.answer}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The confidence of each kept item and its reasons (gate 15), for `--explain`. */
export function formatAssessments(
  items: readonly Item[],
  assessments: ReadonlyMap<string, Assessment>,
  style: Style,
): string {
  const lines = [style.bold(`Kept items and their confidence (${items.length}):`)];
  for (const item of items) {
    const a = assessments.get(item.id);
    if (!a) continue;
    lines.push(
      `  ${style.green(a.score.toFixed(2))} ${style.dim(`${item.source.path}:${item.source.line}`)} ${item.kind}: ${item.prompt}`,
    );
    lines.push(`    ${a.reasons.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One line per event: date, text, source `path:line`; dates padded so the texts line up. */
export function formatTimeline(events: readonly TimelineEvent[], style: Style): string {
  const width = Math.max(0, ...events.map((event) => event.date.length));
  const lines = events.map(
    (event) =>
      `${style.cyan(event.date.padEnd(width))}  ${event.text}  ${style.dim(`${event.source.path}:${event.source.line}`)}`,
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** Problems as warnings for stderr: `warning: path:line: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((problem) => {
      const where = problem.line === undefined ? problem.path : `${problem.path}:${problem.line}`;
      return `warning: ${where}: ${problem.message}\n`;
    })
    .join('');
}

function lineRange(source: { readonly line: number; readonly endLine: number }): string {
  return source.endLine > source.line ? `${source.line}-${source.endLine}` : String(source.line);
}

/** `1 item`, `2 items`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
