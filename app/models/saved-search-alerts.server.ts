import { and, eq, ne } from "drizzle-orm";
import type { Db } from "#db/client";
import { savedSearches, users } from "#db/schema";
import { isAlertDue } from "~/domain/alerts/saved-search-schema";
import type { Locale } from "~/i18n";
import { queueEmail, type OutgoingEmail } from "~/lib/email.server";
import { i18nFor } from "~/lib/i18n.server";
import { absoluteUrl, renderEmail } from "~/lib/mailer.server";
import type { SearchService } from "~/search/service.server";
import { notify } from "./inbox.server";
import { getPreferences, unsubscribeUrl, type Preferences } from "./notification-prefs.server";
import { findNewListings, type NewListing } from "./saved-searches.server";

/** At most this many listings are named in one email; the link shows the rest. */
export const LISTED_PER_EMAIL = 20;

export type AlertRunSummary = {
  /** Saved searches whose period was over. */
  due: number;
  /** Of those, searches with new listings: one email (and one in-app notification) each. */
  alerted: number;
  emails: number;
  listings: number;
};

/**
 * Sends one alert per due saved search that has listings published since its last check,
 * then moves `lastCheckedAt` to `now`. Safe to run twice or concurrently: the move is
 * conditional on the previous value, and the email and notification share a key built from
 * it, so a window is never reported twice.
 */
export async function sendSavedSearchAlerts(
  db: Db,
  search: SearchService,
  { now = new Date(), origin }: { now?: Date; origin?: string } = {},
): Promise<AlertRunSummary> {
  // A listing approved a moment ago must be searchable before the check moves past its date.
  await search.drainOutbox();
  const rows = db
    .select({
      saved: savedSearches,
      email: users.email,
      locale: users.locale,
      verifiedAt: users.emailVerifiedAt,
    })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .where(ne(savedSearches.frequency, "never"))
    .all()
    .filter((r) => isAlertDue(r.saved.frequency, r.saved.lastCheckedAt, now));

  const summary: AlertRunSummary = { due: rows.length, alerted: 0, emails: 0, listings: 0 };
  for (const row of rows) {
    const { saved } = row;
    const found = await findNewListings(db, search, saved, now);
    const key = `saved-search:${saved.id}:${saved.lastCheckedAt.getTime()}`;
    const prefs = found.length > 0 ? getPreferences(db, saved.userId) : null;
    // Only an address its owner proved, and not after they unsubscribed.
    const email =
      prefs && prefs.emailFrequency !== "never" && row.verifiedAt
        ? await alertEmail({
            to: row.email,
            locale: row.locale,
            saved,
            found,
            prefs,
            origin,
            key,
          })
        : null;
    const inApp = found.length > 0 ? await alertNotification(row.locale, saved, found) : null;

    db.transaction((tx) => {
      const moved =
        tx
          .update(savedSearches)
          .set({ lastCheckedAt: now })
          .where(and(eq(savedSearches.id, saved.id), eq(savedSearches.lastCheckedAt, saved.lastCheckedAt)))
          .run().changes === 1;
      // Another run checked this search meanwhile: it reported this window.
      if (!moved || !inApp) return;
      const emailed = email !== null && queueEmail(tx, email);
      if (emailed) summary.emails++;
      // Stamped as emailed so the notification digest does not send it a second time.
      notify(tx, {
        userId: saved.userId,
        kind: "saved_search_alert",
        ...inApp,
        dedupeKey: key,
        createdAt: now,
        ...(emailed ? { emailedAt: now } : {}),
      });
      summary.alerted++;
      summary.listings += found.length;
    });
  }
  return summary;
}

const runLink = (query: string) => (query ? `/repertoire?${query}` : "/repertoire");

async function alertEmail({
  to,
  locale,
  saved,
  found,
  prefs,
  origin,
  key,
}: {
  to: string;
  locale: Locale;
  saved: typeof savedSearches.$inferSelect;
  found: NewListing[];
  prefs: Preferences;
  origin?: string;
  key: string;
}): Promise<OutgoingEmail> {
  const t = await translator(locale);
  const list = found
    .slice(0, LISTED_PER_EMAIL)
    .map((l) => `• ${l.publicName} (${l.municipalityName})\n  ${absoluteUrl(`/entreprises/${l.slug}`, origin)}`)
    .join("\n");
  const more = found.length - LISTED_PER_EMAIL;
  return renderEmail({
    to,
    locale,
    template: "savedSearchAlert",
    vars: {
      name: saved.name,
      count: String(found.length),
      list: more > 0 ? `${list}\n${t("alerts:email.more", { count: more })}` : list,
      link: absoluteUrl(runLink(saved.query), origin),
      manage: absoluteUrl("/recherches", origin),
      // The same footer as every notification email: preferences, and unsubscribing without signing in.
      footer: t("emails:notificationFooter", {
        preferences: absoluteUrl("/compte/notifications", origin),
        unsubscribe: unsubscribeUrl(prefs, origin),
      }),
    },
    dedupeKey: key,
  });
}

async function alertNotification(locale: Locale, saved: typeof savedSearches.$inferSelect, found: NewListing[]) {
  const t = await translator(locale);
  const names = found.slice(0, 5).map((l) => l.publicName);
  return {
    title: t("alerts:notification.title", { name: saved.name }),
    body: t("alerts:notification.body", {
      count: found.length,
      names: found.length > names.length ? `${names.join(", ")}…` : names.join(", "),
    }),
    link: runLink(saved.query),
  };
}

async function translator(locale: Locale) {
  const i18n = await i18nFor(locale);
  // Keys are checked in the locale files; i18next's key types can't follow these calls.
  return i18n.getFixedT(locale) as unknown as (key: string, vars?: Record<string, unknown>) => string;
}
