import { createHash } from 'node:crypto';
import { hintAfter } from '../generate/hint.js';
import type { Item, SourceRef } from '../generate/item.js';
import { definitionOf, orderDrill } from './item-parts.js';
import { escapeHtml, htmlList } from './text.js';

/** Which recollect note type an item becomes in Anki. */
export type NoteModel = 'basic' | 'reversed' | 'cloze';

/** The two sides of a card, as Anki field HTML or as plain text (CSV). */
export interface CardSides {
  readonly model: NoteModel;
  /** Front (Basic) or Text with `{{c1::…}}` (Cloze). */
  readonly front: string;
  /** Back (Basic) or Extra (Cloze). */
  readonly back: string;
}

const BLANK = /_{3,}/;

/** Anki field HTML for an item, following the kind → note type mapping of docs/anki-format.md. */
export function ankiSides(item: Item): CardSides {
  switch (item.kind) {
    case 'cloze':
    case 'explicit':
      return clozeSides(item) ?? basic(escapeHtml(item.prompt), escapeHtml(item.answer));
    case 'reverse': {
      // Both cards of a reversed note must read as a question and its answer: definition ⇄ term.
      const definition = definitionOf(item.prompt);
      if (!definition) return basic(escapeHtml(item.prompt), escapeHtml(item.answer));
      return { model: 'reversed', front: escapeHtml(definition), back: escapeHtml(item.answer) };
    }
    case 'choice':
      return basic(escapeHtml(item.prompt) + htmlList(item.choices ?? [], 'ol'), escapeHtml(item.answer));
    case 'order': {
      const drill = orderDrill(item, (events) => shuffled(events, item.id));
      if (!drill) return basic(escapeHtml(item.prompt), escapeHtml(item.answer));
      return basic(
        escapeHtml(drill.instruction) + htmlList(drill.shown, 'ul'),
        htmlList(drill.ordered, 'ol'),
      );
    }
    case 'argument':
      return basic(escapeHtml(item.prompt), escapeHtml(item.answer) + htmlList(item.checklist ?? [], 'ul'));
    default:
      return basic(escapeHtml(item.prompt), escapeHtml(item.answer));
  }
}

/** Plain-text sides for CSV: the same content as the Anki fields, without HTML. */
export function plainSides(item: Item): { front: string; back: string } {
  const lines = (entries: readonly string[], numbered: boolean) =>
    entries.map((entry, i) => (numbered ? `${i + 1}. ${entry}` : `- ${entry}`)).join('\n');
  switch (item.kind) {
    case 'choice':
      return { front: `${item.prompt}\n${lines(item.choices ?? [], true)}`, back: item.answer };
    case 'order': {
      const drill = orderDrill(item, (events) => shuffled(events, item.id));
      if (!drill) return { front: item.prompt, back: item.answer };
      return {
        front: `${drill.instruction}\n${lines(drill.shown, false)}`,
        back: lines(drill.ordered, true),
      };
    }
    case 'argument': {
      const checklist = item.checklist ?? [];
      const back = checklist.length > 0 ? `${item.answer}\n${lines(checklist, false)}` : item.answer;
      return { front: item.prompt, back };
    }
    default:
      return { front: item.prompt, back: item.answer };
  }
}

function basic(front: string, back: string): CardSides {
  return { model: 'basic', front, back };
}

/** `{{c1::answer}}` where the prompt shows its blank; undefined when the prompt has no blank. */
function clozeSides(item: Item): CardSides | undefined {
  const match = BLANK.exec(item.prompt);
  if (!match) return undefined;
  const before = item.prompt.slice(0, match.index);
  const blankEnd = match.index + match[0].length;
  // The hint after the blank ("___ (2 words: W, S)") becomes Anki's own cloze hint, shown in the blank's place.
  const hint = hintAfter(item.prompt, blankEnd);
  const after = hint ? `${hint.quotes}${item.prompt.slice(hint.end)}` : item.prompt.slice(blankEnd);
  const hinted = hint ? `::${clozeSafe(escapeHtml(hint.text))}` : '';
  const text = `${escapeHtml(before)}{{c1::${clozeSafe(escapeHtml(item.answer))}${hinted}}}${escapeHtml(after)}`;
  return { model: 'cloze', front: text, back: '' };
}

// `::` would start a hint (a zero-width space keeps it literal), and so would a final `:` before the hint's `::`. Braces are written as character references:
// `}}` inside the answer, or a `}` just before the closing `}}`, would otherwise end the deletion early.
function clozeSafe(answerHtml: string): string {
  return (
    answerHtml
      .replace(/::/g, ':\u200b:')
      // A colon at the end would join the `::` of a hint after it ("Preamble:" + "::hint" → ":::").
      .replace(/:$/, ':\u200b')
      .replace(/[{}]/g, (brace) => (brace === '{' ? '&#123;' : '&#125;'))
  );
}

/** Events in a deterministic, item-specific order that differs from the right one (when it can). */
export function shuffled(entries: readonly string[], seed: string): string[] {
  const out = [...entries];
  let state = createHash('sha1').update(seed).digest().readUInt32BE(0);
  const next = () => {
    // xorshift32: tiny, deterministic, good enough to mix a handful of events.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  if (out.length > 1 && out.every((entry, i) => entry === entries[i])) out.push(out.shift()!);
  return out;
}

/** The context breadcrumb as field HTML. */
export function breadcrumbHtml(context: readonly string[]): string {
  return context.map(escapeHtml).join(' › ');
}

/** `obsidian://open?vault=…&file=…` for a note (path without `.md`). */
export function obsidianUrl(vaultName: string, source: SourceRef): string {
  const file = source.path.replace(/\.md$/i, '');
  return `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(file)}`;
}

/** The Source field: a link that opens the note in Obsidian, labelled `path:line`. */
export function sourceLinkHtml(vaultName: string, source: SourceRef): string {
  const href = escapeHtml(obsidianUrl(vaultName, source));
  return `<a href="${href}">${escapeHtml(`${source.path}:${source.line}`)}</a>`;
}
