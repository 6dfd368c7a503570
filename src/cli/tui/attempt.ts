/**
 * The first half of a card: how the student attempts it before seeing the answer. Choice items take a number,
 * order and argument items open a prompt, other items can be revealed or typed (`t`) and checked.
 */
import { checkAnswer, checkArgument, checkOrder, type Grade } from '../../schedule/index.js';
import type { StudyCard } from '../../study/service.js';
import type { Style } from '../format.js';
import type { StudyInput } from './input.js';
import { formatChecklist, formatOptions, formatVerdict } from './render.js';

/** Keys that leave the card (or show its source) at any point. */
export type CardCommand = 'undo' | 'suspend' | 'quit' | 'source';

export type Attempt =
  | { readonly kind: 'attempted'; readonly suggested?: Grade; readonly typed?: string }
  | { readonly kind: 'command'; readonly command: CardCommand };

export interface AttemptIo {
  readonly input: StudyInput;
  readonly write: (text: string) => void;
  readonly style: Style;
}

const COMMANDS: Readonly<Record<string, CardCommand>> = {
  u: 'undo',
  s: 'suspend',
  q: 'quit',
  eof: 'quit',
  e: 'source',
};

/** A command key, if `key` is one. */
export function commandOf(key: string): CardCommand | undefined {
  return COMMANDS[key];
}

const command = (c: CardCommand): Attempt => ({ kind: 'command', command: c });
const revealed: Attempt = { kind: 'attempted' };

/** Runs the attempt for `card`: returns what the student did, or a command to handle. */
export function attempt(card: StudyCard, io: AttemptIo): Promise<Attempt> {
  switch (card.item.kind) {
    case 'choice':
      return attemptChoice(card, io);
    case 'order':
      return attemptOrder(card, io);
    case 'argument':
      return attemptArgument(card, io);
    default:
      return attemptRecall(card, io);
  }
}

async function attemptRecall(card: StudyCard, io: AttemptIo): Promise<Attempt> {
  for (;;) {
    const key = await io.input.key();
    const c = commandOf(key);
    if (c) return command(c);
    if (key === ' ' || key === 'enter') return revealed;
    if (key === 't') {
      const typed = await io.input.line('> ');
      if (typed === null) return command('quit');
      const check = checkAnswer(card.item.answer, typed);
      io.write(formatVerdict(check.verdict, check.suggestedRating, io.style));
      return { kind: 'attempted', suggested: check.suggestedRating, typed };
    }
  }
}

async function attemptChoice(card: StudyCard, io: AttemptIo): Promise<Attempt> {
  const options = card.item.choices ?? [];
  io.write(formatOptions(options));
  for (;;) {
    const key = await io.input.key();
    const c = commandOf(key);
    if (c) return command(c);
    if (key === ' ' || key === 'enter') return revealed;
    const chosen = /^\d$/.test(key) ? options[Number(key) - 1] : undefined;
    if (chosen !== undefined) {
      const right = chosen === card.item.answer;
      io.write(formatVerdict(right ? 'correct' : 'wrong', right ? 3 : 1, io.style));
      return { kind: 'attempted', suggested: right ? 3 : 1, typed: chosen };
    }
  }
}

/** Reads a line; a lone command letter is a command, an empty line reveals without answering. */
async function promptLine(io: AttemptIo, prompt: string): Promise<Attempt | string> {
  const line = await io.input.line(prompt);
  if (line === null) return command('quit');
  const trimmed = line.trim();
  const c = commandOf(trimmed.toLowerCase());
  if (c) return command(c);
  return trimmed === '' ? revealed : line;
}

async function attemptOrder(card: StudyCard, io: AttemptIo): Promise<Attempt> {
  const expected = card.item.choices ?? [];
  const shown = shuffledFor(card.item.id, expected);
  io.write(formatOptions(shown));
  for (;;) {
    const got = await promptLine(io, 'order> ');
    if (typeof got !== 'string') return got;
    const check = checkOrder(expected, got, shown);
    if (!check.understood) {
      io.write(io.style.dim(`type each number once, e.g. ${shown.map((_, i) => i + 1).join(' ')}\n`));
      continue;
    }
    io.write(formatVerdict(check.verdict, check.suggestedRating, io.style));
    return { kind: 'attempted', suggested: check.suggestedRating, typed: got };
  }
}

async function attemptArgument(card: StudyCard, io: AttemptIo): Promise<Attempt> {
  const first = await promptLine(io, '> ');
  if (typeof first !== 'string') return first;
  const lines = [first];
  for (;;) {
    const line = await io.input.line('> ');
    if (line === null || line.trim() === '') break;
    lines.push(line);
  }
  const typed = lines.join('\n');
  const check = checkArgument(card.item.checklist ?? [], typed);
  io.write(formatChecklist(check, io.style));
  const share = check.points.length === 0 ? 0 : check.covered.length / check.points.length;
  const suggested: Grade = share >= 0.9 ? 3 : share >= 0.5 ? 2 : 1;
  return { kind: 'attempted', suggested, typed };
}

/** The events in a fixed scrambled order (seeded by the item id), never the right order when avoidable. */
export function shuffledFor(seed: string, events: readonly string[]): string[] {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const shuffled = [...events];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
  }
  const same = shuffled.every((event, i) => event === events[i]);
  return same && events.length > 1 ? [...events.slice(1), events[0] as string] : shuffled;
}
