/**
 * An answer the server refused because this page's token is from an earlier launch of `recollect serve` (it was
 * restarted), or that never reached it (stopped, network down). It is kept in this browser until it can be sent:
 * once the page is opened with the new link, or once the server answers again.
 */
const PENDING_KEY = 'recollect-pending-answer';

export interface PendingAnswer {
  readonly itemId: string;
  /** The card state this answer was given to (the server refuses a stale one with 409). */
  readonly cardVersion?: string;
  readonly rating: 1 | 2 | 3 | 4;
  readonly durationMs: number;
  readonly typed?: string;
}

/** Keeps an answer to send once the page has a valid token. */
export function keepPendingAnswer(answer: PendingAnswer): void {
  localStorage.setItem(PENDING_KEY, JSON.stringify(answer));
}

/** The kept answer, if any. */
export function pendingAnswer(): PendingAnswer | undefined {
  const text = localStorage.getItem(PENDING_KEY);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as PendingAnswer;
  } catch {
    localStorage.removeItem(PENDING_KEY);
    return undefined;
  }
}

/** Forgets the kept answer (sent, or refused for good). */
export function clearPendingAnswer(): void {
  localStorage.removeItem(PENDING_KEY);
}

/** A POST refused with 403 from our own page means its token is not this launch's: the server restarted. */
export function isStaleToken(failure: unknown): boolean {
  return (failure as { status?: unknown }).status === 403;
}

/** The request never got an answer: fetch fails with a TypeError when the server is down or unreachable. */
export function isUnreachable(failure: unknown): boolean {
  return failure instanceof TypeError;
}

/** A POST refused with 409: the card was answered meanwhile (another tab, a double press); the first answer stands. */
export function isConflict(failure: unknown): boolean {
  return (failure as { status?: unknown }).status === 409;
}
