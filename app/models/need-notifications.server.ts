import { and, eq, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { needMatches } from "#db/schema";
import { emailPlan } from "~/domain/notifications/delivery";
import { matchesSubscription } from "~/domain/notifications/subscriptions";
import { quebecToday } from "~/domain/opportunities/answer-window";
import { formatIsoDate } from "~/domain/opportunities/format";
import type { StoredReason } from "~/domain/opportunities/reason-text";
import { absoluteUrl, renderEmail } from "~/lib/mailer.server";
import { notifyBuyersOfAnswers, type AnswersSummary } from "./answer-notifications.server";
import { sendDigests, type DigestSummary } from "./digests.server";
import { listingSubscription, preferencesOf } from "./notification-prefs.server";
import {
  bullets,
  footer,
  membersOf,
  needRegionCodes,
  translators,
  writeOutgoing,
  type JobOptions,
  type Outgoing,
  type Recipient,
} from "./notification-jobs.server";
import { reasonTexts, referenceNames } from "./opportunities.server";

/**
 * The notification jobs (`npm run jobs:notify`), each a plain function of the database and a
 * clock so tests run them: matched enterprises, subscribers, buyers' answers, digests.
 */
export { notifyBuyersOfAnswers, sendDigests };
export type { AnswersSummary, DigestSummary };

export type MatchNotificationSummary = { matches: number; inApp: number; emails: number };

type PendingMatch = {
  needId: number;
  enterpriseId: number;
  enterpriseName: string;
  reasons: string;
  title: string;
  responseDeadline: string | null;
  organizationName: string;
  organizationType: string;
  contractNature: string;
  amountCad: number | null;
  amountBand: string | null;
  publishedAt: number | null;
};

/**
 * Tells the members of every newly matched enterprise about a published need: in the inbox
 * always, by email now (immediate), in the next digest (daily/weekly) or never. Each match is
 * stamped `notifiedAt` in the same transaction as its notifications, `batchSize` matches at a
 * time, so an enterprise hears about a need at most once and a rerun sends nothing new.
 */
export async function notifyMatchedEnterprises(
  db: Db,
  { now = new Date(), origin, batchSize = 200 }: JobOptions & { batchSize?: number } = {},
): Promise<MatchNotificationSummary> {
  const tr = await translators();
  const names = { fr: referenceNames(db, "fr"), en: referenceNames(db, "en") };
  const today = quebecToday(now);
  const summary: MatchNotificationSummary = { matches: 0, inApp: 0, emails: 0 };
  let after = { needId: 0, enterpriseId: 0 };
  for (;;) {
    // Keyset paging: a match that could not be stamped never makes the loop spin.
    const batch = db.all<PendingMatch>(sql`
      select m.need_id as needId, m.enterprise_id as enterpriseId, e.public_name as enterpriseName, m.reasons,
             n.title, n.response_deadline as responseDeadline, o.name as organizationName, o.type as organizationType,
             n.contract_nature as contractNature, n.amount_cad as amountCad, n.amount_band as amountBand,
             n.published_at as publishedAt
      from need_matches m
      join needs n on n.id = m.need_id
      join buyer_organizations o on o.id = n.buyer_organization_id
      join enterprises e on e.id = m.enterprise_id
      where m.notified_at is null and n.status = 'published'
        and (n.response_deadline is null or n.response_deadline >= ${today})
        and (m.need_id > ${after.needId} or (m.need_id = ${after.needId} and m.enterprise_id > ${after.enterpriseId}))
      order by m.need_id, m.enterprise_id
      limit ${batchSize}`);
    if (batch.length === 0) break;
    after = { needId: batch.at(-1)!.needId, enterpriseId: batch.at(-1)!.enterpriseId };

    const members = membersOf(db, [...new Set(batch.map((m) => m.enterpriseId))]);
    const prefs = preferencesOf(
      db,
      [...members.values()].flat().map((r) => r.userId),
    );
    const regions = needRegionCodes(db, [...new Set(batch.map((m) => m.needId))]);
    const outgoing: Outgoing[] = [];
    for (const match of batch) {
      for (const member of members.get(match.enterpriseId) ?? []) {
        const t = tr(member.locale);
        const pref = prefs.get(member.userId)!;
        const reasons = reasonTexts(
          JSON.parse(match.reasons) as StoredReason[],
          match,
          t.opportunities,
          names[member.locale],
        );
        const regionText = (regions.get(match.needId) ?? []).map(names[member.locale].region).join(", ");
        const deadline = match.responseDeadline
          ? formatIsoDate(member.locale, match.responseDeadline)
          : t.notifications("jobs.noDeadline");
        const link = `/opportunites/${match.needId}?entreprise=${match.enterpriseId}`;
        const dedupeKey = `need:${match.needId}:ent:${match.enterpriseId}:user:${member.userId}`;
        const vars = {
          enterprise: match.enterpriseName,
          title: match.title,
          buyer: match.organizationName,
          regions: regionText,
          deadline,
        };
        const sendNow = emailPlan(pref.emailFrequency) === "now" && member.verified;
        outgoing.push({
          notification: {
            userId: member.userId,
            kind: "need_matched",
            title: t.notifications("jobs.needMatched.title", vars),
            body: t.notifications("jobs.needMatched.body", { ...vars, reasons: reasons.slice(0, 3).join(" · ") }),
            link,
            dedupeKey,
          },
          email: sendNow
            ? await renderEmail({
                to: member.email,
                locale: member.locale,
                template: "needMatched",
                vars: {
                  ...vars,
                  reasons: bullets(reasons),
                  link: absoluteUrl(link, origin),
                  footer: footer(t.emails, pref, origin),
                },
                dedupeKey,
              })
            : undefined,
        });
      }
    }
    db.transaction((tx) => {
      const written = writeOutgoing(tx, outgoing, now);
      summary.inApp += written.inApp;
      summary.emails += written.emails;
      for (const match of batch) {
        const stamped = tx
          .update(needMatches)
          .set({ notifiedAt: now })
          .where(
            and(
              eq(needMatches.needId, match.needId),
              eq(needMatches.enterpriseId, match.enterpriseId),
              sql`${needMatches.notifiedAt} is null`,
            ),
          )
          .run();
        summary.matches += stamped.changes;
      }
    });
  }
  return summary;
}

export type SubscriptionSummary = { needs: number; inApp: number; emails: number };

/** Public needs published this recently are "new" for subscribers. */
export const SUBSCRIPTION_WINDOW_DAYS = 7;

/**
 * Tells enterprise members about new public needs in their categories and regions (their own
 * choice, else their listings'), unless they already heard of the need (as a match, or before).
 */
export async function notifySubscribedEnterprises(
  db: Db,
  { now = new Date(), origin }: JobOptions = {},
): Promise<SubscriptionSummary> {
  const today = quebecToday(now);
  const since = now.getTime() - SUBSCRIPTION_WINDOW_DAYS * 24 * 3600_000;
  const candidates = db.all<{
    id: number;
    title: string;
    responseDeadline: string | null;
    organizationName: string;
    categories: string;
  }>(sql`
    select n.id, n.title, n.response_deadline as responseDeadline, o.name as organizationName,
           (select json_group_array(category_code) from need_categories c where c.need_id = n.id) as categories
    from needs n join buyer_organizations o on o.id = n.buyer_organization_id
    where n.status = 'published' and n.is_public = 1 and n.published_at >= ${since}
      and (n.response_deadline is null or n.response_deadline >= ${today})
    order by n.id`);
  const summary: SubscriptionSummary = { needs: candidates.length, inApp: 0, emails: 0 };
  if (candidates.length === 0) return summary;

  const regions = needRegionCodes(
    db,
    candidates.map((c) => c.id),
  );
  // Who already heard of each need, whatever the reason (matched, subscribed).
  const heard = new Set(
    db
      .all<{ key: string }>(
        sql`
        select dedupe_key as key from notifications
        where dedupe_key like 'need:%' and cast(substr(dedupe_key, 6) as integer)
          in (select value from json_each(${JSON.stringify(candidates.map((c) => c.id))}))`,
      )
      .map((r) => {
        const parts = r.key.split(":");
        return `${parts[1]}:${parts.at(parts.indexOf("user") + 1)}`;
      }),
  );
  const members = db.all<Omit<Recipient, "verified"> & { enterpriseIds: string; verified: number }>(sql`
    select u.id as userId, u.email, u.locale, u.display_name as displayName,
           u.email_verified_at is not null as verified, json_group_array(em.enterprise_id) as enterpriseIds
    from enterprise_members em join users u on u.id = em.user_id
    join enterprises e on e.id = em.enterprise_id and e.status = 'published'
    group by u.id order by u.id`);
  const prefs = preferencesOf(
    db,
    members.map((m) => m.userId),
  );
  const tr = await translators();
  const names = { fr: referenceNames(db, "fr"), en: referenceNames(db, "en") };
  const defaults = new Map<string, ReturnType<typeof listingSubscription>>();

  const outgoing: Outgoing[] = [];
  for (const member of members) {
    const pref = prefs.get(member.userId)!;
    const key = member.enterpriseIds;
    if (!defaults.has(key)) defaults.set(key, listingSubscription(db, JSON.parse(key) as number[]));
    const subscription = {
      categories: pref.categories.length > 0 ? pref.categories : defaults.get(key)!.categories,
      regions: pref.regions.length > 0 ? pref.regions : defaults.get(key)!.regions,
    };
    for (const need of candidates) {
      if (heard.has(`${need.id}:${member.userId}`)) continue;
      const needSub = { categories: JSON.parse(need.categories) as string[], regions: regions.get(need.id) ?? [] };
      if (!matchesSubscription(needSub, subscription)) continue;
      const locale = member.locale;
      const t = tr(locale);
      const vars = {
        title: need.title,
        buyer: need.organizationName,
        regions: needSub.regions.map(names[locale].region).join(", "),
        categories: needSub.categories.map(names[locale].category).join(", "),
        deadline: need.responseDeadline
          ? formatIsoDate(locale, need.responseDeadline)
          : t.notifications("jobs.noDeadline"),
      };
      const link = `/opportunites/${need.id}`;
      const dedupeKey = `need:${need.id}:sub:user:${member.userId}`;
      const sendNow = emailPlan(pref.emailFrequency) === "now" && Boolean(member.verified);
      outgoing.push({
        notification: {
          userId: member.userId,
          kind: "need_subscribed",
          title: t.notifications("jobs.needSubscribed.title", vars),
          body: t.notifications("jobs.needSubscribed.body", vars),
          link,
          dedupeKey,
        },
        email: sendNow
          ? await renderEmail({
              to: member.email,
              locale,
              template: "needSubscribed",
              vars: { ...vars, link: absoluteUrl(link, origin), footer: footer(t.emails, pref, origin) },
              dedupeKey,
            })
          : undefined,
      });
    }
  }
  for (let i = 0; i < outgoing.length; i += 200) {
    const written = db.transaction((tx) => writeOutgoing(tx, outgoing.slice(i, i + 200), now));
    summary.inApp += written.inApp;
    summary.emails += written.emails;
  }
  return summary;
}

export type NotifyJobSummary = {
  matched: MatchNotificationSummary;
  subscribed: SubscriptionSummary;
  answers: AnswersSummary;
  daily: DigestSummary;
  weekly: DigestSummary;
};

/**
 * Everything `npm run jobs:notify` does, in the order that lets digests carry what the
 * other steps just added.
 */
export async function runNotificationJobs(db: Db, options: JobOptions = {}): Promise<NotifyJobSummary> {
  const now = options.now ?? new Date();
  const matched = await notifyMatchedEnterprises(db, { ...options, now });
  const subscribed = await notifySubscribedEnterprises(db, { ...options, now });
  const answers = await notifyBuyersOfAnswers(db, { ...options, now });
  const daily = await sendDigests(db, { ...options, now, frequency: "daily" });
  const weekly = await sendDigests(db, { ...options, now, frequency: "weekly" });
  return { matched, subscribed, answers, daily, weekly };
}
