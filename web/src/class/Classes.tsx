/** One's classes: a student opens one to study; a teacher opens one's page or creates a class. */
import { useEffect, useState } from 'preact/hooks';
import { Failure, Loading } from '../components';
import { type ClassView, get, go, type Person, post } from './api';

function NewClass() {
  const [error, setError] = useState<string | undefined>(undefined);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    try {
      const made = await post<{ class: ClassView; inviteUrl: string }>('/api/classes', {
        name: String(form.get('name') ?? ''),
      });
      // The invite is shown once, on the class's page.
      sessionStorage.setItem(`invite-${made.class.id}`, made.inviteUrl);
      go(`/classes/${encodeURIComponent(made.class.id)}/teach`);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <form class="account" onSubmit={onSubmit}>
      <h2>New class</h2>
      <label>
        Name
        <input name="name" maxLength={100} required />
      </label>
      {error && <Failure message={error} />}
      <button type="submit" class="primary">
        Create the class
      </button>
    </form>
  );
}

export function ClassesPage({ person }: { person: Person }) {
  const [classes, setClasses] = useState<ClassView[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    get<{ classes: ClassView[] }>('/api/classes').then(
      (reply) => setClasses(reply.classes),
      (failure: Error) => setError(failure.message),
    );
  }, []);
  if (error) return <Failure message={error} />;
  if (!classes) return <Loading />;
  return (
    <>
      <h1>Your classes</h1>
      {classes.length === 0 && (
        <p class="muted">
          {person.role === 'teacher' ? 'No classes yet: create one below.' : 'You are in no class yet.'}
        </p>
      )}
      <ul class="class-list">
        {classes.map((cls) => (
          <li key={cls.id}>
            <a href={`/classes/${encodeURIComponent(cls.id)}/${cls.role === 'teacher' ? 'teach' : 'study'}`}>
              {cls.name}
            </a>
            <span class="muted small">{cls.role === 'teacher' ? 'you teach it' : 'study'}</span>
          </li>
        ))}
      </ul>
      {person.role === 'teacher' && <NewClass />}
    </>
  );
}
