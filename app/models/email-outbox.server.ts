import { count, desc, eq } from "drizzle-orm";
import type { Db } from "#db/client";
import { emailOutbox } from "#db/schema";

export const OUTBOX_PAGE_SIZE = 25;

/** The outbox for the admin page, newest first, one page at a time. */
export function listOutbox(db: Db, page: number) {
  const total = db.select({ n: count() }).from(emailOutbox).get()?.n ?? 0;
  const rows = db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.to,
      subject: emailOutbox.subject,
      kind: emailOutbox.kind,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
      attempts: emailOutbox.attempts,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE)
    .all();
  return { rows, total, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

export function getOutboxMessage(db: Db, id: number) {
  return db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).get();
}
