import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiJson, apiProblems } from "~/lib/api.server";
import { getDb } from "~/lib/db.server";
import { getSearch } from "~/lib/search.server";
import { searchDirectory } from "~/models/directory-search.server";
import { parseSearchParams } from "~/search/params";

/** GET /api/v1/enterprises — the directory search as JSON (docs/api.md). */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const parsed = parseSearchParams(url.searchParams);
  if (!parsed.ok) return apiProblems(400, parsed.problems);
  const outcome = await searchDirectory(getDb(), getSearch(), parsed.params);
  if (!outcome.ok) return apiProblems(400, outcome.problems);
  const { result } = outcome;
  return apiJson(
    {
      hits: result.hits.map((h) => ({
        slug: h.slug,
        name: h.publicName,
        legalStatus: h.legalStatus,
        coopCategory: h.coopCategory,
        municipality: h.municipalityName,
        region: h.regionCode,
        servesWholeProvince: h.serviceAreaScope === "province",
        categories: h.categories.map((c) => c.code),
        ...(h.distanceKm !== undefined ? { distanceKm: h.distanceKm } : {}),
        ...(h.snippet ? { snippet: h.snippet.map((p) => p.text).join("") } : {}),
        url: `${url.origin}/entreprises/${h.slug}`,
        api: `${url.origin}/api/v1/enterprises/${h.slug}`,
      })),
      total: result.total,
      page: result.page,
      perPage: result.perPage,
      facets: result.facets,
      ...(result.near ? { near: { municipality: result.near.code, name: result.near.name } } : {}),
      ...(result.correctedTerms ? { correctedTerms: result.correctedTerms } : {}),
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
}
