import { and, eq, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import {
  categories as categoriesTable,
  municipalities,
  needCategories,
  needMatches,
  needRegions,
  needs,
} from "#db/schema";
import { categories as taxonomy } from "#db/reference/taxonomy";
import type { Actor } from "~/domain/authz";
import { todayInQuebec } from "~/domain/contracting";
import { suggestCategories, type Match, type MatchNeed } from "~/domain/matching";
import { buyerTypeOf, effectiveAmount, type NeedInput } from "~/domain/needs/need-schema";
import { getMatchIndex } from "~/lib/match-index.server";
import { queryTokens } from "~/search/text";

const groupOf = new Map(taxonomy.map((c) => [c.code, c.groupCode]));

export class NeedError extends Error {
  constructor(readonly code: "not_found" | "forbidden" | "invalid_state" | "no_organization") {
    super(code);
  }
}

export type NeedRow = typeof needs.$inferSelect & {
  organizationType: string;
  categories: string[];
  suggestedCategories: string[];
  regions: string[];
};

/** A need with its categories, regions and the organization's type, or undefined. */
export function getNeed(db: Db, id: number): NeedRow | undefined {
  const row = db.get<typeof needs.$inferSelect & { organizationType: string }>(sql`
    select n.*, o.type as organizationType from needs n join buyer_organizations o on o.id = n.buyer_organization_id where n.id = ${id}`);
  if (!row) return undefined;
  const need = db.select().from(needs).where(eq(needs.id, id)).get()!;
  const cats = db.select().from(needCategories).where(eq(needCategories.needId, id)).all();
  return {
    ...need,
    organizationType: row.organizationType,
    categories: cats.filter((c) => !c.suggested).map((c) => c.categoryCode),
    suggestedCategories: cats.filter((c) => c.suggested).map((c) => c.categoryCode),
    regions: db
      .select({ r: needRegions.regionCode })
      .from(needRegions)
      .where(eq(needRegions.needId, id))
      .all()
      .map((r) => r.r),
  };
}

/** Buyers manage their organization's needs; admins all. */
export function canManageNeed(actor: Actor, need: Pick<NeedRow, "buyerOrganizationId">): boolean {
  return (
    actor.roles.has("admin") || (actor.roles.has("buyer") && actor.buyerOrganizationId === need.buyerOrganizationId)
  );
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function writeChildren(tx: Tx, needId: number, input: NeedInput) {
  tx.delete(needCategories).where(eq(needCategories.needId, needId)).run();
  const chosen = [...new Set(input.categories)];
  for (const categoryCode of chosen) tx.insert(needCategories).values({ needId, categoryCode }).run();
  // A buyer who skips the category picker still gets matches: suggest from the text.
  if (chosen.length === 0) {
    for (const s of suggestCategories(`${input.title} ${input.description}`)) {
      tx.insert(needCategories).values({ needId, categoryCode: s.code, suggested: true }).run();
    }
  }
  tx.delete(needRegions).where(eq(needRegions.needId, needId)).run();
  for (const regionCode of new Set(input.regions)) tx.insert(needRegions).values({ needId, regionCode }).run();
}

function columns(input: NeedInput) {
  return {
    title: input.title,
    description: input.description,
    kind: input.kind,
    contractNature: input.contractNature,
    amountCad: input.amountCad ?? null,
    amountBand: input.amountBand ?? null,
    deliveryMunicipalityCode: input.deliveryMunicipalityCode ?? null,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    responseDeadline: input.responseDeadline ?? null,
    questions: input.questions,
    contactVisibility: input.contactVisibility,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    isPublic: input.isPublic,
  };
}

/** A buyer drafts a need for their organization. */
export function createNeed(db: Db, actor: Actor, input: NeedInput): number {
  if (!actor.roles.has("buyer") || !actor.buyerOrganizationId) throw new NeedError("no_organization");
  return db.transaction((tx) => {
    const row = tx
      .insert(needs)
      .values({
        ...columns(input),
        buyerOrganizationId: actor.buyerOrganizationId!,
        createdByUserId: actor.userId,
        status: "draft",
      })
      .returning({ id: needs.id })
      .get();
    writeChildren(tx, row.id, input);
    return row.id;
  });
}

/** Edits a need; a published need is re-matched at once (new matches get notified later). */
export function updateNeed(db: Db, actor: Actor, id: number, input: NeedInput, now = new Date()): void {
  const need = getNeed(db, id);
  if (!need) throw new NeedError("not_found");
  if (!canManageNeed(actor, need)) throw new NeedError("forbidden");
  if (need.status === "cancelled" || need.status === "closed") throw new NeedError("invalid_state");
  db.transaction((tx) => {
    tx.update(needs)
      .set({ ...columns(input), updatedAt: now })
      .where(eq(needs.id, id))
      .run();
    writeChildren(tx, id, input);
  });
  if (need.status === "published") computeMatches(db, id, now);
}

export function setNeedStatus(
  db: Db,
  actor: Actor,
  id: number,
  status: "published" | "closed" | "cancelled",
  now = new Date(),
): void {
  const need = getNeed(db, id);
  if (!need) throw new NeedError("not_found");
  if (!canManageNeed(actor, need)) throw new NeedError("forbidden");
  const allowed: Record<string, string[]> = {
    published: ["draft"],
    closed: ["published"],
    cancelled: ["draft", "published"],
  };
  if (!allowed[status]!.includes(need.status)) throw new NeedError("invalid_state");
  db.update(needs)
    .set({ status, updatedAt: now, ...(status === "published" ? { publishedAt: now } : { closedAt: now }) })
    .where(eq(needs.id, id))
    .run();
  if (status === "published") computeMatches(db, id, now);
}

/** The matching view of a need (categories, groups, delivery area, words, amount). */
export function toMatchNeed(db: Db, need: NeedRow, today = new Date()): MatchNeed | undefined {
  const buyer = buyerTypeOf(need.organizationType);
  const cats = need.categories.length > 0 ? need.categories : need.suggestedCategories;
  const point = need.deliveryMunicipalityCode
    ? db
        .select({ lat: municipalities.lat, lon: municipalities.lon, region: municipalities.regionCode })
        .from(municipalities)
        .where(eq(municipalities.code, need.deliveryMunicipalityCode))
        .get()
    : undefined;
  const regions = [...new Set([...need.regions, ...(point ? [point.region] : [])])];
  return {
    // Organizations outside the four regimes are matched as ministries would be, but the route reason needs a regime.
    buyer: buyer ?? "ministry",
    contractNature: need.contractNature,
    amountCad: buyer ? effectiveAmount(need) : undefined,
    // Québec's date, as the rules read it: thresholds change at local midnight on January 1.
    date: todayInQuebec(need.publishedAt ?? today),
    categories: cats,
    groups: [...new Set(cats.map((c) => groupOf.get(c)).filter((g): g is string => Boolean(g)))],
    deliveryRegions: regions,
    deliveryPoint: point?.lat != null && point.lon != null ? { lat: point.lat, lon: point.lon } : undefined,
    words: queryTokens(`${need.title} ${need.description}`),
  };
}

export const MATCH_LIMIT = 60;

/**
 * Ranks the published enterprises for a need and stores the result (replacing the previous
 * one, but keeping who was already notified and the hub's recommendations).
 */
export function computeMatches(db: Db, needId: number, now = new Date()): Match[] {
  const need = getNeed(db, needId);
  if (!need) throw new NeedError("not_found");
  const matchNeed = toMatchNeed(db, need, now);
  const matches = matchNeed ? getMatchIndex(db).rank(matchNeed, MATCH_LIMIT) : [];
  db.transaction((tx) => {
    const previous = new Map(
      tx
        .select()
        .from(needMatches)
        .where(eq(needMatches.needId, needId))
        .all()
        .map((m) => [m.enterpriseId, m]),
    );
    tx.delete(needMatches)
      .where(and(eq(needMatches.needId, needId), sql`${needMatches.recommendedByUserId} is null`))
      .run();
    matches.forEach((m, i) => {
      const before = previous.get(m.candidateId);
      tx.insert(needMatches)
        .values({
          needId,
          enterpriseId: m.candidateId,
          rank: i + 1,
          score: m.score,
          reasons: m.reasons,
          distanceKm: m.distanceKm ?? null,
          computedAt: now,
          notifiedAt: before?.notifiedAt ?? null,
        })
        .onConflictDoUpdate({
          target: [needMatches.needId, needMatches.enterpriseId],
          set: { rank: i + 1, score: m.score, reasons: m.reasons, distanceKm: m.distanceKm ?? null, computedAt: now },
        })
        .run();
    });
    tx.update(needs).set({ matchedAt: now }).where(eq(needs.id, needId)).run();
  });
  return matches;
}

/** Category names for display of suggestions. */
export function categoryNames(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .select({ code: categoriesTable.code, nameFr: categoriesTable.nameFr, nameEn: categoriesTable.nameEn })
    .from(categoriesTable)
    .where(sql`${categoriesTable.code} in (select value from json_each(${JSON.stringify(codes)}))`)
    .all();
}
