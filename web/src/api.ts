/**
 * Calls to the recollect API: JSON in and out, the launch token on every state change. The class server serves
 * the same API per class (`/api/classes/:id/…`) and checks a CSRF token instead: `configureApi` says so.
 */
const TOKEN_KEY = 'recollect-token';

interface ApiConfig {
  /** Replaces `/api` at the start of every path. */
  readonly base: string;
  /** Headers that prove a change comes from our own page. */
  readonly changeHeaders: () => Promise<Record<string, string>>;
}

let config: ApiConfig = {
  base: '/api',
  changeHeaders: async () => ({ 'x-recollect-token': localStorage.getItem(TOKEN_KEY) ?? '' }),
};

/** Points the pages at another copy of the API (the class server's, for one class). */
export function configureApi(next: ApiConfig): void {
  config = next;
}

const url = (path: string): string => (path.startsWith('/api/') ? `${config.base}${path.slice(4)}` : path);

/** Takes the token from a `#token=…` link (then removes it from the address bar) or from storage. */
export function adoptToken(): string | null {
  const match = /token=([0-9a-f]+)/.exec(location.hash);
  if (match?.[1]) {
    localStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', `${location.pathname}#/study`);
  }
  return localStorage.getItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function parse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new ApiError(body.error ?? `request failed (${response.status})`, response.status);
  return body as T;
}

/** GET a JSON resource. */
export async function get<T>(path: string): Promise<T> {
  return parse<T>(await fetch(url(path), { headers: { accept: 'application/json' } }));
}

/** POST JSON; the token (or CSRF) header proves the request comes from our own page. */
export async function post<T>(path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(url(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await config.changeHeaders()) },
    body: JSON.stringify(body),
  });
  return parse<T>(response);
}

/** A query string from the non-empty entries of `params`. */
export function query(params: Record<string, string>): string {
  const entries = Object.entries(params).filter(([, value]) => value !== '');
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
}
