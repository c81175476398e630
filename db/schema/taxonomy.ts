import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Mirrors of the reviewed TypeScript data in db/reference/, synced at start-up,
// so that SQL can join and count on them.
export const categoryGroups = sqliteTable("category_groups", {
  code: text("code").primaryKey(),
  nameFr: text("name_fr").notNull(),
  nameEn: text("name_en").notNull(),
  position: integer("position").notNull(),
});

export const categories = sqliteTable(
  "categories",
  {
    code: text("code").primaryKey(),
    groupCode: text("group_code")
      .notNull()
      .references(() => categoryGroups.code),
    nameFr: text("name_fr").notNull(),
    nameEn: text("name_en").notNull(),
    position: integer("position").notNull(),
    // JSON arrays of crosswalk codes (NAICS Canada 2022, UNSPSC segment/family).
    naics: text("naics", { mode: "json" }).$type<string[]>().notNull(),
    unspsc: text("unspsc", { mode: "json" }).$type<string[]>().notNull(),
  },
  (t) => [index("categories_group_idx").on(t.groupCode)],
);

export const labels = sqliteTable("labels", {
  code: text("code").primaryKey(),
  nameFr: text("name_fr").notNull(),
  nameEn: text("name_en").notNull(),
});

export const socialPurposes = sqliteTable("social_purposes", {
  code: text("code").primaryKey(),
  nameFr: text("name_fr").notNull(),
  nameEn: text("name_en").notNull(),
});

export type CategoryRow = typeof categories.$inferSelect;
export type CategoryGroupRow = typeof categoryGroups.$inferSelect;
