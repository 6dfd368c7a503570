/**
 * Golden test over the bundled example vault. The golden file was reviewed by hand item by item when it was
 * written; after an intended change in generation, regenerate it with `UPDATE_GOLDEN=1 npx vitest run
 * test/golden` and review the diff before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/pipeline.js';
import { scanVault } from '../../src/vault/index.js';

const examples = fileURLToPath(new URL('../../examples', import.meta.url));
const goldenPath = fileURLToPath(new URL('./examples.golden.json', import.meta.url));

async function deck() {
  const scan = await scanVault(examples);
  return buildDeck(scan.files, { vault: 'examples', problems: scan.problems }).deck;
}

describe('the example vault', () => {
  it('gives the reviewed items', async () => {
    const d = await deck();
    const summary = d.items.map((i) => ({
      at: `${i.source.path}:${i.source.line}`,
      kind: i.kind,
      prompt: i.prompt,
      answer: i.answer,
    }));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, `${JSON.stringify(summary, null, 1)}\n`);
    // A missing golden file is a failure, never a pass: deleting it must not make the test green.
    expect(existsSync(goldenPath)).toBe(true);
    expect(summary).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });

  it('is deterministic: two runs give the same items, ids and order', async () => {
    const [a, b] = [await deck(), await deck()];
    expect(b.items).toEqual(a.items);
    expect(b.events).toEqual(a.events);
  });

  it('reads every note, with no problems, and gives every note items', async () => {
    const d = await deck();
    expect(d.problems).toEqual([]);
    expect(d.notes).toBe(7);
    const withItems = new Set(d.items.map((i) => i.source.path));
    expect(withItems.size).toBe(7);
  });

  it('has unique ids and clean, sourced items', async () => {
    const d = await deck();
    expect(new Set(d.items.map((i) => i.id)).size).toBe(d.items.length);
    for (const item of d.items) {
      expect(item.prompt).not.toMatch(/\*\*|==|\[\[|\]\]/);
      expect(item.answer).not.toMatch(/\*\*|==|\[\[|\]\]/);
      expect(item.source.line).toBeGreaterThanOrEqual(1);
      expect(item.context[0]).toBeTruthy();
    }
  });

  it('lists timeline events in chronological order', async () => {
    const d = await deck();
    const years = d.events.map((e) => Number(/^-?\d+/.exec(e.sortKey)?.[0]));
    expect(years).toEqual([...years].sort((x, y) => x - y));
    expect(d.events.length).toBeGreaterThan(10);
  });
});
