import { fsrs, generatorParameters } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { type CardState, fromFsrsCard, type Grade, toFsrsCard } from '../../src/schedule/card-state.js';
import { ScheduleSettingsError, UndoMismatchError } from '../../src/schedule/errors.js';
import { detectLeech } from '../../src/schedule/leech.js';
import { type AnswerLog, makeScheduler } from '../../src/schedule/scheduler.js';
import { stateToRestore } from '../../src/schedule/undo.js';

const scheduler = makeScheduler();
const start = new Date('2026-04-01T08:00:00Z');

function answerAll(ratings: readonly Grade[]): { card: CardState; logs: AnswerLog[] } {
  let card = scheduler.newCardState(start);
  const logs: AnswerLog[] = [];
  for (const rating of ratings) {
    const now = new Date(Math.max(Date.parse(card.due), start.getTime()) + 60_000);
    const result = scheduler.answer(card, rating, now);
    logs.push(result.log);
    card = result.card;
  }
  return { card, logs };
}

const withLapses = (lapses: number): CardState => ({ ...scheduler.newCardState(start), lapses });

describe('detectLeech', () => {
  it('flags an item for suspension when its lapses reach 8', () => {
    expect(detectLeech(withLapses(7), withLapses(8))).toEqual({
      leech: true,
      lapses: 8,
      action: 'suspend',
      flag: 'leech',
    });
  });

  it('does not flag below the threshold or when the answer was not a lapse', () => {
    expect(detectLeech(withLapses(6), withLapses(7))).toEqual({ leech: false });
    expect(detectLeech(withLapses(8), withLapses(8))).toEqual({ leech: false });
  });

  it('catches an unsuspended leech again every half threshold (12, 16)', () => {
    expect(detectLeech(withLapses(9), withLapses(10)).leech).toBe(false);
    expect(detectLeech(withLapses(11), withLapses(12)).leech).toBe(true);
    expect(detectLeech(withLapses(15), withLapses(16)).leech).toBe(true);
  });

  it('uses a custom threshold', () => {
    expect(detectLeech(withLapses(2), withLapses(3), 3).leech).toBe(true);
    expect(() => detectLeech(withLapses(0), withLapses(1), 0)).toThrow(ScheduleSettingsError);
  });

  it('sees a real lapse sequence become a leech on the eighth Again in review', () => {
    const ratings: Grade[] = [3, 3];
    for (let i = 0; i < 8; i++) ratings.push(1, 3);
    const { logs } = answerAll(ratings);
    const verdicts = logs.map((log) => detectLeech(log.before, log.after).leech);
    expect(verdicts.filter(Boolean)).toHaveLength(1);
    expect(logs[verdicts.indexOf(true)]?.after.lapses).toBe(8);
  });
});

describe('stateToRestore', () => {
  it('restores exactly the state before each answer of a sequence', () => {
    const { card, logs } = answerAll([3, 3, 1, 3, 2, 4]);
    let current = card;
    for (const log of [...logs].reverse()) {
      current = stateToRestore(current, log);
      expect(current).toEqual(log.before);
    }
    expect(current).toEqual(scheduler.newCardState(start));
  });

  it('agrees with ts-fsrs rollback on the memory fields, and keeps the due time rollback loses', () => {
    const reference = fsrs(generatorParameters({ enable_fuzz: false }));
    const { card: before } = answerAll([3, 3, 3]);
    const now = new Date(Date.parse(before.due) + 3_600_000);
    const { card: after, log: fsrsLog } = reference.next(toFsrsCard(before), now, 1);
    const ours = scheduler.answer(before, 1, now);
    expect(fromFsrsCard(after)).toEqual(ours.card);
    const restored = stateToRestore(ours.card, ours.log);
    const rolledBack = fromFsrsCard(reference.rollback(after, fsrsLog));
    for (const field of ['phase', 'stability', 'difficulty', 'reps', 'lapses', 'learningSteps'] as const) {
      expect(restored[field]).toEqual(rolledBack[field]);
    }
    expect(restored.due).toBe(before.due);
    expect(rolledBack.due).toBe(now.toISOString());
  });

  it('refuses to undo an answer when the item changed since', () => {
    const { logs } = answerAll([3, 3]);
    const first = logs[0];
    if (first === undefined) throw new Error('no log');
    expect(() => stateToRestore(logs[1]!.after, first)).toThrow(UndoMismatchError);
  });
});
