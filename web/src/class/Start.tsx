/**
 * The start page: sign in with email and password; a teacher's one-time link (#sign-in=…) signs in and asks
 * for a password; an invite (#join=…) makes a student account (or adds a class to one) and opens its study.
 */
import { useEffect, useState } from 'preact/hooks';
import { Failure, Loading } from '../components';
import { type ClassView, go, type Person, post } from './api';

/** Takes `#name=TOKEN` from the address, then removes it from the address bar (and the history). */
function takeFromHash(name: string): string | null {
  const match = new RegExp(`${name}=([A-Za-z0-9_-]+)`).exec(location.hash);
  if (!match?.[1]) return null;
  history.replaceState(null, '', location.pathname);
  return match[1];
}

const invite = takeFromHash('join');
const signInLink = invite === null ? takeFromHash('sign-in') : null;

function useSubmit(work: (form: FormData) => Promise<void>) {
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await work(new FormData(event.currentTarget as HTMLFormElement));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, onSubmit };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

function LogIn() {
  const { error, busy, onSubmit } = useSubmit(async (form) => {
    await post('/api/login', { email: text(form, 'email'), password: text(form, 'password') });
    go('/classes');
  });
  return (
    <form class="account" onSubmit={onSubmit}>
      <h1>Sign in</h1>
      <label>
        Email
        <input name="email" type="email" autocomplete="username" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autocomplete="current-password" required />
      </label>
      {error && <Failure message={error} />}
      <button type="submit" class="primary" disabled={busy}>
        Sign in
      </button>
      <p class="muted small">
        Students: open the invite link your teacher gave you to make an account. Teachers: open the sign-in
        link from the server's administrator.
      </p>
    </form>
  );
}

function Join({ token }: { token: string }) {
  const { error, busy, onSubmit } = useSubmit(async (form) => {
    const joined = await post<{ class: ClassView }>('/api/join', {
      invite: token,
      email: text(form, 'email'),
      name: text(form, 'name'),
      password: text(form, 'password'),
    });
    go(`/classes/${encodeURIComponent(joined.class.id)}/study`);
  });
  return (
    <form class="account" onSubmit={onSubmit}>
      <h1>Join the class</h1>
      <p class="muted">
        Choose a password of at least 10 characters. Already have an account here? Give its email and password
        to add this class to it.
      </p>
      <label>
        Email
        <input name="email" type="email" autocomplete="username" required />
      </label>
      <label>
        Your name
        <input name="name" autocomplete="name" maxLength={100} />
      </label>
      <label>
        Password
        <input name="password" type="password" autocomplete="new-password" minLength={10} required />
      </label>
      {error && <Failure message={error} />}
      <button type="submit" class="primary" disabled={busy}>
        Join
      </button>
    </form>
  );
}

function ChoosePassword({ person }: { person: Person }) {
  const { error, busy, onSubmit } = useSubmit(async (form) => {
    await post('/api/password', { password: text(form, 'password') });
    go('/classes');
  });
  return (
    <form class="account" onSubmit={onSubmit}>
      <h1>Welcome, {person.name}</h1>
      <p class="muted">
        Choose a password (at least 10 characters) to sign in with {person.email} from now on.
      </p>
      <input type="email" name="email" autocomplete="username" value={person.email} hidden readOnly />
      <label>
        Password
        <input name="password" type="password" autocomplete="new-password" minLength={10} required />
      </label>
      {error && <Failure message={error} />}
      <button type="submit" class="primary" disabled={busy}>
        Save the password
      </button>
    </form>
  );
}

/** Spends a teacher's one-time link, then asks for a password. */
function SignInLink({ token }: { token: string }) {
  const [person, setPerson] = useState<Person | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    post<{ person: Person }>('/api/sign-in', { token }).then(
      (reply) => setPerson(reply.person),
      (failure: Error) => setError(failure.message),
    );
  }, [token]);
  if (error)
    return (
      <>
        <Failure message={error} />
        <LogIn />
      </>
    );
  return person ? <ChoosePassword person={person} /> : <Loading />;
}

export function StartPage({ person }: { person: Person | null }) {
  if (invite !== null) return <Join token={invite} />;
  if (signInLink !== null) return <SignInLink token={signInLink} />;
  if (person) {
    go('/classes');
    return <Loading />;
  }
  return <LogIn />;
}
