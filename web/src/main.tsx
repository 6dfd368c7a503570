/** The recollect web app: a hash router over the six pages, with a top navigation bar. */
import { render } from 'preact';
import { adoptToken } from './api';
import { listenForVaultChanges, useRoute } from './hooks';
import { ArgumentsPage } from './pages/Arguments';
import { BrowsePage } from './pages/Browse';
import { ItemPage } from './pages/Item';
import { NotePage, NotesPage } from './pages/Notes';
import { StatsPage } from './pages/Stats';
import { StudyPage } from './pages/Study';
import { TimelinePage } from './pages/Timeline';
import './styles.css';

const NAV = [
  ['/study', 'Study'],
  ['/browse', 'Browse'],
  ['/notes', 'Notes'],
  ['/timeline', 'Timeline'],
  ['/arguments', 'Arguments'],
  ['/stats', 'Stats'],
] as const;

function Page({ route }: { route: string }) {
  const [path = '', search = ''] = route.split('?');
  const params = new URLSearchParams(search);
  if (path.startsWith('/item/')) return <ItemPage id={path.slice('/item/'.length)} />;
  if (path.startsWith('/note/')) return <NotePage path={path.slice('/note/'.length)} />;
  switch (path) {
    case '/browse':
      return <BrowsePage params={params} />;
    case '/notes':
      return <NotesPage />;
    case '/timeline':
      return <TimelinePage note={params.get('note') ?? ''} tag={params.get('tag') ?? ''} />;
    case '/arguments':
      return <ArgumentsPage />;
    case '/stats':
      return <StatsPage />;
    default:
      return <StudyPage />;
  }
}

function App({ hasToken }: { hasToken: boolean }) {
  const route = useRoute();
  const section = `/${route.split(/[/?]/)[1] ?? ''}`;
  return (
    <>
      <nav class="top">
        <span class="brand">recollect</span>
        {NAV.map(([href, label]) => (
          <a
            key={href}
            href={`#${href}`}
            aria-current={section === href || (href === '/notes' && section === '/note') ? 'page' : undefined}
          >
            {label}
          </a>
        ))}
      </nav>
      {!hasToken && (
        <p class="warning">
          This page was opened without its launch link, so answers cannot be saved. Open the link printed by{' '}
          <code>recollect serve</code>.
        </p>
      )}
      <main>
        <Page route={route} />
      </main>
    </>
  );
}

const hasToken = adoptToken() !== null;
// A launch link pasted into an open tab changes only the fragment, which does not reload the page: take the
// new token and start again, so an answer kept from before a restart of the server is sent with it.
window.addEventListener('hashchange', () => {
  if (/token=/.test(location.hash)) {
    adoptToken();
    location.reload();
  }
});
listenForVaultChanges();
render(<App hasToken={hasToken} />, document.getElementById('app')!);
