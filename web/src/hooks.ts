/** Small shared hooks: the hash route, live vault changes, and loading JSON. */
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { get } from './api';

/**
 * The part of the address after `#`, e.g. `/browse?q=cell`, as written: each page decodes its own part (a note's
 * path segment by segment, a query by `URLSearchParams`), so an encoded "?" or "%" in a file name stays in it.
 */
export function useRoute(): string {
  const read = (): string => location.hash.replace(/^#/, '') || '/study';
  const [route, setRoute] = useState(read);
  useLayoutEffect(() => {
    const update = (): void => setRoute(read());
    window.addEventListener('hashchange', update);
    // The address may have changed between the first render and now: a change then fired no listener.
    update();
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

let vaultVersion = 0;
const listeners = new Set<(version: number) => void>();

/** Opens the server's event stream once; each vault change bumps the version every page watches. */
export function listenForVaultChanges(): void {
  const source = new EventSource('/api/events');
  source.addEventListener('vault-changed', () => {
    vaultVersion += 1;
    for (const listener of listeners) listener(vaultVersion);
  });
}

/** A number that grows each time the vault changes (pages reload their data when it does). */
export function useVaultVersion(): number {
  const [version, setVersion] = useState(vaultVersion);
  useLayoutEffect(() => {
    listeners.add(setVersion);
    // A change announced between the first render and now reached no listener: catch up.
    setVersion(vaultVersion);
    return () => {
      listeners.delete(setVersion);
    };
  }, []);
  return version;
}

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: string | undefined;
  readonly reload: () => void;
}

/** Fetches `path` (again when it or the vault changes). */
export function useJson<T>(path: string): Loaded<T> {
  const version = useVaultVersion();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    get<T>(path).then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(undefined);
      },
      (failure: Error) => {
        if (live) setError(failure.message);
      },
    );
    return () => {
      live = false;
    };
  }, [path, version, tick]);
  return { data, error, reload: useCallback(() => setTick((t) => t + 1), []) };
}

/**
 * Calls `handler` for key presses outside text fields (keyboard-first pages). The listener is attached as
 * the page renders (a layout effect), not after the next paint: a key pressed the moment a question or a
 * drill round appears is not lost. Enter and Space on a button or link the student tabbed to are that control's
 * own: tabbing to "Again" and pressing Enter grades Again, not the suggested grade as well.
 */
export function useKeys(handler: (event: KeyboardEvent) => void, deps: readonly unknown[]): void {
  useLayoutEffect(() => {
    watchPointerFocus();
    const listener = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (target && (event.key === 'Enter' || event.key === ' ') && activatesOnKey(target)) {
        // Tabbed to: the key presses it. Focused by a click earlier: the key is the shortcut's, and the control is
        // not pressed as well.
        if (!focusedByPointer(target)) return;
        event.preventDefault();
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      handler(event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, deps);
}

/** A control that Enter or Space presses by itself (a button, a link, a summary, an element acting as one). */
function activatesOnKey(element: HTMLElement): boolean {
  if (/^(BUTTON|A|SUMMARY)$/.test(element.tagName)) return true;
  const role = element.getAttribute('role');
  return role === 'button' || role === 'link' || role === 'checkbox' || role === 'radio';
}

/** The control the last pointer press landed on, until a Tab moves the focus on (`watchPointerFocus`). */
let pointerTarget: Element | null = null;
let watching = false;

/**
 * Follows how controls get the focus: a pointer press on one (mouse, touch, pen) or Tab. Chromium's
 * `:focus-visible` cannot tell: a button clicked with the mouse matches it as soon as a key is pressed.
 */
function watchPointerFocus(): void {
  if (watching) return;
  watching = true;
  window.addEventListener(
    'pointerdown',
    (event) => {
      pointerTarget = event.target instanceof Element ? event.target : null;
    },
    true,
  );
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Tab') pointerTarget = null;
    },
    true,
  );
}

function focusedByPointer(element: HTMLElement): boolean {
  return pointerTarget !== null && (pointerTarget === element || element.contains(pointerTarget));
}
