/** Small shared hooks: the hash route, live vault changes, and loading JSON. */
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { get } from './api';

/** The part of the address after `#`, e.g. `/browse?q=cell`. */
export function useRoute(): string {
  const read = (): string => decodeURI(location.hash.replace(/^#/, '')) || '/study';
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
 * drill round appears is not lost.
 */
export function useKeys(handler: (event: KeyboardEvent) => void, deps: readonly unknown[]): void {
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      handler(event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, deps);
}
