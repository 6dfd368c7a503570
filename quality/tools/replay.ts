/**
 * Replays a generation change on the stored blind ratings (quality/ratings/) before rating a new sample.
 *
 *   npx tsx quality/tools/replay.ts snapshot /tmp/before.json   # every candidate of dev + class-notes, with its fate
 *   (change the generator)
 *   npx tsx quality/tools/replay.ts snapshot /tmp/after.json
 *   npx tsx quality/tools/replay.ts diff /tmp/before.json /tmp/after.json
 *
 * `diff` lists the rated items that were kept before and are not now (and the reverse), each with its labels
 * ("OK" when the raters accepted it) and the gate or confidence reasons that dropped it, then the counts. A rule is
 * worth rating only when it drops clearly more bad labels than good. Needs ../shared/corpus (not in CI).
 *
 *   npx tsx quality/tools/replay.ts expect /tmp/after.json
 *
 * `expect` estimates the rating a snapshot would get: the sample takes a fixed quota per kind (sample.mjs), so the
 * estimate is each kind's mean acceptance over its kept items that carry labels, weighted by the items the sample
 * would take of that kind; `labelled` says how many kept items of the kind the estimate rests on.
 *
 *   npx tsx quality/tools/replay.ts labelled /tmp/after.json /tmp/labelled.json
 *
 * `labelled` writes the kept items that carry labels, each with its verdicts (true = accepted), for trying a rule
 * on them before writing it: `node -e` over the file, counting the good and bad labels a predicate would drop.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeck } from '../../src/pipeline.js';
import { scanVault } from '../../src/vault/index.js';

const VAULTS = { dev: '../shared/corpus/dev', class: '../shared/corpus/class-notes' } as const;
const RATINGS = 'quality/ratings';
const CRITERIA = ['formed', 'answerable', 'correct', 'single', 'worth'] as const;

interface Candidate {
  vault: string;
  path: string;
  kind: string;
  prompt: string;
  answer: string;
  status: string;
  why: string;
  /** The line of the note the item was made from (kept items only). */
  line?: number;
  /** The confidence of a kept item. */
  score?: number;
  /** The breadcrumb shown with a kept item. */
  context?: readonly string[];
}

/**
 * Rated items are matched by vault, note, prompt and answer ("Which term means: A …" as "a …"; a cloze with or
 * without its hint, "___ (2 words: M, P)", and a reverse item with or without "? (first letter: D)" as the same
 * item: ratings before 77547eb and f510e6c have no hints).
 */
const keyOf = (vault: string, path: string, prompt: string, answer: string) =>
  `${vault}|${path}|${prompt
    .replace(/^Which term means: (A|An|The)\b/, (_m, a: string) => `Which term means: ${a.toLowerCase()}`)
    .replace(/(_{3,}['"’”]*) \((?:first letter: [^\s),]+|\d+ words: [^)]+)\)/u, '$1')
    .replace(/(\?) \((?:first letter: [^\s),]+|\d+ words: [^)]+)\)$/u, '$1')}|${answer}`;

async function snapshot(out: string): Promise<void> {
  const rows: Candidate[] = [];
  for (const [vault, dir] of Object.entries(VAULTS)) {
    const { files } = await scanVault(dir);
    const built = buildDeck(files, { vault });
    for (const item of built.deck.items) {
      const assessment = built.assessments.get(item.id);
      const reasons = assessment?.reasons ?? [];
      rows.push({
        vault,
        path: item.source.path,
        kind: item.kind,
        prompt: item.prompt,
        answer: item.answer,
        status: 'kept',
        why: reasons.join('; '),
        line: item.source.line,
        context: item.context,
        ...(assessment ? { score: assessment.score } : {}),
      });
    }
    for (const r of built.rejections)
      rows.push({
        vault,
        path: r.source.path,
        kind: r.kind,
        prompt: r.prompt,
        answer: r.answer,
        status: r.gate,
        why: r.reason,
      });
  }
  writeFileSync(out, JSON.stringify(rows));
  console.log(`${rows.length} candidates → ${out}`);
}

function labels(): Map<string, boolean[]> {
  const out = new Map<string, boolean[]>();
  for (const run of readdirSync(RATINGS)) {
    const dir = join(RATINGS, run);
    const vault = run.includes('class') ? 'class' : 'dev';
    // experiments/ holds A/B ratings of both vaults (docs/quality.md), not samples of one vault's items.
    if (!existsSync(join(dir, 'key.json'))) continue;
    const key = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')) as {
      n: number;
      path: string;
      prompt: string;
      answer: string;
    }[];
    const byN = new Map(key.map((k) => [k.n, k]));
    for (const file of readdirSync(dir).filter((f) => /^ratings\d\.jsonl$/.test(f)))
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const rating = JSON.parse(line) as Record<string, unknown> & { n: number };
        const item = byN.get(rating.n);
        if (!item) continue;
        const k = keyOf(vault, item.path, item.prompt, String(item.answer));
        out.set(k, [...(out.get(k) ?? []), CRITERIA.every((c) => rating[c] === true)]);
      }
  }
  return out;
}

