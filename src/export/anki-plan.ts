import { posix } from 'node:path';
import type { Item } from '../generate/item.js';
import { confJson, DEFAULT_DECK_ID, dconfJson, decksJson, MODEL_IDS, modelsJson } from './anki-models.js';
import {
  type CardColumns,
  collectionCreationSecs,
  newCardColumns,
  revlogColumns,
  scheduledCardColumns,
} from './anki-schedule.js';
import { SCHEMA_VERSION } from './anki-schema.js';
import { ankiSides, breadcrumbHtml, sourceLinkHtml } from './card-content.js';
import { fieldChecksum, IdAllocator, noteGuid } from './ids.js';
import type { ItemScheduling, SchedulingByItem } from './scheduling.js';
import { ankiTags, stripHtml } from './text.js';

/** Options of the `.apkg` writer. */
export interface AnkiExportOptions {
  /** Obsidian vault name, for the `obsidian://open?vault=…` source links. */
  readonly vaultName: string;
  /** Root deck; folder decks go under it (`recollect::History::USSR`). Default `recollect`. */
  readonly deckName?: string | undefined;
  /** Export time: `mod` columns and `col.crt`. */
  readonly now: Date;
  /** When given, cards carry this state and the review log (`--with-scheduling`); otherwise all are new. */
  readonly scheduling?: SchedulingByItem | undefined;
  /** When each item was first seen (the study database's `created_at`), for ids that are creation times. */
  readonly firstSeen?: ReadonlyMap<string, Date> | undefined;
}

export interface ColRow {
  readonly crt: number;
  readonly mod: number;
  readonly scm: number;
  readonly ver: number;
  readonly conf: string;
  readonly models: string;
  readonly decks: string;
  readonly dconf: string;
}
export interface NoteRow {
  readonly id: number;
  readonly guid: string;
  readonly mid: number;
  readonly mod: number;
  readonly tags: string;
  readonly flds: string;
  readonly sfld: string;
  readonly csum: number;
}
export interface CardRow extends CardColumns {
  readonly id: number;
  readonly nid: number;
  readonly did: number;
  readonly ord: number;
  readonly mod: number;
}
export interface RevlogRow {
  readonly id: number;
  readonly cid: number;
  readonly ease: number;
  readonly ivl: number;
  readonly lastIvl: number;
  readonly factor: number;
  readonly time: number;
  readonly type: number;
}

/** Every row of the collection, ready to insert. */
export interface CollectionPlan {
  readonly col: ColRow;
  readonly notes: readonly NoteRow[];
  readonly cards: readonly CardRow[];
  readonly revlog: readonly RevlogRow[];
}

export const DEFAULT_ROOT_DECK = 'recollect';
const FIELD_SEPARATOR = '\x1f';

/** The deck of a note: the root deck, then one level per folder of the note's path. */
export function deckNameFor(root: string, notePath: string): string {
  const folder = posix.dirname(notePath.replace(/\\/g, '/'));
  const parts = folder === '.' ? [] : folder.split('/').filter((part) => part && part !== '.');
  // `::` separates deck levels in Anki, so it may not appear inside one level.
  return [root, ...parts].map((part) => part.replace(/::/g, ':').trim() || '_').join('::');
}

/** Every deck name with all its parents, sorted, mapped to a stable id. */
function planDecks(names: Iterable<string>, ids: IdAllocator): Map<string, number> {
  const all = new Set<string>();
  for (const name of names) {
    const parts = name.split('::');
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join('::'));
  }
  return new Map([...all].sort().map((name) => [name, ids.take(`deck:${name}`)]));
}

