/**
 * When a published listing counts as stale: nobody confirmed it (or it was not published)
 * within the last 12 months. Members are reminded then, at most once every 30 days.
 */
export const CONFIRMATION_MONTHS = 12;
export const REMINDER_INTERVAL_DAYS = 30;

const DAY_MS = 24 * 3600_000;

/** Listings last confirmed before this instant are stale. */
export function confirmationDueBefore(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - CONFIRMATION_MONTHS);
  return cutoff;
}

/** A reminder sent before this instant may be sent again. */
export function reminderAgainBefore(now: Date): Date {
  return new Date(now.getTime() - REMINDER_INTERVAL_DAYS * DAY_MS);
}

export function isStale(
  listing: { status: string; lastConfirmedAt: Date | null; publishedAt: Date | null },
  now: Date,
): boolean {
  const since = listing.lastConfirmedAt ?? listing.publishedAt;
  return listing.status === "published" && since !== null && since < confirmationDueBefore(now);
}

/** "2026-11": the month a reminder belongs to, so one run per month sends at most once. */
export function reminderMonth(now: Date): string {
  return now.toISOString().slice(0, 7);
}

export const daysAgo = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS);
