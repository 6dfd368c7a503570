/** The CLI's side of publishing: find the teacher's class by name on the server, then send the notes. */
import { RecollectError } from '../errors.js';
import { MAX_BODY_BYTES } from './app.js';
import type { PublishedNote, PublishReport } from './publish.js';

/** The class server refused or could not be reached; `status` is 0 when there was no answer. */
export class ClassServerRequestError extends RecollectError {
  override readonly name = 'ClassServerRequestError';
  readonly status: number;
  constructor(message: string, status: number, options: { cause?: unknown } = {}) {
    super(message, options);
    this.status = status;
  }
}

export interface PublishOptions {
  /** `https://class.example.org`. */
  readonly server: string;
  /** A publish token (`recollect server add-token EMAIL`). */
  readonly token: string;
  readonly className: string;
  readonly notes: readonly PublishedNote[];
}

async function call(options: PublishOptions, method: string, path: string, body?: unknown) {
  const url = `${options.server.replace(/\/+$/, '')}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${options.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ClassServerRequestError(`cannot reach the class server at ${options.server}`, 0, {
      cause: error,
    });
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const why = typeof json.error === 'string' ? json.error : response.statusText;
    throw new ClassServerRequestError(
      `the class server refused: ${why} (HTTP ${response.status})`,
      response.status,
    );
  }
  return json;
}

/** Publishes `notes` to the teacher's class called `className`; returns what the server did. */
export async function publishNotes(options: PublishOptions): Promise<PublishReport> {
  const size = Buffer.byteLength(JSON.stringify({ notes: options.notes }));
  if (size > MAX_BODY_BYTES) {
    throw new ClassServerRequestError(
      `the notes are ${Math.ceil(size / 1_048_576)} MB; a class server takes at most ${MAX_BODY_BYTES / 1_048_576} MB at once`,
      0,
    );
  }
  const list = await call(options, 'GET', '/api/classes');
  const classes = (list.classes ?? []) as { id: string; name: string; role: string }[];
  const cls = classes.find((c) => c.name === options.className && c.role === 'teacher');
  if (!cls) {
    const names = classes.filter((c) => c.role === 'teacher').map((c) => c.name);
    throw new ClassServerRequestError(
      `you have no class called '${options.className}' on ${options.server}` +
        (names.length ? ` (yours: ${names.join(', ')})` : ''),
      404,
    );
  }
  return (await call(options, 'POST', `/api/classes/${encodeURIComponent(cls.id)}/publish`, {
    notes: options.notes,
  })) as unknown as PublishReport;
}
