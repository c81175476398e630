import { and, eq, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { enterprises, municipalities, needMatches, users } from "#db/schema";
import { isAdmin, type Actor } from "~/domain/authz";
import type { Locale } from "~/i18n";
import { i18nFor } from "~/lib/i18n.server";
import { notify } from "./inbox.server";
import type { SearchService } from "~/search/service.server";
import { getCardsByIds } from "./enterprise-cards.server";
import { listNeedMatches } from "./need-views.server";
import { getNeed, type NeedRow } from "./needs.server";

/**
 * The hubs' view of buyers' needs: a curator follows the published needs delivered in their
 * regions and may recommend an enterprise of those regions to the buyer.
 */

export class HubNeedError extends Error {
  constructor(
    readonly code:
      | "not_found"
      | "forbidden"
      | "not_published"
      | "enterprise_not_found"
      | "enterprise_unpublished"
      | "enterprise_other_region",
  ) {
    super(code);
  }
}

/** A need's delivery regions: the chosen ones plus the region of its delivery municipality. */
export function deliveryRegionsOf(db: Db, need: Pick<NeedRow, "regions" | "deliveryMunicipalityCode">): string[] {
  const extra = need.deliveryMunicipalityCode
    ? db
        .select({ r: municipalities.regionCode })
        .from(municipalities)
        .where(eq(municipalities.code, need.deliveryMunicipalityCode))
        .get()?.r
    : undefined;
  return [...new Set([...need.regions, ...(extra ? [extra] : [])])].sort();
}

/** Admins see every need; a curator those delivered in at least one of their regions. */
export function canFollowNeed(actor: Actor, deliveryRegions: readonly string[]): boolean {
  if (isAdmin(actor)) return true;
  return actor.roles.has("hub_curator") && deliveryRegions.some((r) => actor.curatedRegions.has(r));
}

/** The regions where this actor may recommend enterprises for the need (admins: all its regions). */
export function recommendableRegions(actor: Actor, deliveryRegions: readonly string[]): string[] {
  return isAdmin(actor) ? [...deliveryRegions] : deliveryRegions.filter((r) => actor.curatedRegions.has(r));
}

// The need's regions, as SQL over `n` (a needs row alias): chosen regions and the municipality's.
const REGIONS_OF_N = sql.raw(`(
  select region_code from need_regions where need_id = n.id
  union select m.region_code from municipalities m where m.code = n.delivery_municipality_code)`);

export type HubNeedSummary = {
  id: number;
  title: string;
  organizationName: string;
  kind: NeedRow["kind"];
  publishedAt: number | null;
  responseDeadline: string | null;
  regions: string[];
  matches: number;
  recommended: number;
  answers: number;
  interested: number;
};

/** Published needs delivered in any of these regions, newest first, with their counts. */
export function listHubNeeds(
  db: Db,
  regionCodes: string[],
  { page, perPage }: { page: number; perPage: number },
): { items: HubNeedSummary[]; total: number; pages: number } {
  const regions = JSON.stringify(regionCodes);
  const where = sql`n.status = 'published' and exists (
    select 1 from ${REGIONS_OF_N} r where r.region_code in (select value from json_each(${regions})))`;
  const total = db.get<{ n: number }>(sql`select count(*) as n from needs n where ${where}`)?.n ?? 0;
  const rows = db.all<Omit<HubNeedSummary, "regions"> & { regions: string }>(sql`
    select n.id, n.title, o.name as organizationName, n.kind, n.published_at as publishedAt,
      n.response_deadline as responseDeadline,
      (select json_group_array(region_code) from (select region_code from ${REGIONS_OF_N} order by 1)) as regions,
      (select count(*) from need_matches nm where nm.need_id = n.id) as matches,
      (select count(*) from need_matches nm where nm.need_id = n.id and nm.recommended_by_user_id is not null) as recommended,
      (select count(*) from need_responses nr where nr.need_id = n.id) as answers,
      (select count(*) from need_responses nr where nr.need_id = n.id and nr.interest = 'interested') as interested
    from needs n join buyer_organizations o on o.id = n.buyer_organization_id
    where ${where}
    order by n.published_at desc, n.id desc
    limit ${perPage} offset ${(page - 1) * perPage}`);
  return {
    items: rows.map((r) => ({ ...r, regions: JSON.parse(r.regions) as string[] })),
    total,
    pages: Math.max(1, Math.ceil(total / perPage)),
  };
}

/** A published need a curator may follow, with its ranked matches and how many enterprises answered. */
export function getHubNeed(db: Db, actor: Actor, id: number) {
  const need = getNeed(db, id);
  if (!need || need.status !== "published") throw new HubNeedError("not_found");
  const deliveryRegions = deliveryRegionsOf(db, need);
  if (!canFollowNeed(actor, deliveryRegions)) throw new HubNeedError("forbidden");
  const organizationName =
    db.get<{ name: string }>(sql`select name from buyer_organizations where id = ${need.buyerOrganizationId}`)?.name ??
    "";
  // The buyer's shortlist is their own working list: the hub sees matches, answers and recommendations.
  const matches = listNeedMatches(db, id).map((m) => ({ ...m, shortlisted: false }));
  const answers = db.get<{ total: number; interested: number }>(sql`
    select count(*) as total, coalesce(sum(interest = 'interested'), 0) as interested
    from need_responses where need_id = ${id}`) ?? { total: 0, interested: 0 };
  return {
    need,
    organizationName,
    deliveryRegions,
    recommendableRegions: recommendableRegions(actor, deliveryRegions),
    matches,
    answers,
  };
}

export type RecommendCandidate = {
  id: number;
  name: string;
  municipalityName: string;
  regionCode: string;
  matched: boolean;
};

/**
 * Published enterprises of these regions whose name (or offering) matches the words, through
 * the directory's search engine so accents, plurals and typos behave as in the directory.
 */
export async function findRecommendable(
  db: Db,
  search: SearchService,
  { needId, regions, q }: { needId: number; regions: string[]; q: string },
): Promise<RecommendCandidate[]> {
  if (regions.length === 0 || !q.trim()) return [];
  const result = await search.search({
    q: q.trim(),
    filters: { region: regions },
    sort: "relevance",
    page: 1,
    perPage: 15,
    facets: [],
  });
  const cards = getCardsByIds(
    db,
    result.hits.map((h) => h.id),
  );
  const matched = new Set(
    db
      .select({ id: needMatches.enterpriseId })
      .from(needMatches)
      .where(eq(needMatches.needId, needId))
      .all()
      .map((m) => m.id),
  );
  return cards.map((c) => ({
    id: c.id,
    name: c.publicName,
    municipalityName: c.municipalityName,
    regionCode: c.regionCode,
    matched: matched.has(c.id),
  }));
}

/**
 * Records a hub's recommendation on a need: an enterprise already matched keeps its rank and
 * reasons; another one joins after the last match with no score. The buyer who posted the need
 * is told in the app (once per enterprise). Every check happens here, whatever the form sent.
 */
export async function recommendEnterprise(
  db: Db,
  actor: Actor,
  input: { needId: number; enterpriseId: number; note: string },
  now = new Date(),
): Promise<{ needTitle: string; enterpriseName: string; notified: boolean }> {
  const need = getNeed(db, input.needId);
  if (!need) throw new HubNeedError("not_found");
  const deliveryRegions = deliveryRegionsOf(db, need);
  if (!canFollowNeed(actor, deliveryRegions)) throw new HubNeedError("forbidden");
  if (need.status !== "published") throw new HubNeedError("not_published");
  const enterprise = db
    .select({
      id: enterprises.id,
      name: enterprises.publicName,
      status: enterprises.status,
      region: municipalities.regionCode,
    })
    .from(enterprises)
    .innerJoin(municipalities, eq(municipalities.code, enterprises.municipalityCode))
    .where(eq(enterprises.id, input.enterpriseId))
    .get();
  if (!enterprise) throw new HubNeedError("enterprise_not_found");
  if (enterprise.status !== "published") throw new HubNeedError("enterprise_unpublished");
  if (!recommendableRegions(actor, deliveryRegions).includes(enterprise.region))
    throw new HubNeedError("enterprise_other_region");

  const buyer = need.createdByUserId
    ? db.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.id, need.createdByUserId)).get()
    : undefined;
  const t = buyer ? await translator(buyer.locale) : undefined;

  return db.transaction((tx) => {
    const existing = tx
      .select({ rank: needMatches.rank })
      .from(needMatches)
      .where(and(eq(needMatches.needId, need.id), eq(needMatches.enterpriseId, enterprise.id)))
      .get();
    if (existing) {
      tx.update(needMatches)
        .set({ recommendedByUserId: actor.userId, recommendationNote: input.note })
        .where(and(eq(needMatches.needId, need.id), eq(needMatches.enterpriseId, enterprise.id)))
        .run();
    } else {
      const last =
        tx
          .select({ rank: sql<number | null>`max(${needMatches.rank})` })
          .from(needMatches)
          .where(eq(needMatches.needId, need.id))
          .get()?.rank ?? 0;
      tx.insert(needMatches)
        .values({
          needId: need.id,
          enterpriseId: enterprise.id,
          rank: last + 1,
          score: 0,
          reasons: [],
          distanceKm: null,
          computedAt: now,
          recommendedByUserId: actor.userId,
          recommendationNote: input.note,
        })
        .run();
    }
    // Once per enterprise and need: changing the note later does not notify the buyer again.
    const notified =
      buyer !== undefined &&
      t !== undefined &&
      notify(tx, {
        userId: buyer.id,
        kind: "hub_recommendation",
        title: t("alerts:hubNeeds.notification.title", { enterprise: enterprise.name, need: need.title }),
        body: input.note || t("alerts:hubNeeds.notification.noNote"),
        // Straight to the enterprise's card (a browser unfolds a folded list to show it).
        link: `/besoins/${need.id}#entreprise-${enterprise.id}`,
        dedupeKey: `hub-recommendation:${need.id}:${enterprise.id}`,
      });
    return { needTitle: need.title, enterpriseName: enterprise.name, notified };
  });
}

async function translator(locale: Locale) {
  const i18n = await i18nFor(locale);
  // Keys are checked in the locale files; i18next's key types can't follow this call.
  return i18n.getFixedT(locale) as unknown as (key: string, vars?: Record<string, unknown>) => string;
}
