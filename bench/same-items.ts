/**
 * Byte-identity check for performance work: the whole build of a vault (items, ids, prompts, answers, order,
 * events, problems, every assessment and rejection) written as JSON, so two commits can be compared byte for byte.
 *
 *   node --import tsx bench/same-items.ts --vault DIR --out FILE [--threads N] [--memory FILE]
 *
 * `--threads 0` builds in this thread, `--threads N` on N worker threads; `--memory FILE` uses (and fills) the
 * tagger's memory at FILE (pos-memory/), so runs with an empty memory and with a full one can be compared too.
 * No clock: a note is never cut off for taking long, so a loaded machine gives the same output.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { scanVault } from '../src/vault/index.js';
import { buildDeckOnWorkers } from '../src/workers/build-pool.js';

const { values } = parseArgs({
  options: {
    vault: { type: 'string' },
    out: { type: 'string' },
    threads: { type: 'string', default: '0' },
    memory: { type: 'string' },
  },
});
if (!values.vault || !values.out) {
  process.stderr.write('usage: same-items.ts --vault DIR --out FILE [--threads N] [--memory FILE]\n');
  process.exit(2);
}

const started = performance.now();
const { files, problems } = await scanVault(values.vault);
const built = await buildDeckOnWorkers(files, {
  vault: 'vault',
  problems,
  threads: Number(values.threads),
  ...(values.memory ? { tagMemory: values.memory } : {}),
});
const ms = performance.now() - started;
const output = {
  deck: built.deck,
  assessments: built.deck.items.map((item) => [item.id, built.assessments.get(item.id)]),
  rejections: built.rejections,
  people: [...built.people],
};
writeFileSync(values.out, `${JSON.stringify(output, null, 1)}\n`);
process.stderr.write(
  `${values.vault}: ${built.deck.notes} notes, ${built.deck.items.length} items, ${built.rejections.length} rejections, ${Math.round(ms)} ms\n`,
);
