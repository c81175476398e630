// The "healthy competition" question of a reserved competition (condition
// `enough_eligible_suppliers` of the contracting module): how many published non-profits and
// cooperatives could answer in the buyer's region. The directory is not exhaustive.
import { and, asc, eq, exists, inArray, or, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import {
  categories,
  categoryGroups,
  enterpriseCategories,
  enterpriseServiceAreas,
  enterprises,
  mrcs,
  municipalities,
  regions,
} from "#db/schema";

/** The legal statuses a reserved competition for non-profits or cooperatives reaches. */
export const COMPETITION_STATUSES = ["obnl", "cooperative"] as const;
export type CompetitionStatus = (typeof COMPETITION_STATUSES)[number];

export type Competition = {
  region: { code: string; nameFr: string; nameEn: string };
  category: { code: string; nameFr: string; nameEn: string } | null;
  total: number;
  byStatus: Record<CompetitionStatus, number>;
  /** The same search in the directory. */
  directoryHref: string;
};

/**
 * Serves region R: the whole province, or a service area that is R itself, one of its MRCs
 * or one of its municipalities.
 */
function servesRegion(db: Db, regionCode: string) {
  const area = enterpriseServiceAreas;
  const mrcsOfRegion = db.select({ code: mrcs.code }).from(mrcs).where(eq(mrcs.regionCode, regionCode));
  const municipalitiesOfRegion = db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.regionCode, regionCode));
  return or(
    eq(enterprises.serviceAreaScope, "province"),
    exists(
      db
        .select({ one: sql`1` })
        .from(area)
        .where(
          and(
            eq(area.enterpriseId, enterprises.id),
            or(
              and(eq(area.kind, "region"), eq(area.code, regionCode)),
              and(eq(area.kind, "mrc"), inArray(area.code, mrcsOfRegion)),
              and(eq(area.kind, "municipality"), inArray(area.code, municipalitiesOfRegion)),
            ),
          ),
        ),
    ),
  );
}

/** Published non-profits and cooperatives serving a region (in a category, if given), by status. */
export function countServingEnterprises(
  db: Db,
  { regionCode, categoryCode }: { regionCode: string; categoryCode?: string | undefined },
): Record<CompetitionStatus, number> {
  const inCategory = categoryCode
    ? exists(
        db
          .select({ one: sql`1` })
          .from(enterpriseCategories)
          .where(
            and(
              eq(enterpriseCategories.enterpriseId, enterprises.id),
              eq(enterpriseCategories.categoryCode, categoryCode),
            ),
          ),
      )
    : undefined;
  const rows = db
    .select({ legalStatus: enterprises.legalStatus, n: sql<number>`count(*)` })
    .from(enterprises)
    .where(
      and(
        eq(enterprises.status, "published"),
        inArray(enterprises.legalStatus, [...COMPETITION_STATUSES]),
        servesRegion(db, regionCode),
        inCategory,
      ),
    )
    .groupBy(enterprises.legalStatus)
    .all();
  const counts: Record<CompetitionStatus, number> = { obnl: 0, cooperative: 0 };
  for (const row of rows) {
    if (row.legalStatus === "obnl" || row.legalStatus === "cooperative") counts[row.legalStatus] = row.n;
  }
  return counts;
}

export function directoryHref(regionCode: string, categoryCode?: string | undefined): string {
  const params = new URLSearchParams({ serves: regionCode });
  if (categoryCode) params.set("category", categoryCode);
  for (const status of COMPETITION_STATUSES) params.append("status", status);
  return `/repertoire?${params}`;
}

/** The count with the names the sentence needs; undefined when the region does not exist. */
export function getCompetition(
  db: Db,
  { regionCode, categoryCode }: { regionCode: string; categoryCode?: string | undefined },
): Competition | undefined {
  const region = db
    .select({ code: regions.code, nameFr: regions.nameFr, nameEn: regions.nameEn })
    .from(regions)
    .where(eq(regions.code, regionCode))
    .get();
  if (!region) return undefined;
  const category = categoryCode
    ? (db
        .select({ code: categories.code, nameFr: categories.nameFr, nameEn: categories.nameEn })
        .from(categories)
        .where(eq(categories.code, categoryCode))
        .get() ?? null)
    : null;
  const byStatus = countServingEnterprises(db, { regionCode, categoryCode: category?.code });
  return {
    region,
    category,
    byStatus,
    total: byStatus.obnl + byStatus.cooperative,
    directoryHref: directoryHref(region.code, category?.code),
  };
}

/** Categories for a `<select>`, grouped (`<optgroup>`) in the reviewed order. */
export function listCategoryChoices(db: Db) {
  const rows = db
    .select({
      groupCode: categoryGroups.code,
      groupNameFr: categoryGroups.nameFr,
      groupNameEn: categoryGroups.nameEn,
      code: categories.code,
      nameFr: categories.nameFr,
      nameEn: categories.nameEn,
    })
    .from(categories)
    .innerJoin(categoryGroups, eq(categoryGroups.code, categories.groupCode))
    .orderBy(asc(categoryGroups.position), asc(categories.position))
    .all();
  const groups: {
    code: string;
    nameFr: string;
    nameEn: string;
    categories: { code: string; nameFr: string; nameEn: string }[];
  }[] = [];
  for (const row of rows) {
    let group = groups[groups.length - 1];
    if (group?.code !== row.groupCode) {
      group = { code: row.groupCode, nameFr: row.groupNameFr, nameEn: row.groupNameEn, categories: [] };
      groups.push(group);
    }
    group.categories.push({ code: row.code, nameFr: row.nameFr, nameEn: row.nameEn });
  }
  return groups;
}
