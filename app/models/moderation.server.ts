import { asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "#db/client";
import { hubRegions, hubs, regions, type ListingStatus } from "#db/schema";
import { canCurateRegion, isAdmin, type Actor } from "~/domain/authz";
import { confirmationDueBefore, daysAgo } from "~/domain/curation/freshness";
import type { QueueSort, QueueStatus } from "~/domain/curation/queue";

/**
 * The hub's work: which listings wait for a decision, which are stale, which claims are
 * pending — always restricted to the regions the actor curates (every region for an admin).
 */

/** Region codes the actor moderates, in code order. */
export function moderatedRegionCodes(db: Db, actor: Actor): string[] {
  const all = db.select({ code: regions.code }).from(regions).orderBy(asc(regions.code)).all();
  return all.map((r) => r.code).filter((code) => canCurateRegion(actor, code));
}

/** The hubs the actor belongs to, each with its regions (admins see every hub). */
export function hubsOf(db: Db, actor: Actor) {
  const ids = [...actor.hubIds];
  if (!isAdmin(actor) && ids.length === 0) return [];
  const rows = db
    .select({ id: hubs.id, name: hubs.name, email: hubs.email, regionCode: hubRegions.regionCode })
    .from(hubs)
    .leftJoin(hubRegions, eq(hubRegions.hubId, hubs.id))
    .where(isAdmin(actor) ? undefined : inArray(hubs.id, ids))
    .orderBy(asc(hubRegions.regionCode))
    .all();
  const byId = new Map<number, { id: number; name: string; email: string | null; regionCodes: string[] }>();
  for (const r of rows) {
    const hub = byId.get(r.id) ?? { id: r.id, name: r.name, email: r.email, regionCodes: [] };
    if (r.regionCode) hub.regionCodes.push(r.regionCode);
    byId.set(r.id, hub);
  }
  return [...byId.values()];
}

// The latest open revision of a published listing (at most one is submitted at a time).
const openRevisionJoin = sql`left join enterprise_revisions r on r.id = (
  select max(id) from enterprise_revisions
  where enterprise_id = e.id and status in ('draft', 'submitted', 'changes_requested', 'rejected'))`;

const inRegions = (codes: string[]) => sql`m.region_code in (select value from json_each(${JSON.stringify(codes)}))`;

export type RegionCounts = {
  regionCode: string;
  nameFr: string;
  nameEn: string;
  submitted: number;
  revisions: number;
  changesRequested: number;
  candidates: number;
  stale: number;
  published: number;
  claimsPending: number;
  /** When the longest-waiting submission was sent (epoch ms), or null. */
  oldestWaiting: number | null;
};

/** What waits for the hub in each region: the counts on the hub's home page. */
export function countsByRegion(db: Db, regionCodes: string[], now = new Date()): RegionCounts[] {
  if (regionCodes.length === 0) return [];
  const cutoff = confirmationDueBefore(now).getTime();
  const rows = db.all<Omit<RegionCounts, "claimsPending">>(sql`
    select g.code as regionCode, g.name_fr as nameFr, g.name_en as nameEn,
      coalesce(sum(e.status = 'submitted'), 0) as submitted,
      coalesce(sum(e.status = 'published' and r.status = 'submitted'), 0) as revisions,
      coalesce(sum(e.status = 'changes_requested' or (e.status = 'published' and r.status = 'changes_requested')), 0)
        as changesRequested,
      coalesce(sum(e.status = 'candidate'), 0) as candidates,
      coalesce(sum(e.status = 'published' and coalesce(e.last_confirmed_at, e.published_at) < ${cutoff}), 0) as stale,
      coalesce(sum(e.status = 'published'), 0) as published,
      min(case when e.status = 'submitted' then e.submitted_at
               when e.status = 'published' and r.status = 'submitted' then r.submitted_at end) as oldestWaiting
    from regions g
    left join municipalities m on m.region_code = g.code
    left join enterprises e on e.municipality_code = m.code
    ${openRevisionJoin}
    where g.code in (select value from json_each(${JSON.stringify(regionCodes)}))
    group by g.code order by g.code`);
  const claims = new Map(
    db
      .all<{ regionCode: string; n: number }>(
        sql`select m.region_code as regionCode, count(*) as n
        from listing_claims c join enterprises e on e.id = c.enterprise_id
        join municipalities m on m.code = e.municipality_code
        where c.status = 'pending' and ${inRegions(regionCodes)} group by m.region_code`,
      )
      .map((r) => [r.regionCode, r.n]),
  );
  return rows.map((r) => ({ ...r, claimsPending: claims.get(r.regionCode) ?? 0 }));
}

export type QueueFilters = {
  regionCodes: string[];
  status: QueueStatus;
  /** Only listings waiting for more than this many days. */
  olderThanDays?: number;
  groupCode?: string;
  q?: string;
  sort: QueueSort;
  page: number;
  perPage: number;
  now?: Date;
};

export type QueueItem = {
  id: number;
  publicName: string;
  legalName: string;
  neq: string | null;
  status: ListingStatus;
  revisionStatus: string | null;
  municipality: string;
  regionCode: string;
  /** The date the listing has been in its current state since (epoch ms). */
  since: number | null;
  lastVerifiedAt: number | null;
  groupCodes: string[];
};

// For each status: which listings, and since when they wait.
function statusClause(status: QueueStatus, cutoff: number): { where: SQL; since: SQL } {
  switch (status) {
    case "to_review":
      return {
        where: sql`(e.status = 'submitted' or (e.status = 'published' and r.status = 'submitted'))`,
        since: sql`case when e.status = 'submitted' then e.submitted_at else r.submitted_at end`,
      };
    case "submitted":
      return { where: sql`e.status = 'submitted'`, since: sql`e.submitted_at` };
    case "revision":
      return { where: sql`e.status = 'published' and r.status = 'submitted'`, since: sql`r.submitted_at` };
    case "changes_requested":
    case "rejected":
      return {
        where: sql`(e.status = ${status} or (e.status = 'published' and r.status = ${status}))`,
        since: sql`case when e.status = 'published' then r.reviewed_at else e.updated_at end`,
      };
    case "candidate":
      return { where: sql`e.status = 'candidate'`, since: sql`coalesce(e.imported_at, e.created_at)` };
    case "stale":
      return {
        where: sql`e.status = 'published' and coalesce(e.last_confirmed_at, e.published_at) < ${cutoff}`,
        since: sql`coalesce(e.last_confirmed_at, e.published_at)`,
      };
    case "published":
      return { where: sql`e.status = 'published'`, since: sql`coalesce(e.last_confirmed_at, e.published_at)` };
    case "archived":
      return { where: sql`e.status = 'archived'`, since: sql`e.archived_at` };
  }
}

/** One page of the moderation queue, oldest first by default. */
export function listModerationQueue(db: Db, f: QueueFilters): { items: QueueItem[]; total: number; pages: number } {
  if (f.regionCodes.length === 0) return { items: [], total: 0, pages: 0 };
  const now = f.now ?? new Date();
  const { where, since } = statusClause(f.status, confirmationDueBefore(now).getTime());
  const conditions: SQL[] = [inRegions(f.regionCodes), where];
  if (f.olderThanDays !== undefined) conditions.push(sql`${since} <= ${daysAgo(now, f.olderThanDays).getTime()}`);
  if (f.groupCode)
    conditions.push(sql`exists (select 1 from enterprise_categories ec join categories c on c.code = ec.category_code
      where ec.enterprise_id = e.id and c.group_code = ${f.groupCode})`);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
    conditions.push(
      sql`(e.public_name like ${like} escape '\\' or e.legal_name like ${like} escape '\\' or e.neq = ${f.q.replace(/\s/g, "")})`,
    );
  }
  const whereSql = sql.join(conditions, sql` and `);
  const from = sql`from enterprises e join municipalities m on m.code = e.municipality_code ${openRevisionJoin}`;
  const total = db.get<{ n: number }>(sql`select count(*) as n ${from} where ${whereSql}`)?.n ?? 0;
  const order =
    f.sort === "name"
      ? sql`e.public_name collate nocase asc, e.id asc`
      : f.sort === "newest"
        ? sql`since is null, since desc, e.id desc`
        : sql`since is null, since asc, e.id asc`;
  const rows = db.all<Omit<QueueItem, "groupCodes"> & { groups: string | null }>(sql`
    select e.id, e.public_name as publicName, e.legal_name as legalName, e.neq, e.status,
      r.status as revisionStatus, m.name as municipality, m.region_code as regionCode,
      ${since} as since, e.last_verified_at as lastVerifiedAt,
      (select group_concat(distinct c.group_code) from enterprise_categories ec
        join categories c on c.code = ec.category_code where ec.enterprise_id = e.id) as groups
    ${from} where ${whereSql}
    order by ${order}
    limit ${f.perPage} offset ${(f.page - 1) * f.perPage}`);
  return {
    items: rows.map(({ groups, ...r }) => ({ ...r, groupCodes: groups ? groups.split(",") : [] })),
    total,
    pages: Math.ceil(total / f.perPage),
  };
}

