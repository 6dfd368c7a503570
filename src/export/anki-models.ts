import type { NoteModel } from './card-content.js';

/**
 * The JSON kept in `col.models`, `col.decks`, `col.dconf` and `col.conf` (Anki schema 11). Field names and
 * shapes follow what Anki 2.1 writes (compared with Anki's own test `.apkg` files, see docs/anki-format.md).
 */

/** Fixed note type ids: Anki matches note types by id on import, so they must never change. */
export const MODEL_IDS: Readonly<Record<NoteModel, number>> = {
  basic: 1_733_000_000_001,
  reversed: 1_733_000_000_002,
  cloze: 1_733_000_000_003,
};

export const MODEL_NAMES: Readonly<Record<NoteModel, string>> = {
  basic: 'recollect Basic',
  reversed: 'recollect Basic (and reversed)',
  cloze: 'recollect Cloze',
};

/** Field names per note type, in field order; the first is the sort field. */
export const MODEL_FIELDS: Readonly<Record<NoteModel, readonly string[]>> = {
  basic: ['Front', 'Back', 'Context', 'Source'],
  reversed: ['Front', 'Back', 'Context', 'Source'],
  cloze: ['Text', 'Extra', 'Context', 'Source'],
};

export const DEFAULT_DECK_ID = 1;
const DEFAULT_CONF_ID = 1;

const CSS = `.card {
 font-family: arial;
 font-size: 20px;
 text-align: center;
 color: black;
 background-color: white;
}
.context { font-size: 14px; color: #777; margin-bottom: 12px; }
.source { font-size: 12px; margin-top: 16px; }
ol, ul { display: inline-block; text-align: left; }
.cloze { font-weight: bold; color: blue; }
`;

// The breadcrumb is shown only with the side it belongs to, so a card needs its own field (Anki's `req`
// "all [field]") and an empty Front or Back never makes a card of breadcrumb alone.
const contextIf = (field: string) => `{{#${field}}}<div class="context">{{Context}}</div>\n{{/${field}}}`;
const SOURCE = '\n<div class="source">{{Source}}</div>';
const LATEX_PRE =
  '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
  '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';

interface Template {
  readonly name: string;
  readonly qfmt: string;
  readonly afmt: string;
}

function templatesOf(model: NoteModel): Template[] {
  const card1: Template = {
    name: 'Card 1',
    qfmt: `${contextIf('Front')}{{Front}}`,
    afmt: `{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}${SOURCE}`,
  };
  if (model === 'basic') return [card1];
  if (model === 'reversed') {
    const card2 = {
      name: 'Card 2',
      qfmt: `${contextIf('Back')}{{Back}}`,
      afmt: `{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}${SOURCE}`,
    };
    return [card1, card2];
  }
  return [
    {
      name: 'Cloze',
      qfmt: `${contextIf('Text')}{{cloze:Text}}`,
      afmt: `${contextIf('Text')}{{cloze:Text}}<br>\n{{Extra}}${SOURCE}`,
    },
  ];
}

/** One note type in schema-11 JSON. */
function modelJson(model: NoteModel, modSecs: number): Record<string, unknown> {
  const id = MODEL_IDS[model];
  const tmpls = templatesOf(model).map((t, ord) => ({ ...t, ord, did: null, bqfmt: '', bafmt: '' }));
  const flds = MODEL_FIELDS[model].map((name, ord) => ({
    name,
    ord,
    sticky: false,
    rtl: false,
    font: 'Arial',
    size: 20,
    media: [],
  }));
  // `req` lists which fields a standard card needs, as Anki 2.1 computes it from the templates (checked against
  // Anki's own `_updateRequired` in test/export/anki-reader.test.ts); cloze note types have none.
  const req = model === 'cloze' ? undefined : tmpls.map((_, ord) => [ord, 'all', [ord]]);
  return {
    id: String(id),
    name: MODEL_NAMES[model],
    type: model === 'cloze' ? 1 : 0,
    mod: modSecs,
    usn: -1,
    sortf: 0,
    did: DEFAULT_DECK_ID,
    tmpls,
    flds,
    css: CSS,
    latexPre: LATEX_PRE,
    latexPost: '\\end{document}',
    tags: [],
    vers: [],
    ...(req ? { req } : {}),
  };
}

/** `col.models`: the three recollect note types, keyed by id. */
export function modelsJson(modSecs: number): Record<string, Record<string, unknown>> {
  const models: Record<string, Record<string, unknown>> = {};
  for (const model of ['basic', 'reversed', 'cloze'] as const)
    models[String(MODEL_IDS[model])] = modelJson(model, modSecs);
  return models;
}

/** One normal deck in schema-11 JSON. */
function deckJson(id: number, name: string, modSecs: number): Record<string, unknown> {
  return {
    id,
    name,
    mod: modSecs,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: DEFAULT_CONF_ID,
    extendNew: 0,
    extendRev: 0,
  };
}

/** `col.decks`: the Default deck (id 1, which Anki requires) plus the given decks. */
export function decksJson(decks: ReadonlyMap<string, number>, modSecs: number): Record<string, unknown> {
  const out: Record<string, unknown> = { [DEFAULT_DECK_ID]: deckJson(DEFAULT_DECK_ID, 'Default', modSecs) };
  for (const [name, id] of decks) out[String(id)] = deckJson(id, name, modSecs);
  return out;
}

/** `col.dconf`: Anki's default deck options (id 1). */
export function dconfJson(): Record<string, unknown> {
  return {
    [DEFAULT_CONF_ID]: {
      id: DEFAULT_CONF_ID,
      name: 'Default',
      mod: 0,
      usn: 0,
      dyn: false,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
      rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2, fuzz: 0.05 },
      lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    },
  };
}

/** `col.conf`: collection settings. `schedVer: 2` because card types/queues are written the v2/v3 way. */
export function confJson(firstDeckId: number, nextPos: number): Record<string, unknown> {
  return {
    activeDecks: [firstDeckId],
    curDeck: firstDeckId,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: String(MODEL_IDS.basic),
    nextPos,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
    schedVer: 2,
  };
}