/** Plans the rows of a schema-11 collection for `items` (items with a repeated id are kept once). */
export function planCollection(items: readonly Item[], options: AnkiExportOptions): CollectionPlan {
  const unique = [...new Map(items.map((item) => [item.id, item] as const)).values()];
  const root = options.deckName?.trim() || DEFAULT_ROOT_DECK;
  const nowSecs = Math.floor(options.now.getTime() / 1000);
  const scheduling = options.scheduling;
  const crt = collectionCreationSecs(options.now, scheduling?.values());
  const ids = new IdAllocator();
  const firstSeen = (item: Item) => options.firstSeen?.get(item.id);
  ids.claim(DEFAULT_DECK_ID);
  const decks = planDecks(
    unique.map((item) => deckNameFor(root, item.source.path)),
    ids,
  );
  const notes: NoteRow[] = [];
  const cards: CardRow[] = [];
  const revlog: RevlogRow[] = [];
  const context: CardContext = { crt, now: options.now, nowSecs, ids, revlogIds: new IdAllocator() };
  unique.forEach((item, index) => {
    const note = noteRow(item, options.vaultName, nowSecs, ids, firstSeen(item));
    notes.push(note);
    const did = decks.get(deckNameFor(root, item.source.path)) ?? DEFAULT_DECK_ID;
    const cardsOut = { cards, revlog };
    addCards(item, note, did, index + 1, scheduling?.get(item.id), context, cardsOut, firstSeen(item));
  });
  const firstDeck = decks.get(root) ?? DEFAULT_DECK_ID;
  const col: ColRow = {
    crt,
    mod: options.now.getTime(),
    scm: options.now.getTime(),
    ver: SCHEMA_VERSION,
    conf: JSON.stringify(confJson(firstDeck, notes.length + 1)),
    models: JSON.stringify(modelsJson(nowSecs)),
    decks: JSON.stringify(decksJson(decks, nowSecs)),
    dconf: JSON.stringify(dconfJson()),
  };
  return { col, notes, cards, revlog };
}

interface CardContext {
  readonly crt: number;
  readonly now: Date;
  readonly nowSecs: number;
  readonly ids: IdAllocator;
  readonly revlogIds: IdAllocator;
}

/** The cards of one note (two for a reversed item); scheduling and the review log go to the first card. */
function addCards(
  item: Item,
  note: NoteRow,
  did: number,
  position: number,
  itemScheduling: ItemScheduling | undefined,
  context: CardContext,
  out: { cards: CardRow[]; revlog: RevlogRow[] },
  firstSeen: Date | undefined,
): void {
  const ords = note.mid === MODEL_IDS.reversed ? [0, 1] : [0];
  for (const ord of ords) {
    const scheduled = itemScheduling && ord === 0 ? itemScheduling : undefined;
    const columns = scheduled
      ? scheduledCardColumns(scheduled, position, context.crt, context.now)
      : newCardColumns(position);
    const id = context.ids.take(`card:${item.id}:${ord}`, firstSeen);
    out.cards.push({ id, nid: note.id, did, ord, mod: context.nowSecs, ...columns });
    for (const { reviewedAtMs, ...rest } of scheduled ? revlogColumns(scheduled.reviews) : []) {
      out.revlog.push({ id: context.revlogIds.claim(reviewedAtMs), cid: id, ...rest });
    }
  }
}

function noteRow(
  item: Item,
  vaultName: string,
  nowSecs: number,
  ids: IdAllocator,
  firstSeen: Date | undefined,
): NoteRow {
  const sides = ankiSides(item);
  const fields = [
    sides.front,
    sides.back,
    breadcrumbHtml(item.context),
    sourceLinkHtml(vaultName, item.source),
  ];
  const tags = ankiTags(item.tags);
  const sortField = stripHtml(sides.front);
  return {
    id: ids.take(`note:${item.id}`, firstSeen),
    guid: noteGuid(item.id),
    mid: MODEL_IDS[sides.model],
    mod: nowSecs,
    // Anki stores tags space-separated with a space at each end, so `% tag %` searches work.
    tags: tags.length > 0 ? ` ${tags.join(' ')} ` : '',
    flds: fields.join(FIELD_SEPARATOR),
    sfld: sortField,
    csum: fieldChecksum(sortField),
  };
}
