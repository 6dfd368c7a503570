/** `recollect stats`: due counts, forecast, reviews per day, true retention, streak and mastery per note. */
import type { StudyStats } from '../../schedule/index.js';
import type { Command, CommandInput } from '../command.js';
import { createStyle, plural, type Style, useColour } from '../format.js';
import type { Io } from '../io.js';
import { existingDatabase, noDatabaseYet, openStudy, STUDY_OPTIONS, studyClock } from '../tui/options.js';

export const stats: Command = {
  name: 'stats',
  summary: 'show study statistics: due items, forecast, retention, streak',
  args: '[vault]',
  description:
    'Prints what is due today and in the next 7 days, reviews per day over the last 30 days, true retention\n' +
    '(share of reviews not answered Again), the study streak, and how much of each note is mastered\n' +
    '(items with a memory stability of 21 days or more). Reads the study database; run scan or study first.',
  maxPositionals: 1,
  options: {
    json: { type: 'boolean', description: 'print the statistics as JSON on stdout' },
    ...STUDY_OPTIONS,
  },
  examples: ['recollect stats examples', 'recollect stats . --json'],
  run: runStats,
};

async function runStats(input: CommandInput, io: Io): Promise<number> {
  const vault = input.positionals[0] ?? '.';
  const clock = studyClock(input.values, io);
  // Statistics only read: without a database there is nothing to show, and nothing is created.
  const database = await existingDatabase(vault, input.values);
  if (!database.exists) {
    io.out(noDatabaseYet(database.file));
    return 0;
  }
  const service = await openStudy(vault, input.values);
  try {
    const result = await service.stats(clock());
    if (input.values.json === true) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else io.out(formatStats(result, createStyle(useColour(io))));
  } finally {
    await service.close();
  }
  return 0;
}

const BAR_WIDTH = 30;

/** A bar of `count` scaled to the largest count, at least one block for any non-zero count. */
function bar(count: number, max: number): string {
  if (count === 0 || max === 0) return '';
  return '█'.repeat(Math.max(1, Math.round((count / max) * BAR_WIDTH)));
}

/** True retention counts only answers to items already learned (review phase); say so when there are none. */
function retentionText(s: StudyStats): string {
  const r = s.trueRetention;
  if (r.rate !== null) return `${Math.round(r.rate * 100)}% (${r.passed} of ${r.reviews} reviews)`;
  const reviews = s.reviewsPerDay.reduce((sum, day) => sum + day.count, 0);
  if (reviews === 0) return 'no reviews yet';
  return (
    `none yet: it counts answers to items already learned, and your ${plural(reviews, 'review')} so far ` +
    'were of new or still-learning items'
  );
}

/** The human layout of `recollect stats`. */
export function formatStats(s: StudyStats, style: Style): string {
  const lines = [style.bold(`Study day ${s.today}`)];
  lines.push(`Due today: ${s.dueToday}   New available: ${s.newAvailable}`);
  lines.push(`Next 7 days: ${s.forecast7.map((d) => `${d.day.slice(5)} ${d.count}`).join(' · ')}`);
  lines.push('', style.bold('Reviews per day (last 30 days)'));
  const max = Math.max(0, ...s.reviewsPerDay.map((d) => d.count));
  for (const day of s.reviewsPerDay) {
    lines.push(`  ${day.day.slice(5)} ${String(day.count).padStart(4)} ${style.cyan(bar(day.count, max))}`);
  }
  const retention = retentionText(s);
  lines.push('', `True retention (30 days): ${retention}`);
  lines.push(`Streak: ${plural(s.streak, 'day')}`);
  lines.push('', style.bold('Mastery by note'));
  if (s.mastery.length === 0) lines.push('  no items yet');
  const width = Math.max(0, ...s.mastery.map((m) => m.notePath.length));
  for (const m of s.mastery) {
    const share = `${Math.round(m.share * 100)}%`.padStart(4);
    lines.push(
      `  ${m.notePath.padEnd(width)}  ${share}  ${style.dim(`${m.mastered} of ${m.items} mastered`)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
