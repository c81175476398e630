import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, updatedAt } from "./columns";
import { categories, labels, socialPurposes } from "./taxonomy";
import { municipalities } from "./geography";

export const LEGAL_STATUSES = ["cooperative", "financial_cooperative", "mutual", "obnl"] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export const COOP_CATEGORIES = ["consumer", "producer", "worker", "worker_shareholder", "solidarity"] as const;
export type CoopCategory = (typeof COOP_CATEGORIES)[number];

export const WORKFORCE_BANDS = ["1_4", "5_9", "10_49", "50_99", "100_plus"] as const;
export type WorkforceBand = (typeof WORKFORCE_BANDS)[number];

// "candidate": imported from a register, not public until claimed or verified by the hub.
// "rejected": the hub refused it with a reason; the member may correct it and submit again.
export const LISTING_STATUSES = [
  "candidate",
  "draft",
  "submitted",
  "changes_requested",
  "rejected",
  "published",
  "archived",
] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const SERVICE_AREA_SCOPES = ["province", "custom"] as const;
export const SERVICE_AREA_KINDS = ["region", "mrc", "municipality"] as const;
export type ServiceAreaKind = (typeof SERVICE_AREA_KINDS)[number];

export const enterprises = sqliteTable(
  "enterprises",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // Numéro d'entreprise du Québec: 10 digits; optional, unique when present.
    neq: text("neq"),
    legalName: text("legal_name").notNull(),
    publicName: text("public_name").notNull(),
    slug: text("slug").notNull(),
    legalStatus: text("legal_status", { enum: LEGAL_STATUSES }).notNull(),
    coopCategory: text("coop_category", { enum: COOP_CATEGORIES }),
    // Articles forbid patronage refunds and interest on preferred shares: the
    // condition of the municipal solidarity-coop exception (LCV 573.3(2.2)).
    coopNonDistributing: integer("coop_non_distributing", { mode: "boolean" }),
    // Share (0–100) of an OBNL's revenue that comes from sales: what makes it an enterprise.
    salesRevenuePercent: integer("sales_revenue_percent"),
    missionFr: text("mission_fr").notNull().default(""),
    missionEn: text("mission_en").notNull().default(""),
    descriptionFr: text("description_fr").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    email: text("email"),
    phone: text("phone"),
    website: text("website"),
    streetAddress: text("street_address"),
    postalCode: text("postal_code"),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
    serviceAreaScope: text("service_area_scope", { enum: SERVICE_AREA_SCOPES }).notNull().default("custom"),
    workforceBand: text("workforce_band", { enum: WORKFORCE_BANDS }),
    yearFounded: integer("year_founded"),
    status: text("status", { enum: LISTING_STATUSES }).notNull().default("draft"),
    // Demo listings are invented; the UI says so.
    isDemo: integer("is_demo", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    archivedAt: integer("archived_at", { mode: "timestamp_ms" }),
    lastVerifiedAt: integer("last_verified_at", { mode: "timestamp_ms" }),
    // When a member last confirmed the listing is current; reminders go out after 12 months.
    lastConfirmedAt: integer("last_confirmed_at", { mode: "timestamp_ms" }),
    reminderSentAt: integer("reminder_sent_at", { mode: "timestamp_ms" }),
    importedAt: integer("imported_at", { mode: "timestamp_ms" }),
    importSource: text("import_source"),
  },
  (t) => [
    uniqueIndex("enterprises_neq_unique").on(t.neq),
    uniqueIndex("enterprises_slug_unique").on(t.slug),
    index("enterprises_status_idx").on(t.status),
    index("enterprises_municipality_idx").on(t.municipalityCode),
  ],
);

export const enterpriseCategories = sqliteTable(
  "enterprise_categories",
  {
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    categoryCode: text("category_code")
      .notNull()
      .references(() => categories.code),
    // The categories an enterprise lists first are its main ones.
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.categoryCode] }),
    index("enterprise_categories_category_idx").on(t.categoryCode),
  ],
);

export const enterpriseServiceAreas = sqliteTable(
  "enterprise_service_areas",
  {
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: SERVICE_AREA_KINDS }).notNull(),
    code: text("code").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.kind, t.code] }),
    index("enterprise_service_areas_code_idx").on(t.kind, t.code),
  ],
);

export const offerings = sqliteTable(
  "offerings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    categoryCode: text("category_code")
      .notNull()
      .references(() => categories.code),
    nameFr: text("name_fr").notNull(),
    nameEn: text("name_en").notNull().default(""),
    descriptionFr: text("description_fr").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    unitFr: text("unit_fr"),
    unitEn: text("unit_en"),
    priceMinCad: integer("price_min_cad"),
    priceMaxCad: integer("price_max_cad"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("offerings_enterprise_idx").on(t.enterpriseId)],
);

export const enterpriseLabels = sqliteTable(
  "enterprise_labels",
  {
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    labelCode: text("label_code")
      .notNull()
      .references(() => labels.code),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.labelCode] })],
);

export const enterprisePurposes = sqliteTable(
  "enterprise_purposes",
  {
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    purposeCode: text("purpose_code")
      .notNull()
      .references(() => socialPurposes.code),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.purposeCode] })],
);

export type Enterprise = typeof enterprises.$inferSelect;
export type NewEnterprise = typeof enterprises.$inferInsert;
export type Offering = typeof offerings.$inferSelect;
