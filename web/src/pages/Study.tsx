/** Study: one item at a time — answer, reveal, grade; U undoes, S suspends, O shows the source. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { get, post } from '../api';
import { Breadcrumb, Failure, Loading, SourcePanel } from '../components';
import { useKeys, useVaultVersion } from '../hooks';
import { ArgumentAnswer, ChoiceAnswer, isTypedItem, OrderAnswer, TypedAnswer } from '../study/answers';
import {
  clearPendingAnswer,
  isConflict,
  isStaleToken,
  isUnreachable,
  keepPendingAnswer,
  type PendingAnswer,
  pendingAnswer,
} from '../study/pending-answer';
import { GradeBar, Revealed } from '../study/reveal';
import type { ApiCheckResult, ApiItem, ApiNext } from '../types';

interface Stage {
  readonly revealed: boolean;
  readonly check?: ApiCheckResult;
  /** What the student typed or chose, kept for the review log. */
  readonly given?: string;
}

export function Asking({
  item,
  onCheck,
  onReveal,
}: {
  item: ApiItem;
  onCheck: (body: { typed?: string; order?: string[] }) => void;
  onReveal: () => void;
}) {
  if (item.kind === 'choice' && item.choices) {
    return <ChoiceAnswer choices={item.choices} onChoose={(typed) => onCheck({ typed })} />;
  }
  if (item.kind === 'order' && item.choices)
    return <OrderAnswer item={item} onOrder={(order) => onCheck({ order })} />;
  if (item.kind === 'argument') return <ArgumentAnswer onSubmit={(typed) => onCheck({ typed })} />;
  if (isTypedItem(item)) return <TypedAnswer onSubmit={(typed) => onCheck({ typed })} onReveal={onReveal} />;
  return <p class="muted">Recall the answer, then press Space.</p>;
}

const GRADE_LABELS = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' } as const;

/** The answer is kept; the page needs the link of the new launch to send it. */
function RestartNotice({ answer }: { answer: PendingAnswer }) {
  return (
    <p class="error restart" role="alert">
      recollect was restarted, so this page can no longer save answers. Your answer (
      {GRADE_LABELS[answer.rating]}) is kept: open the new link that <code>recollect serve</code> printed in
      the terminal and it will be saved.
    </p>
  );
}

/** The server did not answer (stopped, or the network is down): the answer waits in this browser. */
function UnreachableNotice({ answer }: { answer: PendingAnswer }) {
  return (
    <p class="error restart" role="alert">
      recollect is not answering (was <code>recollect serve</code> stopped?). Your answer (
      {GRADE_LABELS[answer.rating]}) is kept in this browser and is saved as soon as it answers again.
    </p>
  );
}

/** How often a page with an unsent answer asks the server again. */
const RETRY_MS = 3000;

function Finished({ done, onUndo }: { done: number; onUndo: () => void }) {
  return (
    <section class="finished">
      <h1>All done for today</h1>
      <p>
        {done} {done === 1 ? 'answer' : 'answers'} today. New items and reviews come back tomorrow.
      </p>
      <p>
        <a href="#/stats">See your stats</a> · <a href="#/browse">Browse items</a>
      </p>
      {done > 0 && (
        <button type="button" onClick={onUndo}>
          <kbd>u</kbd> Undo the last answer
        </button>
      )}
    </section>
  );
}

