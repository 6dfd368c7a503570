/**
 * Damaged JSON columns (review_log states, item context and tags, settings, timeline events, notes' people): `check` names each one, `--repair`
 * fixes it so a second check finds nothing, and until then every command that reads such a row says so in one
 * line naming `check --repair` instead of crashing with a stack trace.
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { later, makeVault, NOW, type TempVault } from '../study/service-fixtures.js';
import { runCli } from './cli-io.js';

let temp: TempVault;
let file: string;

beforeEach(async () => {
  temp = makeVault();
  file = join(temp.dataDir, 'recollect.db');
  const study = await temp.open();
  await study.scan(NOW);
  for (let n = 0; n < 2; n++) {
    const card = (await study.next(later(NOW, n * 1000)))!;
    await study.answer({ itemId: card.item.id, rating: 3 }, later(NOW, n * 1000));
  }
  await study.close();
});
afterEach(() => temp.remove());

function sql(text: string): void {
  const db = new BetterSqlite3(file);
  db.prepare(text).run();
  db.close();
}

const cli = (...args: string[]) =>
  runCli([...args.slice(0, 1), temp.vault, '--data', temp.dataDir, ...args.slice(1)]);
const NEXT_DAY = '2025-03-11T11:00:00Z';

describe('damaged JSON in the study database', () => {
  it('is named by check, one line per damaged value, and exits 1', async () => {
    sql('update review_log set state_after = \'{"phase":\' where id = 1');
    sql("update items set context = 'not json' where key = 1");
    sql('update items set tags = \'{"a":1}\' where key = 2');
    sql("insert into settings (key, value) values ('study.newPerDay', '[oops')");
    const run = await cli('check');
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('bad-json:'))).toEqual([
      'bad-json: items key 1: context is not valid JSON',
      'bad-json: items key 2: tags is not a list of texts',
      'bad-json: review_log row 1: state_after is not valid JSON',
      'bad-json: settings study.newPerDay: value is not valid JSON',
    ]);
  });

  it.each([
    ['stats', "update review_log set state_after = 'x' where id = 1", 'review_log row 1: state_after'],
    // A scan that builds a note reads the people of every other note (the vault pool).
    [
      'scan',
      "update notes set people = '{', size = -1, hash = '' where path = 'rivers.md'",
      'notes rivers.md: people',
    ],
    ['stats', "update items set context = 'x' where key = 1", 'items key 1: context'],
  ])('makes %s say so in one line naming check --repair', async (command, damage, where) => {
    sql(damage);
    const run = await cli(command, '--now', NEXT_DAY);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `recollect: the study database has a damaged value (${where} is not valid JSON). ` +
        "Run 'recollect check --repair' to fix it\n",
    );
  });

  it('makes the study service (serve, study) refuse with the same error, not a SyntaxError', async () => {
    sql("update items set tags = '[' where key = 3");
    const study = await temp.open();
    await expect(study.items()).rejects.toThrow(
      "the study database has a damaged value (items key 3: tags is not valid JSON). Run 'recollect check --repair' to fix it",
    );
    await expect(study.items()).rejects.toHaveProperty('name', 'DatabaseRowDamagedError');
    await study.close();
  });

  it('is fixed by check --repair, keeping every review, and a second check finds nothing', async () => {
    sql("update review_log set state_after = 'x', state_before = 'y' where id = 1");
    sql("update items set context = 'x', tags = 'y' where key = 1");
    sql("insert into settings (key, value) values ('study.newPerDay', '[oops')");
    const repaired = await cli('check', '--repair');
    expect(repaired.stdout).toContain('no problems left');
    expect(repaired.code).toBe(0);
    expect((await cli('check')).stdout).toBe(`${file}: no problems.\n`);
    const db = new BetterSqlite3(file, { readonly: true });
    expect((db.prepare('select count(*) as n from review_log').get() as { n: number }).n).toBe(2);
    db.close();
    expect((await cli('stats', '--now', NEXT_DAY)).code).toBe(0);
    const scan = await cli('scan', '--now', NEXT_DAY);
    expect(scan.stderr).toBe('');
    expect(scan.code).toBe(0);
  });

  it("names a note's damaged people, which --repair empties and the next scan writes again from the note", async () => {
    sql("update notes set people = 'x' where path = 'rivers.md'");
    const found = await cli('check');
    expect(found.code).toBe(1);
    expect(found.stdout.split('\n').filter((line) => line.startsWith('bad-json:'))).toEqual([
      'bad-json: notes rivers.md: people is not valid JSON',
    ]);
    const repaired = await cli('check', '--repair');
    expect(repaired.code).toBe(0);
    expect((await cli('check')).stdout).toBe(`${file}: no problems.\n`);
    const scan = await cli('scan', '--now', NEXT_DAY, '--json');
    expect(scan.code).toBe(0);
    expect(JSON.parse(scan.stdout)).toMatchObject({ notesParsed: 1, added: 0, retired: 0 });
    const db = new BetterSqlite3(file, { readonly: true });
    const row = db.prepare("select people from notes where path = 'rivers.md'").get() as { people: string };
    db.close();
    expect(JSON.parse(row.people)).toEqual(expect.any(Array));
  });

  it('names a damaged timeline event, which --repair drops and the next scan writes again from its note', async () => {
    sql("update events set context = 'x' where note_path = 'rivers.md'");
    const found = await cli('check');
    expect(found.code).toBe(1);
    expect(found.stdout.split('\n').filter((line) => line.startsWith('bad-json:'))).toEqual([
      'bad-json: events rivers.md#0: context is not valid JSON',
    ]);
    const refused = await cli('timeline', '--now', NEXT_DAY);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'recollect: the study database has a damaged value (events rivers.md#0: context is not valid JSON). ' +
        "Run 'recollect check --repair' to fix it\n",
    );
    const repaired = await cli('check', '--repair');
    expect(repaired.code).toBe(0);
    expect((await cli('check')).stdout).toBe(`${file}: no problems.\n`);
    const timeline = await cli('timeline', '--now', NEXT_DAY);
    expect(timeline.code).toBe(0);
    expect(timeline.stdout).toBe('1869  The Suez Canal opened  rivers.md:5\n1 event from 2 notes\n');
  });
});
