/**
 * Keyboard input for the study loop. On a terminal: raw-mode keypresses (node:readline emitKeypressEvents),
 * with typed lines echoed by us. Otherwise: one command per line, so a session can be scripted through a pipe.
 */
import { createInterface, emitKeypressEvents } from 'node:readline';

/** A key name: a printable character (`1`, `q`, ` `), `enter`, `backspace`, or `eof` when input ended. */
export type Key = string;

export interface StudyInput {
  /** The next key (terminal) or command line (pipe). */
  key(): Promise<Key>;
  /** A line of text (the student's typed answer); null when input ended. */
  line(prompt: string): Promise<string | null>;
  close(): void;
}

/** Waits for values pushed by an event source, in order. */
class Queue<T> {
  readonly #items: T[] = [];
  readonly #waiting: ((value: T) => void)[] = [];
  push(value: T): void {
    const waiter = this.#waiting.shift();
    if (waiter) waiter(value);
    else this.#items.push(value);
  }
  take(): Promise<T> {
    const item = this.#items.shift();
    if (item !== undefined) return Promise.resolve(item);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
}

interface KeypressInfo {
  readonly name?: string;
  readonly ctrl?: boolean;
  readonly sequence?: string;
}

/** Raw-mode keys from a terminal; `write` echoes what is typed into a line. */
export function terminalInput(stdin: NodeJS.ReadStream, write: (text: string) => void): StudyInput {
  const keys = new Queue<Key>();
  emitKeypressEvents(stdin);
  stdin.setRawMode(true);
  const onKey = (text: string | undefined, info: KeypressInfo | undefined): void => {
    if (info?.ctrl && (info.name === 'c' || info.name === 'd')) keys.push('eof');
    else if (info?.name === 'return' || info?.name === 'enter') keys.push('enter');
    else if (info?.name === 'backspace') keys.push('backspace');
    else if (info?.name === 'space') keys.push(' ');
    else if (text !== undefined && text.length === 1 && text >= ' ') keys.push(text);
  };
  stdin.on('keypress', onKey);
  stdin.resume();
  return {
    key: () => keys.take(),
    async line(prompt) {
      write(prompt);
      let text = '';
      for (;;) {
        const key = await keys.take();
        if (key === 'eof') return null;
        if (key === 'enter') {
          write('\n');
          return text;
        }
        if (key === 'backspace') {
          if (text.length > 0) write('\b \b');
          text = text.slice(0, -1);
        } else {
          text += key;
          write(key);
        }
      }
    },
    close() {
      stdin.off('keypress', onKey);
      stdin.setRawMode(false);
      stdin.pause();
    },
  };
}

/** Named commands a script may use instead of a bare key. */
const SCRIPT_WORDS: Readonly<Record<string, Key>> = {
  '': 'enter',
  enter: 'enter',
  space: ' ',
  reveal: ' ',
  quit: 'q',
  undo: 'u',
  suspend: 's',
  source: 'e',
  type: 't',
};

/** One command per line from a pipe or file; `write` echoes each so a transcript reads like a session. */
export function lineInput(stdin: NodeJS.ReadableStream, write: (text: string) => void): StudyInput {
  const lines = new Queue<string | null>();
  const reader = createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  reader.on('line', (line) => lines.push(line));
  reader.on('close', () => lines.push(null));
  let ended = false;
  const next = async (): Promise<string | null> => {
    if (ended) return null;
    const line = await lines.take();
    if (line === null) ended = true;
    return line;
  };
  return {
    async key() {
      const line = await next();
      if (line === null) return 'eof';
      const word = line.trim().toLowerCase();
      return SCRIPT_WORDS[word] ?? word;
    },
    async line(prompt) {
      write(prompt);
      const line = await next();
      if (line !== null) write(`${line}\n`);
      return line;
    },
    close: () => reader.close(),
  };
}
