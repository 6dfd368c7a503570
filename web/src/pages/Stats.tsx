/** Stats: review heatmap, 30-day forecast, retention, streak, counts by kind, mastery per note. */
import { Failure, Loading, ShareBar } from '../components';
import { useJson } from '../hooks';
import { noteHref } from '../links';
import { Forecast, Heatmap } from '../stats/charts';
import type { ApiStats } from '../types';

export function StatsPage() {
  const stats = useJson<ApiStats>('/api/stats');
  if (stats.error) return <Failure message={stats.error} />;
  if (!stats.data) return <Loading />;
  const s = stats.data;
  const rate = s.trueRetention.rate;
  return (
    <div class="stats">
      <h1>Stats</h1>
      <dl class="numbers">
        <div>
          <dt>Due today</dt>
          <dd>{s.dueToday}</dd>
        </div>
        <div>
          <dt>New available</dt>
          <dd>{s.newAvailable}</dd>
        </div>
        <div>
          <dt>Retention (30 days)</dt>
          <dd>{rate === null ? '–' : `${Math.round(rate * 100)}%`}</dd>
        </div>
        <div>
          <dt>Streak</dt>
          <dd>{s.streak === 1 ? '1 day' : `${s.streak} days`}</dd>
        </div>
      </dl>
      <h2>Reviews</h2>
      <Heatmap days={s.heatmap} />
      <h2>Forecast</h2>
      <Forecast days={s.forecast30} />
      <p class="muted small">
        Next 30 days: {s.forecast30.reduce((sum, d) => sum + d.count, 0)} reviews due.
      </p>
      <h2>Items by kind</h2>
      <table class="counts">
        <tbody>
          {Object.entries(s.countsByKind).map(([kind, count]) => (
            <tr key={kind}>
              <td>
                <span class={`kind kind-${kind}`}>{kind}</span>
              </td>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Mastery per note</h2>
      <table class="mastery">
        <tbody>
          {s.mastery.map((m) => (
            <tr key={m.notePath}>
              <td>
                <a href={noteHref(m.notePath)}>{s.noteTitles[m.notePath] ?? m.notePath}</a>
              </td>
              <td>
                {m.mastered}/{m.items}
              </td>
              <td>
                <ShareBar share={m.share} label={`${Math.round(m.share * 100)}%`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