export function StudyPage() {
  const version = useVaultVersion();
  const [next, setNext] = useState<ApiNext | undefined>(undefined);
  const [stage, setStage] = useState<Stage>({ revealed: false });
  const [showSource, setShowSource] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [shownAt, setShownAt] = useState(Date.now());
  const [notice, setNotice] = useState('');
  const [kept, setKept] = useState<PendingAnswer | undefined>(undefined);
  const [waiting, setWaiting] = useState<PendingAnswer | undefined>(undefined);

  const load = useCallback(async () => {
    try {
      setNext(await get<ApiNext>('/api/next'));
      setStage({ revealed: false });
      setShowSource(false);
      setShownAt(Date.now());
      setError(undefined);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }, []);
  // A saved note may change the current item: fetch again, unless the student is mid-answer.
  useEffect(() => {
    if (!stage.revealed) void load();
  }, [version]);
  useEffect(() => {
    void (async () => {
      await sendKeptAnswer();
      await load();
    })();
  }, [load]);

  /** Sends an answer kept from before a restart of the server, once this page has a valid token. */
  const sendKeptAnswer = async (): Promise<void> => {
    const answer = pendingAnswer();
    if (!answer) return;
    try {
      await post('/api/answer', answer);
      clearPendingAnswer();
      setNotice('Saved your answer from before the restart.');
    } catch (failure) {
      if (isStaleToken(failure)) setKept(answer);
      else if (isUnreachable(failure)) setWaiting(answer);
      else {
        clearPendingAnswer();
        setNotice(`Your answer from before the restart was not saved: ${(failure as Error).message}`);
      }
    }
  };

  // An answer the server did not receive is sent again until it is (or refused for a reason of its own), one
  // request at a time: the next try waits for the last one's reply, however slow.
  useEffect(() => {
    if (!waiting) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = async (notice: string): Promise<void> => {
      clearPendingAnswer();
      setWaiting(undefined);
      setNotice(notice);
      await load();
    };
    const attempt = async (): Promise<void> => {
      try {
        await post('/api/answer', waiting);
        await settle('Saved your answer: recollect is answering again.');
      } catch (failure) {
        if (stopped) return;
        if (isUnreachable(failure)) {
          timer = setTimeout(() => void attempt(), RETRY_MS);
          return;
        }
        if (isStaleToken(failure)) {
          setWaiting(undefined);
          setKept(waiting);
        } else if (isConflict(failure)) {
          // An earlier try reached the server though its reply was lost: the card moved on with this answer.
          await settle('Saved your answer: recollect is answering again.');
        } else await settle(`Your kept answer was not saved: ${(failure as Error).message}`);
      }
    };
    timer = setTimeout(() => void attempt(), RETRY_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [waiting]);

  const act = async (work: () => Promise<unknown>, message = ''): Promise<void> => {
    try {
      await work();
      setNotice(message);
      await load();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const item = next?.card?.item;
  const check = async (body: { typed?: string; order?: string[] }): Promise<void> => {
    if (!item) return;
    try {
      const result = await post<ApiCheckResult>('/api/check', { itemId: item.id, ...body });
      setStage({ revealed: true, check: result, given: body.typed ?? body.order?.join(' → ') });
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const grade = async (rating: 1 | 2 | 3 | 4): Promise<void> => {
    if (!item || kept || waiting) return;
    const answer: PendingAnswer = {
      itemId: item.id,
      ...(next?.card?.cardVersion !== undefined ? { cardVersion: next.card.cardVersion } : {}),
      rating,
      durationMs: Math.min(Date.now() - shownAt, 3_600_000),
      ...(stage.given !== undefined && item.kind !== 'order' ? { typed: stage.given } : {}),
    };
    try {
      await post('/api/answer', answer);
      setNotice('');
      await load();
    } catch (failure) {
      // Never drop an answer: keep it (and the card on screen) until the page has the new launch's token, or
      // until the server answers again.
      if (isStaleToken(failure)) {
        keepPendingAnswer(answer);
        setKept(answer);
      } else if (isUnreachable(failure)) {
        keepPendingAnswer(answer);
        setWaiting(answer);
      } else if (isConflict(failure)) {
        // Another tab (or a double press) answered this card first: say so and go on with the next one.
        setNotice((failure as Error).message);
        await load();
      } else setError((failure as Error).message);
    }
  };
  const undo = (): Promise<void> => act(() => post('/api/undo'), 'Undone: the last answer is back.');
  const suspend = (): Promise<void> =>
    act(() => post(`/api/items/${item?.id}/state`, { state: 'suspended' }), 'Suspended: find it in Browse.');

  useKeys(
    (event) => {
      if (event.key === ' ' && item && !stage.revealed) {
        event.preventDefault();
        setStage({ revealed: true });
      } else if (event.key === 'u' || event.key === 'U') void undo();
      else if ((event.key === 's' || event.key === 'S') && item) void suspend();
      else if ((event.key === 'o' || event.key === 'O') && item) setShowSource((shown) => !shown);
    },
    [item, stage],
  );

  if (error) return <Failure message={error} />;
  if (!next) return <Loading />;
  const { done, remaining } = next.progress;
  return (
    <div class="study">
      <p class="progress">
        <span>{done} done</span> · <span>{remaining} remaining</span>
        {notice && <span class="notice"> · {notice}</span>}
      </p>
      {kept && <RestartNotice answer={kept} />}
      {waiting && !kept && <UnreachableNotice answer={waiting} />}
      {!next.card || !item ? (
        <Finished done={done} onUndo={undo} />
      ) : (
        <article class={`card kind-${item.kind}`} key={item.id}>
          <Breadcrumb context={item.context} />
          <h1 class="prompt">{item.prompt}</h1>
          {stage.revealed ? (
            <>
              <Revealed
                item={item}
                {...(stage.check ? { check: stage.check } : {})}
                {...(stage.given !== undefined ? { given: stage.given } : {})}
              />
              <GradeBar
                intervals={next.card.intervals}
                suggested={stage.check?.suggestedRating}
                onGrade={grade}
              />
            </>
          ) : (
            <>
              <Asking item={item} onCheck={check} onReveal={() => setStage({ revealed: true })} />
              <button type="button" class="reveal" onClick={() => setStage({ revealed: true })}>
                <kbd>Space</kbd> Show answer
              </button>
            </>
          )}
          <div class="actions">
            <button type="button" onClick={() => setShowSource((shown) => !shown)}>
              <kbd>o</kbd> {showSource ? 'Hide source' : 'Show source'}
            </button>
            <button type="button" onClick={undo}>
              <kbd>u</kbd> Undo
            </button>
            <button type="button" onClick={suspend}>
              <kbd>s</kbd> Suspend
            </button>
          </div>
          {showSource && next.card.source && <SourcePanel source={next.card.source} />}
        </article>
      )}
    </div>
  );
}
