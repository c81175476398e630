import { sql, type SQL } from "drizzle-orm";
import type { Db } from "#db/client";
import type { Actor } from "~/domain/authz";
import { tryEvaluateContractingRoutes, type SupplierStatus } from "~/domain/contracting";
import { buyerTypeOf, effectiveAmount } from "~/domain/needs/need-schema";
import { answerWindow, quebecToday, type AnswerWindow } from "~/domain/opportunities/answer-window";
import { contactFor, type ContactView } from "~/domain/opportunities/contact";
import {
  describeReason,
  type ReasonNames,
  type StoredReason,
  type Translate,
} from "~/domain/opportunities/reason-text";
import { canSeeOpportunity } from "~/domain/opportunities/visibility";
import type { Locale } from "~/i18n";

/** The database or a transaction: enough to read. */
type Reader = Pick<Db, "get" | "all">;

export class OpportunityError extends Error {
  constructor(readonly code: "forbidden" | "not_found") {
    super(code);
  }
}

/** Region, category and group names in the reader's language, for reasons and lists. */
export function referenceNames(db: Db, locale: Locale): ReasonNames {
  const pick = (rows: { code: string; fr: string; en: string }[]) =>
    new Map(rows.map((r) => [r.code, locale === "en" ? r.en : r.fr]));
  const regions = pick(db.all(sql`select code, name_fr as fr, name_en as en from regions`));
  const categories = pick(db.all(sql`select code, name_fr as fr, name_en as en from categories`));
  const groups = pick(db.all(sql`select code, name_fr as fr, name_en as en from category_groups`));
  return {
    region: (code) => regions.get(code) ?? code,
    category: (code) => categories.get(code) ?? code,
    group: (code) => groups.get(code) ?? code,
  };
}

/** The enterprises a member acts for, by name. */
export function memberEnterprises(db: Db, actor: Actor): { id: number; name: string }[] {
  const ids = [...actor.enterpriseIds];
  if (ids.length === 0) return [];
  return db.all<{ id: number; name: string }>(sql`
    select id, public_name as name from enterprises
    where id in (select value from json_each(${JSON.stringify(ids)})) order by public_name, id`);
}

type NeedFacts = {
  organizationType: string;
  contractNature: string;
  amountCad: number | null;
  amountBand: string | null;
  publishedAt: number | Date | null;
};

/** The route a "simpler route" reason refers to (gré à gré or invitation), for its sentence. */
function simplerRouteOf(need: NeedFacts, status: string): string | undefined {
  const buyer = buyerTypeOf(need.organizationType);
  const amountCad = effectiveAmount({
    amountCad: need.amountCad,
    amountBand: need.amountBand as Parameters<typeof effectiveAmount>[0]["amountBand"],
  });
  if (!buyer || amountCad === undefined) return undefined;
  const result = tryEvaluateContractingRoutes({
    buyer,
    supplierStatus: status as SupplierStatus,
    contractNature: need.contractNature,
    amountCad,
    date: new Date(need.publishedAt ?? Date.now()).toISOString().slice(0, 10),
  });
  if (!result.ok) return undefined;
  const usable = (id: string) => result.answer.routes.some((r) => r.id === id && r.verdict !== "not_allowed");
  return usable("direct_award") ? "direct_award" : usable("invitation_tender") ? "invitation_tender" : undefined;
}

/** Reasons in words, best first, as the enterprise reads them. */
export function reasonTexts(reasons: StoredReason[], need: NeedFacts, t: Translate, names: ReasonNames): string[] {
  return [...reasons]
    .sort((a, b) => b.points - a.points)
    .map((r) =>
      describeReason(
        t,
        r.code === "simpler_route"
          ? { ...r, detail: { ...r.detail, route: simplerRouteOf(need, String(r.detail.status)) ?? "" } }
          : r,
        names,
      ),
    );
}

