import crypto from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { notificationPreferences, users } from "#db/schema";
import { effectiveSubscription, type Subscription } from "~/domain/notifications/subscriptions";
import { absoluteUrl } from "~/lib/mailer.server";

export type Preferences = typeof notificationPreferences.$inferSelect;

// 32 url-safe characters: the token is the only key of the unsubscribe link (no login).
const newToken = () => crypto.randomBytes(24).toString("base64url");

/** Preferences of several users, created with the defaults (and a fresh token) when missing. */
export function preferencesOf(db: Pick<Db, "select" | "insert">, userIds: number[]): Map<number, Preferences> {
  const result = new Map<number, Preferences>();
  const unique = [...new Set(userIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    for (const p of db
      .select()
      .from(notificationPreferences)
      .where(inArray(notificationPreferences.userId, chunk))
      .all())
      result.set(p.userId, p);
  }
  const missing = unique.filter((id) => !result.has(id));
  for (const userId of missing) {
    db.insert(notificationPreferences)
      .values({ userId, unsubscribeToken: newToken() })
      .onConflictDoNothing({ target: notificationPreferences.userId })
      .run();
    result.set(
      userId,
      db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)).get()!,
    );
  }
  return result;
}

/** A user's preferences, created lazily on first use. */
export function getPreferences(db: Pick<Db, "select" | "insert">, userId: number): Preferences {
  return preferencesOf(db, [userId]).get(userId)!;
}

export function savePreferences(
  db: Db,
  userId: number,
  input: { emailFrequency: Preferences["emailFrequency"]; categories?: string[]; regions?: string[] },
  now = new Date(),
): void {
  getPreferences(db, userId);
  db.update(notificationPreferences)
    .set({
      emailFrequency: input.emailFrequency,
      ...(input.categories ? { categories: input.categories } : {}),
      ...(input.regions ? { regions: input.regions } : {}),
      updatedAt: now,
    })
    .where(eq(notificationPreferences.userId, userId))
    .run();
}

/** Whose preferences a token opens (the unsubscribe page), or undefined. */
export function findByUnsubscribeToken(
  db: Db,
  token: string,
): (Preferences & { email: string; displayName: string }) | undefined {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = db
    .select({ prefs: notificationPreferences, email: users.email, displayName: users.displayName })
    .from(notificationPreferences)
    .innerJoin(users, eq(users.id, notificationPreferences.userId))
    .where(eq(notificationPreferences.unsubscribeToken, token))
    .get();
  return row ? { ...row.prefs, email: row.email, displayName: row.displayName } : undefined;
}

/** The one-click unsubscribe: no more notification email of any kind (the in-app inbox stays). */
export function unsubscribeByToken(db: Db, token: string, now = new Date()): boolean {
  const prefs = findByUnsubscribeToken(db, token);
  if (!prefs) return false;
  db.update(notificationPreferences)
    .set({ emailFrequency: "never", updatedAt: now })
    .where(eq(notificationPreferences.userId, prefs.userId))
    .run();
  return true;
}

export function unsubscribeUrl(prefs: Pick<Preferences, "unsubscribeToken">, origin?: string): string {
  return absoluteUrl(`/desabonnement?token=${prefs.unsubscribeToken}`, origin);
}

/** What an enterprise's listing sells and where it delivers: the default subscription of its members. */
export function listingSubscription(db: Pick<Db, "all">, enterpriseIds: number[]): Subscription {
  if (enterpriseIds.length === 0) return { categories: [], regions: [] };
  const ids = JSON.stringify(enterpriseIds);
  const inIds = (column: string) => sql`${sql.raw(column)} in (select value from json_each(${ids}))`;
  const categories = db
    .all<{ code: string }>(
      sql`
      select distinct category_code as code from enterprise_categories where ${inIds("enterprise_id")} order by 1`,
    )
    .map((r) => r.code);
  const province = db.all(sql`select 1 from enterprises where ${inIds("id")} and service_area_scope = 'province'`);
  const regions = db
    .all<{ code: string }>(
      province.length > 0
        ? sql`select code from regions order by 1`
        : sql`
          select m.region_code as code from enterprises e join municipalities m on m.code = e.municipality_code
          where ${inIds("e.id")}
          union select a.code from enterprise_service_areas a where a.kind = 'region' and ${inIds("a.enterprise_id")}
          union select r.region_code from enterprise_service_areas a join mrcs r on r.code = a.code
            where a.kind = 'mrc' and ${inIds("a.enterprise_id")}
          union select m.region_code from enterprise_service_areas a join municipalities m on m.code = a.code
            where a.kind = 'municipality' and ${inIds("a.enterprise_id")}
          order by 1`,
    )
    .map((r) => r.code);
  return { categories, regions };
}

/** The categories and regions a member follows: their own choice, else their listings'. */
export function subscriptionOf(db: Db, prefs: Preferences, enterpriseIds: number[]) {
  return effectiveSubscription(prefs, listingSubscription(db, enterpriseIds));
}

/** Categories by group and the 17 regions, in the reader's language, for the subscription form. */
export function subscriptionChoices(db: Db, locale: "fr" | "en") {
  const name = (r: { fr: string; en: string }) => (locale === "en" ? r.en : r.fr);
  const groups = db.all<{ code: string; fr: string; en: string }>(
    sql`select code, name_fr as fr, name_en as en from category_groups order by position`,
  );
  const categories = db.all<{ code: string; groupCode: string; fr: string; en: string }>(
    sql`select code, group_code as groupCode, name_fr as fr, name_en as en from categories order by position`,
  );
  const regions = db.all<{ code: string; fr: string; en: string }>(
    sql`select code, name_fr as fr, name_en as en from regions order by code`,
  );
  return {
    groups: groups.map((g) => ({
      code: g.code,
      name: name(g),
      categories: categories.filter((c) => c.groupCode === g.code).map((c) => ({ code: c.code, name: name(c) })),
    })),
    regions: regions.map((r) => ({ code: r.code, name: `${r.code} – ${name(r)}` })),
  };
}
