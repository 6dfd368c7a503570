/**
 * Which rules made the stored items. A scan by other rules (a newer recollect) makes every note's items again,
 * not only those of changed notes; reconcile keeps each item's history as for an edit, so no review is lost.
 * The built CLI carries a hash of the rules' sources (scripts/rules-version.ts, put in by the bundle step); run
 * from the sources (tests, `tsx`) the rules are "source", and a test passes its own version through ScanOptions.
 */
declare const RECOLLECT_RULES: string | undefined;

/** The store setting that names the rules of the last scan. */
export const RULES_SETTING = 'rulesVersion';

/** The rules this process makes items with. */
export function currentRules(): string {
  return typeof RECOLLECT_RULES === 'string' ? RECOLLECT_RULES : 'source';
}
