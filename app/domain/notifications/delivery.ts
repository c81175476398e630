export type EmailFrequency = "immediate" | "daily" | "weekly" | "never";

/**
 * What a new notification means for email, per the user's preference: sent now, carried by
 * the next digest, or never emailed (the in-app inbox always gets it).
 */
export function emailPlan(frequency: EmailFrequency): "now" | "digest" | "none" {
  if (frequency === "immediate") return "now";
  if (frequency === "never") return "none";
  return "digest";
}

const HOUR = 3600_000;
// A scheduler never fires at exactly the same second: an hour of slack keeps "daily" daily.
const PERIOD_MS = { daily: 24 * HOUR - HOUR, weekly: 7 * 24 * HOUR - HOUR } as const;

/** Whether a user on a daily/weekly digest is due for the next one. */
export function digestDue(frequency: "daily" | "weekly", lastDigestAt: Date | null, now: Date): boolean {
  return lastDigestAt === null || now.getTime() - lastDigestAt.getTime() >= PERIOD_MS[frequency];
}

/** How far back the first digest looks when there was none before. */
export function digestSince(frequency: "daily" | "weekly", lastDigestAt: Date | null, now: Date): Date {
  return lastDigestAt ?? new Date(now.getTime() - (frequency === "daily" ? 24 : 7 * 24) * HOUR);
}
