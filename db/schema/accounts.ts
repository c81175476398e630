import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, updatedAt } from "./columns";
import { enterprises } from "./enterprises";
import { regions } from "./geography";

export const ROLES = ["buyer", "enterprise_member", "hub_curator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const BUYER_ORGANIZATION_TYPES = [
  "ministry",
  "health_network",
  "education_network",
  "municipality",
  "other",
] as const;
export type BuyerOrganizationType = (typeof BUYER_ORGANIZATION_TYPES)[number];

export const hubs = sqliteTable(
  "hubs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    email: text("email"),
    website: text("website"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("hubs_slug_unique").on(t.slug)],
);

export const hubRegions = sqliteTable(
  "hub_regions",
  {
    hubId: integer("hub_id")
      .notNull()
      .references(() => hubs.id, { onDelete: "cascade" }),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.regionCode] }), index("hub_regions_region_idx").on(t.regionCode)],
);

export const buyerOrganizations = sqliteTable("buyer_organizations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  type: text("type", { enum: BUYER_ORGANIZATION_TYPES }).notNull(),
  regionCode: text("region_code").references(() => regions.code),
  createdAt: createdAt(),
});

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash"),
    locale: text("locale", { enum: ["fr", "en"] })
      .notNull()
      .default("fr"),
    emailVerifiedAt: integer("email_verified_at", { mode: "timestamp_ms" }),
    buyerOrganizationId: integer("buyer_organization_id").references(() => buyerOrganizations.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

export const userRoles = sqliteTable(
  "user_roles",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const hubCurators = sqliteTable(
  "hub_curators",
  {
    hubId: integer("hub_id")
      .notNull()
      .references(() => hubs.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.userId] })],
);

export const enterpriseMembers = sqliteTable(
  "enterprise_members",
  {
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.userId] }), index("enterprise_members_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type Hub = typeof hubs.$inferSelect;
