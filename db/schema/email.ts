import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";

/**
 * Every message the portal sends. With SMTP_URL set, a worker delivers and stamps `sentAt`;
 * without it, messages stay here and an admin reads them in the app.
 */
export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    kind: text("kind").notNull(),
    // Makes "send once" checkable: the same key is never queued twice.
    dedupeKey: text("dedupe_key").unique(),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [index("email_outbox_pending_idx").on(t.sentAt, t.id)],
);
