/**
 * Runs one measure in its own process and prints its result as one JSON line (peak RSS included).
 * Used by bench/run.ts: `node --import tsx bench/measure-child.ts <measure> '<args json>'`.
 */
import { MEASURES, type MeasureArgs } from './measures.js';

async function main(): Promise<void> {
  const [name, json] = process.argv.slice(2);
  const measure = name ? MEASURES[name] : undefined;
  if (!measure || !json) throw new Error(`usage: measure-child <${Object.keys(MEASURES).join('|')}> <args>`);
  const result = await measure(JSON.parse(json) as MeasureArgs);
  // maxRSS is in kilobytes: the peak of this whole process (module loading included).
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\n${JSON.stringify({ ...result, peakRssMb })}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
