/** What the study loop prints: pure functions from study data to text lines. */
import type { ArgumentCheck, Grade } from '../../schedule/index.js';
import type { StudyCard } from '../../study/service.js';
import type { Style } from '../format.js';

export const GRADE_LABELS: Readonly<Record<Grade, string>> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
const GRADE_KEYS = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' } as const;

/** The card as first shown: progress, breadcrumb (dim), kind and prompt. */
export function formatQuestion(card: StudyCard, remaining: number, style: Style): string {
  const { item } = card;
  const head = style.dim(`── ${card.phase} · ${item.kind} · ${remaining} left ──`);
  const lines = [head];
  if (item.context.length > 0) lines.push(style.dim(item.context.join(' › ')));
  lines.push(style.bold(item.prompt));
  return `${lines.join('\n')}\n`;
}

/** The keys available before the answer is shown, depending on how the item is answered. */
export function questionHelp(card: StudyCard, style: Style): string {
  const kind = card.item.kind;
  const main =
    kind === 'choice'
      ? '1–4 choose'
      : kind === 'order'
        ? 'type the order, e.g. 2 1 3'
        : kind === 'argument'
          ? 'write your answer, then an empty line'
          : 'space/enter reveal · t type the answer';
  return `${style.dim(`${main} · e source · s suspend · u undo · q quit`)}\n`;
}

/** Numbered options of a choice item (or the events of an order item, in the order shown). */
export function formatOptions(options: readonly string[]): string {
  return `${options.map((option, i) => `  ${i + 1}. ${option}`).join('\n')}\n`;
}

/** The model answer. */
export function formatAnswer(card: StudyCard, style: Style): string {
  return `${style.green(`→ ${card.item.answer}`)}\n`;
}

/** The verdict of a checked answer and the grade it suggests. */
export function formatVerdict(
  verdict: 'correct' | 'close' | 'wrong',
  suggested: Grade,
  style: Style,
): string {
  const text =
    verdict === 'correct'
      ? style.green('✓ correct')
      : verdict === 'close'
        ? style.yellow('~ nearly')
        : style.yellow('✗ not quite');
  return `${text} ${style.dim(`(suggested: ${suggested} ${GRADE_LABELS[suggested]})`)}\n`;
}

/** The checklist of an argument item, covered points ticked. */
export function formatChecklist(check: ArgumentCheck, style: Style): string {
  const lines = check.points.map((point) =>
    point.covered ? `  ${style.green('[x]')} ${point.point}` : `  [ ] ${point.point}`,
  );
  lines.push(style.dim(`  ${check.covered.length} of ${check.points.length} points covered`));
  return `${lines.join('\n')}\n`;
}

/** The four grade buttons with the next interval of each; the suggested one marked. */
export function formatGrades(card: StudyCard, suggested: Grade | undefined, style: Style): string {
  const buttons = ([1, 2, 3, 4] as const).map((grade) => {
    const label = `${grade} ${GRADE_LABELS[grade]} ${card.intervals[GRADE_KEYS[grade]]}`;
    return grade === suggested ? style.bold(`[${label}]`) : label;
  });
  const enter = suggested === undefined ? '' : ' · enter = suggested';
  return `${buttons.join('   ')}\n${style.dim(`e source · s suspend · u undo · q quit${enter}`)}\n`;
}

/** Lines `from`–`to` of a note with numbers, the item's own lines marked. */
export function formatSource(
  path: string,
  lines: readonly string[],
  range: { readonly line: number; readonly endLine: number },
  style: Style,
): string {
  const from = Math.max(1, range.line - 2);
  const to = Math.min(lines.length, range.endLine + 2);
  const width = String(to).length;
  const out = [style.dim(`${path}:${range.line}`)];
  for (let n = from; n <= to; n++) {
    const mark = n >= range.line && n <= range.endLine ? '>' : ' ';
    const text = `${mark} ${String(n).padStart(width)} │ ${lines[n - 1] ?? ''}`;
    out.push(mark === '>' ? text : style.dim(text));
  }
  return `${out.join('\n')}\n`;
}

export interface SessionSummary {
  readonly answered: number;
  readonly byGrade: Readonly<Record<Grade, number>>;
  readonly suspended: number;
  readonly elapsedMs: number;
  readonly finished: boolean;
}

/** The closing lines of a session. */
export function formatSummary(summary: SessionSummary, style: Style): string {
  const seconds = Math.round(summary.elapsedMs / 1000);
  const took = seconds < 60 ? `${seconds} s` : `about ${Math.round(seconds / 60)} min`;
  const grades = ([1, 2, 3, 4] as const).map((g) => `${GRADE_LABELS[g]} ${summary.byGrade[g]}`).join(', ');
  const lines = [
    summary.finished ? style.green('Nothing left to study today.') : 'Session ended.',
    `Answered ${summary.answered} item${summary.answered === 1 ? '' : 's'} in ${took} (${grades}).`,
  ];
  if (summary.suspended > 0) lines.push(`Suspended ${summary.suspended}.`);
  return `${lines.join('\n')}\n`;
}
