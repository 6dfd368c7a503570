/**
 * The JSON shapes of the teacher's dashboard (GET /api/classes/:id/dashboard and the routes beside it in
 * dashboard-routes.ts), shared by src/class-server (which sends them) and web/src/class (which reads them).
 * Types only: the web bundle imports nothing at run time from here. Definitions in docs/class-server.md.
 */

export interface StudentProgress {
  readonly name: string;
  readonly email: string;
  readonly reviews: number;
  /** Items due now that the student has seen before. */
  readonly due: number;
  /** Of those, the ones overdue by more than a day. */
  readonly behind: number;
  readonly lastReviewAt: string | null;
}

export interface ItemMastery {
  readonly itemId: string;
  readonly prompt: string;
  readonly answer: string;
  readonly line: number;
  /** Students who have mastered the item. */
  readonly masteredBy: number;
  /** Students who have answered it at least once. */
  readonly seenBy: number;
}

/**
 * One published note over the class. Not the local app's `NoteMastery` (schedule/stats.ts: one student's
 * counts per note), hence the name.
 */
export interface ClassNoteMastery {
  readonly path: string;
  readonly title: string;
  /** The note's published (active) items. */
  readonly items: number;
  /** Pairs of a student and an item of the note where the student has mastered the item. */
  readonly mastered: number;
  /** Students × items. */
  readonly possible: number;
  /** mastered / possible; null when there is nothing to master (no items or no students). */
  readonly share: number | null;
  /** Students who have answered at least one item of the note. */
  readonly seenBy: number;
  readonly itemList: readonly ItemMastery[];
}

export interface WeekRetention {
  /** ISO week, `2025-W10`. */
  readonly week: string;
  /** Its Monday, `2025-03-03`. */
  readonly monday: string;
  /** Answers to cards in the review phase, over the class. */
  readonly reviews: number;
  /** Of those, rated Hard, Good or Easy. */
  readonly passed: number;
  /** passed / reviews; null for a week without such answers. */
  readonly share: number | null;
}

export interface FailedItem {
  readonly itemId: string;
  readonly prompt: string;
  readonly answer: string;
  /** Note title › heading, as the student sees it. */
  readonly context: readonly string[];
  /** Answers rated Again, over every student of the class. */
  readonly fails: number;
  /** Students who rated it Again at least once. */
  readonly students: number;
  /** All answers to it. */
  readonly reviews: number;
}

/** GET /api/classes/:id/dashboard: everything the teacher's page shows, in one reply. */
export interface ClassDashboard {
  readonly definitions: { readonly masteryStabilityDays: number; readonly behindAfterHours: number };
  /** Most behind first. */
  readonly students: readonly StudentProgress[];
  /** In path order. */
  readonly notes: readonly ClassNoteMastery[];
  readonly retention: readonly WeekRetention[];
  readonly mostFailed: readonly FailedItem[];
}
