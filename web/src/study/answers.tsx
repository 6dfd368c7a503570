/** The ways to answer an item before it is revealed: typing, choosing, ordering, arguing. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useKeys } from '../hooks';
import type { ApiItem } from '../types';

/** Items whose answer is short enough to type. */
export function isTypedItem(item: ApiItem): boolean {
  return ['cloze', 'qa', 'date', 'reverse', 'explicit'].includes(item.kind) && item.answer.length <= 40;
}

/** A stable shuffle (same item, same order), so reloading the page does not reshuffle the events. */
export function shuffled(id: string, values: readonly string[]): string[] {
  const score = (text: string): number => {
    let hash = 2166136261;
    for (const char of id + text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    return hash >>> 0;
  };
  return [...values].sort((a, b) => score(a) - score(b));
}

/**
 * The answer box, focused for typing. Keys keep working from it: Enter checks, Space in the empty box shows the
 * answer (an answer never starts with a space), Esc leaves the box so u, s and o work.
 */
export function TypedAnswer({
  onSubmit,
  onReveal,
}: {
  onSubmit: (typed: string) => void;
  onReveal: () => void;
}) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="typed"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(text);
      }}
    >
      <input
        ref={input}
        aria-label="your answer"
        placeholder="Your answer (Enter checks)"
        title="Enter checks the answer; Space in the empty box just reveals it"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.currentTarget.blur();
          if (event.key === ' ' && text === '') {
            event.preventDefault();
            onReveal();
          }
        }}
        autocomplete="off"
      />
      <button type="submit">Check</button>
      <p class="muted small">
        <kbd>Enter</kbd> checks · <kbd>Space</kbd> in the empty box shows the answer · <kbd>Esc</kbd> leaves
        the box for the keys <kbd>u</kbd> <kbd>s</kbd> <kbd>o</kbd>
      </p>
    </form>
  );
}

export function ChoiceAnswer({
  choices,
  onChoose,
}: {
  choices: readonly string[];
  onChoose: (c: string) => void;
}) {
  useKeys(
    (event) => {
      const choice = choices[Number(event.key) - 1];
      if (choice !== undefined) onChoose(choice);
    },
    [choices, onChoose],
  );
  return (
    <ol class="choices">
      {choices.map((choice, index) => (
        <li key={choice}>
          <button type="button" onClick={() => onChoose(choice)}>
            <kbd>{index + 1}</kbd> {choice}
          </button>
        </li>
      ))}
    </ol>
  );
}

export function OrderAnswer({ item, onOrder }: { item: ApiItem; onOrder: (order: string[]) => void }) {
  return <OrderPicker seed={item.id} events={item.choices ?? []} onOrder={onOrder} />;
}

/**
 * Events shown in a stable shuffled order (by `seed`), picked earliest first with the mouse or keys 1–n;
 * Backspace takes back the last pick. Calls `onOrder` once every event is picked.
 */
export function OrderPicker({
  seed,
  events,
  onOrder,
}: {
  seed: string;
  events: readonly string[];
  onOrder: (order: string[]) => void;
}) {
  const shown = shuffled(seed, events);
  const [picked, setPickedState] = useState<string[]>([]);
  // Keys can arrive faster than the key listener is renewed after a render: read picks from a ref, not a closure.
  const latest = useRef<string[]>([]);
  const setPicked = (next: string[]): void => {
    latest.current = next;
    setPickedState(next);
  };
  const pick = (event: string): void => {
    if (latest.current.includes(event) || latest.current.length === shown.length) return;
    const next = [...latest.current, event];
    setPicked(next);
    if (next.length === shown.length) onOrder(next);
  };
  useKeys(
    (event) => {
      if (event.key === 'Backspace') setPicked(latest.current.slice(0, -1));
      const choice = shown[Number(event.key) - 1];
      if (choice !== undefined) pick(choice);
    },
    [shown.join('\n'), onOrder],
  );
  return (
    <div class="order">
      <p class="muted small">
        Pick the events from earliest to latest (keys 1–{shown.length}, Backspace undoes a pick).
      </p>
      <ol class="choices">
        {shown.map((event, index) => (
          <li key={event}>
            <button type="button" disabled={picked.includes(event)} onClick={() => pick(event)}>
              <kbd>{index + 1}</kbd> {event}
              {picked.includes(event) && <span class="badge">#{picked.indexOf(event) + 1}</span>}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ArgumentAnswer({ onSubmit }: { onSubmit: (typed: string) => void }) {
  const [text, setText] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  return (
    <form
      class="argument"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(text);
      }}
    >
      <textarea
        ref={area}
        aria-label="your argument"
        rows={6}
        placeholder="Write your argument: claims and evidence. Ctrl+Enter to compare with the model."
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSubmit(text);
          if (event.key === 'Escape') event.currentTarget.blur();
        }}
      />
      <button type="submit">Compare with the model</button>
    </form>
  );
}
