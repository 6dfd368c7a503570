/**
 * The parts of generated items that a flashcard needs separately: the definition inside a reverse prompt, and
 * the instruction, shown events and dated answers of an order drill. Item text is the generator's wording, so
 * each reader falls back to the whole prompt or answer when the wording is not the one it knows.
 */
import { TRAILING_HINT } from '../generate/hint.js';
import type { Item } from '../generate/item.js';

const REVERSE_PROMPTS: readonly RegExp[] = [/^Which term means: (.+)\?$/s, /^(.+?) →$/s];

/**
 * The definition a reverse item asks about ("Which term means: X?" or "X →" → X), if its prompt is one of those.
 * The term's hint after the question ("… X? (first letter: F)") is not part of it: the reversed card shows the
 * definition as the answer to the term.
 */
export function definitionOf(prompt: string): string | undefined {
  const question = prompt.trim().replace(TRAILING_HINT, '');
  for (const pattern of REVERSE_PROMPTS) {
    const definition = pattern.exec(question)?.[1]?.trim();
    if (definition) return definition;
  }
  return undefined;
}

/** An order drill split into what the front and the back show. */
export interface OrderDrill {
  /** The instruction without the events ("Put in chronological order:"). */
  readonly instruction: string;
  /** The events in the order the front shows them (never the right order when they differ). */
  readonly shown: readonly string[];
  /** The events in the right order, each with its date when the answer gives it ("NATO was founded (1949)"). */
  readonly ordered: readonly string[];
}

/** The parts of an order item; undefined when it has no events. */
export function orderDrill(
  item: Item,
  shuffle: (events: readonly string[]) => string[],
): OrderDrill | undefined {
  const events = item.choices ?? [];
  if (events.length === 0) return undefined;
  const answers = item.answer.split(' → ');
  const ordered = answers.length === events.length ? answers.map((a) => a.trim()) : events;
  const listed = listedEvents(item.prompt, events);
  if (listed) return { instruction: listed.instruction, shown: listed.shown, ordered };
  return { instruction: item.prompt, shown: shuffle(events), ordered };
}

/** "Put in chronological order: B; A; C" → the instruction and B, A, C, when those are exactly the events. */
function listedEvents(
  prompt: string,
  events: readonly string[],
): { instruction: string; shown: string[] } | undefined {
  const colon = prompt.indexOf(': ');
  if (colon < 0) return undefined;
  const shown = prompt.slice(colon + 2).split('; ');
  const sameEvents = [...shown].sort().join('\n') === [...events].sort().join('\n');
  return sameEvents ? { instruction: prompt.slice(0, colon + 1), shown } : undefined;
}