export type PendingClaim = {
  id: number;
  createdAt: number;
  method: string;
  message: string | null;
  enterpriseId: number;
  enterpriseName: string;
  neq: string | null;
  website: string | null;
  enterpriseStatus: string;
  regionCode: string;
  municipality: string;
  userName: string;
  userEmail: string;
};

/** Claims waiting for the hub in these regions, oldest first. */
export function listClaimsQueue(
  db: Db,
  regionCodes: string[],
  { page = 1, perPage = 25 }: { page?: number; perPage?: number } = {},
): { items: PendingClaim[]; total: number; pages: number } {
  if (regionCodes.length === 0) return { items: [], total: 0, pages: 0 };
  const from = sql`from listing_claims c join enterprises e on e.id = c.enterprise_id
    join municipalities m on m.code = e.municipality_code join users u on u.id = c.user_id
    where c.status = 'pending' and ${inRegions(regionCodes)}`;
  const total = db.get<{ n: number }>(sql`select count(*) as n ${from}`)?.n ?? 0;
  const items = db.all<PendingClaim>(sql`
    select c.id, c.created_at as createdAt, c.method, c.message, e.id as enterpriseId,
      e.public_name as enterpriseName, e.neq, e.website, e.status as enterpriseStatus,
      m.region_code as regionCode, m.name as municipality, u.display_name as userName, u.email as userEmail
    ${from} order by c.created_at asc, c.id asc limit ${perPage} offset ${(page - 1) * perPage}`);
  return { items, total, pages: Math.ceil(total / perPage) };
}

/** The region of a claim's listing, for the authorization check before deciding it. */
export function claimRegion(db: Db, claimId: number): { regionCode: string; status: string } | undefined {
  return db.get<{ regionCode: string; status: string }>(sql`
    select m.region_code as regionCode, c.status from listing_claims c
    join enterprises e on e.id = c.enterprise_id join municipalities m on m.code = e.municipality_code
    where c.id = ${claimId}`);
}
