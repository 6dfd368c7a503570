/**
 * A student's study in one class (the class server's study API): the next item, answered as in the local app
 * (typed, chosen or ordered and checked, or just recalled), rated, and the last answer undone with u.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { Breadcrumb, Failure, Loading } from '../components';
import { useKeys } from '../hooks';
import { Asking } from '../pages/Study';
import { isConflict, isUnreachable } from '../study/pending-answer';
import { GradeBar, Revealed } from '../study/reveal';
import type { ApiCheckResult, ApiNext } from '../types';
import { type ClassView, get, post } from './api';

const UNREACHABLE =
  'The class server is not answering. Your answer is kept on this page: "Try again" sends it.';

export function ClassStudyPage({ classId }: { classId: string }) {
  const base = `/api/classes/${encodeURIComponent(classId)}`;
  const [cls, setClass] = useState<ClassView | undefined>(undefined);
  const [next, setNext] = useState<ApiNext | undefined>(undefined);
  const [revealed, setRevealed] = useState(false);
  /** The check of what the student typed, chose or ordered, and what that was. */
  const [checked, setChecked] = useState<{ check: ApiCheckResult; given: string } | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const [shownAt, setShownAt] = useState(Date.now());
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  /** An answer the server never received (network down): "Try again" sends it before loading the next item. */
  const [unsent, setUnsent] = useState<object | undefined>(undefined);

  const load = useCallback(async () => {
    try {
      setNext(await get<ApiNext>(`${base}/study/next`));
      setRevealed(false);
      setChecked(undefined);
      setShownAt(Date.now());
      setError(undefined);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }, [base]);
  useEffect(() => {
    get<{ class: ClassView }>(base).then(
      (reply) => setClass(reply.class),
      () => undefined,
    );
    void load();
  }, [load]);

  const card = next?.card;
  const item = card?.item;
  const grade = async (rating: 1 | 2 | 3 | 4): Promise<void> => {
    if (!card || !item || busy) return;
    setBusy(true);
    const answer = {
      itemId: item.id,
      rating,
      cardVersion: card.cardVersion,
      durationMs: Math.min(Date.now() - shownAt, 3_600_000),
      ...(checked && item.kind !== 'order' ? { typed: checked.given } : {}),
    };
    try {
      await post(`${base}/study/answer`, answer);
      setNotice('');
      await load();
    } catch (failure) {
      if (isConflict(failure)) {
        // Answered meanwhile (another tab or device): the first answer stands; go on with the next item.
        setNotice((failure as Error).message);
        await load();
      } else if (isUnreachable(failure)) {
        setUnsent(answer);
        setError(UNREACHABLE);
      } else setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const tryAgain = async (): Promise<void> => {
    if (unsent) {
      try {
        await post(`${base}/study/answer`, unsent);
        setUnsent(undefined);
        setNotice('Saved your answer.');
      } catch (failure) {
        if (isUnreachable(failure)) return setError(UNREACHABLE);
        setUnsent(undefined);
        // A 409: the first try reached the server though its reply was lost, and the card moved on with it.
        setNotice(
          isConflict(failure)
            ? 'Saved your answer.'
            : `Your kept answer was not saved: ${(failure as Error).message}`,
        );
      }
    }
    await load();
  };
  const check = async (body: { typed?: string; order?: string[] }): Promise<void> => {
    if (!item) return;
    try {
      const result = await post<ApiCheckResult>(`${base}/study/check`, { itemId: item.id, ...body });
      setChecked({ check: result, given: body.typed ?? body.order?.join(' → ') ?? '' });
      setRevealed(true);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const undo = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      const reply = await post<{ undone: string | null }>(`${base}/study/undo`);
      await load();
      setNotice(reply.undone ? 'Undone: the last answer is back.' : 'Nothing to undo today.');
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  useKeys(
    (event) => {
      if (event.key === ' ' && item && !revealed) {
        event.preventDefault();
        setRevealed(true);
      } else if (event.key === 'u' || event.key === 'U') void undo();
    },
    [item, revealed, busy],
  );

  if (error)
    return (
      <>
        <Failure message={error} />
        <button type="button" onClick={() => void tryAgain()}>
          Try again
        </button>
      </>
    );
  if (!next) return <Loading />;
  const { done, remaining } = next.progress;
  return (
    <div class="study">
      {cls && <p class="class-name">{cls.name}</p>}
      <p class="progress">
        <span>{done} done</span> · <span>{remaining} remaining</span>
        {notice && <span class="notice"> · {notice}</span>}
      </p>
      {!card || !item ? (
        <section class="finished">
          <h1>All done for today</h1>
          <p>
            {done} {done === 1 ? 'answer' : 'answers'} today. New items and reviews come back tomorrow.
          </p>
          {done > 0 && (
            <button type="button" onClick={() => void undo()}>
              <kbd>u</kbd> Undo the last answer
            </button>
          )}
        </section>
      ) : (
        <article class={`card kind-${item.kind}`} key={item.id}>
          <Breadcrumb context={item.context} />
          <h1 class="prompt">{item.prompt}</h1>
          {revealed ? (
            <>
              <Revealed item={item} {...(checked ? { check: checked.check, given: checked.given } : {})} />
              <GradeBar
                intervals={card.intervals}
                suggested={checked?.check.suggestedRating}
                onGrade={grade}
              />
            </>
          ) : (
            <>
              <Asking item={item} onCheck={(body) => void check(body)} onReveal={() => setRevealed(true)} />
              <button type="button" class="reveal primary" onClick={() => setRevealed(true)}>
                Show answer
              </button>
            </>
          )}
          {done > 0 && (
            <div class="actions">
              <button type="button" onClick={() => void undo()}>
                <kbd>u</kbd> Undo
              </button>
            </div>
          )}
        </article>
      )}
    </div>
  );
}
