import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import {
  categories,
  categoryGroups,
  enterpriseCategories,
  enterpriseLabels,
  enterprisePurposes,
  enterprises,
  enterpriseServiceAreas,
  labels,
  mrcs,
  municipalities,
  offerings,
  regions,
  socialPurposes,
} from "#db/schema";

type Named = { code: string; nameFr: string; nameEn: string };

/** Everything public about a published listing, or undefined (unpublished listings are not public). */
export function getPublishedProfile(db: Db, slug: string) {
  const e = db
    .select({
      enterprise: enterprises,
      municipality: { code: municipalities.code, name: municipalities.name },
      region: { code: regions.code, nameFr: regions.nameFr, nameEn: regions.nameEn },
      mrc: { code: mrcs.code, name: mrcs.name },
    })
    .from(enterprises)
    .innerJoin(municipalities, eq(municipalities.code, enterprises.municipalityCode))
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .leftJoin(mrcs, eq(mrcs.code, municipalities.mrcCode))
    .where(and(eq(enterprises.slug, slug), eq(enterprises.status, "published")))
    .get();
  if (!e) return undefined;
  const id = e.enterprise.id;

  const cats = db
    .select({
      code: categories.code,
      nameFr: categories.nameFr,
      nameEn: categories.nameEn,
      groupCode: categoryGroups.code,
      groupFr: categoryGroups.nameFr,
      groupEn: categoryGroups.nameEn,
    })
    .from(enterpriseCategories)
    .innerJoin(categories, eq(categories.code, enterpriseCategories.categoryCode))
    .innerJoin(categoryGroups, eq(categoryGroups.code, categories.groupCode))
    .where(eq(enterpriseCategories.enterpriseId, id))
    .orderBy(asc(enterpriseCategories.position))
    .all();
  const offers = db
    .select()
    .from(offerings)
    .where(eq(offerings.enterpriseId, id))
    .orderBy(asc(offerings.position))
    .all();
  const areas = db.all<{ kind: "region" | "mrc" | "municipality"; code: string; nameFr: string; nameEn: string }>(sql`
    select a.kind, a.code,
      coalesce(r.name_fr, mr.name, mu.name, a.code) as nameFr,
      coalesce(r.name_en, mr.name, mu.name, a.code) as nameEn
    from ${enterpriseServiceAreas} a
    left join ${regions} r on a.kind = 'region' and r.code = a.code
    left join ${mrcs} mr on a.kind = 'mrc' and mr.code = a.code
    left join ${municipalities} mu on a.kind = 'municipality' and mu.code = a.code
    where a.enterprise_id = ${id}
    order by a.kind, nameFr`);
  const labelRows: Named[] = db
    .select({ code: labels.code, nameFr: labels.nameFr, nameEn: labels.nameEn })
    .from(enterpriseLabels)
    .innerJoin(labels, eq(labels.code, enterpriseLabels.labelCode))
    .where(eq(enterpriseLabels.enterpriseId, id))
    .all();
  const purposeRows: Named[] = db
    .select({ code: socialPurposes.code, nameFr: socialPurposes.nameFr, nameEn: socialPurposes.nameEn })
    .from(enterprisePurposes)
    .innerJoin(socialPurposes, eq(socialPurposes.code, enterprisePurposes.purposeCode))
    .where(eq(enterprisePurposes.enterpriseId, id))
    .all();

  const { enterprise } = e;
  return {
    id,
    slug: enterprise.slug,
    neq: enterprise.neq,
    publicName: enterprise.publicName,
    legalName: enterprise.legalName,
    legalStatus: enterprise.legalStatus,
    coopCategory: enterprise.coopCategory,
    salesRevenuePercent: enterprise.salesRevenuePercent,
    mission: { fr: enterprise.missionFr, en: enterprise.missionEn },
    description: { fr: enterprise.descriptionFr, en: enterprise.descriptionEn },
    contact: { email: enterprise.email, phone: enterprise.phone, website: enterprise.website },
    address: {
      street: enterprise.streetAddress,
      postalCode: enterprise.postalCode,
      municipality: e.municipality,
      region: e.region,
      mrc: e.mrc,
    },
    serviceArea: { scope: enterprise.serviceAreaScope, areas },
    workforceBand: enterprise.workforceBand,
    yearFounded: enterprise.yearFounded,
    lastVerifiedAt: enterprise.lastVerifiedAt?.toISOString() ?? null,
    updatedAt: enterprise.updatedAt.toISOString(),
    isDemo: enterprise.isDemo,
    categories: cats,
    offerings: offers.map((o) => ({
      id: o.id,
      categoryCode: o.categoryCode,
      name: { fr: o.nameFr, en: o.nameEn },
      description: { fr: o.descriptionFr, en: o.descriptionEn },
      unit: o.unitFr ? { fr: o.unitFr, en: o.unitEn ?? o.unitFr } : null,
      priceMinCad: o.priceMinCad,
      priceMaxCad: o.priceMaxCad,
    })),
    labels: labelRows,
    purposes: purposeRows,
  };
}

export type PublicProfile = NonNullable<ReturnType<typeof getPublishedProfile>>;
