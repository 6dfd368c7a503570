/** The recollect web app: a hash router over the six pages, with a top navigation bar. */
import { render } from 'preact';
import { adoptToken } from './api';
import { isCurrent, NAV, Page } from './app-pages';
import { listenForVaultChanges, useRoute } from './hooks';
import { StudyPage } from './pages/Study';
import './styles.css';

function App({ hasToken }: { hasToken: boolean }) {
  const route = useRoute();
  const section = `/${route.split(/[/?]/)[1] ?? ''}`;
  return (
    <>
      <nav class="top">
        <span class="brand">recollect</span>
        {NAV.map(([href, label]) => (
          <a key={href} href={`#${href}`} aria-current={isCurrent(section, href) ? 'page' : undefined}>
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
        <Page route={route} study={<StudyPage />} />
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