/** Delivery regions of a need: the chosen ones and the delivery municipality's. */
function regionCodesOf(db: Db, needIds: number[]): Map<number, string[]> {
  const rows = db.all<{ needId: number; code: string }>(sql`
    select need_id as needId, region_code as code from need_regions
    where need_id in (select value from json_each(${JSON.stringify(needIds)}))
    union
    select n.id, m.region_code from needs n join municipalities m on m.code = n.delivery_municipality_code
    where n.id in (select value from json_each(${JSON.stringify(needIds)}))
    order by 1, 2`);
  const map = new Map<number, string[]>();
  for (const r of rows) map.set(r.needId, [...(map.get(r.needId) ?? []), r.code]);
  return map;
}

export type OpportunityState = "open" | "closed" | "all";
export type AnsweredFilter = "all" | "answered" | "unanswered";
export type OpportunityFilters = {
  enterpriseIds: number[];
  state: OpportunityState;
  answered: AnsweredFilter;
  page: number;
  perPage?: number;
};

type ListRow = NeedFacts & {
  id: number;
  title: string;
  kind: string;
  status: string;
  responseDeadline: string | null;
  isPublic: number;
  organizationName: string;
};

export type OpportunityListItem = {
  id: number;
  title: string;
  kind: string;
  window: AnswerWindow;
  responseDeadline: string | null;
  publishedAt: string | null;
  isPublic: boolean;
  organization: { name: string; type: string };
  regions: string[];
  /** The member's enterprises this need concerns, each with its reasons and answer. */
  enterprises: {
    id: number;
    name: string;
    matched: boolean;
    recommended: boolean;
    reasons: string[];
    response: "interested" | "not_interested" | null;
  }[];
};

/**
 * The needs a member's enterprises may see: those they were matched to, and the public ones
 * (published, or closed after the enterprise answered). Newest first.
 */
export function listOpportunities(
  db: Db,
  filters: OpportunityFilters,
  { now, t, names }: { now: Date; t: Translate; names: ReasonNames },
): { total: number; page: number; pages: number; items: OpportunityListItem[] } {
  const ids = JSON.stringify(filters.enterpriseIds);
  const perPage = filters.perPage ?? 20;
  // "One of the selected enterprises", for the matches (m) and responses (r) subqueries.
  const inE = (alias: "m" | "r") => sql`${sql.raw(alias)}.enterprise_id in (select value from json_each(${ids}))`;
  const today = quebecToday(now);
  const conditions: SQL[] = [
    sql`n.status in ('published', 'closed', 'cancelled')`,
    sql`(exists (select 1 from need_matches m where m.need_id = n.id and ${inE("m")})
         or (n.is_public = 1 and (n.status = 'published'
             or exists (select 1 from need_responses r where r.need_id = n.id and ${inE("r")}))))`,
  ];
  const open = sql`(n.status = 'published' and (n.response_deadline is null or n.response_deadline >= ${today}))`;
  if (filters.state === "open") conditions.push(open);
  if (filters.state === "closed") conditions.push(sql`not ${open}`);
  const answered = sql`exists (select 1 from need_responses r where r.need_id = n.id and ${inE("r")})`;
  if (filters.answered === "answered") conditions.push(answered);
  if (filters.answered === "unanswered") conditions.push(sql`not ${answered}`);
  const where = sql.join(conditions, sql` and `);

  const total = db.get<{ n: number }>(sql`select count(*) as n from needs n where ${where}`)?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(filters.page, pages);
  const rows = db.all<ListRow>(sql`
    select n.id, n.title, n.kind, n.status, n.response_deadline as responseDeadline, n.is_public as isPublic,
           n.contract_nature as contractNature, n.amount_cad as amountCad, n.amount_band as amountBand,
           n.published_at as publishedAt, o.name as organizationName, o.type as organizationType
    from needs n join buyer_organizations o on o.id = n.buyer_organization_id
    where ${where}
    order by n.published_at desc, n.id desc
    limit ${perPage} offset ${(page - 1) * perPage}`);
  if (rows.length === 0) return { total, page, pages, items: [] };

  const needIds = JSON.stringify(rows.map((r) => r.id));
  const matches = db.all<{ needId: number; enterpriseId: number; reasons: string; recommended: number }>(sql`
    select need_id as needId, enterprise_id as enterpriseId, reasons, recommended_by_user_id is not null as recommended
    from need_matches m where need_id in (select value from json_each(${needIds})) and ${inE("m")}`);
  const responses = db.all<{ needId: number; enterpriseId: number; interest: "interested" | "not_interested" }>(sql`
    select need_id as needId, enterprise_id as enterpriseId, interest
    from need_responses r where need_id in (select value from json_each(${needIds})) and ${inE("r")}`);
  const names_ = new Map(
    db
      .all<{ id: number; name: string }>(
        sql`
        select id, public_name as name from enterprises where id in (select value from json_each(${ids}))`,
      )
      .map((e) => [e.id, e.name]),
  );
  const regionCodes = regionCodesOf(
    db,
    rows.map((r) => r.id),
  );

  const items = rows.map((row): OpportunityListItem => {
    const enterprises = filters.enterpriseIds
      .map((enterpriseId) => {
        const match = matches.find((m) => m.needId === row.id && m.enterpriseId === enterpriseId);
        const response = responses.find((r) => r.needId === row.id && r.enterpriseId === enterpriseId);
        if (!match && !row.isPublic) return null;
        return {
          id: enterpriseId,
          name: names_.get(enterpriseId) ?? String(enterpriseId),
          matched: Boolean(match),
          recommended: Boolean(match?.recommended),
          reasons: match ? reasonTexts(JSON.parse(match.reasons) as StoredReason[], row, t, names) : [],
          response: response?.interest ?? null,
        };
      })
      .filter((e) => e !== null)
      // Matched enterprises first: that is where the reasons are.
      .sort((a, b) => Number(b.matched) - Number(a.matched));
    return {
      id: row.id,
      title: row.title,
      kind: row.kind,
      window: answerWindow(row, now),
      responseDeadline: row.responseDeadline,
      publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
      isPublic: Boolean(row.isPublic),
      organization: { name: row.organizationName, type: row.organizationType },
      regions: (regionCodes.get(row.id) ?? []).map(names.region),
      enterprises,
    };
  });
  return { total, page, pages, items };
}

