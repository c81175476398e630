import { sql } from "drizzle-orm";
import type { Db } from "#db/client";
import type { Translate } from "~/domain/opportunities/reason-text";
import type { Locale } from "~/i18n";
import { queueEmail, type OutgoingEmail } from "~/lib/email.server";
import { i18nFor } from "~/lib/i18n.server";
import { absoluteUrl } from "~/lib/mailer.server";
import { notify } from "./inbox.server";
import { unsubscribeUrl, type Preferences } from "./notification-prefs.server";

/** What the notification jobs share: translators, recipients, the email footer, writing once. */

export type JobOptions = { now?: Date; origin?: string };
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** One translator per language and namespace, built once per job run (i18n setup is async). */
export async function translators() {
  const make = async (locale: Locale) => {
    const i18n = await i18nFor(locale);
    const ns = (n: "opportunities" | "notifications" | "emails") => i18n.getFixedT(locale, n) as unknown as Translate;
    return { opportunities: ns("opportunities"), notifications: ns("notifications"), emails: ns("emails") };
  };
  const all = { fr: await make("fr"), en: await make("en") };
  return (locale: Locale) => all[locale];
}

/** The lines every notification email ends with: why you get it, and how to stop. */
export function footer(t: Translate, prefs: Preferences, origin?: string): string {
  return t("notificationFooter", {
    preferences: absoluteUrl("/compte/notifications", origin),
    unsubscribe: unsubscribeUrl(prefs, origin),
  });
}

export const bullets = (lines: string[]) => lines.map((l) => `• ${l}`).join("\n");

export type Recipient = { userId: number; email: string; locale: Locale; verified: boolean; displayName: string };

export function membersOf(db: Db, enterpriseIds: number[]): Map<number, Recipient[]> {
  const rows = db.all<Omit<Recipient, "verified"> & { enterpriseId: number; verified: number }>(sql`
    select em.enterprise_id as enterpriseId, u.id as userId, u.email, u.locale, u.display_name as displayName,
           u.email_verified_at is not null as verified
    from enterprise_members em join users u on u.id = em.user_id
    where em.enterprise_id in (select value from json_each(${JSON.stringify(enterpriseIds)}))
    order by em.enterprise_id, u.id`);
  const map = new Map<number, Recipient[]>();
  for (const r of rows)
    map.set(r.enterpriseId, [...(map.get(r.enterpriseId) ?? []), { ...r, verified: Boolean(r.verified) }]);
  return map;
}

export function needRegionCodes(db: Pick<Db, "all">, needIds: number[]): Map<number, string[]> {
  const ids = JSON.stringify(needIds);
  const rows = db.all<{ needId: number; code: string }>(sql`
    select need_id as needId, region_code as code from need_regions where need_id in (select value from json_each(${ids}))
    union
    select n.id, m.region_code from needs n join municipalities m on m.code = n.delivery_municipality_code
    where n.id in (select value from json_each(${ids}))
    order by 1, 2`);
  const map = new Map<number, string[]>();
  for (const r of rows) map.set(r.needId, [...(map.get(r.needId) ?? []), r.code]);
  return map;
}

/** A notification (and maybe its email) ready to be written in a transaction. */
export type Outgoing = {
  notification: Parameters<typeof notify>[1];
  email?: OutgoingEmail;
};

/** Writes notifications once per key; an email goes out only with a notification this run created. */
export function writeOutgoing(tx: Tx, items: Outgoing[], now: Date): { inApp: number; emails: number } {
  let inApp = 0;
  let emails = 0;
  for (const item of items) {
    const created = notify(tx, { ...item.notification, createdAt: now, ...(item.email ? { emailedAt: now } : {}) });
    if (!created) continue;
    inApp++;
    if (item.email && queueEmail(tx, item.email)) emails++;
  }
  return { inApp, emails };
}
