import { sql } from "drizzle-orm";
import type { Db } from "#db/client";
import type { MatchCandidate } from "~/domain/matching";
import { queryTokens } from "~/search/text";

type Row = Record<string, string | number | null>;

function byEnterprise(rows: Row[]): Map<number, Row[]> {
  const map = new Map<number, Row[]>();
  for (const r of rows) {
    const id = Number(r.enterprise_id);
    let list = map.get(id);
    if (!list) map.set(id, (list = []));
    list.push(r);
  }
  return map;
}

/** The supplier status the contracting rules know, from a listing's legal status. */
export function supplierStatusOf(
  legalStatus: string,
  coopCategory: string | null,
  coopNonDistributing: boolean | null,
): MatchCandidate["supplierStatus"] {
  if (legalStatus === "obnl") return "obnl";
  if (legalStatus === "mutual") return "mutual";
  // A solidarity coop that may not distribute surpluses is the "non-profit cooperative" of LCV 573.3(2.2).
  if (coopCategory === "solidarity" && coopNonDistributing) return "nonprofit_cooperative";
  return "cooperative";
}

/**
 * Every published enterprise as matching sees it (optionally only some ids). Reads the
 * search documents for geography and categories, and offerings for the words.
 */
export function loadMatchCandidates(db: Db, ids?: number[]): MatchCandidate[] {
  const filter = ids ? sql`and e.id in (select value from json_each(${JSON.stringify(ids)}))` : sql``;
  const rows = db.all<Row>(sql`
    select e.id, e.public_name, e.legal_status, e.coop_category, e.coop_non_distributing, e.workforce_band,
           e.last_verified_at, e.service_area_scope, d.facets, d.lat, d.lon
    from enterprises e join search_documents d on d.id = e.id
    where e.status = 'published' ${filter}`);
  const words = byEnterprise(
    db.all<Row>(sql`
      select o.enterprise_id, o.name_fr || ' ' || o.description_fr || ' ' || o.name_en as text
      from offerings o join enterprises e on e.id = o.enterprise_id
      where e.status = 'published' ${filter}`),
  );
  return rows.map((r) => {
    const facets = JSON.parse(String(r.facets)) as Record<string, string[]>;
    const id = Number(r.id);
    return {
      id,
      name: String(r.public_name),
      servesProvince: r.service_area_scope === "province",
      servesRegions: r.service_area_scope === "province" ? [] : (facets.serves ?? []),
      regionCode: facets.region?.[0] ?? "",
      lat: r.lat === null ? null : Number(r.lat),
      lon: r.lon === null ? null : Number(r.lon),
      categories: facets.category ?? [],
      groups: facets.group ?? [],
      offeringWords: new Set((words.get(id) ?? []).flatMap((w) => queryTokens(String(w.text)))),
      workforceBand: (r.workforce_band as MatchCandidate["workforceBand"]) ?? null,
      verified: r.last_verified_at !== null,
      supplierStatus: supplierStatusOf(
        String(r.legal_status),
        r.coop_category as string | null,
        r.coop_non_distributing === 1,
      ),
    };
  });
}
