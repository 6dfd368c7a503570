import { closeSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../src/store/check.js';
import { LATEST_VERSION } from '../../src/store/migrations.js';
import { later, makeVault, NOW, type TempVault } from '../study/service-fixtures.js';
import { runCli } from './cli-io.js';

let temp: TempVault;
let file: string;

/** A scanned vault with three answered items; returns the item ids answered. */
async function studiedVault(): Promise<string[]> {
  const study = await temp.open();
  await study.scan(NOW);
  const answered: string[] = [];
  for (let n = 0; n < 3; n++) {
    const card = await study.next(later(NOW, n * 1000));
    if (!card) throw new Error('expected an item to study');
    await study.answer({ itemId: card.item.id, rating: 3 }, later(NOW, n * 1000));
    answered.push(card.item.id);
  }
  await study.close();
  return answered;
}

/** Opens the file as a careless tool would: foreign keys off, so it can leave orphans behind. */
function damage(sqlText: string, ...params: unknown[]): void {
  const db = new BetterSqlite3(file);
  db.pragma('foreign_keys = OFF');
  db.prepare(sqlText).run(...params);
  db.close();
}

function count(table: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  const row = db.prepare(`select count(*) as n from ${table}`).get() as { n: number };
  db.close();
  return row.n;
}

beforeEach(() => {
  temp = makeVault();
  file = join(temp.dataDir, 'recollect.db');
});
afterEach(() => temp.remove());

/** Writes garbage over every page of `table`: the file still opens, but reading that table fails ("malformed"). */
function garblePages(table: string): void {
  const db = new BetterSqlite3(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.prepare('select pageno from dbstat where name = ?').all(table) as { pageno: number }[];
  db.close();
  expect(pages.length).toBeGreaterThan(0);
  const fd = openSync(file, 'r+');
  for (const { pageno } of pages)
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (pageno - 1) * pageSize);
  closeSync(fd);
}

const check = (...flags: string[]) => runCli(['check', temp.vault, '--data', temp.dataDir, ...flags]);

describe('recollect check', () => {
  it('finds nothing wrong in a database that recollect itself wrote, and exits 0', async () => {
    await studiedVault();
    const run = await check();
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${file}: no problems.\n`);
  });

  it('says there is nothing to check before the first scan', async () => {
    const run = await check();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No study database');
  });

  it('reports each damage on its own line and exits 1', async () => {
    const [first, second] = await studiedVault();
    damage('update cards set stability = -2 where item_key = (select key from items where id = ?)', first);
    damage("update cards set phase = 'limbo' where item_key = (select key from items where id = ?)", second);
    damage("insert into item_aliases values ('gone-id', 999)");
    damage("delete from notes where path = 'rivers.md'");
    // How many items the generator makes of rivers.md is the generator's business; each is reported.
    const db = new BetterSqlite3(file, { readonly: true });
    const { n: rivers } = db
      .prepare("select count(*) as n from items where note_path = 'rivers.md' and state = 'active'")
      .get() as { n: number };
    db.close();
    expect(rivers).toBeGreaterThan(0);
    const run = await check();
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'orphan-alias: former id gone-id points to item key 999, which no longer exists',
      `impossible-card: the card of item ${first} is impossible: stability is negative (-2)`,
      `impossible-card: the card of item ${second} is impossible: unknown phase 'limbo'`,
    ]);
    expect(lines.filter((l) => l.startsWith('vanished-note:'))).toHaveLength(rivers);
    // rivers.md has one dated line (the Suez Canal): its timeline event is left pointing at no note.
    expect(lines.filter((l) => l.startsWith('orphan-events:'))).toEqual([
      'orphan-events: 1 timeline event of rivers.md, a note the database no longer has',
    ]);
    expect(lines.at(-1)).toBe(
      `${file}: ${4 + rivers} problems. Run 'recollect check --repair' to fix what can be fixed.`,
    );
  });

  it('repairs after a backup, keeps every review, and a second run reports nothing', async () => {
    const [first] = await studiedVault();
    const before = new BetterSqlite3(file, { readonly: true });
    const goodCard = before
      .prepare('select * from cards where item_key = (select key from items where id = ?)')
      .get(first);
    before.close();
    damage('update cards set lapses = 5 where item_key = (select key from items where id = ?)', first);
    damage('delete from items where id = ?', first);
    damage("insert into item_aliases values ('gone-id', 999)");
    damage("delete from notes where path = 'rivers.md'");
    const reviews = count('review_log');

    const repair = await check('--repair', '--now', '2025-03-11T08:00:00Z');
    expect(repair.code).toBe(0);
    expect(repair.stdout).toContain('repaired: kept the reviews of item key');
    expect(repair.stdout).toContain('repaired: deleted the former id gone-id');
    expect(repair.stdout).toMatch(
      /repaired: reset the card of item key \d+ to its state after its last review/,
    );
    expect(repair.stdout).toContain(
      'repaired: deleted the timeline events of rivers.md, whose note record is gone',
    );
    expect(repair.stdout).toContain(`${file}: no problems left.`);
    expect(readdirSync(join(temp.dataDir, 'backups'))).toContain(
      `recollect-${LATEST_VERSION}-2025-03-11T08-00-00-000Z.db`,
    );
    expect(count('review_log')).toBe(reviews);
    expect(count('item_aliases')).toBe(0);

    const again = await check();
    expect(again).toEqual({ code: 0, stdout: `${file}: no problems.\n`, stderr: '' });
    // The lost item's card was kept with its reviews (under the placeholder) and rebuilt from its log.
    const after = new BetterSqlite3(file, { readonly: true });
    const kept = after.prepare(
      "select * from cards where item_key = (select key from items where id like 'lost-%')",
    );
    expect(kept.get()).toEqual(goodCard);
    after.close();
  });

  it('counts the people of every note again when the vault pool’s counts are off', async () => {
    temp.write(
      'russia.md',
      '# The Russian Revolution\n\n- Vladimir Lenin led the Bolsheviks in 1917\n- Nikolai Bukharin wrote about the economy\n',
    );
    await studiedVault();
    const counts = () => {
      const db = new BetterSqlite3(file, { readonly: true });
      const rows = db.prepare('select name, notes from note_people order by name').all();
      db.close();
      return rows;
    };
    const right = counts();
    expect(right).toContainEqual({ name: 'Nikolai Bukharin', notes: 1 });
    damage("update note_people set notes = 3 where name = 'Nikolai Bukharin'");
    damage("insert into note_people values ('Nobody At All', 2)");
    const run = await check();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("note_people: the counts of 2 names differ from the notes' people");
    const repair = await check('--repair', '--now', '2025-03-11T08:00:00Z');
    expect(repair.stdout).toContain('repaired: counted the people of every note again');
    expect(counts()).toEqual(right);
  });

  it('rebuilds an impossible card from the state logged by its last review', async () => {
    const [first] = await studiedVault();
    const key = `(select key from items where id = '${first}')`;
    const db = new BetterSqlite3(file, { readonly: true });
    const good = db.prepare(`select * from cards where item_key = ${key}`).get();
    db.close();
    damage(`update cards set difficulty = 42, due = 0 where item_key = ${key}`);
    const report = await checkDatabase(file, { repair: true, now: later(NOW, 86_400_000) });
    expect(report.repaired).toEqual([
      expect.stringMatching(/^reset the card of item key \d+ to its state after its last review$/),
    ]);
    expect(report.problems).toEqual([]);
    const after = new BetterSqlite3(file, { readonly: true });
    expect(after.prepare(`select * from cards where item_key = ${key}`).get()).toEqual(good);
    after.close();
  });

  it('names the file and the newest backup when the file is not a database at all', async () => {
    await studiedVault();
    writeFileSync(file, 'garbage '.repeat(1000));
    const run = await check('--repair');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('integrity: the file cannot be read as a database (file is not a database)');
    expect(run.stdout).toContain('These cannot be repaired here: restore a backup');
  });

  it('reads a note made after the backup again at the next scan, so its unanswered items come back too', async () => {
    let study = await temp.open();
    await study.scan(NOW);
    await study.close();
    study = await temp.open(); // the daily backup: no acids note yet
    temp.write(
      'Chem/acids.md',
      '# Acids\n\n- **Hydrochloric acid** is made in the stomach\n- **Litmus** turns red in an acid\n',
    );
    await study.scan(later(NOW, 1000));
    const acids = (await study.items()).filter((item) => item.source.path === 'Chem/acids.md');
    expect(acids.length).toBeGreaterThan(1);
    await study.answer({ itemId: acids[0]?.id ?? '', rating: 3 }, later(NOW, 2000));
    await study.close();
    garblePages('events');

    expect((await check('--repair')).stdout).toContain('copied 1 answer given since the backup');
    study = await temp.open();
    await study.scan(later(NOW, 10_000));
    const back = (await study.items({ states: ['active'] })).filter(
      (item) => item.source.path === 'Chem/acids.md',
    );
    await study.close();
    expect(back.map((item) => item.id).sort()).toEqual(acids.map((item) => item.id).sort());
  });

  it('restores the newest backup of a damaged file and copies in the answers given since, so none is lost', async () => {
    // One answer, then the next open takes the daily backup, then two more answers the backup does not hold.
    let study = await temp.open();
    await study.scan(NOW);
    const answered: string[] = [];
    const answerNext = async (at: Date): Promise<void> => {
      const card = await study.next(at);
      if (!card) throw new Error('expected an item to study');
      await study.answer({ itemId: card.item.id, rating: 3 }, at);
      answered.push(card.item.id);
    };
    await answerNext(NOW);
    await study.close();
    study = await temp.open();
    expect(readdirSync(join(temp.dataDir, 'backups'))).toHaveLength(1);
    await answerNext(later(NOW, 1000));
    await answerNext(later(NOW, 2000));
    await study.close();
    expect(count('review_log')).toBe(3);
    garblePages('notes');

    const run = await check('--repair');
    expect(run.stdout).toContain('restored the newest backup');
    expect(run.stdout).toContain('copied 2 answers given since the backup from the damaged file');
    expect(count('review_log')).toBe(3);
    // The next scan reads the notes again; every answered item is studied again with its answer.
    study = await temp.open();
    await study.scan(later(NOW, 10_000));
    for (const id of answered) {
      const detail = await study.item(id);
      expect(detail?.item.state).toBe('active');
      expect(detail?.reviews).toHaveLength(1);
      expect(detail?.card?.reps).toBe(1);
    }
    await study.close();
    expect((await check()).code).toBe(0);
  });
});
