import { getTableColumns, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../client";
import {
  categories as categoriesTable,
  categoryGroups as groupsTable,
  fsaMunicipalities,
  fsas,
  labels as labelsTable,
  mrcs,
  municipalities,
  regions,
  socialPurposes as purposesTable,
} from "../schema";
import { readReferenceCsv } from "./read-csv";
import { categories, categoryGroups } from "./taxonomy";
import { labels } from "./labels";
import { socialPurposes } from "./social-purposes";

type RegionCsv = { code: string; name_fr: string; name_en: string; population: string; area_km2: string };
type MrcCsv = {
  mrc_code: string;
  name: string;
  kind: string;
  cd_code: string;
  region_codes: string;
  population: string;
};
type MunicipalityCsv = {
  mcode: string;
  name: string;
  designation_code: string;
  designation: string;
  region_code: string;
  mrc_code: string;
  cd_code: string;
  population: string;
  lat: string;
  lon: string;
  coord_source: string;
};
type FsaCsv = { fsa: string; rural: string; region_codes: string; geonames_place: string };
type FsaLinkCsv = { fsa: string; mcode: string };

/** Municipalities outside any MRC are grouped by census division (e.g. Montréal, Laval). */
export function mrcKey(mrcCode: string, cdCode: string): string {
  return mrcCode || `CD-${cdCode}`;
}

function* chunked<T>(rows: T[], size = 200): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

const num = (v: string) => (v === "" ? null : Number(v));

/** `set` clause of an upsert: take the incoming value for each listed property. */
function excluded<T extends SQLiteTable>(table: T, keys: (keyof T["$inferInsert"] & string)[]) {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  return Object.fromEntries(keys.map((k) => [k, sql.raw(`excluded."${columns[k]!.name}"`)]));
}

/**
 * Upserts the reference data (geography from MAMH/GeoNames/simplemaps, taxonomy from
 * db/reference/*.ts) so that a data change lands with the next start, like a migration.
 */
export function loadReferenceData(db: Db): void {
  const regionRows = readReferenceCsv<RegionCsv>("qc_admin_regions.csv");
  const mrcRows = readReferenceCsv<MrcCsv>("qc_mrc.csv");
  const muniRows = readReferenceCsv<MunicipalityCsv>("qc_municipalities.csv");
  const fsaRows = readReferenceCsv<FsaCsv>("qc_fsa.csv");
  const linkRows = readReferenceCsv<FsaLinkCsv>("qc_fsa_municipality_links.csv");

  db.transaction((tx) => {
    for (const r of regionRows) {
      tx.insert(regions)
        .values({
          code: r.code,
          nameFr: r.name_fr,
          nameEn: r.name_en,
          population: Number(r.population),
          areaKm2: Number(r.area_km2),
        })
        .onConflictDoUpdate({
          target: regions.code,
          set: excluded(regions, ["nameFr", "nameEn", "population", "areaKm2"]),
        })
        .run();
    }
    for (const m of mrcRows) {
      tx.insert(mrcs)
        .values({
          code: mrcKey(m.mrc_code, m.cd_code),
          name: m.name,
          isMrc: m.mrc_code !== "",
          // A few groups list several regions; the first is where most members are.
          regionCode: m.region_codes.split(";")[0]!,
          population: Number(m.population),
        })
        .onConflictDoUpdate({ target: mrcs.code, set: excluded(mrcs, ["name", "isMrc", "regionCode", "population"]) })
        .run();
    }
    for (const chunk of chunked(muniRows)) {
      tx.insert(municipalities)
        .values(
          chunk.map((m) => ({
            code: m.mcode,
            name: m.name,
            designationCode: m.designation_code,
            designation: m.designation,
            regionCode: m.region_code,
            mrcCode: mrcKey(m.mrc_code, m.cd_code),
            population: Number(m.population),
            lat: num(m.lat),
            lon: num(m.lon),
            coordSource: m.coord_source,
          })),
        )
        .onConflictDoUpdate({
          target: municipalities.code,
          set: excluded(municipalities, [
            "name",
            "designationCode",
            "designation",
            "regionCode",
            "mrcCode",
            "population",
            "lat",
            "lon",
            "coordSource",
          ]),
        })
        .run();
    }
    for (const chunk of chunked(fsaRows)) {
      tx.insert(fsas)
        .values(
          chunk.map((f) => ({
            fsa: f.fsa,
            rural: f.rural === "yes",
            regionCodes: f.region_codes,
            place: f.geonames_place,
          })),
        )
        .onConflictDoUpdate({ target: fsas.fsa, set: excluded(fsas, ["rural", "regionCodes", "place"]) })
        .run();
    }
    for (const chunk of chunked(linkRows)) {
      tx.insert(fsaMunicipalities)
        .values(chunk.map((l) => ({ fsa: l.fsa, municipalityCode: l.mcode })))
        .onConflictDoNothing()
        .run();
    }

    categoryGroups.forEach((g, position) => {
      tx.insert(groupsTable)
        .values({ code: g.code, nameFr: g.name.fr, nameEn: g.name.en, position })
        .onConflictDoUpdate({ target: groupsTable.code, set: excluded(groupsTable, ["nameFr", "nameEn", "position"]) })
        .run();
    });
    categories.forEach((c, position) => {
      tx.insert(categoriesTable)
        .values({
          code: c.code,
          groupCode: c.groupCode,
          nameFr: c.name.fr,
          nameEn: c.name.en,
          position,
          naics: [...c.naics],
          unspsc: [...c.unspsc],
        })
        .onConflictDoUpdate({
          target: categoriesTable.code,
          set: excluded(categoriesTable, ["groupCode", "nameFr", "nameEn", "position", "naics", "unspsc"]),
        })
        .run();
    });
    for (const l of labels) {
      tx.insert(labelsTable)
        .values({ code: l.code, nameFr: l.name.fr, nameEn: l.name.en })
        .onConflictDoUpdate({ target: labelsTable.code, set: excluded(labelsTable, ["nameFr", "nameEn"]) })
        .run();
    }
    for (const p of socialPurposes) {
      tx.insert(purposesTable)
        .values({ code: p.code, nameFr: p.name.fr, nameEn: p.name.en })
        .onConflictDoUpdate({ target: purposesTable.code, set: excluded(purposesTable, ["nameFr", "nameEn"]) })
        .run();
    }
  });
}
