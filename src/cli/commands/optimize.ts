/** `recollect optimize`: fit FSRS parameters to the student's own review log and use them from now on. */
import type { Command, CommandInput } from '../command.js';
import { createStyle, useColour } from '../format.js';
import type { Io } from '../io.js';
import { openStudy, STUDY_OPTIONS } from '../tui/options.js';

export const optimize: Command = {
  name: 'optimize',
  summary: 'fit the scheduler to your own review history',
  args: '[vault]',
  description:
    'Fits the FSRS memory-model parameters to the review log of the vault once there is enough history\n' +
    '(400 reviews and 50 items reviewed on two or more days), shows the log loss before and after (lower\n' +
    'predicts your memory better), and stores the parameters; study uses them from then on.',
  maxPositionals: 1,
  options: { data: STUDY_OPTIONS.data },
  examples: ['recollect optimize examples'],
  run: runOptimize,
};

async function runOptimize(input: CommandInput, io: Io): Promise<number> {
  const vault = input.positionals[0] ?? '.';
  const [{ optimizeFromLog }, service] = await Promise.all([
    import('../../study/optimize-log.js'),
    openStudy(vault, input.values),
  ]);
  try {
    const result = await optimizeFromLog(service);
    const style = createStyle(useColour(io));
    io.out(
      `Fitted to ${result.reviews} reviews of ${result.itemsWithHistory} items with history.\n` +
        `Log loss: ${result.logLossBefore.toFixed(4)} before → ${result.logLossAfter.toFixed(4)} after.\n`,
    );
    if (result.saved) {
      io.out(style.green('Saved: study now schedules with the fitted parameters.\n'));
    } else {
      io.out('The fitted parameters predict your reviews no better; the current ones are kept.\n');
    }
  } finally {
    await service.close();
  }
  return 0;
}
