import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { categories, categoryGroups, hubRegions, hubs, regions } from "#db/schema";

/**
 * The "bottin régional": a region's published listings grouped by category group, then by
 * each listing's main category (its first), for the hub's printed or PDF directory.
 */
export type DirectoryListing = {
  id: number;
  slug: string;
  publicName: string;
  legalStatus: string;
  coopCategory: string | null;
  municipality: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  isDemo: boolean;
  /** Its other categories, by code (named by the page). */
  otherCategories: string[];
  offerings: { fr: string; en: string }[];
};

const OFFERINGS_SHOWN = 5;

export function getRegionalDirectory(db: Db, regionCode: string) {
  const region = db.select().from(regions).where(eq(regions.code, regionCode)).get();
  if (!region) return undefined;
  const hubNames = db
    .select({ name: hubs.name })
    .from(hubs)
    .innerJoin(hubRegions, eq(hubRegions.hubId, hubs.id))
    .where(eq(hubRegions.regionCode, regionCode))
    .orderBy(asc(hubs.name))
    .all()
    .map((h) => h.name);

  const rows = db.all<{
    id: number;
    slug: string;
    publicName: string;
    legalStatus: string;
    coopCategory: string | null;
    municipality: string;
    phone: string | null;
    email: string | null;
    website: string | null;
    isDemo: number;
    categories: string | null;
  }>(sql`
    select e.id, e.slug, e.public_name as publicName, e.legal_status as legalStatus, e.coop_category as coopCategory,
      m.name as municipality, e.phone, e.email, e.website, e.is_demo as isDemo,
      (select group_concat(category_code) from (select category_code from enterprise_categories
         where enterprise_id = e.id order by position)) as categories
    from enterprises e join municipalities m on m.code = e.municipality_code
    where e.status = 'published' and m.region_code = ${regionCode}`);

  const offerings = new Map<number, { fr: string; en: string }[]>();
  for (const o of db.all<{ enterpriseId: number; fr: string; en: string }>(sql`
    select o.enterprise_id as enterpriseId, o.name_fr as fr, o.name_en as en
    from offerings o join enterprises e on e.id = o.enterprise_id
    join municipalities m on m.code = e.municipality_code
    where e.status = 'published' and m.region_code = ${regionCode}
    order by o.enterprise_id, o.position`)) {
    const list = offerings.get(o.enterpriseId) ?? [];
    if (list.length < OFFERINGS_SHOWN) list.push({ fr: o.fr, en: o.en || o.fr });
    offerings.set(o.enterpriseId, list);
  }

  const byCategory = new Map<string, DirectoryListing[]>();
  for (const r of rows) {
    const [main, ...others] = r.categories ? r.categories.split(",") : [];
    if (!main) continue;
    const list = byCategory.get(main) ?? [];
    list.push({
      id: r.id,
      slug: r.slug,
      publicName: r.publicName,
      legalStatus: r.legalStatus,
      coopCategory: r.coopCategory,
      municipality: r.municipality,
      phone: r.phone,
      email: r.email,
      website: r.website,
      isDemo: Boolean(r.isDemo),
      otherCategories: others,
      offerings: offerings.get(r.id) ?? [],
    });
    byCategory.set(main, list);
  }
  const collator = new Intl.Collator("fr-CA", { sensitivity: "base", numeric: true });
  for (const list of byCategory.values()) list.sort((a, b) => collator.compare(a.publicName, b.publicName));

  const groupRows = db.select().from(categoryGroups).orderBy(asc(categoryGroups.position)).all();
  const categoryRows = db.select().from(categories).orderBy(asc(categories.position)).all();
  const groups = groupRows
    .map((g) => ({
      code: g.code,
      nameFr: g.nameFr,
      nameEn: g.nameEn,
      categories: categoryRows
        .filter((c) => c.groupCode === g.code && byCategory.has(c.code))
        .map((c) => ({ code: c.code, nameFr: c.nameFr, nameEn: c.nameEn, listings: byCategory.get(c.code)! })),
    }))
    .filter((g) => g.categories.length > 0);

  return {
    region: { code: region.code, nameFr: region.nameFr, nameEn: region.nameEn },
    hubNames,
    total: rows.filter((r) => r.categories).length,
    hasDemo: rows.some((r) => r.isDemo),
    groups,
    categoryNames: Object.fromEntries(categoryRows.map((c) => [c.code, { fr: c.nameFr, en: c.nameEn }])),
  };
}

export type RegionalDirectory = NonNullable<ReturnType<typeof getRegionalDirectory>>;
