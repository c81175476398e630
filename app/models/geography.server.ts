import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { enterprises, fsaMunicipalities, fsas, mrcs, municipalities, regions } from "#db/schema";

const publishedInMunicipality = and(
  eq(enterprises.municipalityCode, municipalities.code),
  eq(enterprises.status, "published"),
);

/** The 17 regions in code order, each with its count of published enterprises located there. */
export function listRegionsWithCounts(db: Db) {
  return db
    .select({
      code: regions.code,
      nameFr: regions.nameFr,
      nameEn: regions.nameEn,
      population: regions.population,
      enterpriseCount: sql<number>`count(${enterprises.id})`,
    })
    .from(regions)
    .leftJoin(municipalities, eq(municipalities.regionCode, regions.code))
    .leftJoin(enterprises, publishedInMunicipality)
    .groupBy(regions.code)
    .orderBy(asc(regions.code))
    .all();
}

export function getRegion(db: Db, code: string) {
  return db.select().from(regions).where(eq(regions.code, code)).get();
}

/** MRCs (and territories outside an MRC) of a region, with published enterprise counts. */
export function listMrcsOfRegion(db: Db, regionCode: string) {
  return db
    .select({
      code: mrcs.code,
      name: mrcs.name,
      isMrc: mrcs.isMrc,
      population: mrcs.population,
      enterpriseCount: sql<number>`count(${enterprises.id})`,
    })
    .from(mrcs)
    .leftJoin(municipalities, eq(municipalities.mrcCode, mrcs.code))
    .leftJoin(enterprises, publishedInMunicipality)
    .where(eq(mrcs.regionCode, regionCode))
    .groupBy(mrcs.code)
    .orderBy(asc(mrcs.name))
    .all();
}

/** Municipalities that use a postal-code prefix (FSA); "G9A 5H7" and "g9a" both work. */
export function findMunicipalitiesByFsa(db: Db, postalCode: string) {
  const fsa = postalCode.replace(/\s+/g, "").toUpperCase().slice(0, 3);
  return db
    .select({ code: municipalities.code, name: municipalities.name, regionCode: municipalities.regionCode })
    .from(fsaMunicipalities)
    .innerJoin(municipalities, eq(municipalities.code, fsaMunicipalities.municipalityCode))
    .where(eq(fsaMunicipalities.fsa, fsa))
    .orderBy(asc(municipalities.name))
    .all();
}

/** Regions an FSA lies in (a few straddle two regions). */
export function findRegionsByFsa(db: Db, postalCode: string): string[] {
  const fsa = postalCode.replace(/\s+/g, "").toUpperCase().slice(0, 3);
  const row = db.select({ regionCodes: fsas.regionCodes }).from(fsas).where(eq(fsas.fsa, fsa)).get();
  return row?.regionCodes ? row.regionCodes.split(";") : [];
}
