import type { Db } from "#db/client";
import { DEFAULT_PER_PAGE, defaultSort, FILTER_PARAMS, type ParamProblem, type SearchParams } from "~/search/params";
import type { SearchService } from "~/search/service.server";
import { FACETS, type Facet, type SearchQuery, type SnippetPart } from "~/search/types";
import { cardFromDocument, getCardsByIds, type EnterpriseCard } from "./enterprise-cards.server";
import { resolveNear, type NearPoint } from "./search-labels.server";

export type DirectoryHit = EnterpriseCard & { distanceKm?: number; snippet?: SnippetPart[] };
export type Relaxation = { facet: Facet | "q"; total: number };

export type DirectorySearch = {
  query: SearchQuery;
  near?: NearPoint;
  total: number;
  page: number;
  perPage: number;
  pages: number;
  hits: DirectoryHit[];
  facets: Partial<Record<Facet, Record<string, number>>>;
  correctedTerms?: string[];
  engine: string;
  /** When nothing matches: how many results dropping each constraint would give, best first. */
  relaxations: Relaxation[];
};

/** Runs a directory search from validated parameters; a "near" that matches no place is a problem. */
export async function searchDirectory(
  db: Db,
  search: SearchService,
  params: SearchParams,
  { facets = [...FACETS] }: { facets?: Facet[] } = {},
): Promise<{ ok: true; result: DirectorySearch } | { ok: false; problems: ParamProblem[] }> {
  let near: NearPoint | undefined;
  if (params.near) {
    near = resolveNear(db, params.near);
    if (!near) {
      return {
        ok: false,
        problems: [
          {
            path: "near",
            message: {
              fr: `Aucune municipalité localisée ne correspond à « ${params.near} ».`,
              en: `No located municipality matches “${params.near}”.`,
            },
          },
        ],
      };
    }
  }
  const filters = Object.fromEntries(
    FILTER_PARAMS.map((f) => [f, params[f]]).filter(([, v]) => (v as string[]).length > 0),
  );
  const perPage = params.perPage ?? DEFAULT_PER_PAGE;
  const query: SearchQuery = {
    q: params.q,
    filters,
    near: near ? { lat: near.lat, lon: near.lon, radiusKm: params.radiusKm } : undefined,
    sort: defaultSort({ ...params, near: near?.code }),
    page: params.page ?? 1,
    perPage,
    facets,
  };
  const result = await search.search(query);
  // Engines return each hit's card; only a document indexed before cards were stored needs the database.
  const missing = result.hits.filter((h) => !h.card).map((h) => h.id);
  const fromDatabase = new Map(missing.length > 0 ? getCardsByIds(db, missing).map((c) => [c.id, c]) : []);
  const hits = result.hits.flatMap((h): DirectoryHit[] => {
    const card = h.card ? cardFromDocument(db, { id: h.id, slug: h.slug, card: h.card }) : fromDatabase.get(h.id);
    if (!card) return [];
    return [
      {
        ...card,
        ...(h.distanceKm !== undefined ? { distanceKm: h.distanceKm } : {}),
        ...(h.snippet ? { snippet: h.snippet } : {}),
      },
    ];
  });

  const relaxations: Relaxation[] = [];
  if (result.total === 0) {
    const probe = async (change: Partial<SearchQuery>) =>
      (await search.search({ ...query, ...change, page: 1, perPage: 1, facets: [] })).total;
    for (const facet of Object.keys(filters) as Facet[]) {
      const { [facet]: _dropped, ...rest } = filters;
      relaxations.push({ facet, total: await probe({ filters: rest }) });
    }
    if (query.q) relaxations.push({ facet: "q", total: await probe({ q: "" }) });
    relaxations.sort((a, b) => b.total - a.total);
  }

  return {
    ok: true,
    result: {
      query,
      near,
      total: result.total,
      page: query.page,
      perPage,
      pages: Math.max(1, Math.ceil(result.total / perPage)),
      hits,
      facets: result.facets,
      correctedTerms: result.correctedTerms,
      engine: result.engine,
      relaxations: relaxations.filter((r) => r.total > 0),
    },
  };
}
