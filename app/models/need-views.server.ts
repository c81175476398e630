import { sql } from "drizzle-orm";
import type { Db } from "#db/client";
import type { NEED_KINDS, NEED_STATUSES, PURCHASE_ROUTES, RESPONSE_INTERESTS } from "#db/schema/needs";
import type { Reason } from "~/domain/matching";
import { supplierStatusOf } from "./match-candidates.server";

// Read-only queries of the buyer's pages (/besoins…). Authorization happens before: every
// function takes a need or an organization the caller may already see.

type Interest = (typeof RESPONSE_INTERESTS)[number];

export type NeedSummary = {
  id: number;
  title: string;
  kind: (typeof NEED_KINDS)[number];
  status: (typeof NEED_STATUSES)[number];
  organizationName: string;
  responseDeadline: string | null;
  updatedAt: number;
  publishedAt: number | null;
  matchCount: number;
  interestedCount: number;
  notInterestedCount: number;
  shortlistCount: number;
};

/** An organization's needs (every organization's for `null`: admins), newest first, with their counts. */
export function listNeedSummaries(db: Db, organizationId: number | null): NeedSummary[] {
  const filter = organizationId === null ? sql`` : sql`where n.buyer_organization_id = ${organizationId}`;
  return db.all<NeedSummary>(sql`
    select n.id, n.title, n.kind, n.status, o.name as organizationName, n.response_deadline as responseDeadline,
      n.updated_at as updatedAt, n.published_at as publishedAt,
      (select count(*) from need_matches m where m.need_id = n.id) as matchCount,
      (select count(*) from need_responses r where r.need_id = n.id and r.interest = 'interested') as interestedCount,
      (select count(*) from need_responses r where r.need_id = n.id and r.interest = 'not_interested') as notInterestedCount,
      (select count(*) from shortlist_entries s where s.need_id = n.id) as shortlistCount
    from needs n join buyer_organizations o on o.id = n.buyer_organization_id
    ${filter}
    order by n.updated_at desc, n.id desc
    limit 500`);
}

export function getOrganization(db: Db, id: number) {
  return db.get<{ id: number; name: string; type: string; regionCode: string | null }>(
    sql`select id, name, type, region_code as regionCode from buyer_organizations where id = ${id}`,
  );
}

export type MatchView = {
  enterpriseId: number;
  rank: number;
  score: number;
  reasons: Reason[];
  distanceKm: number | null;
  name: string;
  slug: string;
  listingStatus: string;
  municipality: string;
  regionCode: string;
  supplierStatus: ReturnType<typeof supplierStatusOf>;
  recommendedBy: string | null;
  recommendationNote: string | null;
  interest: Interest | null;
  shortlisted: boolean;
};

type MatchRow = Omit<MatchView, "reasons" | "supplierStatus" | "shortlisted"> & {
  reasons: string;
  legalStatus: string;
  coopCategory: string | null;
  coopNonDistributing: number | null;
  shortlisted: number;
};

/** The ranked matches of a need, hub recommendations first among equals, with answer and shortlist state. */
export function listNeedMatches(db: Db, needId: number): MatchView[] {
  const rows = db.all<MatchRow>(sql`
    select m.enterprise_id as enterpriseId, m.rank, m.score, m.reasons, m.distance_km as distanceKm,
      e.public_name as name, e.slug, e.status as listingStatus, e.legal_status as legalStatus,
      e.coop_category as coopCategory, e.coop_non_distributing as coopNonDistributing,
      mu.name as municipality, mu.region_code as regionCode,
      coalesce((select h.name from hub_curators hc join hubs h on h.id = hc.hub_id
                where hc.user_id = m.recommended_by_user_id order by h.id limit 1), u.display_name) as recommendedBy,
      m.recommendation_note as recommendationNote,
      r.interest, (s.enterprise_id is not null) as shortlisted
    from need_matches m
    join enterprises e on e.id = m.enterprise_id
    join municipalities mu on mu.code = e.municipality_code
    left join users u on u.id = m.recommended_by_user_id
    left join need_responses r on r.need_id = m.need_id and r.enterprise_id = m.enterprise_id
    left join shortlist_entries s on s.need_id = m.need_id and s.enterprise_id = m.enterprise_id
    where m.need_id = ${needId}
    order by m.rank, m.enterprise_id`);
  return rows.map(({ legalStatus, coopCategory, coopNonDistributing, ...r }) => ({
    ...r,
    reasons: JSON.parse(r.reasons) as Reason[],
    supplierStatus: supplierStatusOf(legalStatus, coopCategory, coopNonDistributing === 1),
    shortlisted: r.shortlisted === 1,
    // A hub may recommend an enterprise the ranking left out: it has no name to show otherwise.
    recommendedBy: r.recommendedBy ?? null,
  }));
}

