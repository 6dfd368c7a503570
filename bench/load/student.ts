/**
 * One simulated student: signs in, then asks for the next card and answers it until the deadline. Records the
 * latency of each request, counts failures, and keeps the log ids of answers the server acknowledged (an
 * answer whose reply never came is not counted: the client cannot know it was stored).
 */
/** What a request did: sign in (a password hash), ask for the next card, or answer it. */
export type RequestKind = 'login' | 'next' | 'answer';

export interface StudentResult {
  readonly email: string;
  readonly acknowledged: number[];
  readonly latencies: number[];
  /** The same latencies by kind of request. */
  readonly byKind: Record<RequestKind, number[]>;
  errors: number;
}

interface Session {
  cookie: string;
  csrf: string;
}

const RETRY_PAUSE_MS = 200;

async function timed<T>(
  result: StudentResult,
  kind: RequestKind,
  run: () => Promise<T>,
): Promise<T | undefined> {
  const started = performance.now();
  try {
    const value = await run();
    const ms = performance.now() - started;
    result.latencies.push(ms);
    result.byKind[kind].push(ms);
    return value;
  } catch {
    result.errors++;
    await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
    return undefined;
  }
}

async function post(base: string, path: string, body: unknown, session?: Session) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: base,
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
    },
    body: JSON.stringify(body),
  });
  return { response, json: (await response.json()) as Record<string, unknown> };
}

async function signIn(base: string, email: string, password: string): Promise<Session> {
  const { response, json } = await post(base, '/api/login', { email, password });
  if (!response.ok) throw new Error(`login ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: String(json.csrf) };
}

/** Studies until `deadline` (ms on the performance clock); `base()` is read per request (the server may move). */
export async function runStudent(
  base: () => string,
  classId: string,
  email: string,
  password: string,
  deadline: number,
): Promise<StudentResult> {
  const result: StudentResult = {
    email,
    acknowledged: [],
    latencies: [],
    byKind: { login: [], next: [], answer: [] },
    errors: 0,
  };
  let session: Session | undefined;
  while (performance.now() < deadline) {
    if (!session) {
      session = await timed(result, 'login', () => signIn(base(), email, password));
      continue;
    }
    const current = session;
    const next = await timed(result, 'next', async () => {
      const response = await fetch(`${base()}/api/classes/${classId}/study/next`, {
        headers: { cookie: current.cookie },
      });
      if (!response.ok) throw new Error(`next ${response.status}`);
      return (await response.json()) as { card: { item: { id: string }; cardVersion: string } | null };
    });
    if (!next) continue;
    if (!next.card) {
      // Nothing due right now: look again in a second, as an open study page would.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    const card = next.card;
    const answered = await timed(result, 'answer', async () => {
      const { response, json } = await post(
        base(),
        `/api/classes/${classId}/study/answer`,
        { itemId: card.item.id, rating: 1 + (card.item.id.charCodeAt(0) % 4), cardVersion: card.cardVersion },
        current,
      );
      if (response.status === 409) return undefined; // answered already (a retry after a lost reply)
      if (!response.ok) throw new Error(`answer ${response.status}`);
      return Number(json.logId);
    });
    if (answered !== undefined) result.acknowledged.push(answered);
  }
  return result;
}
