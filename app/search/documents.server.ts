import { sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { categories as taxonomy } from "#db/reference/taxonomy";
import { CARD_CATEGORIES, documentCardSchema } from "./document-card";
import type { SearchDocument } from "./types";

const keywordsByCategory = new Map(taxonomy.map((c) => [c.code, [...c.keywords.fr, ...c.keywords.en].join(" ")]));

type Row = Record<string, string | number | null>;

function groupBy(rows: Row[]): Map<number, Row[]> {
  const map = new Map<number, Row[]>();
  for (const row of rows) {
    const id = Number(row.enterprise_id);
    map.set(id, [...(map.get(id) ?? []), row]);
  }
  return map;
}

const strings = (rows: Row[] | undefined, key: string) => [...new Set((rows ?? []).map((r) => String(r[key])))];

/**
 * Search documents for the given enterprises, built from the database. Only published
 * listings get a document; the caller removes the others from the index.
 */
export function buildSearchDocuments(db: Db, ids: number[]): SearchDocument[] {
  if (ids.length === 0) return [];
  const json = JSON.stringify(ids);
  const inIds = sql`in (select value from json_each(${json}))`;
  const base = db.all<Row>(sql`
    select e.id, e.slug, e.public_name, e.legal_name, e.legal_status, e.coop_category, e.workforce_band,
           e.service_area_scope, e.is_demo, e.mission_fr, e.mission_en, e.description_fr, e.description_en,
           m.code as municipality, m.name as municipality_name, m.mrc_code as mrc, m.region_code as region, m.lat, m.lon
    from enterprises e join municipalities m on m.code = e.municipality_code
    where e.status = 'published' and e.id ${inIds}`);
  if (base.length === 0) return [];

  const cats = groupBy(
    db.all<Row>(sql`
    select ec.enterprise_id, c.code, c.group_code, c.name_fr, c.name_en
    from enterprise_categories ec join categories c on c.code = ec.category_code
    where ec.enterprise_id ${inIds} order by ec.enterprise_id, ec.position`),
  );
  const offers = groupBy(
    db.all<Row>(sql`
    select enterprise_id, name_fr, name_en, description_fr, description_en
    from offerings where enterprise_id ${inIds} order by enterprise_id, position`),
  );
  const serves = groupBy(
    db.all<Row>(sql`
    select a.enterprise_id, coalesce(r.code, mr.region_code, mu.region_code) as region
    from enterprise_service_areas a
    left join regions r on a.kind = 'region' and r.code = a.code
    left join mrcs mr on a.kind = 'mrc' and mr.code = a.code
    left join municipalities mu on a.kind = 'municipality' and mu.code = a.code
    where a.enterprise_id ${inIds}`),
  );
  const labels = groupBy(
    db.all<Row>(sql`select enterprise_id, label_code from enterprise_labels where enterprise_id ${inIds}`),
  );
  const purposes = groupBy(
    db.all<Row>(sql`select enterprise_id, purpose_code from enterprise_purposes where enterprise_id ${inIds}`),
  );
  const allRegions = db.all<{ code: string }>(sql`select code from regions order by code`).map((r) => r.code);

  return base.map((e) => {
    const id = Number(e.id);
    const c = cats.get(id) ?? [];
    const o = offers.get(id) ?? [];
    return {
      id,
      slug: String(e.slug),
      name: String(e.public_name),
      legalName: String(e.legal_name),
      // French first, then English, so an excerpt stays in one language.
      offerings: [
        ...o.map((r) => [r.name_fr, r.description_fr].filter(Boolean).join(" : ")),
        ...o.map((r) => [r.name_en, r.description_en].filter(Boolean).join(": ")),
      ].join(" · "),
      categories: c.map((r) => `${r.name_fr} ${r.name_en} ${keywordsByCategory.get(String(r.code)) ?? ""}`).join(" · "),
      description: [e.mission_fr, e.description_fr, e.mission_en, e.description_en].filter(Boolean).join(" "),
      facets: {
        serves:
          e.service_area_scope === "province"
            ? allRegions
            : strings(serves.get(id), "region").filter((r) => r !== "null"),
        region: [String(e.region)],
        mrc: e.mrc ? [String(e.mrc)] : [],
        municipality: [String(e.municipality)],
        group: strings(c, "group_code"),
        category: strings(c, "code"),
        status: [String(e.legal_status)],
        label: strings(labels.get(id), "label_code"),
        purpose: strings(purposes.get(id), "purpose_code"),
        workforce: e.workforce_band ? [String(e.workforce_band)] : [],
      },
      lat: e.lat === null ? null : Number(e.lat),
      lon: e.lon === null ? null : Number(e.lon),
      // Parsed, so a value the columns' enums do not know fails here rather than on a result page.
      card: documentCardSchema.parse({
        name: e.public_name,
        legalStatus: e.legal_status,
        coopCategory: e.coop_category,
        municipalityName: e.municipality_name,
        regionCode: e.region,
        serviceAreaScope: e.service_area_scope,
        isDemo: e.is_demo === 1,
        categories: c.slice(0, CARD_CATEGORIES).map((r) => String(r.code)),
      }),
    };
  });
}
