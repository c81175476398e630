import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "#db/client";
import { enterpriseCategories, enterprises, municipalities, regions } from "#db/schema";
import { CARD_CATEGORIES, type DocumentCard } from "~/search/document-card";
import { referenceLabels, type ReferenceLabels } from "./reference-labels.server";

export type EnterpriseCard = {
  id: number;
  slug: string;
  publicName: string;
  legalStatus: (typeof enterprises.$inferSelect)["legalStatus"];
  coopCategory: (typeof enterprises.$inferSelect)["coopCategory"];
  municipalityName: string;
  regionCode: string;
  regionNameFr: string;
  regionNameEn: string;
  serviceAreaScope: "province" | "custom";
  isDemo: boolean;
  categories: { code: string; nameFr: string; nameEn: string }[];
};

export type CardFilter = {
  regionCode?: string;
  mrcCode?: string;
  categoryCode?: string;
  groupCode?: string;
};

/** What a card shows of its enterprise, with the municipality it sits in (region names: `withNames`). */
function selectCards(db: Db) {
  return db
    .select({
      id: enterprises.id,
      slug: enterprises.slug,
      publicName: enterprises.publicName,
      legalStatus: enterprises.legalStatus,
      coopCategory: enterprises.coopCategory,
      municipalityName: municipalities.name,
      regionCode: municipalities.regionCode,
      serviceAreaScope: enterprises.serviceAreaScope,
      isDemo: enterprises.isDemo,
    })
    .from(enterprises)
    .innerJoin(municipalities, eq(municipalities.code, enterprises.municipalityCode));
}

type CardRow = Omit<EnterpriseCard, "regionNameFr" | "regionNameEn" | "categories">;

/**
 * A card row completed with its region's and categories' names, from the reference labels read
 * once (joining the region and category tables cost more than the rest of a page of 20 cards);
 * a code stands in for a name the labels lack.
 */
function named(names: ReferenceLabels, row: CardRow, categoryCodes: readonly string[]): EnterpriseCard {
  const region = names.region[row.regionCode];
  return {
    ...row,
    regionNameFr: region?.fr ?? row.regionCode,
    regionNameEn: region?.en ?? row.regionCode,
    categories: categoryCodes.map((code) => {
      const name = names.category[code];
      return { code, nameFr: name?.fr ?? code, nameEn: name?.en ?? code };
    }),
  };
}

/** Rows completed with their names and their first categories. */
function withNames(db: Db, rows: CardRow[]): EnterpriseCard[] {
  const names = referenceLabels(db);
  const categoriesById = topCategoryCodes(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => named(names, r, categoriesById.get(r.id) ?? []));
}

function whereFor(filter: CardFilter): SQL | undefined {
  const conditions: SQL[] = [eq(enterprises.status, "published")];
  if (filter.regionCode) conditions.push(eq(municipalities.regionCode, filter.regionCode));
  if (filter.mrcCode) conditions.push(eq(municipalities.mrcCode, filter.mrcCode));
  if (filter.categoryCode) {
    conditions.push(
      sql`${enterprises.id} in (select enterprise_id from enterprise_categories where category_code = ${filter.categoryCode})`,
    );
  }
  if (filter.groupCode) {
    conditions.push(
      sql`${enterprises.id} in (select ec.enterprise_id from enterprise_categories ec join categories c on c.code = ec.category_code where c.group_code = ${filter.groupCode})`,
    );
  }
  return and(...conditions);
}

/** Published enterprises matching a browse filter, by name, one page at a time. */
export function listEnterpriseCards(
  db: Db,
  { filter, page, perPage }: { filter: CardFilter; page: number; perPage: number },
): { items: EnterpriseCard[]; total: number } {
  const where = whereFor(filter);
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(enterprises)
      .innerJoin(municipalities, eq(municipalities.code, enterprises.municipalityCode))
      .where(where)
      .get()?.n ?? 0;

  const rows = selectCards(db)
    .where(where)
    .orderBy(asc(sql`${enterprises.publicName} collate nocase`))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  return { total, items: withNames(db, rows) };
}

/** The first categories each enterprise lists (codes, in its order). */
function topCategoryCodes(db: Db, ids: number[]): Map<number, string[]> {
  const byId = new Map<number, string[]>();
  if (ids.length === 0) return byId;
  for (const { enterpriseId, code } of statementsFor(db).topCategories.all({ ids: JSON.stringify(ids) })) {
    const list = byId.get(enterpriseId) ?? [];
    if (list.length < CARD_CATEGORIES) list.push(code);
    byId.set(enterpriseId, list);
  }
  return byId;
}

const idIn = (column: typeof enterprises.id | typeof enterpriseCategories.enterpriseId) =>
  sql`${column} in (select value from json_each(${sql.placeholder("ids")}))`;

/**
 * Statements every search page runs, prepared once per database: ids go in as one JSON
 * array, so a page of 20 hits does not build and compile a new statement each time.
 */
function prepareStatements(db: Db) {
  return {
    cards: selectCards(db)
      .where(and(idIn(enterprises.id), eq(enterprises.status, "published")))
      .prepare(),
    topCategories: db
      .select({ enterpriseId: enterpriseCategories.enterpriseId, code: enterpriseCategories.categoryCode })
      .from(enterpriseCategories)
      .where(idIn(enterpriseCategories.enterpriseId))
      .orderBy(asc(enterpriseCategories.enterpriseId), asc(enterpriseCategories.position))
      .prepare(),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepareStatements>>();
function statementsFor(db: Db) {
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = prepareStatements(db)));
  return statements;
}

/** Published enterprises of a category (or a whole group), counted by the region they are located in. */
export function countByRegion(db: Db, filter: Pick<CardFilter, "categoryCode" | "groupCode">) {
  return db
    .select({
      regionCode: regions.code,
      nameFr: regions.nameFr,
      nameEn: regions.nameEn,
      enterpriseCount: sql<number>`count(*)`,
    })
    .from(enterprises)
    .innerJoin(municipalities, eq(municipalities.code, enterprises.municipalityCode))
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .where(whereFor(filter))
    .groupBy(regions.code)
    .orderBy(asc(regions.code))
    .all();
}

/** Cards for search hits, in the order given (ids that are no longer published are skipped). */
export function getCardsByIds(db: Db, ids: number[]): EnterpriseCard[] {
  if (ids.length === 0) return [];
  const byId = new Map(withNames(db, statementsFor(db).cards.all({ ids: JSON.stringify(ids) })).map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A card from what a search engine stored with the listing's document. */
export function cardFromDocument(
  db: Db,
  { id, slug, card }: { id: number; slug: string; card: DocumentCard },
): EnterpriseCard {
  const row: CardRow = {
    id,
    slug,
    publicName: card.name,
    legalStatus: card.legalStatus,
    coopCategory: card.coopCategory,
    municipalityName: card.municipalityName,
    regionCode: card.regionCode,
    serviceAreaScope: card.serviceAreaScope,
    isDemo: card.isDemo,
  };
  return named(referenceLabels(db), row, card.categories);
}
