/** Input checks for the API: everything from the browser is untrusted until it passes one of these. */
import type { ItemKind } from '../generate/item.js';
import { ITEM_KINDS } from '../generate/item.js';
import type { Grade } from '../schedule/index.js';
import type { ItemState } from '../store/types.js';
import { BadRequestError } from './errors.js';

const ITEM_ID = /^[0-9a-f]{8,64}$/;
const MAX_TYPED = 20_000;

/** An item id: lowercase hex. */
export function itemIdParam(value: unknown): string {
  if (typeof value !== 'string' || !ITEM_ID.test(value)) {
    throw new BadRequestError('itemId must be a string of hex digits');
  }
  return value;
}

/** The card state an answer answers, as /api/next gave it (`new` or `<reps>@<time>`). */
export function cardVersionParam(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) {
    throw new BadRequestError('cardVersion must be the cardVersion of the card /api/next showed');
  }
  return value;
}

/** A grade 1 (again) to 4 (easy). */
export function ratingParam(value: unknown): Grade {
  if (value !== 1 && value !== 2 && value !== 3 && value !== 4) {
    throw new BadRequestError('rating must be 1, 2, 3 or 4');
  }
  return value;
}

/** An optional answer time in milliseconds (0 to one day). */
export function durationParam(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 86_400_000) {
    throw new BadRequestError('durationMs must be a number of milliseconds');
  }
  return Math.round(value);
}

/** Optional typed text, capped so a pasted book cannot fill the log. */
export function typedParam(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new BadRequestError(`typed must be text, not ${typeof value}`);
  if (value.length > MAX_TYPED)
    throw new BadRequestError(`typed must be at most ${MAX_TYPED} characters (it has ${value.length})`);
  return value;
}

/** The state a student may set: active or suspended. */
export function settableStateParam(value: unknown): 'active' | 'suspended' {
  if (value !== 'active' && value !== 'suspended') {
    throw new BadRequestError("state must be 'active' or 'suspended'");
  }
  return value;
}

/** An optional item-kind filter. */
export function kindParam(value: string | undefined): ItemKind | undefined {
  if (value === undefined || value === '') return undefined;
  if (!(ITEM_KINDS as readonly string[]).includes(value)) {
    throw new BadRequestError(`kind must be one of ${ITEM_KINDS.join(', ')}`);
  }
  return value as ItemKind;
}

/** An optional item-state filter. */
export function stateParam(value: string | undefined): ItemState | undefined {
  if (value === undefined || value === '') return undefined;
  if (value !== 'active' && value !== 'suspended' && value !== 'retired') {
    throw new BadRequestError("state must be 'active', 'suspended' or 'retired'");
  }
  return value;
}

/** An ordering for an `order` item: a list of event texts. */
export function orderParam(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length > 50 || !value.every((entry) => typeof entry === 'string')) {
    throw new BadRequestError('order must be a list of event texts');
  }
  return value as string[];
}

/** The JSON object body of a request, or a 400. */
export async function jsonBody(request: { json: () => Promise<unknown> }): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new BadRequestError('the request body must be JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequestError('the request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}
