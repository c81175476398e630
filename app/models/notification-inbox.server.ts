import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { notifications } from "#db/schema";

export type InboxItem = {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
};

/** A user's in-app notifications, newest first. */
export function listNotifications(
  db: Db,
  userId: number,
  { page, perPage = 20, unreadOnly = false }: { page: number; perPage?: number; unreadOnly?: boolean },
): { items: InboxItem[]; total: number; page: number; pages: number } {
  const where = and(eq(notifications.userId, userId), unreadOnly ? isNull(notifications.readAt) : undefined);
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(notifications)
      .where(where)
      .get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(page, pages);
  const rows = db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.id))
    .limit(perPage)
    .offset((current - 1) * perPage)
    .all();
  return {
    total,
    page: current,
    pages,
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    })),
  };
}

/** Marks one of the user's own notifications read; false if it is not theirs (or does not exist). */
export function markRead(db: Db, userId: number, id: number, now = new Date()): boolean {
  const mine = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .get();
  if (!mine) return false;
  db.update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.id, id), isNull(notifications.readAt)))
    .run();
  return true;
}

export function markAllRead(db: Db, userId: number, now = new Date()): number {
  return db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run().changes;
}
