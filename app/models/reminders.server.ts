import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { enterpriseMembers, enterprises, users } from "#db/schema";
import { confirmationDueBefore, reminderAgainBefore, reminderMonth } from "~/domain/curation/freshness";
import { queueEmail, type OutgoingEmail } from "~/lib/email.server";
import { absoluteUrl, renderEmail } from "~/lib/mailer.server";

export type ReminderSummary = {
  /** Published listings not confirmed for 12 months and not reminded in the last 30 days. */
  due: number;
  /** Listings whose members were emailed (and marked reminded) by this run. */
  reminded: number;
  /** Emails queued by this run. */
  emails: number;
  /** Due listings nobody manages (candidates verified by the hub, imports): the hub's to follow. */
  withoutMembers: number;
};

/**
 * Emails the members of every published listing that nobody confirmed (or published) in the
 * last 12 months, at most once every 30 days. Safe to run twice: a listing reminded in the
 * last 30 days is skipped, and each email has a per-month key the outbox never queues twice.
 */
export async function sendConfirmationReminders(
  db: Db,
  { now = new Date(), origin }: { now?: Date; origin?: string } = {},
): Promise<ReminderSummary> {
  const cutoff = confirmationDueBefore(now);
  const due = db
    .select({ id: enterprises.id, publicName: enterprises.publicName })
    .from(enterprises)
    .where(
      and(
        eq(enterprises.status, "published"),
        lt(sql`coalesce(${enterprises.lastConfirmedAt}, ${enterprises.publishedAt})`, cutoff.getTime()),
        or(isNull(enterprises.reminderSentAt), lt(enterprises.reminderSentAt, reminderAgainBefore(now))),
      ),
    )
    .all();
  if (due.length === 0) return { due: 0, reminded: 0, emails: 0, withoutMembers: 0 };

  const members = db
    .select({
      enterpriseId: enterpriseMembers.enterpriseId,
      userId: users.id,
      email: users.email,
      locale: users.locale,
    })
    .from(enterpriseMembers)
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    // Only addresses someone proved they own receive listing mail.
    .where(
      and(
        sql`${enterpriseMembers.enterpriseId} in (select value from json_each(${JSON.stringify(due.map((d) => d.id))}))`,
        isNotNull(users.emailVerifiedAt),
      ),
    )
    .all();

  const month = reminderMonth(now);
  const emails: OutgoingEmail[] = [];
  const reminded: number[] = [];
  for (const listing of due) {
    const recipients = members.filter((m) => m.enterpriseId === listing.id);
    if (recipients.length === 0) continue;
    reminded.push(listing.id);
    for (const r of recipients)
      emails.push(
        await renderEmail({
          to: r.email,
          locale: r.locale,
          template: "reminder",
          vars: { enterprise: listing.publicName, link: absoluteUrl(`/mon-entreprise/${listing.id}`, origin) },
          dedupeKey: `reminder:${listing.id}:${month}:${r.userId}`,
        }),
      );
  }

  let queued = 0;
  db.transaction((tx) => {
    for (const email of emails) if (queueEmail(tx, email)) queued++;
    for (let i = 0; i < reminded.length; i += 500)
      tx.update(enterprises)
        .set({ reminderSentAt: now })
        .where(inArray(enterprises.id, reminded.slice(i, i + 500)))
        .run();
  });
  return { due: due.length, reminded: reminded.length, emails: queued, withoutMembers: due.length - reminded.length };
}
