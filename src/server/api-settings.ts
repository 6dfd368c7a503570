/** The settings API bodies: read the student's study settings, change some of them (checked here), optimise. */

import { optimizeFromLog } from '../study/optimize-log.js';
import { DEFAULT_SETTINGS, type StudySettings } from '../study/settings.js';
import type { ApiContext } from './api-context.js';
import type { ApiOptimizeResult, ApiSettings, ApiStudySettings } from './api-types.js';
import { BadRequestError } from './errors.js';

const pick = (s: StudySettings): ApiStudySettings => ({
  desiredRetention: s.desiredRetention,
  newPerDay: s.newPerDay,
  reviewsPerDay: s.reviewsPerDay,
  timeZone: s.timeZone,
});

/** GET settings. */
export async function settingsOf(ctx: ApiContext): Promise<ApiSettings> {
  const settings = await ctx.service.settings();
  return { settings: pick(settings), defaults: pick(DEFAULT_SETTINGS), optimised: settings.weights !== null };
}

function integerIn(key: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new BadRequestError(`${key} must be a whole number from ${min} to ${max}`);
  return value;
}

function retention(value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0.7 && value <= 0.99))
    throw new BadRequestError('desiredRetention must be a number from 0.7 to 0.99');
  return value;
}

function timeZone(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value === 'string' && value.length <= 64) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return value;
    } catch {
      // an unknown zone: refused below
    }
  }
  throw new BadRequestError('timeZone must be an IANA time zone such as Europe/London, or null');
}

/**
 * A settings change as sent by the app: any of desiredRetention (0.7–0.99), newPerDay (0–1000), reviewsPerDay
 * (0–10000), timeZone (IANA or null), and `weights: null` to drop optimised parameters. Anything else is refused.
 */
export function settingsPatchParam(body: Record<string, unknown>): Partial<StudySettings> {
  const patch: { -readonly [K in keyof StudySettings]?: StudySettings[K] } = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'desiredRetention') patch.desiredRetention = retention(value);
    else if (key === 'newPerDay') patch.newPerDay = integerIn(key, value, 0, 1000);
    else if (key === 'reviewsPerDay') patch.reviewsPerDay = integerIn(key, value, 0, 10_000);
    else if (key === 'timeZone') patch.timeZone = timeZone(value);
    else if (key === 'weights' && value === null) patch.weights = null;
    else throw new BadRequestError(`${key} cannot be changed here`);
  }
  return patch;
}

/** POST settings: stores the change and answers with the settings now in use. */
export async function changeSettings(ctx: ApiContext, body: Record<string, unknown>): Promise<ApiSettings> {
  await ctx.service.updateSettings(settingsPatchParam(body));
  return settingsOf(ctx);
}

/** POST optimize: fits the scheduler to the student's own log (NotEnoughReviewsError when it is too small). */
export function optimize(ctx: ApiContext): Promise<ApiOptimizeResult> {
  return optimizeFromLog(ctx.service);
}