function diff(beforeFile: string, afterFile: string): void {
  const load = (f: string) => {
    const m = new Map<string, Candidate>();
    for (const c of JSON.parse(readFileSync(f, 'utf8')) as Candidate[]) {
      const k = keyOf(c.vault, c.path, c.prompt, c.answer);
      if (!m.has(k) || c.status === 'kept') m.set(k, c);
    }
    return m;
  };
  const before = load(beforeFile);
  const after = load(afterFile);
  const count = { dropped: [0, 0], added: [0, 0] };
  for (const [k, verdicts] of labels()) {
    const was = before.get(k)?.status === 'kept';
    const now = after.get(k)?.status === 'kept';
    if (was === now) continue;
    const good = verdicts.filter(Boolean).length;
    const side = was ? count.dropped : count.added;
    side[0]! += good;
    side[1]! += verdicts.length - good;
    const c = (now ? after.get(k) : before.get(k))!;
    const why = now
      ? 'now kept'
      : after.get(k)
        ? `${after.get(k)!.status}: ${after.get(k)!.why}`
        : 'no longer made';
    console.log(
      `${was ? '-' : '+'} ${good}/${verdicts.length} OK  ${c.kind} ${c.vault} | ${c.prompt.slice(0, 100)} → ${c.answer.slice(0, 40)}\n      ${why.slice(0, 160)}`,
    );
  }
  console.log(
    `dropped: ${count.dropped[0]} good and ${count.dropped[1]} bad labels; added: ${count.added[0]} good and ${count.added[1]} bad`,
  );
}

/** The sample's quota per kind (../shared/tools/rate/sample.mjs); the rest of its 150 is drawn from what is left. */
const QUOTA: Record<string, number> = {
  cloze: 40,
  qa: 40,
  choice: 20,
  date: 15,
  reverse: 10,
  order: 10,
  argument: 10,
  explicit: 5,
};
const SAMPLE = 150;

function expect(file: string): void {
  const verdicts = labels();
  const kept = (JSON.parse(readFileSync(file, 'utf8')) as Candidate[]).filter((c) => c.status === 'kept');
  for (const vault of Object.keys(VAULTS)) {
    const byKind = new Map<string, { items: number; labelled: number; accepted: number }>();
    for (const c of kept.filter((k) => k.vault === vault)) {
      const row = byKind.get(c.kind) ?? { items: 0, labelled: 0, accepted: 0 };
      row.items += 1;
      const v = verdicts.get(keyOf(c.vault, c.path, c.prompt, c.answer));
      if (v?.length) {
        row.labelled += 1;
        row.accepted += v.filter(Boolean).length / v.length;
      }
      byKind.set(c.kind, row);
    }
    const quota = new Map([...byKind].map(([k, r]) => [k, Math.min(r.items, QUOTA[k] ?? 0)]));
    const taken = [...quota.values()].reduce((a, b) => a + b, 0);
    const left = [...byKind].reduce((a, [k, r]) => a + r.items - quota.get(k)!, 0);
    let sum = 0;
    let weight = 0;
    const parts: string[] = [];
    for (const [k, r] of byKind) {
      const extra = left > 0 ? ((SAMPLE - taken) * (r.items - quota.get(k)!)) / left : 0;
      const n = quota.get(k)! + Math.max(0, extra);
      const mean = r.labelled ? r.accepted / r.labelled : 0;
      if (r.labelled) {
        sum += n * mean;
        weight += n;
      }
      parts.push(
        `${k} ${(100 * mean).toFixed(0)} % (${r.labelled}/${r.items} labelled, ${n.toFixed(1)} sampled)`,
      );
    }
    console.log(`${vault}: expected ${((100 * sum) / weight).toFixed(1)} %  ·  ${parts.join(' · ')}`);
  }
}

function labelled(file: string, out: string): void {
  const verdicts = labels();
  const rows = (JSON.parse(readFileSync(file, 'utf8')) as Candidate[])
    .filter((c) => c.status === 'kept')
    .flatMap((c) => {
      const v = verdicts.get(keyOf(c.vault, c.path, c.prompt, c.answer));
      return v?.length ? [{ ...c, verdicts: v }] : [];
    });
  writeFileSync(out, JSON.stringify(rows));
  console.log(`${rows.length} labelled kept items → ${out}`);
}

const [command, a, b] = process.argv.slice(2);
if (command === 'snapshot' && a) await snapshot(a);
else if (command === 'labelled' && a && b) labelled(a, b);
else if (command === 'expect' && a) expect(a);
else if (command === 'diff' && a && b) diff(a, b);
else {
  console.error(
    'usage: replay.ts snapshot OUT.json | diff BEFORE.json AFTER.json | expect SNAPSHOT.json | labelled SNAPSHOT.json OUT.json',
  );
  process.exitCode = 2;
}
