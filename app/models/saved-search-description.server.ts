import type { Db } from "#db/client";
import type { Locale } from "~/i18n";
import { localized } from "~/lib/locale";
import { FILTER_PARAMS, type SearchParams } from "~/search/params";
import { facetValueLabels, resolveNear } from "./search-labels.server";

type Translate = (key: string, vars?: Record<string, unknown>) => string;

export type SearchCriterion = { label: string; values: string[] };

/**
 * A saved search's criteria in words ("Dessert la région : Mauricie, Estrie"), so a buyer
 * recognizes the search without reading its URL. Codes without a name are shown as is.
 */
export function describeSearch(db: Db, params: SearchParams, locale: Locale, t: Translate): SearchCriterion[] {
  const labels = facetValueLabels(db, { mrc: params.mrc, municipality: params.municipality });
  const criteria: SearchCriterion[] = [];
  if (params.q) criteria.push({ label: t("alerts:describe.text"), values: [`« ${params.q} »`] });
  for (const facet of FILTER_PARAMS) {
    const values = params[facet];
    if (values.length === 0) continue;
    const nameOf = (code: string): string => {
      if (facet === "status") return t(`directory:legalStatus.${code}`);
      if (facet === "workforce") return t(`directory:workforceBand.${code}`);
      const dictionary = labels[facet === "serves" ? "region" : facet];
      const entry = dictionary[code];
      return entry ? localized(locale, entry.fr, entry.en) : code;
    };
    criteria.push({ label: t(`search:facets.${facet}`), values: values.map(nameOf) });
  }
  if (params.near) {
    const place = resolveNear(db, params.near)?.name ?? params.near;
    criteria.push({
      label: t("alerts:describe.near"),
      values: [params.radiusKm ? t("alerts:describe.nearWithin", { place, km: params.radiusKm }) : place],
    });
  }
  return criteria;
}