export type ResponseView = {
  enterpriseId: number;
  name: string;
  slug: string;
  interest: Interest;
  message: string | null;
  answers: string[];
  reason: string | null;
  updatedAt: number;
  matched: boolean;
  shortlisted: boolean;
};

/** Every answer to a need (matched enterprises, and others when the need is public), newest first. */
export function listNeedResponses(db: Db, needId: number): ResponseView[] {
  const rows = db.all<
    Omit<ResponseView, "answers" | "matched" | "shortlisted"> & {
      answers: string;
      matched: number;
      shortlisted: number;
    }
  >(sql`
    select r.enterprise_id as enterpriseId, e.public_name as name, e.slug, r.interest, r.message, r.answers,
      r.reason, r.updated_at as updatedAt,
      exists(select 1 from need_matches m where m.need_id = r.need_id and m.enterprise_id = r.enterprise_id) as matched,
      exists(select 1 from shortlist_entries s where s.need_id = r.need_id and s.enterprise_id = r.enterprise_id) as shortlisted
    from need_responses r join enterprises e on e.id = r.enterprise_id
    where r.need_id = ${needId}
    order by r.updated_at desc, r.id desc`);
  return rows.map((r) => ({
    ...r,
    answers: JSON.parse(r.answers) as string[],
    matched: r.matched === 1,
    shortlisted: r.shortlisted === 1,
  }));
}

export type ShortlistView = {
  enterpriseId: number;
  name: string;
  slug: string;
  neq: string | null;
  legalStatus: string;
  municipality: string;
  regionCode: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  score: number | null;
  interest: Interest | null;
  message: string | null;
  addedAt: number;
};

/** The shortlist in the order it was built, with what the invitation list needs. */
export function listShortlist(db: Db, needId: number): ShortlistView[] {
  return db.all<ShortlistView>(sql`
    select s.enterprise_id as enterpriseId, e.public_name as name, e.slug, e.neq, e.legal_status as legalStatus,
      mu.name as municipality, mu.region_code as regionCode, e.email, e.phone, e.website,
      m.score, r.interest, r.message, s.created_at as addedAt
    from shortlist_entries s
    join enterprises e on e.id = s.enterprise_id
    join municipalities mu on mu.code = e.municipality_code
    left join need_matches m on m.need_id = s.need_id and m.enterprise_id = s.enterprise_id
    left join need_responses r on r.need_id = s.need_id and r.enterprise_id = s.enterprise_id
    where s.need_id = ${needId}
    order by s.created_at, s.enterprise_id`);
}

export type PurchaseView = {
  id: number;
  enterpriseId: number | null;
  slug: string | null;
  supplierName: string;
  amountCad: number;
  route: (typeof PURCHASE_ROUTES)[number];
  awardedOn: string;
  recordedBy: string | null;
  createdAt: number;
};

export function listPurchaseRecords(db: Db, needId: number): PurchaseView[] {
  return db.all<PurchaseView>(sql`
    select p.id, p.enterprise_id as enterpriseId, e.slug, p.supplier_name as supplierName, p.amount_cad as amountCad,
      p.route, p.awarded_on as awardedOn, u.display_name as recordedBy, p.created_at as createdAt
    from purchase_records p
    left join enterprises e on e.id = p.enterprise_id
    left join users u on u.id = p.created_by_user_id
    where p.need_id = ${needId}
    order by p.id`);
}

/** Region names by code, for reasons and locations. */
export function regionNames(db: Db): Map<string, { fr: string; en: string }> {
  return new Map(
    db
      .all<{ code: string; fr: string; en: string }>(sql`select code, name_fr as fr, name_en as en from regions`)
      .map((r) => [r.code, { fr: r.fr, en: r.en }]),
  );
}

/** The delivery municipality's name and region, for the summary. */
export function municipalityName(db: Db, code: string | null) {
  if (!code) return undefined;
  return db.get<{ code: string; name: string; regionCode: string }>(
    sql`select code, name, region_code as regionCode from municipalities where code = ${code}`,
  );
}
