import Database from 'better-sqlite3';
import type { CollectionPlan } from './anki-plan.js';
import { SCHEMA_11_SQL } from './anki-schema.js';

// New rows are marked "not yet synced" (usn -1), as Anki does for local changes.
const LOCAL_USN = -1;

/** Writes a schema-11 `collection.anki2` at `dbPath` (a new file) from a plan. */
export function writeCollection(dbPath: string, plan: CollectionPlan): void {
  const db = new Database(dbPath);
  try {
    db.exec(SCHEMA_11_SQL);
    const insertCol = db.prepare(
      `insert into col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)
       values (1, @crt, @mod, @scm, @ver, 0, 0, 0, @conf, @models, @decks, @dconf, '{}')`,
    );
    const insertNote = db.prepare(
      `insert into notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
       values (@id, @guid, @mid, @mod, ${LOCAL_USN}, @tags, @flds, @sfld, @csum, 0, '')`,
    );
    const insertCard = db.prepare(
      `insert into cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left,
                          odue, odid, flags, data)
       values (@id, @nid, @did, @ord, @mod, ${LOCAL_USN}, @type, @queue, @due, @ivl, @factor, @reps, @lapses,
               @left, 0, 0, 0, @data)`,
    );
    const insertRevlog = db.prepare(
      `insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)
       values (@id, @cid, ${LOCAL_USN}, @ease, @ivl, @lastIvl, @factor, @time, @type)`,
    );
    db.transaction(() => {
      insertCol.run(plan.col);
      for (const note of plan.notes) insertNote.run(note);
      for (const card of plan.cards) insertCard.run(card);
      for (const row of plan.revlog) insertRevlog.run(row);
    })();
  } finally {
    db.close();
  }
}
