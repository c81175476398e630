import { asc, eq } from "drizzle-orm";
import type { Db } from "#db/client";
import { mrcs, municipalities, regions } from "#db/schema";
import {
  createMunicipalityResolver,
  municipalityChoices,
  type MunicipalityChoice,
} from "~/components/listing-form/municipality";
import type { FormLookups } from "~/components/listing-form/form-schemas";
import type { RegionWithMrcs } from "~/components/listing-form/geography";

export type { RegionWithMrcs };

// Reference geography only changes with a migration: compute once per database handle.
const cache = new WeakMap<Db, { choices: MunicipalityChoice[]; regions: RegionWithMrcs[]; lookups: FormLookups }>();

function load(db: Db) {
  let entry = cache.get(db);
  if (!entry) {
    const rows = db
      .select({
        code: municipalities.code,
        name: municipalities.name,
        designation: municipalities.designation,
        mrcName: mrcs.name,
        regionName: regions.nameFr,
      })
      .from(municipalities)
      .innerJoin(regions, eq(regions.code, municipalities.regionCode))
      .leftJoin(mrcs, eq(mrcs.code, municipalities.mrcCode))
      .orderBy(asc(municipalities.name), asc(municipalities.code))
      .all();
    const choices = municipalityChoices(
      rows
        .map((r) => ({ code: r.code, name: r.name, designation: r.designation, area: r.mrcName ?? r.regionName }))
        .sort((a, b) => a.name.localeCompare(b.name, "fr")),
    );
    const regionRows = db.select().from(regions).orderBy(asc(regions.code)).all();
    const mrcRows = db
      .select({ code: mrcs.code, name: mrcs.name, regionCode: mrcs.regionCode })
      .from(mrcs)
      .orderBy(asc(mrcs.name))
      .all();
    entry = {
      choices,
      regions: regionRows.map((r) => ({
        code: r.code,
        nameFr: r.nameFr,
        nameEn: r.nameEn,
        mrcs: mrcRows.filter((m) => m.regionCode === r.code).map((m) => ({ code: m.code, name: m.name })),
      })),
      lookups: {
        resolveMunicipality: createMunicipalityResolver(choices),
        mrcCodes: new Set(mrcRows.map((m) => m.code)),
      },
    };
    cache.set(db, entry);
  }
  return entry;
}

/** Every municipality with a distinct label, for the suggestions list and the resolver. */
export function getMunicipalityChoices(db: Db): MunicipalityChoice[] {
  return load(db).choices;
}

/** The 17 regions with their MRCs (and equivalent territories), for the service-area step. */
export function getRegionsWithMrcs(db: Db): RegionWithMrcs[] {
  return load(db).regions;
}

/** The lookups the step schemas need, backed by the reference tables. */
export function serverFormLookups(db: Db): FormLookups {
  return load(db).lookups;
}
