/** Checks every deck must pass, whatever the notes were: shared by the property suite and the fixture child. */
import type { Deck } from '../../src/generate/item.js';
import { ITEM_KINDS } from '../../src/generate/item.js';
import type { NoteFile } from '../../src/vault/types.js';

// Markup that must never reach the student: the parser turns it into marks or drops it.
const LEFTOVER_MARKUP = ['**', '==', '[['];

/** Lines of a note as the parser counts them (a leading BOM is not a line; CRLF, CR and LF all end one). */
export function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
}

/** A note file built in memory, as `vault/` would hand it to the pipeline. */
export function noteFile(path: string, text: string): NoteFile {
  return { path, text, size: text.length, mtimeMs: 0, hash: `hash-of-${path}` };
}

/** Every way the deck breaks its JSON contract, as readable sentences; empty when the deck is well-formed. */
export function deckViolations(deck: Deck, files: readonly NoteFile[]): string[] {
  const lines = new Map(files.map((f) => [f.path, lineCount(f.text)]));
  const out: string[] = [];
  const ids = new Set<string>();
  for (const item of deck.items) {
    const where = `item ${item.id} (${item.kind}) from ${item.source.path}:${item.source.line}`;
    if (ids.has(item.id)) out.push(`${where}: duplicate id`);
    ids.add(item.id);
    if (typeof item.id !== 'string' || item.id === '') out.push(`${where}: empty id`);
    if (!ITEM_KINDS.includes(item.kind)) out.push(`${where}: unknown kind`);
    if (typeof item.prompt !== 'string' || item.prompt.trim() === '') out.push(`${where}: empty prompt`);
    if (typeof item.answer !== 'string') out.push(`${where}: answer is not text`);
    const max = lines.get(item.source.path);
    if (max === undefined) out.push(`${where}: source path is not one of the notes`);
    else if (!(item.source.line >= 1 && item.source.line <= max))
      out.push(`${where}: line outside 1..${max}`);
    for (const mark of LEFTOVER_MARKUP) {
      if (item.prompt.includes(mark)) out.push(`${where}: prompt keeps ${mark}: ${clip(item.prompt)}`);
      if (item.answer.includes(mark)) out.push(`${where}: answer keeps ${mark}: ${clip(item.answer)}`);
    }
  }
  for (const event of deck.events) {
    const max = lines.get(event.source.path);
    if (max === undefined || event.source.line < 1 || event.source.line > max)
      out.push(
        `event "${clip(event.text)}" from ${event.source.path}:${event.source.line}: line outside the note`,
      );
  }
  out.push(...notJson(deck, 'deck'));
  return out;
}

/** Values JSON would silently change or drop (the deck is written out as JSON by `cards --json`). */
function notJson(value: unknown, where: string): string[] {
  if (value === undefined || typeof value === 'function') return [`${where} is ${typeof value}`];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${where} is ${value}`];
  if (value === null || typeof value !== 'object') return [];
  if (value instanceof Set || value instanceof Map) return [`${where} is a ${value.constructor.name}`];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([key, v]) => notJson(v, `${where}.${key}`));
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
