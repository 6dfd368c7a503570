/**
 * The app's pages behind the hash router (`#/browse?q=…`, `#/note/path`, `#/item/id`), shared by the local app
 * (main.tsx) and a student's app on the class server (class/StudentApp.tsx), which passes its own study page.
 */
import type { ComponentChildren } from 'preact';
import { decodeSegments } from './links';
import { ArgumentsPage } from './pages/Arguments';
import { BrowsePage } from './pages/Browse';
import { ItemPage } from './pages/Item';
import { NotePage, NotesPage } from './pages/Notes';
import { StatsPage } from './pages/Stats';
import { TimelinePage } from './pages/Timeline';

export const NAV = [
  ['/study', 'Study'],
  ['/browse', 'Browse'],
  ['/notes', 'Notes'],
  ['/timeline', 'Timeline'],
  ['/arguments', 'Arguments'],
  ['/stats', 'Stats'],
] as const;

/** Whether the navigation link `href` names the page of `section` (a note is under Notes). */
export const isCurrent = (section: string, href: string): boolean =>
  section === href || (href === '/notes' && section === '/note');

/** The page for `route`; `study` for `/study` and any route it does not know; `extra` for routes of its own. */
export function Page({
  route,
  study,
  extra = {},
}: {
  route: string;
  study: ComponentChildren;
  extra?: Readonly<Record<string, ComponentChildren>>;
}) {
  const [path = '', search = ''] = route.split('?');
  const params = new URLSearchParams(search);
  if (path.startsWith('/item/')) return <ItemPage id={decodeSegments(path.slice('/item/'.length))} />;
  if (path.startsWith('/note/')) return <NotePage path={decodeSegments(path.slice('/note/'.length))} />;
  if (extra[path] !== undefined) return <>{extra[path]}</>;
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
      return <>{study}</>;
  }
}
