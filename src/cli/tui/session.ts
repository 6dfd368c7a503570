/**
 * The terminal review loop: show a card, let the student attempt it, reveal, grade. Each grade is committed
 * (service.answer resolves after its transaction) before the next card is fetched and shown.
 */
import { GRADE_NAMES, type Grade } from '../../schedule/index.js';
import { StaleAnswerError } from '../../study/errors.js';
import type { AnswerResult, StudyCard, StudyService } from '../../study/service.js';
import type { Style } from '../format.js';
import { type Attempt, attempt, type CardCommand, commandOf } from './attempt.js';
import type { StudyInput } from './input.js';
import {
  formatAnswer,
  formatGrades,
  formatQuestion,
  formatSource,
  formatSummary,
  GRADE_LABELS,
  questionHelp,
  type SessionSummary,
} from './render.js';

export interface SessionDeps {
  readonly study: StudyService;
  readonly input: StudyInput;
  readonly write: (text: string) => void;
  readonly style: Style;
  /** Study time (the real clock, or `--now` plus the time elapsed since the start). */
  readonly clock: () => Date;
  /** Monotonic milliseconds, for answer durations. */
  readonly elapsed: () => number;
  /** The lines of a note, or null if it cannot be read. */
  readonly readSource: (path: string) => Promise<readonly string[] | null>;
}

type Step = { readonly kind: 'graded'; readonly rating: Grade } | { readonly kind: CardCommand };

/** Runs the loop until the queue is empty or the student quits; returns (and prints) the summary. */
export async function runSession(deps: SessionDeps): Promise<SessionSummary> {
  const started = deps.elapsed();
  const grades: Grade[] = [];
  let suspended = 0;
  let finished = false;
  for (;;) {
    const now = deps.clock();
    const card = await deps.study.next(now);
    if (!card) {
      finished = true;
      break;
    }
    const { remaining } = await deps.study.progress(now);
    deps.write(`\n${formatQuestion(card, remaining, deps.style)}${questionHelp(card, deps.style)}`);
    const shownAt = deps.elapsed();
    const step = await studyCard(deps, card);
    if (step.kind === 'quit') break;
    if (step.kind === 'graded') {
      const result = await answerOnce(deps, card, step.rating, Math.round(deps.elapsed() - shownAt));
      if (!result) continue;
      grades.push(step.rating);
      const next = card.intervals[GRADE_NAMES[step.rating]];
      deps.write(deps.style.dim(`saved: ${GRADE_LABELS[step.rating]}, next in ${next}\n`));
      if (result.leech) deps.write(deps.style.yellow('This item keeps slipping: suspended as a leech.\n'));
    } else if (step.kind === 'undo') {
      const undone = await deps.study.undo(deps.clock());
      if (undone) grades.pop();
      deps.write(deps.style.dim(undone ? 'Undid the last answer.\n' : 'Nothing to undo today.\n'));
    } else if (step.kind === 'suspend') {
      await deps.study.setState(card.item.id, 'suspended', deps.clock());
      suspended += 1;
      deps.write(deps.style.dim('Suspended.\n'));
    }
  }
  const summary = summarise(grades, suspended, deps.elapsed() - started, finished);
  deps.write(`\n${formatSummary(summary, deps.style)}`);
  return summary;
}

/**
 * Records the grade for the card state that was shown; when another session answered the item meanwhile, says so
 * in one line and returns null (that first answer stands).
 */
async function answerOnce(
  deps: SessionDeps,
  card: StudyCard,
  rating: Grade,
  durationMs: number,
): Promise<AnswerResult | null> {
  try {
    return await deps.study.answer(
      { itemId: card.item.id, rating, durationMs, expectedVersion: card.version },
      deps.clock(),
    );
  } catch (error) {
    if (!(error instanceof StaleAnswerError)) throw error;
    deps.write(deps.style.yellow(`not saved: ${error.message}.\n`));
    return null;
  }
}

/** One card: attempt, reveal, grade; `e` (source) can be pressed at any time without leaving the card. */
async function studyCard(deps: SessionDeps, card: StudyCard): Promise<Step> {
  let tried: Attempt;
  for (;;) {
    tried = await attempt(card, deps);
    if (tried.kind === 'attempted') break;
    if (tried.command !== 'source') return { kind: tried.command };
    await showSource(deps, card);
  }
  deps.write(formatAnswer(card, deps.style));
  deps.write(formatGrades(card, tried.suggested, deps.style));
  for (;;) {
    const key = await deps.input.key();
    if (/^[1-4]$/.test(key)) return { kind: 'graded', rating: Number(key) as Grade };
    if ((key === 'enter' || key === ' ') && tried.suggested !== undefined) {
      return { kind: 'graded', rating: tried.suggested };
    }
    const command = commandOf(key);
    if (command === 'source') await showSource(deps, card);
    else if (command) return { kind: command };
  }
}

async function showSource(deps: SessionDeps, card: StudyCard): Promise<void> {
  const lines = await deps.readSource(card.item.source.path);
  if (lines === null) {
    deps.write(deps.style.yellow(`cannot read ${card.item.source.path}\n`));
    return;
  }
  deps.write(formatSource(card.item.source.path, lines, card.item.source, deps.style));
}

function summarise(grades: readonly Grade[], suspended: number, elapsedMs: number, finished: boolean) {
  const byGrade: Record<Grade, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const grade of grades) byGrade[grade] += 1;
  return { answered: grades.length, byGrade, suspended, elapsedMs, finished };
}
