import { sql } from "drizzle-orm";
import type { Db } from "../client";
import type { SeedReference } from "./generate";

type MuniRow = {
  code: string;
  name: string;
  region_code: string;
  mrc_code: string | null;
  population: number;
  lat: number | null;
  lon: number | null;
  fsas: string | null;
};

/** What the generator needs from the reference tables, read once. */
export function loadSeedReference(db: Db): SeedReference {
  const regions = db.all<{ code: string; nameFr: string; population: number }>(
    sql`select code, name_fr as nameFr, population from regions order by code`,
  );
  // Local municipalities only (designations 01–10): reserves, TNO and category-I lands host no demo enterprise.
  const munis = db.all<MuniRow>(sql`
    select m.code, m.name, m.region_code, m.mrc_code, m.population, m.lat, m.lon,
           (select group_concat(fsa, ';') from fsa_municipalities f where f.municipality_code = m.code) as fsas
    from municipalities m
    where m.designation_code in ('01','02','04','05','06','07','08','09','10')
    order by m.code`);
  const categories = db.all<{ code: string; groupCode: string }>(
    sql`select code, group_code as groupCode from categories order by position`,
  );
  const labelCodes = db.all<{ code: string }>(sql`select code from labels order by code`).map((r) => r.code);
  const purposeCodes = db.all<{ code: string }>(sql`select code from social_purposes order by code`).map((r) => r.code);

  return {
    regions,
    municipalities: munis.map((m) => ({
      code: m.code,
      name: m.name,
      regionCode: m.region_code,
      mrcCode: m.mrc_code,
      population: m.population,
      fsas: m.fsas ? m.fsas.split(";").sort() : [],
    })),
    neighbours: nearestRegions(munis, 3),
    categories,
    labelCodes,
    purposeCodes,
  };
}

/** Each region's nearest regions by population-weighted centroid: plausible multi-region service areas. */
function nearestRegions(munis: MuniRow[], k: number): Record<string, string[]> {
  const sums = new Map<string, { lat: number; lon: number; w: number }>();
  for (const m of munis) {
    if (m.lat == null || m.lon == null) continue;
    const w = Math.max(1, m.population);
    const s = sums.get(m.region_code) ?? { lat: 0, lon: 0, w: 0 };
    sums.set(m.region_code, { lat: s.lat + m.lat * w, lon: s.lon + m.lon * w, w: s.w + w });
  }
  const centroids = [...sums.entries()].map(([code, s]) => ({ code, lat: s.lat / s.w, lon: s.lon / s.w }));
  return Object.fromEntries(
    centroids.map((c) => [
      c.code,
      centroids
        .filter((o) => o.code !== c.code)
        .map((o) => ({
          code: o.code,
          d: (o.lat - c.lat) ** 2 + ((o.lon - c.lon) * Math.cos((c.lat * Math.PI) / 180)) ** 2,
        }))
        .sort((a, b) => a.d - b.d)
        .slice(0, k)
        .map((o) => o.code),
    ]),
  );
}
