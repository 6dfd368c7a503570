/** What the student sees after revealing: the answer, the verdict, and the grade buttons. */
import type { IntervalPreview } from '../../../src/study/service';
import { useKeys } from '../hooks';
import type { ApiCheckResult, ApiItem } from '../types';

const GRADES = [
  [1, 'again', 'Again'],
  [2, 'hard', 'Hard'],
  [3, 'good', 'Good'],
  [4, 'easy', 'Easy'],
] as const;

const VERDICT_TEXT = { correct: 'Correct', close: 'Almost: check the spelling', wrong: 'Not quite' } as const;

export function Revealed({ item, check, given }: { item: ApiItem; check?: ApiCheckResult; given?: string }) {
  return (
    <section class="revealed" aria-label="answer">
      {check?.verdict && <p class={`verdict verdict-${check.verdict}`}>{VERDICT_TEXT[check.verdict]}</p>}
      {given !== undefined && item.kind !== 'argument' && (
        <p class="muted">You answered: {given || '(nothing)'}</p>
      )}
      {item.kind === 'argument' ? (
        <>
          <p class="model">{item.answer}</p>
          {item.checklist && (
            <ul class="checklist">
              {item.checklist.map((point) => {
                const covered = check?.points?.find((p) => p.point === point)?.covered === true;
                return (
                  <li key={point} class={covered ? 'covered' : 'missed'}>
                    <span aria-hidden="true">{covered ? '✔' : '○'}</span> {point}
                    <span class="sr-only">{covered ? ' (covered)' : ' (missed)'}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      ) : (
        <p class="answer">{item.kind === 'order' ? (item.choices ?? []).join(' → ') : item.answer}</p>
      )}
    </section>
  );
}

export function GradeBar({
  intervals,
  suggested,
  onGrade,
}: {
  intervals: IntervalPreview;
  suggested: number | undefined;
  onGrade: (rating: 1 | 2 | 3 | 4) => void;
}) {
  useKeys(
    (event) => {
      const grade = GRADES.find(([rating]) => String(rating) === event.key);
      if (grade) onGrade(grade[0]);
      if (event.key === 'Enter' && suggested) onGrade(suggested as 1 | 2 | 3 | 4);
    },
    [onGrade, suggested],
  );
  return (
    <fieldset class="grades">
      <legend class="sr-only">Grade</legend>
      {GRADES.map(([rating, key, label]) => (
        <button
          type="button"
          key={key}
          class={`grade grade-${key} ${suggested === rating ? 'suggested' : ''}`}
          onClick={() => onGrade(rating)}
        >
          <kbd>{rating}</kbd> {label}
          <span class="interval">{intervals[key]}</span>
        </button>
      ))}
    </fieldset>
  );
}
