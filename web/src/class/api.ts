/**
 * Calls to the class server's API: JSON in and out, the session cookie sent by the browser, and the session's
 * CSRF token on every change (given by sign-in, login and join, and read again from /api/me after a reload).
 */
import { ApiError } from '../api';

export { ApiError };

export interface Person {
  readonly email: string;
  readonly name: string;
  readonly role: 'teacher' | 'student';
}

export interface ClassView {
  readonly id: string;
  readonly name: string;
  readonly role: 'teacher' | 'student';
}

let csrf: string | null = null;

async function parse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as { error?: string; csrf?: unknown };
  if (!response.ok) throw new ApiError(body.error ?? `request failed (${response.status})`, response.status);
  if (typeof body.csrf === 'string') csrf = body.csrf;
  return body as T;
}

export async function get<T>(path: string): Promise<T> {
  return parse<T>(await fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' }));
}

/** Who is signed in (and their CSRF token), or null. */
export async function me(): Promise<Person | null> {
  try {
    return (await get<{ person: Person }>('/api/me')).person;
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 401) return null;
    throw failure;
  }
}

/** The header that proves a change comes from our own page (the session's CSRF token, read once if needed). */
export async function csrfHeaders(): Promise<Record<string, string>> {
  if (csrf === null) await me();
  return csrf === null ? {} : { 'x-csrf-token': csrf };
}

export async function post<T>(path: string, body: unknown = {}): Promise<T> {
  if (csrf === null && !['/api/login', '/api/join', '/api/sign-in'].includes(path)) await me();
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...(csrf === null ? {} : { 'x-csrf-token': csrf }) },
    body: JSON.stringify(body),
  });
  return parse<T>(response);
}

/** Goes to another page of the class server (each page is authorized by the server before it is sent). */
export function go(path: string): void {
  location.assign(path);
}
