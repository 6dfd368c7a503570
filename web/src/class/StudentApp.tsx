/**
 * A student's app in one class: the local app's pages (Browse, Notes, Timeline, Arguments, Stats, an item, a
 * note) behind the same `#/…` routes, pointed at the class's copy of the API (`/api/classes/:id/…`, the
 * student's own cards, log and settings), plus the class's study page and the student's settings.
 */

import { useEffect, useRef } from 'preact/hooks';
import { configureApi } from '../api';
import { isCurrent, NAV, Page } from '../app-pages';
import { useRoute } from '../hooks';
import { csrfHeaders } from './api';
import { SettingsPage } from './Settings';
import { ClassStudyPage } from './Study';

const SECTIONS = [...NAV, ['/settings', 'Settings']] as const;

export function StudentApp({ classId }: { classId: string }) {
  configureApi({ base: `/api/classes/${encodeURIComponent(classId)}`, changeHeaders: csrfHeaders });
  const route = useRoute();
  const section = `/${route.split(/[/?]/)[1] ?? ''}`;
  const nav = useRef<HTMLElement>(null);
  // On a phone the row scrolls sideways: keep the current page's link in sight (Settings is past the edge).
  useEffect(() => {
    const current = nav.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (nav.current && current) nav.current.scrollLeft = current.offsetLeft - nav.current.clientWidth / 3;
  }, [section]);
  return (
    <>
      <nav class="sections" aria-label="pages" ref={nav}>
        {SECTIONS.map(([href, label]) => (
          <a key={href} href={`#${href}`} aria-current={isCurrent(section, href) ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      <Page
        route={route}
        study={<ClassStudyPage classId={classId} />}
        extra={{ '/settings': <SettingsPage /> }}
      />
    </>
  );
}
