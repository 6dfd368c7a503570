/**
 * The pure scheduling core: FSRS transitions, study days, queues, leeches, undo, answer checking, stats.
 * `optimize.ts` is deliberately not re-exported here: it loads the WASM optimiser, which only
 * `recollect optimize` needs.
 */
export { type AnswerCheck, checkAnswer, typoAllowance, type Verdict } from './answer-check.js';
export { type ArgumentCheck, COVERAGE_SHARE, checkArgument, type PointCoverage } from './argument-check.js';
export {
  type CardPhase,
  type CardState,
  fromFsrsCard,
  GRADE_NAMES,
  GRADES,
  type Grade,
  toFsrsCard,
} from './card-state.js';
export {
  addDaysToKey,
  type DayBoundary,
  DEFAULT_DAY_BOUNDARY,
  daysBetweenKeys,
  type IsoWeek,
  isoWeekOf,
  nextStudyDayStart,
  studyDayKey,
  studyDayStart,
} from './day.js';
export { ScheduleSettingsError, UndoMismatchError } from './errors.js';
export { formatInterval } from './format-interval.js';
export { DEFAULT_LEECH_THRESHOLD, detectLeech, type LeechVerdict } from './leech.js';
export { checkOrder, type OrderCheck } from './order-check.js';
export {
  buildQueue,
  DEFAULT_LIMITS,
  type ItemStatus,
  type QueueCandidate,
  type QueueEntry,
  type QueueInput,
  type QueueLimits,
  type StudiedToday,
  type StudyQueue,
} from './queue.js';
export {
  type AnswerLog,
  type AnswerResult,
  type IntervalPreview,
  makeScheduler,
  type PreviewByButton,
  type Scheduler,
  type SchedulerSettings,
} from './scheduler.js';
export {
  computeStats,
  type ItemCard,
  isMastered,
  MASTERY_STABILITY_DAYS,
  type ReviewRow,
  type StudyStats,
} from './stats.js';
export { stateToRestore, type UndoableEntry } from './undo.js';
