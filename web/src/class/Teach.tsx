/**
 * The teacher's page of a class: each student's progress (most behind first), mastery per note and item,
 * retention per week, the most-failed items, CSV downloads, the invite link and how to publish.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { Failure, Loading } from '../components';
import { type ClassView, get, post } from './api';
import { Mastery, MostFailed, Retention, Students } from './Dashboard';
import type { ClassDashboard } from './types';

function Invite({ classId }: { classId: string }) {
  const key = `invite-${classId}`;
  const [url, setUrl] = useState<string | null>(() => sessionStorage.getItem(key));
  const [error, setError] = useState<string | undefined>(undefined);
  const renew = async () => {
    if (url === null || confirm('Make a new invite link? The old one stops working.')) {
      try {
        const reply = await post<{ inviteUrl: string }>(`/api/classes/${encodeURIComponent(classId)}/invite`);
        sessionStorage.setItem(key, reply.inviteUrl);
        setUrl(reply.inviteUrl);
      } catch (failure) {
        setError((failure as Error).message);
      }
    }
  };
  return (
    <section class="invite" aria-label="invite link">
      <h2>Invite link</h2>
      {url ? (
        <>
          <p class="muted small">Give this link to your students; each joins with their own password.</p>
          <input
            class="invite-url"
            readOnly
            value={url}
            aria-label="invite link"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => void navigator.clipboard?.writeText(url)}>
            Copy
          </button>{' '}
          <button type="button" onClick={renew}>
            New link
          </button>
        </>
      ) : (
        <>
          <p class="muted small">
            The invite link is shown only when it is made. Make a new one to see it (the old one stops
            working).
          </p>
          <button type="button" onClick={renew}>
            Show a new invite link
          </button>
        </>
      )}
      {error && <Failure message={error} />}
    </section>
  );
}

export function TeachPage({ classId }: { classId: string }) {
  const base = `/api/classes/${encodeURIComponent(classId)}`;
  const [cls, setClass] = useState<ClassView | undefined>(undefined);
  const [board, setBoard] = useState<ClassDashboard | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const load = useCallback(async () => {
    try {
      const [c, d] = await Promise.all([
        get<{ class: ClassView }>(base),
        get<ClassDashboard>(`${base}/dashboard`),
      ]);
      setClass(c.class);
      setBoard(d);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }, [base]);
  useEffect(() => {
    void load();
  }, [load]);
  if (error) return <Failure message={error} />;
  if (!cls || !board) return <Loading />;
  const { students, definitions } = board;
  return (
    <>
      <h1>{cls.name}</h1>
      {students.length === 0 && <Invite classId={classId} />}
      <section aria-label="progress">
        <h2 class="with-action">
          Students ({students.length}){' '}
          <button type="button" class="small" onClick={() => void load()}>
            Refresh
          </button>
        </h2>
        {students.length === 0 ? (
          <p class="muted">No one has joined yet.</p>
        ) : (
          <>
            <p class="muted small">
              Most behind first. <strong>Behind</strong>: reviews due more than {definitions.behindAfterHours}{' '}
              hours ago.
            </p>
            <Students students={students} hours={definitions.behindAfterHours} />
          </>
        )}
      </section>
      <section aria-label="mastery">
        <h2>Mastery by note</h2>
        <p class="muted small">
          An item is mastered when the scheduler expects it still recalled, 9 times in 10,{' '}
          {definitions.masteryStabilityDays} days after its last review. A note's share counts every student ×
          item. Tap a note for its items.
        </p>
        <Mastery notes={board.notes} students={students.length} />
      </section>
      <section aria-label="retention">
        <h2>Retention by week</h2>
        <p class="muted small">
          Answers to items already learned (no first-time learning) rated Hard, Good or Easy, per week (UTC).
        </p>
        <Retention weeks={board.retention} />
      </section>
      <section aria-label="most-failed items">
        <h2>Most-failed items</h2>
        <MostFailed items={board.mostFailed} />
      </section>
      {students.length > 0 && (
        <section aria-label="downloads">
          <h2>Downloads (CSV)</h2>
          <ul class="downloads">
            <li>
              <a href={`${base}/progress.csv`} download>
                Download progress (CSV)
              </a>
            </li>
            <li>
              <a href={`${base}/mastery.csv`} download>
                Mastery per note (CSV)
              </a>
            </li>
            <li>
              <a href={`${base}/mastery-items.csv`} download>
                Mastery per item (CSV)
              </a>
            </li>
          </ul>
        </section>
      )}
      {students.length > 0 && <Invite classId={classId} />}
      <section aria-label="publishing">
        <h2>Publishing notes</h2>
        <p class="muted small">
          Publish a vault from your computer with a publish token:{' '}
          <code>
            RECOLLECT_TOKEN=… recollect publish VAULT --server {location.origin} --class "{cls.name}"
          </code>
        </p>
      </section>
    </>
  );
}