type NeedDetailRow = ListRow & {
  description: string;
  questions: string;
  startsOn: string | null;
  endsOn: string | null;
  contactVisibility: "public" | "matched" | "on_request";
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  deliveryMunicipality: string | null;
};

export type Opportunity = {
  id: number;
  title: string;
  description: string;
  kind: string;
  contractNature: string;
  amountCad: number | null;
  amountBand: string | null;
  startsOn: string | null;
  endsOn: string | null;
  responseDeadline: string | null;
  publishedAt: string | null;
  questions: string[];
  isPublic: boolean;
  window: AnswerWindow;
  organization: { name: string; type: string };
  regions: string[];
  deliveryMunicipality: string | null;
  categories: string[];
  contact: ContactView;
  enterprise: { id: number; name: string };
  matched: boolean;
  reasons: string[];
  recommendation: { note: string | null } | null;
  response: {
    interest: "interested" | "not_interested";
    message: string | null;
    answers: string[];
    reason: string | null;
    updatedAt: string;
  } | null;
};

/** A need's raw row for the answer checks (status, deadline, questions, visibility), or undefined. */
export function needForAnswer(db: Reader, needId: number) {
  const row = db.get<{
    id: number;
    status: string;
    isPublic: number;
    responseDeadline: string | null;
    questions: string;
    buyerOrganizationId: number;
  }>(sql`
    select id, status, is_public as isPublic, response_deadline as responseDeadline, questions,
           buyer_organization_id as buyerOrganizationId
    from needs where id = ${needId}`);
  if (!row) return undefined;
  return { ...row, isPublic: Boolean(row.isPublic), questions: JSON.parse(row.questions) as string[] };
}

export function isMatched(db: Reader, needId: number, enterpriseId: number): boolean {
  return Boolean(db.get(sql`select 1 from need_matches where need_id = ${needId} and enterprise_id = ${enterpriseId}`));
}

/**
 * The need as one of the member's enterprises sees it. Throws `forbidden` when the member
 * does not belong to the enterprise, and `not_found` when the need does not exist for it
 * (a draft, or a non-public need the enterprise was not matched to: its existence is not revealed).
 */
