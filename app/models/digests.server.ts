import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { notificationPreferences, notifications } from "#db/schema";
import { digestDue, digestSince } from "~/domain/notifications/delivery";
import type { Locale } from "~/i18n";
import { queueEmail } from "~/lib/email.server";
import { absoluteUrl, renderEmail } from "~/lib/mailer.server";
import { preferencesOf } from "./notification-prefs.server";
import { bullets, footer, translators, type JobOptions } from "./notification-jobs.server";

export type DigestSummary = { users: number; emails: number; notifications: number };

/** Most items a digest lists; the rest is one click away in the inbox. */
const DIGEST_MAX_ITEMS = 25;

/**
 * One email per user on a daily (or weekly) digest who is due for one, listing the unread
 * notifications no email carried yet since their last digest; then stamps both.
 */
export async function sendDigests(
  db: Db,
  { now = new Date(), origin, frequency }: JobOptions & { frequency: "daily" | "weekly" },
): Promise<DigestSummary> {
  const candidates = db.all<{
    userId: number;
    lastDigestAt: number | null;
    email: string;
    locale: Locale;
    displayName: string;
  }>(sql`
    select p.user_id as userId, p.last_digest_at as lastDigestAt, u.email, u.locale, u.display_name as displayName
    from notification_preferences p join users u on u.id = p.user_id
    where p.email_frequency = ${frequency} and u.email_verified_at is not null
      and exists (select 1 from notifications x where x.user_id = p.user_id and x.emailed_at is null and x.read_at is null)
    order by p.user_id`);
  const summary: DigestSummary = { users: 0, emails: 0, notifications: 0 };
  const tr = await translators();
  for (const user of candidates) {
    const last = user.lastDigestAt === null ? null : new Date(user.lastDigestAt);
    if (!digestDue(frequency, last, now)) continue;
    const since = digestSince(frequency, last, now);
    const items = db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, user.userId),
          sql`${notifications.emailedAt} is null and ${notifications.readAt} is null`,
          sql`${notifications.createdAt} > ${since.getTime()}`,
        ),
      )
      .orderBy(notifications.id)
      .all();
    if (items.length === 0) continue;
    const t = tr(user.locale);
    const pref = preferencesOf(db, [user.userId]).get(user.userId)!;
    const shown = items.slice(-DIGEST_MAX_ITEMS).reverse();
    const lines = shown.map((n) =>
      [n.title, n.body, n.link ? absoluteUrl(n.link, origin) : ""].filter(Boolean).join("\n  "),
    );
    if (items.length > shown.length)
      lines.push(t.notifications("jobs.digest.more", { count: items.length - shown.length }));
    const email = await renderEmail({
      to: user.email,
      locale: user.locale,
      template: "notificationDigest",
      vars: {
        name: user.displayName,
        summary: t.notifications(`jobs.digest.summary_${frequency}`, { count: items.length }),
        items: bullets(lines),
        inbox: absoluteUrl("/notifications", origin),
        footer: footer(t.emails, pref, origin),
      },
      dedupeKey: `digest:user:${user.userId}:${items.at(-1)!.id}`,
    });
    db.transaction((tx) => {
      if (queueEmail(tx, email)) summary.emails++;
      tx.update(notifications)
        .set({ emailedAt: now })
        .where(
          inArray(
            notifications.id,
            items.map((n) => n.id),
          ),
        )
        .run();
      tx.update(notificationPreferences)
        .set({ lastDigestAt: now })
        .where(eq(notificationPreferences.userId, user.userId))
        .run();
    });
    summary.users++;
    summary.notifications += items.length;
  }
  return summary;
}
