/**
 * The local app's pages' API for a student of a class, under `/api/classes/:classId/…`: the same bodies as the
 * local server (server/api-read.ts, api-study.ts, api-settings.ts) over the student's own store and the class's
 * published notes (study.ts `studentApi`). Every route is `class-student`: the store is chosen by the signed-in
 * person, never by an id in the request, and an item or note the student's store does not hold is a 404 like
 * any missing id.
 */

import type { ApiContext } from '../server/api-context.js';
import {
  argumentList,
  itemDetail,
  listItems,
  noteDetail,
  noteSummaries,
  statsOf,
  timeline,
} from '../server/api-read.js';
import { changeSettings, optimize, settingsOf } from '../server/api-settings.js';
import { checkAnswer, setItemState, undo } from '../server/api-study.js';
import { must } from './policy.js';
import { jsonBody } from './request.js';
import type { RouteSpec } from './routes.js';
import { studentApi } from './study.js';

const BASE = '/api/classes/:classId';

type Handler = (api: ApiContext, c: Parameters<RouteSpec['handle']>[0]) => Promise<unknown>;

const route = (method: RouteSpec['method'], path: string, handler: Handler): RouteSpec => ({
  method,
  path: `${BASE}${path}`,
  access: 'class-student',
  async handle(c, granted, ctx) {
    const api = await studentApi(ctx, must(granted.cls), must(granted.person).id);
    return c.json(await handler(api, c));
  },
});

export const STUDENT_ROUTES: readonly RouteSpec[] = [
  /** Browse: the class's items with the student's own card state. */
  route('GET', '/items', (api, c) => listItems(api, (name) => c.req.query(name))),
  /** One item with the student's card and review history. */
  route('GET', '/items/:id', (api, c) => itemDetail(api, c.req.param('id'))),
  /** Suspend or unsuspend an item in the student's own store. */
  route('POST', '/items/:id/state', async (api, c) =>
    setItemState(api, c.req.param('id'), await jsonBody(c)),
  ),
  /** The published notes with the student's mastery. */
  route('GET', '/notes', async (api) => ({ notes: await noteSummaries(api) })),
  /** One published note, rendered, with its items (read-only). */
  route('GET', '/notes/:path{.+}', (api, c) => noteDetail(api, c.req.param('path') ?? '')),
  route('GET', '/timeline', (api, c) => timeline(api, (name) => c.req.query(name))),
  route('GET', '/arguments', (api) => argumentList(api)),
  /** The student's own statistics. */
  route('GET', '/stats', (api) => statsOf(api)),
  route('GET', '/settings', (api) => settingsOf(api)),
  route('POST', '/settings', async (api, c) => changeSettings(api, await jsonBody(c))),
  /** Fits the scheduler to the student's own review log. */
  route('POST', '/optimize', (api) => optimize(api)),
  /** Checks a typed answer, a chosen option or an order against the item; the student still rates it. */
  route('POST', '/study/check', async (api, c) => checkAnswer(api, await jsonBody(c))),
  /** Takes back the student's own most recent answer (in the student's store only). */
  route('POST', '/study/undo', (api) => undo(api)),
];
