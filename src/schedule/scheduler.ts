/**
 * Pure FSRS state transitions over our plain CardState, built on ts-fsrs. No clock: `now` is always passed in.
 */
import {
  type Card,
  checkParameters,
  createEmptyCard,
  type FSRS,
  type Grade as FsrsGrade,
  fsrs,
  generatorParameters,
  type StepUnit,
  StrategyMode,
} from 'ts-fsrs';
import { type CardState, fromFsrsCard, GRADE_NAMES, GRADES, type Grade, toFsrsCard } from './card-state.js';
import { ScheduleSettingsError } from './errors.js';
import { formatInterval } from './format-interval.js';

export interface SchedulerSettings {
  /** Target probability of recall when an item comes due (0.7–0.99). Default 0.9. */
  readonly desiredRetention?: number;
  /** Default ['1m', '10m']. */
  readonly learningSteps?: readonly string[];
  /** Default ['10m']. */
  readonly relearningSteps?: readonly string[];
  /** Longest interval in days. Default 36500. */
  readonly maximumInterval?: number;
  /** Optimised FSRS parameters; ts-fsrs defaults when absent. */
  readonly weights?: readonly number[];
  /** Spread intervals a little; seeded from the item id so results stay reproducible. Default false. */
  readonly enableFuzz?: boolean;
}

/** What one answer did: enough for the append-only review log and for undo. */
export interface AnswerLog {
  readonly rating: Grade;
  readonly reviewedAt: string;
  /** Days since the previous review as ts-fsrs counts them (0 for a new item). */
  readonly elapsedDays: number;
  readonly before: CardState;
  readonly after: CardState;
}

export interface AnswerResult {
  readonly card: CardState;
  readonly log: AnswerLog;
}

export interface IntervalPreview {
  readonly due: string;
  readonly intervalMs: number;
  /** Button label such as `10m`, `3d`, `2mo`. */
  readonly label: string;
}

export type PreviewByButton = Readonly<Record<'again' | 'hard' | 'good' | 'easy', IntervalPreview>>;

export interface Scheduler {
  /** The state of an item never studied, due at `now`. */
  newCardState(now: Date): CardState;
  /** The next interval for each of the four buttons, without changing anything. */
  preview(card: CardState, now: Date, itemId?: string): PreviewByButton;
  /** The pure transition for one answer. */
  answer(card: CardState, rating: Grade, now: Date, itemId?: string): AnswerResult;
  /** Probability of recall at `now` (0 for a new item). */
  retrievability(card: CardState, now: Date): number;
}

const STEP_PATTERN = /^\d+(\.\d+)?[mhd]$/;

function checkSteps(steps: readonly string[], what: string): readonly StepUnit[] {
  for (const step of steps) {
    if (!STEP_PATTERN.test(step)) {
      throw new ScheduleSettingsError(`${what} step "${step}" is not a duration like 1m, 10m, 1h or 1d`);
    }
  }
  return steps as readonly StepUnit[];
}

function checkSettings(settings: SchedulerSettings): void {
  const retention = settings.desiredRetention ?? 0.9;
  if (!(retention >= 0.7 && retention <= 0.99)) {
    throw new ScheduleSettingsError(`desired retention ${retention} is outside 0.7–0.99`);
  }
  const maxInterval = settings.maximumInterval ?? 36500;
  if (!(Number.isInteger(maxInterval) && maxInterval >= 1)) {
    throw new ScheduleSettingsError(`maximum interval ${maxInterval} must be a whole number of days ≥ 1`);
  }
}

function buildEngine(settings: SchedulerSettings): FSRS {
  checkSettings(settings);
  let w: readonly number[] | undefined;
  if (settings.weights !== undefined) {
    try {
      w = checkParameters(settings.weights);
    } catch (cause) {
      throw new ScheduleSettingsError('the FSRS parameters are not valid', { cause });
    }
  }
  const params = generatorParameters({
    request_retention: settings.desiredRetention ?? 0.9,
    maximum_interval: settings.maximumInterval ?? 36500,
    enable_fuzz: settings.enableFuzz ?? false,
    enable_short_term: true,
    learning_steps: checkSteps(settings.learningSteps ?? ['1m', '10m'], 'learning'),
    relearning_steps: checkSteps(settings.relearningSteps ?? ['10m'], 'relearning'),
    ...(w === undefined ? {} : { w }),
  });
  const engine = fsrs(params);
  // The fuzz seed comes from the item id and its review count, never from the clock or Math.random.
  engine.useStrategy(StrategyMode.SEED, function seedFromItem() {
    const current = this as unknown as { current: Card & { recollectItemId?: string } };
    return `${current.current.recollectItemId ?? ''}:${current.current.reps}`;
  });
  return engine;
}

function withItemId(card: CardState, itemId: string | undefined): Card {
  const fsrsCard = toFsrsCard(card);
  return itemId === undefined ? fsrsCard : Object.assign(fsrsCard, { recollectItemId: itemId });
}

/** Removes the seed field we attached, so it never leaks into stored state. */
function cleanCard(card: Card): Card {
  const { recollectItemId: _ignored, ...rest } = card as Card & { recollectItemId?: string };
  return rest;
}

/** Creates a scheduler with the given settings (defaults: retention 0.9, steps 1m 10m / 10m, no fuzz). */
export function makeScheduler(settings: SchedulerSettings = {}): Scheduler {
  const engine = buildEngine(settings);
  return {
    newCardState: (now) => fromFsrsCard(createEmptyCard(now)),
    preview(card, now, itemId) {
      const outcomes = engine.repeat(withItemId(card, itemId), now);
      const entries = GRADES.map((grade) => {
        const due = outcomes[grade as FsrsGrade].card.due;
        const intervalMs = due.getTime() - now.getTime();
        const preview: IntervalPreview = {
          due: due.toISOString(),
          intervalMs,
          label: formatInterval(intervalMs),
        };
        return [GRADE_NAMES[grade], preview] as const;
      });
      return Object.fromEntries(entries) as unknown as PreviewByButton;
    },
    answer(card, rating, now, itemId) {
      if (!GRADES.includes(rating)) throw new ScheduleSettingsError(`rating ${rating} is not 1–4`);
      const outcome = engine.next(withItemId(card, itemId), now, rating as FsrsGrade);
      const after = fromFsrsCard(cleanCard(outcome.card));
      const log: AnswerLog = {
        rating,
        reviewedAt: now.toISOString(),
        elapsedDays: outcome.log.elapsed_days,
        before: card,
        after,
      };
      return { card: after, log };
    },
    retrievability: (card, now) =>
      card.phase === 'new' ? 0 : engine.get_retrievability(toFsrsCard(card), now, false),
  };
}
