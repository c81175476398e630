import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, updatedAt } from "./columns";
import { buyerOrganizations, users } from "./accounts";
import { enterprises } from "./enterprises";
import { categories } from "./taxonomy";
import { municipalities, regions } from "./geography";

export const NEED_KINDS = [
  "market_sounding",
  "request_for_quotes",
  "invitation_tender",
  "upcoming_public_tender",
] as const;
export const NEED_NATURES = ["supply", "services", "construction", "residual_materials_services", "insurance"] as const;
export const NEED_STATUSES = ["draft", "published", "closed", "cancelled"] as const;
export const CONTACT_VISIBILITIES = ["public", "matched", "on_request"] as const;
export const AMOUNT_BANDS = ["lt_25k", "25k_100k", "100k_500k", "gt_500k"] as const;

/** A buyer's need: what they want to buy, where, when and roughly for how much. */
export const needs = sqliteTable(
  "needs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    buyerOrganizationId: integer("buyer_organization_id")
      .notNull()
      .references(() => buyerOrganizations.id),
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description").notNull(),
    kind: text("kind", { enum: NEED_KINDS }).notNull(),
    contractNature: text("contract_nature", { enum: NEED_NATURES }).notNull(),
    // Either an estimate or a band; matching uses the estimate or the band's middle.
    amountCad: integer("amount_cad"),
    amountBand: text("amount_band", { enum: AMOUNT_BANDS }),
    deliveryMunicipalityCode: text("delivery_municipality_code").references(() => municipalities.code),
    startsOn: text("starts_on"),
    endsOn: text("ends_on"),
    responseDeadline: text("response_deadline"),
    questions: text("questions", { mode: "json" }).$type<string[]>().notNull().default([]),
    contactVisibility: text("contact_visibility", { enum: CONTACT_VISIBILITIES }).notNull().default("matched"),
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    // Public needs are visible to every enterprise; the others only to matched ones.
    isPublic: integer("is_public", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: NEED_STATUSES }).notNull().default("draft"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    matchedAt: integer("matched_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("needs_org_idx").on(t.buyerOrganizationId, t.status),
    index("needs_status_idx").on(t.status, t.publishedAt),
  ],
);

export const needCategories = sqliteTable(
  "need_categories",
  {
    needId: integer("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    categoryCode: text("category_code")
      .notNull()
      .references(() => categories.code),
    // Suggested from the text when the buyer picked none.
    suggested: integer("suggested", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.needId, t.categoryCode] })],
);

export const needRegions = sqliteTable(
  "need_regions",
  {
    needId: integer("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
  },
  (t) => [primaryKey({ columns: [t.needId, t.regionCode] }), index("need_regions_region_idx").on(t.regionCode)],
);

/** The ranked enterprises of a need with their reasons, recomputed when the need changes. */
export const needMatches = sqliteTable(
  "need_matches",
  {
    needId: integer("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    rank: integer("rank").notNull(),
    score: integer("score").notNull(),
    reasons: text("reasons", { mode: "json" })
      .$type<{ code: string; points: number; detail: Record<string, string | number> }[]>()
      .notNull(),
    distanceKm: real("distance_km"),
    computedAt: integer("computed_at", { mode: "timestamp_ms" }).notNull(),
    // Set once: an enterprise is notified at most once per need.
    notifiedAt: integer("notified_at", { mode: "timestamp_ms" }),
    recommendedByUserId: integer("recommended_by_user_id").references(() => users.id, { onDelete: "set null" }),
    recommendationNote: text("recommendation_note"),
  },
  (t) => [primaryKey({ columns: [t.needId, t.enterpriseId] }), index("need_matches_enterprise_idx").on(t.enterpriseId)],
);

export const RESPONSE_INTERESTS = ["interested", "not_interested"] as const;

/** An enterprise's answer to a need. */
export const needResponses = sqliteTable(
  "need_responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    needId: integer("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    interest: text("interest", { enum: RESPONSE_INTERESTS }).notNull(),
    message: text("message"),
    answers: text("answers", { mode: "json" }).$type<string[]>().notNull().default([]),
    reason: text("reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    // The buyer's digest includes each answer once.
    buyerNotifiedAt: integer("buyer_notified_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("need_responses_unique").on(t.needId, t.enterpriseId)],
);

export const shortlistEntries = sqliteTable(
  "shortlist_entries",
  {
    needId: integer("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    addedByUserId: integer("added_by_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.needId, t.enterpriseId] })],
);

export const PURCHASE_ROUTES = [
  "direct_award",
  "invitation_tender",
  "reserved_tender",
  "open_public_tender",
  "exception",
] as const;

/** What a buyer bought, from whom, by which route: the base of the purchasing indicators. */
export const purchaseRecords = sqliteTable(
  "purchase_records",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    needId: integer("need_id").references(() => needs.id, { onDelete: "set null" }),
    buyerOrganizationId: integer("buyer_organization_id")
      .notNull()
      .references(() => buyerOrganizations.id),
    enterpriseId: integer("enterprise_id").references(() => enterprises.id, { onDelete: "set null" }),
    // Kept even if the enterprise is removed later, and for awards outside the directory.
    supplierName: text("supplier_name").notNull(),
    amountCad: integer("amount_cad").notNull(),
    route: text("route", { enum: PURCHASE_ROUTES }).notNull(),
    awardedOn: text("awarded_on").notNull(),
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("purchase_records_org_idx").on(t.buyerOrganizationId, t.awardedOn)],
);

/** The in-app inbox. `dedupeKey` makes "at most once" hold across reruns. */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    link: text("link"),
    dedupeKey: text("dedupe_key").unique(),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    // Null until an email (immediate or digest) carried it.
    emailedAt: integer("emailed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt, t.id)],
);

export const EMAIL_FREQUENCIES = ["immediate", "daily", "weekly", "never"] as const;

/** How and about what a user wants to hear; the token makes the unsubscribe link work without login. */
export const notificationPreferences = sqliteTable("notification_preferences", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  emailFrequency: text("email_frequency", { enum: EMAIL_FREQUENCIES }).notNull().default("daily"),
  // Enterprises: new needs in these categories / regions (empty = those of their listings).
  categories: text("categories", { mode: "json" }).$type<string[]>().notNull().default([]),
  regions: text("regions", { mode: "json" }).$type<string[]>().notNull().default([]),
  unsubscribeToken: text("unsubscribe_token").notNull().unique(),
  lastDigestAt: integer("last_digest_at", { mode: "timestamp_ms" }),
  updatedAt: updatedAt(),
});

/** A buyer's saved directory search; new matching listings are sent to them. */
export const savedSearches = sqliteTable(
  "saved_searches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // The directory's query string, validated by the search parameter schema.
    query: text("query").notNull(),
    frequency: text("frequency", { enum: EMAIL_FREQUENCIES }).notNull().default("weekly"),
    // Listings published after this are "new" for the next alert.
    lastCheckedAt: integer("last_checked_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("saved_searches_user_idx").on(t.userId)],
);
