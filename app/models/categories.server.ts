import { asc, eq, sql, and } from "drizzle-orm";
import type { Db } from "#db/client";
import { categories, categoryGroups, enterpriseCategories, enterprises } from "#db/schema";

/** Groups in their reviewed order, each with the number of published enterprises in any of its categories. */
export function listGroupsWithCounts(db: Db) {
  return db
    .select({
      code: categoryGroups.code,
      nameFr: categoryGroups.nameFr,
      nameEn: categoryGroups.nameEn,
      enterpriseCount: sql<number>`count(distinct ${enterprises.id})`,
    })
    .from(categoryGroups)
    .leftJoin(categories, eq(categories.groupCode, categoryGroups.code))
    .leftJoin(enterpriseCategories, eq(enterpriseCategories.categoryCode, categories.code))
    .leftJoin(
      enterprises,
      and(eq(enterprises.id, enterpriseCategories.enterpriseId), eq(enterprises.status, "published")),
    )
    .groupBy(categoryGroups.code)
    .orderBy(asc(categoryGroups.position))
    .all();
}

export function listCategoriesWithCounts(db: Db, groupCode?: string) {
  const query = db
    .select({
      code: categories.code,
      groupCode: categories.groupCode,
      nameFr: categories.nameFr,
      nameEn: categories.nameEn,
      enterpriseCount: sql<number>`count(${enterprises.id})`,
    })
    .from(categories)
    .leftJoin(enterpriseCategories, eq(enterpriseCategories.categoryCode, categories.code))
    .leftJoin(
      enterprises,
      and(eq(enterprises.id, enterpriseCategories.enterpriseId), eq(enterprises.status, "published")),
    )
    .groupBy(categories.code)
    .orderBy(asc(categories.position));
  return groupCode ? query.where(eq(categories.groupCode, groupCode)).all() : query.all();
}

export function getCategoryGroup(db: Db, code: string) {
  return db.select().from(categoryGroups).where(eq(categoryGroups.code, code)).get();
}

export function getCategory(db: Db, code: string) {
  return db.select().from(categories).where(eq(categories.code, code)).get();
}
