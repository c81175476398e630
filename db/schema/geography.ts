import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Codes are text so the official leading zeros survive ("01", "070", "07047").
export const regions = sqliteTable("regions", {
  code: text("code").primaryKey(),
  nameFr: text("name_fr").notNull(),
  nameEn: text("name_en").notNull(),
  population: integer("population").notNull(),
  areaKm2: real("area_km2").notNull(),
});

// MRC codes are unique, but 12 groups have no MRC code (cities outside an MRC):
// those are keyed by their census division as "CD-<cd_code>".
export const mrcs = sqliteTable(
  "mrcs",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    isMrc: integer("is_mrc", { mode: "boolean" }).notNull(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    population: integer("population").notNull(),
  },
  (t) => [index("mrcs_region_idx").on(t.regionCode)],
);

export const municipalities = sqliteTable(
  "municipalities",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    designationCode: text("designation_code").notNull(),
    designation: text("designation").notNull(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    mrcCode: text("mrc_code").references(() => mrcs.code),
    population: integer("population").notNull(),
    lat: real("lat"),
    lon: real("lon"),
    coordSource: text("coord_source").notNull(),
  },
  (t) => [
    index("municipalities_region_idx").on(t.regionCode),
    index("municipalities_mrc_idx").on(t.mrcCode),
    index("municipalities_name_idx").on(t.name),
  ],
);

export const fsas = sqliteTable("fsas", {
  fsa: text("fsa").primaryKey(),
  rural: integer("rural", { mode: "boolean" }).notNull(),
  // ";"-separated: 30 FSAs straddle regions, 6 have none.
  regionCodes: text("region_codes").notNull(),
  place: text("place").notNull(),
});

export const fsaMunicipalities = sqliteTable(
  "fsa_municipalities",
  {
    fsa: text("fsa")
      .notNull()
      .references(() => fsas.fsa),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [
    primaryKey({ columns: [t.fsa, t.municipalityCode] }),
    index("fsa_municipalities_municipality_idx").on(t.municipalityCode),
  ],
);

export type Region = typeof regions.$inferSelect;
export type Mrc = typeof mrcs.$inferSelect;
export type Municipality = typeof municipalities.$inferSelect;