export function getOpportunity(
  db: Db,
  actor: Actor,
  needId: number,
  enterpriseId: number,
  { now, t, names, locale }: { now: Date; t: Translate; names: ReasonNames; locale: Locale },
): Opportunity {
  if (!actor.enterpriseIds.has(enterpriseId)) throw new OpportunityError("forbidden");
  const row = db.get<NeedDetailRow>(sql`
    select n.id, n.title, n.description, n.kind, n.status, n.contract_nature as contractNature,
           n.amount_cad as amountCad, n.amount_band as amountBand, n.starts_on as startsOn, n.ends_on as endsOn,
           n.response_deadline as responseDeadline, n.published_at as publishedAt, n.questions,
           n.is_public as isPublic, n.contact_visibility as contactVisibility, n.contact_name as contactName,
           n.contact_email as contactEmail, n.contact_phone as contactPhone,
           o.name as organizationName, o.type as organizationType, mu.name as deliveryMunicipality
    from needs n join buyer_organizations o on o.id = n.buyer_organization_id
    left join municipalities mu on mu.code = n.delivery_municipality_code
    where n.id = ${needId}`);
  if (!row) throw new OpportunityError("not_found");
  const match = db.get<{ reasons: string; recommended: number; note: string | null }>(sql`
    select reasons, recommended_by_user_id is not null as recommended, recommendation_note as note
    from need_matches where need_id = ${needId} and enterprise_id = ${enterpriseId}`);
  if (!canSeeOpportunity(actor, enterpriseId, { status: row.status, isPublic: Boolean(row.isPublic) }, Boolean(match)))
    throw new OpportunityError("not_found");

  const enterprise = db.get<{ id: number; name: string }>(
    sql`select id, public_name as name from enterprises where id = ${enterpriseId}`,
  )!;
  const response = db.get<{
    interest: "interested" | "not_interested";
    message: string | null;
    answers: string;
    reason: string | null;
    updatedAt: number;
  }>(sql`
    select interest, message, answers, reason, updated_at as updatedAt
    from need_responses where need_id = ${needId} and enterprise_id = ${enterpriseId}`);
  const categories = db.all<{ fr: string; en: string }>(sql`
    select c.name_fr as fr, c.name_en as en from need_categories nc join categories c on c.code = nc.category_code
    where nc.need_id = ${needId} order by nc.suggested, c.position`);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    contractNature: row.contractNature,
    amountCad: row.amountCad,
    amountBand: row.amountBand,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    responseDeadline: row.responseDeadline,
    publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
    questions: JSON.parse(row.questions) as string[],
    isPublic: Boolean(row.isPublic),
    window: answerWindow(row, now),
    organization: { name: row.organizationName, type: row.organizationType },
    regions: (regionCodesOf(db, [needId]).get(needId) ?? []).map(names.region),
    deliveryMunicipality: row.deliveryMunicipality,
    categories: categories.map((c) => (locale === "en" ? c.en : c.fr)),
    contact: contactFor(row, Boolean(match)),
    enterprise,
    matched: Boolean(match),
    reasons: match ? reasonTexts(JSON.parse(match.reasons) as StoredReason[], row, t, names) : [],
    recommendation: match?.recommended ? { note: match.note } : null,
    response: response
      ? {
          interest: response.interest,
          message: response.message,
          answers: JSON.parse(response.answers) as string[],
          reason: response.reason,
          updatedAt: new Date(response.updatedAt).toISOString(),
        }
      : null,
  };
}

/**
 * The enterprise a detail page is for when the link does not say: a matched one first (that
 * is where the reasons are), else the member's first.
 */
export function defaultEnterpriseFor(db: Db, actor: Actor, needId: number): number | undefined {
  const ids = [...actor.enterpriseIds];
  if (ids.length === 0) return undefined;
  const matched = db.get<{ id: number }>(sql`
    select enterprise_id as id from need_matches
    where need_id = ${needId} and enterprise_id in (select value from json_each(${JSON.stringify(ids)}))
    order by rank limit 1`);
  return matched?.id ?? Math.min(...ids);
}
