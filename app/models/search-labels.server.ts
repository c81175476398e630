import { inArray, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { mrcs, municipalities } from "#db/schema";
import { pairs, referenceLabels, type LabelMap } from "./reference-labels.server";

export type { LabelMap };

/** Bilingual names for the facet values the search page shows (MRCs and municipalities: only those asked for). */
export function facetValueLabels(db: Db, codes: { mrc: string[]; municipality: string[] }) {
  return {
    ...referenceLabels(db),
    mrc: pairs(
      codes.mrc.length === 0
        ? []
        : db
            .select({ code: mrcs.code, fr: mrcs.name, en: mrcs.name })
            .from(mrcs)
            .where(inArray(mrcs.code, codes.mrc))
            .all(),
    ),
    municipality: pairs(
      codes.municipality.length === 0
        ? []
        : db
            .select({ code: municipalities.code, fr: municipalities.name, en: municipalities.name })
            .from(municipalities)
            .where(inArray(municipalities.code, codes.municipality))
            .all(),
    ),
  };
}

export type FacetValueLabels = ReturnType<typeof facetValueLabels>;

export type NearPoint = { code: string; name: string; lat: number; lon: number };

/**
 * The municipality a "near" value designates: a 5-digit code, a name (accents and case
 * ignored) or a postal code (its FSA's first linked municipality with coordinates).
 */
export function resolveNear(db: Db, value: string): NearPoint | undefined {
  const v = value.trim();
  const located = sql`lat is not null and lon is not null`;
  if (/^\d{5}$/.test(v)) {
    return db.get<NearPoint>(sql`select code, name, lat, lon from municipalities where code = ${v} and ${located}`);
  }
  const postal = v.replace(/\s+/g, "").toUpperCase();
  if (/^[A-Z]\d[A-Z](\d[A-Z]\d)?$/.test(postal)) {
    return db.get<NearPoint>(sql`
      select m.code, m.name, m.lat, m.lon from fsa_municipalities f join municipalities m on m.code = f.municipality_code
      where f.fsa = ${postal.slice(0, 3)} and m.lat is not null order by m.population desc limit 1`);
  }
  const rows = db.all<NearPoint & { population: number }>(
    sql`select code, name, lat, lon, population from municipalities where ${located}`,
  );
  const fold = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  const wanted = fold(v);
  return rows.filter((r) => fold(r.name) === wanted).sort((a, b) => b.population - a.population)[0];
}

/** Municipality names for the "near" field's suggestions (only those with coordinates). */
export function listLocatedMunicipalityNames(db: Db): string[] {
  return db
    .all<{ name: string }>(sql`select distinct name from municipalities where lat is not null order by name`)
    .map((r) => r.name);
}
