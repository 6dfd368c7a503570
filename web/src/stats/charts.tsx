/** The two charts of the Stats page, with their axes: a review heatmap and a forecast of reviews due. */
import type { ApiStats } from '../types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// One letter each, so 26 weeks fit a phone's width with the latest week in view.
const WEEKDAYS = ['', 'M', '', 'W', '', 'F', ''];

function level(count: number, max: number): number {
  if (count === 0) return 0;
  return Math.min(4, Math.ceil((count / Math.max(max, 1)) * 4));
}

const monthOf = (day: string): number => Number(day.slice(5, 7)) - 1;

/** Month names over the week columns where a month starts (or the first column). */
function monthLabels(days: ApiStats['heatmap'], offset: number): { column: number; label: string }[] {
  const labels: { column: number; label: string }[] = [];
  let previous = -1;
  days.forEach((d, index) => {
    const column = Math.floor((index + offset) / 7);
    const month = monthOf(d.day);
    if (month !== previous && (labels.at(-1)?.column ?? -2) < column - 1) {
      labels.push({ column, label: MONTHS[month] ?? '' });
    }
    previous = month;
  });
  return labels;
}

/** Reviews per day, one column per week (Sunday on top), months above, weekdays on the left, a legend below. */
export function Heatmap({ days }: { days: ApiStats['heatmap'] }) {
  const max = Math.max(0, ...days.map((d) => d.count));
  const offset = new Date(`${days[0]?.day ?? '2000-01-01'}T00:00:00Z`).getUTCDay();
  const columns = Math.ceil((offset + days.length) / 7);
  return (
    <figure class="chart heat-chart">
      <div class="heat-grid" style={{ '--weeks': String(columns) }}>
        <div class="heat-months" aria-hidden="true">
          {monthLabels(days, offset).map(({ column, label }) => (
            <span key={`${column}-${label}`} style={{ gridColumn: `${column + 1} / span 3` }}>
              {label}
            </span>
          ))}
        </div>
        <div class="heat-weekdays" aria-hidden="true">
          {WEEKDAYS.map((name, row) => (
            <span key={`${row}-${name}`}>{name}</span>
          ))}
        </div>
        <div
          class="heatmap"
          role="img"
          aria-label={`reviews per day, last ${columns} weeks, at most ${max} a day`}
        >
          {Array.from({ length: offset }, (_, i) => (
            <span key={`pad-${i}`} class="heat-pad" />
          ))}
          {days.map((d) => (
            <span key={d.day} class={`cell l${level(d.count, max)}`} title={`${d.day}: ${d.count} reviews`} />
          ))}
        </div>
      </div>
      <figcaption class="legend">
        Reviews per day · less
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} class={`swatch l${l}`} aria-hidden="true" />
        ))}
        more{max > 0 ? ` (busiest day: ${max})` : ''}
      </figcaption>
    </figure>
  );
}

/** Reviews due per day for the next days: a count scale on the left, dates under the bars. */
export function Forecast({ days }: { days: ApiStats['forecast30'] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const ticks = [0, 7, 14, 21, days.length - 1].filter((i, n, all) => i >= 0 && all.indexOf(i) === n);
  const dateLabel = (i: number): string => (i === 0 ? 'today' : (days[i]?.day.slice(5) ?? ''));
  return (
    <figure class="chart forecast-chart">
      <div class="forecast-body">
        <div class="forecast-scale" aria-hidden="true">
          <span>{max}</span>
          <span>{max > 1 ? Math.round(max / 2) : ''}</span>
          <span>0</span>
        </div>
        <div class="forecast" role="img" aria-label={`reviews due per day, next ${days.length} days`}>
          {days.map((d) => (
            <span
              key={d.day}
              class="bar"
              title={`${d.day}: ${d.count} due`}
              style={{ height: `${(d.count / max) * 100}%` }}
            />
          ))}
        </div>
        <div class="forecast-dates" aria-hidden="true" style={{ '--days': String(days.length) }}>
          {ticks.map((i) => (
            <span key={i} style={{ gridColumn: `${i + 1}` }}>
              {dateLabel(i)}
            </span>
          ))}
        </div>
      </div>
      <figcaption class="legend">Reviews due per day (month-day), next {days.length} days</figcaption>
    </figure>
  );
}
