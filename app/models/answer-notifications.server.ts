import crypto from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { needResponses } from "#db/schema";
import { emailPlan } from "~/domain/notifications/delivery";
import { absoluteUrl, renderEmail } from "~/lib/mailer.server";
import { preferencesOf } from "./notification-prefs.server";
import {
  bullets,
  footer,
  translators,
  writeOutgoing,
  type JobOptions,
  type Outgoing,
  type Recipient,
} from "./notification-jobs.server";

export type AnswersSummary = { answers: number; buyers: number; inApp: number; emails: number };

type PendingAnswer = {
  id: number;
  needId: number;
  title: string;
  interest: "interested" | "not_interested";
  updatedAt: number;
  createdByUserId: number | null;
  buyerOrganizationId: number;
};

/**
 * Tells each need's creator about the answers that arrived since the last run, in ONE
 * notification (and one email, or the next digest, per their preference) covering every
 * need and answer, then stamps the answers. A rerun finds nothing new.
 */
export async function notifyBuyersOfAnswers(
  db: Db,
  { now = new Date(), origin }: JobOptions = {},
): Promise<AnswersSummary> {
  const pending = db.all<PendingAnswer>(sql`
    select r.id, r.need_id as needId, n.title, r.interest, r.updated_at as updatedAt,
           n.created_by_user_id as createdByUserId, n.buyer_organization_id as buyerOrganizationId
    from need_responses r join needs n on n.id = r.need_id
    where r.buyer_notified_at is null
    order by r.need_id, r.id`);
  const summary: AnswersSummary = { answers: pending.length, buyers: 0, inApp: 0, emails: 0 };
  if (pending.length === 0) return summary;

  // The creator reads the answers; if their account is gone, the organization's buyers do.
  const orgBuyers = new Map<number, number[]>();
  const recipientsOf = (a: PendingAnswer): number[] => {
    if (a.createdByUserId !== null) return [a.createdByUserId];
    if (!orgBuyers.has(a.buyerOrganizationId))
      orgBuyers.set(
        a.buyerOrganizationId,
        db
          .all<{ id: number }>(
            sql`
            select u.id from users u join user_roles r on r.user_id = u.id and r.role = 'buyer'
            where u.buyer_organization_id = ${a.buyerOrganizationId}`,
          )
          .map((u) => u.id),
      );
    return orgBuyers.get(a.buyerOrganizationId)!;
  };
  const byBuyer = new Map<number, PendingAnswer[]>();
  for (const a of pending)
    for (const userId of recipientsOf(a)) byBuyer.set(userId, [...(byBuyer.get(userId) ?? []), a]);

  const users = new Map(
    db
      .all<Omit<Recipient, "verified"> & { verified: number }>(
        sql`
        select id as userId, email, locale, display_name as displayName, email_verified_at is not null as verified
        from users where id in (select value from json_each(${JSON.stringify([...byBuyer.keys()])}))`,
      )
      .map((u) => [u.userId, u]),
  );
  const prefs = preferencesOf(db, [...users.keys()]);
  const tr = await translators();
  const outgoing: Outgoing[] = [];
  for (const [userId, answers] of byBuyer) {
    const user = users.get(userId);
    if (!user) continue;
    const t = tr(user.locale);
    const needIds = [...new Set(answers.map((a) => a.needId))];
    const lines = needIds.map((needId) => {
      const forNeed = answers.filter((a) => a.needId === needId);
      const interested = forNeed.filter((a) => a.interest === "interested").length;
      const declined = forNeed.length - interested;
      const counts = [
        interested > 0 ? t.notifications("jobs.answers.interested", { count: interested }) : "",
        declined > 0 ? t.notifications("jobs.answers.notInterested", { count: declined }) : "",
      ];
      return t.notifications("jobs.answers.line", {
        title: forNeed[0]!.title,
        counts: counts.filter(Boolean).join(", "),
      });
    });
    const link = needIds.length === 1 ? `/besoins/${needIds[0]}` : "/besoins";
    // The same answers (and versions) always give the same key: concurrent or repeated runs add nothing.
    const fingerprint = crypto
      .createHash("sha256")
      .update(answers.map((a) => `${a.id}@${a.updatedAt}`).join(","))
      .digest("base64url")
      .slice(0, 16);
    const dedupeKey = `answers:user:${userId}:${fingerprint}`;
    const title = t.notifications("jobs.answers.title", { count: answers.length });
    const pref = prefs.get(userId)!;
    const sendNow = emailPlan(pref.emailFrequency) === "now" && Boolean(user.verified);
    outgoing.push({
      notification: { userId, kind: "answers_received", title, body: lines.join("\n"), link, dedupeKey },
      email: sendNow
        ? await renderEmail({
            to: user.email,
            locale: user.locale,
            template: "answersDigest",
            vars: {
              name: user.displayName,
              summary: title,
              items: bullets(lines),
              link: absoluteUrl(link, origin),
              footer: footer(t.emails, pref, origin),
            },
            dedupeKey,
          })
        : undefined,
    });
  }
  db.transaction((tx) => {
    const written = writeOutgoing(tx, outgoing, now);
    summary.inApp += written.inApp;
    summary.emails += written.emails;
    summary.buyers = outgoing.length;
    // An answer changed since it was read stays pending: the buyer hears about the new version.
    for (const a of pending)
      tx.update(needResponses)
        .set({ buyerNotifiedAt: now })
        .where(and(eq(needResponses.id, a.id), sql`${needResponses.updatedAt} = ${a.updatedAt}`))
        .run();
  });
  return summary;
}
