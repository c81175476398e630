import { eq, inArray } from "drizzle-orm";
import type { Db } from "#db/client";
import { hubCurators, hubRegions, users } from "#db/schema";
import type { Locale } from "~/i18n";
import type { OutgoingEmail } from "./email.server";
import { getEnv } from "./env.server";
import { i18nFor } from "./i18n.server";

export type EmailTemplate =
  | "verifyEmail"
  | "resetPassword"
  | "accountExists"
  | "invitation"
  | "listingSubmitted"
  | "listingApproved"
  | "changesRequested"
  | "listingRejected"
  | "claimRequested"
  | "claimApproved"
  | "claimRejected"
  | "reminder"
  | "needMatched"
  | "needSubscribed"
  | "notificationDigest"
  | "answersDigest"
  | "savedSearchAlert";

/** Absolute link for emails: APP_URL when set, else the request's origin. */
export function absoluteUrl(path: string, origin?: string): string {
  const base = getEnv().APP_URL ?? origin ?? "http://localhost:3000";
  return new URL(path, base).toString();
}

/**
 * Renders a template in the recipient's language. Rendering is async (i18n), queueing is not:
 * render first, then `queueEmail(tx, …)` inside the synchronous SQLite transaction.
 */
export async function renderEmail({
  to,
  locale,
  template,
  vars,
  dedupeKey,
}: {
  to: string;
  locale: Locale;
  template: EmailTemplate;
  vars: Record<string, string>;
  dedupeKey?: string;
}): Promise<OutgoingEmail> {
  const i18n = await i18nFor(locale);
  // Template names are checked by the union above; i18next's key types can't follow a template literal.
  const t = i18n.getFixedT(locale, "emails") as unknown as (key: string, vars?: Record<string, string>) => string;
  return {
    to,
    subject: t(`${template}.subject`, vars),
    text: `${t(`${template}.body`, vars)}\n\n${t("signature")}`,
    kind: template,
    dedupeKey,
  };
}

/** Email and language of the curators of the hubs covering a region. */
export function curatorsOfRegion(db: Db, regionCode: string): { email: string; locale: Locale }[] {
  const hubIds = db
    .select({ id: hubRegions.hubId })
    .from(hubRegions)
    .where(eq(hubRegions.regionCode, regionCode))
    .all()
    .map((r) => r.id);
  if (hubIds.length === 0) return [];
  return db
    .selectDistinct({ email: users.email, locale: users.locale })
    .from(hubCurators)
    .innerJoin(users, eq(users.id, hubCurators.userId))
    .where(inArray(hubCurators.hubId, hubIds))
    .all();
}
