/**
 * The class server's web app: the server has already checked the page's access rule before sending it, so
 * the app only picks the page from the path: /, /classes, /classes/:id/study (a student's app: the local app's
 * pages behind `#/…` over the class's API), /classes/:id/teach.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Failure, Loading } from '../components';
import '../styles.css';
import './class.css';
import { go, me, type Person, post } from './api';
import { ClassesPage } from './Classes';
import { StartPage } from './Start';
import { StudentApp } from './StudentApp';
import { TeachPage } from './Teach';

function Page({ person }: { person: Person | null }) {
  const path = location.pathname;
  const match = /^\/classes\/([^/]+)\/(study|teach)$/.exec(path);
  if (match?.[1] && person) {
    const classId = decodeURIComponent(match[1]);
    return match[2] === 'study' ? <StudentApp classId={classId} /> : <TeachPage classId={classId} />;
  }
  if (path === '/classes' && person) return <ClassesPage person={person} />;
  return <StartPage person={person} />;
}

function App() {
  const [person, setPerson] = useState<Person | null | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    me().then(setPerson, (failure: Error) => setError(failure.message));
  }, []);
  const logOut = async () => {
    await post('/api/logout');
    go('/');
  };
  return (
    <>
      <nav class="top">
        <a class="brand" href={person ? '/classes' : '/'}>
          recollect
        </a>
        {person && (
          <>
            <a href="/classes" aria-current={location.pathname === '/classes' ? 'page' : undefined}>
              Classes
            </a>
            <span class="who muted small">{person.name}</span>
            <button type="button" class="link" onClick={logOut}>
              Sign out
            </button>
          </>
        )}
      </nav>
      <main class="class-app">
        {error ? <Failure message={error} /> : person === undefined ? <Loading /> : <Page person={person} />}
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
