/** The teacher's page of a class: its invite link, each student's progress (also as CSV), the most-failed items. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { Failure, Loading } from '../components';
import { type ClassView, get, post } from './api';

interface StudentProgress {
  readonly name: string;
  readonly email: string;
  readonly reviews: number;
  readonly due: number;
  readonly lastReviewAt: string | null;
}

interface FailedItem {
  readonly itemId: string;
  readonly prompt: string;
  readonly answer: string;
  readonly context: readonly string[];
  readonly fails: number;
  readonly students: number;
  readonly reviews: number;
}

const when = (iso: string | null) =>
  iso === null
    ? 'never'
    : new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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
  const [students, setStudents] = useState<StudentProgress[] | undefined>(undefined);
  const [failed, setFailed] = useState<FailedItem[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const load = useCallback(async () => {
    try {
      const [c, p, f] = await Promise.all([
        get<{ class: ClassView }>(base),
        get<{ students: StudentProgress[] }>(`${base}/progress`),
        get<{ items: FailedItem[] }>(`${base}/most-failed`),
      ]);
      setClass(c.class);
      setStudents(p.students);
      setFailed(f.items);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }, [base]);
  useEffect(() => {
    void load();
  }, [load]);
  if (error) return <Failure message={error} />;
  if (!cls || !students || !failed) return <Loading />;
  return (
    <>
      <h1>{cls.name}</h1>
      <Invite classId={classId} />
      <section aria-label="progress">
        <h2>
          Students ({students.length}){' '}
          <button type="button" class="small" onClick={() => void load()}>
            Refresh
          </button>
        </h2>
        {students.length === 0 ? (
          <p class="muted">No one has joined yet.</p>
        ) : (
          <ul class="student-list">
            {students.map((s) => (
              <li key={s.email} class="student">
                <div>
                  <strong>{s.name}</strong> <span class="muted small">{s.email}</span>
                </div>
                <dl class="student-numbers">
                  <div>
                    <dt>reviews</dt>
                    <dd>{s.reviews}</dd>
                  </div>
                  <div>
                    <dt>due now</dt>
                    <dd>{s.due}</dd>
                  </div>
                  <div>
                    <dt>last review</dt>
                    <dd>{when(s.lastReviewAt)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
      {students.length > 0 && (
        <p>
          <a href={`${base}/progress.csv`} download>
            Download progress (CSV)
          </a>
        </p>
      )}
      <section aria-label="most-failed items">
        <h2>Most-failed items</h2>
        {failed.length === 0 ? (
          <p class="muted">No one has rated an item Again yet.</p>
        ) : (
          <ol class="failed-list">
            {failed.map((item) => (
              <li key={item.itemId} class="failed">
                <p class="breadcrumb">{item.context.join(' › ')}</p>
                <p class="failed-prompt">{item.prompt}</p>
                <p class="muted small">
                  {item.answer} · <strong>{item.fails}</strong> of {item.reviews} answers failed, by{' '}
                  {item.students} {item.students === 1 ? 'student' : 'students'}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
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
