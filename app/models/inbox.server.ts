import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { notifications } from "#db/schema";

/** Unread in-app notifications of a user (shown in the header). */
export function countUnread(db: Db, userId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .get()?.n ?? 0
  );
}

/** Adds an in-app notification once per key (safe to run twice). */
export function notify(
  db: Pick<Db, "insert">,
  n: {
    userId: number;
    kind: string;
    title: string;
    body: string;
    link?: string;
    dedupeKey?: string;
    // Jobs pass their clock (tests run them "tomorrow"), and stamp an email sent with it.
    createdAt?: Date;
    emailedAt?: Date;
  },
): boolean {
  return (
    db
      .insert(notifications)
      .values({ ...n, link: n.link ?? null, dedupeKey: n.dedupeKey ?? null })
      .onConflictDoNothing({ target: notifications.dedupeKey })
      .run().changes === 1
  );
}
