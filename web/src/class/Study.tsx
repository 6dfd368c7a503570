/** A student's study in one class: the next item, show the answer, rate it (the class server's study API). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { Breadcrumb, Failure, Loading } from '../components';
import { useKeys } from '../hooks';
import { GradeBar, Revealed } from '../study/reveal';
import type { ApiNext } from '../types';
import { type ClassView, get, post } from './api';

export function ClassStudyPage({ classId }: { classId: string }) {
  const base = `/api/classes/${encodeURIComponent(classId)}`;
  const [cls, setClass] = useState<ClassView | undefined>(undefined);
  const [next, setNext] = useState<ApiNext | undefined>(undefined);
  const [revealed, setRevealed] = useState(false);
  const [shownAt, setShownAt] = useState(Date.now());
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setNext(await get<ApiNext>(`${base}/study/next`));
      setRevealed(false);
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
    try {
      await post(`${base}/study/answer`, {
        itemId: item.id,
        rating,
        cardVersion: card.cardVersion,
        durationMs: Math.min(Date.now() - shownAt, 3_600_000),
      });
      await load();
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
      }
    },
    [item, revealed],
  );

  if (error)
    return (
      <>
        <Failure message={error} />
        <button type="button" onClick={() => void load()}>
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
      </p>
      {!card || !item ? (
        <section class="finished">
          <h1>All done for today</h1>
          <p>
            {done} {done === 1 ? 'answer' : 'answers'} today. New items and reviews come back tomorrow.
          </p>
        </section>
      ) : (
        <article class={`card kind-${item.kind}`} key={item.id}>
          <Breadcrumb context={item.context} />
          <h1 class="prompt">{item.prompt}</h1>
          {item.kind === 'choice' && item.choices && !revealed && (
            <ul class="class-choices">
              {item.choices.map((choice) => (
                <li key={choice}>{choice}</li>
              ))}
            </ul>
          )}
          {revealed ? (
            <>
              <Revealed item={item} />
              <GradeBar intervals={card.intervals} suggested={undefined} onGrade={grade} />
            </>
          ) : (
            <button type="button" class="reveal primary" onClick={() => setRevealed(true)}>
              Show answer
            </button>
          )}
        </article>
      )}
    </div>
  );
}
