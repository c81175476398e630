import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "#db/client";
import { emailOutbox } from "#db/schema";
import { getEnv } from "./env.server";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
  /** The same key is never queued twice: makes "send at most once" hold across retries and reruns. */
  dedupeKey?: string;
};

const MAX_ATTEMPTS = 8;

/** Stores a message in the outbox (in the caller's transaction if given); false if its key was already queued. */
export function queueEmail(db: Pick<Db, "insert">, email: OutgoingEmail): boolean {
  const result = db
    .insert(emailOutbox)
    .values({ ...email, to: email.to.toLowerCase(), html: email.html ?? null, dedupeKey: email.dedupeKey ?? null })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .run();
  return result.changes === 1;
}

let transport: Transporter | null | undefined;

/** Real SMTP when SMTP_URL is set; otherwise none, and messages stay readable in the admin outbox. */
export function getMailTransport(): Transporter | null {
  if (transport === undefined) {
    const url = getEnv().SMTP_URL;
    transport = url ? nodemailer.createTransport(url) : null;
  }
  return transport;
}

/** Sends pending messages through a transport; failures stay pending and are retried on the next run. */
export async function deliverPendingEmails(
  db: Db,
  transporter: Transporter,
  { from = getEnv().MAIL_FROM, limit = 50 }: { from?: string; limit?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const pending = db
    .select()
    .from(emailOutbox)
    .where(and(isNull(emailOutbox.sentAt), lt(emailOutbox.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(emailOutbox.id))
    .limit(limit)
    .all();
  let sent = 0;
  let failed = 0;
  for (const message of pending) {
    try {
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
      });
      db.update(emailOutbox).set({ sentAt: new Date(), lastError: null }).where(eq(emailOutbox.id, message.id)).run();
      sent++;
    } catch (error) {
      db.update(emailOutbox)
        .set({
          attempts: sql`${emailOutbox.attempts} + 1`,
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
        })
        .where(eq(emailOutbox.id, message.id))
        .run();
      failed++;
    }
  }
  return { sent, failed };
}

/** Queues then, when SMTP is configured, delivers right away (the caller need not wait on a worker). */
export async function sendEmail(db: Db, email: OutgoingEmail): Promise<boolean> {
  const queued = queueEmail(db, email);
  const transporter = getMailTransport();
  if (queued && transporter)
    await deliverPendingEmails(db, transporter).catch((error: unknown) => console.error("[email]", error));
  return queued;
}
