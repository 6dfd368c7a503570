/** Reading a request of the class server. */
import type { Context } from 'hono';
import type { ClassServerEnv } from './context.js';
import { BadInputError } from './errors.js';

/** The JSON object body of a request; BadInputError for anything else. */
export async function jsonBody(c: Context<ClassServerEnv>): Promise<Record<string, unknown>> {
  const body: unknown = await c.req.json().catch(() => undefined);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadInputError('send a JSON object');
  }
  return body as Record<string, unknown>;
}
