import { data } from "@remix-run/node";
import { z } from "zod";
import { categories as taxonomy, categoryGroups } from "#db/reference/taxonomy";
import { ROUTE_LABELS, SUPPLIER_STATUS_OPTIONS, todayInQuebec, type SupplierStatus } from "~/domain/contracting";
import { reasonWords, type ReasonWords } from "~/domain/needs/reason-words";
import { contractingRouteTable, needRouteContext, simplerRouteFor } from "~/domain/needs/route-table";
import type { Locale } from "~/i18n";
import { requireCurator } from "~/lib/curation-auth.server";
import { getDb } from "~/lib/db.server";
import { getHubNeed, HubNeedError } from "~/models/hub-needs.server";
import { regionNames, type MatchView } from "~/models/need-views.server";
import type { NeedRow } from "~/models/needs.server";

/** Shared by /pole/besoins and /pole/besoins/:id: access, and the matches in words. */

export type HubT = (key: string, vars?: Record<string, unknown>) => string;

/** A curator (or admin) signed in; the translator is loosened for keys built from data. */
export async function requireHubCurator(request: Request) {
  const curator = await requireCurator(request);
  return { ...curator, tr: curator.t as unknown as HubT };
}

const IdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The need behind `:id`, if the curator follows its regions: 404 when unknown or unpublished, 403 elsewhere. */
export async function requireHubNeed(request: Request, idParam: string | undefined) {
  const curator = await requireHubCurator(request);
  const id = IdSchema.safeParse(idParam);
  if (!id.success) throw data({ message: curator.tr("alerts:hubNeeds.errors.notFound") }, { status: 404 });
  try {
    return { ...curator, hub: getHubNeed(getDb(), curator.user.actor, id.data) };
  } catch (error) {
    if (!(error instanceof HubNeedError)) throw error;
    if (error.code === "forbidden")
      throw data({ message: curator.tr("alerts:hubNeeds.errors.forbidden") }, { status: 403 });
    throw data({ message: curator.tr("alerts:hubNeeds.errors.notFound") }, { status: 404 });
  }
}

const categoryByCode = new Map(taxonomy.map((c) => [c.code, c]));
const groupByCode = new Map(categoryGroups.map((g) => [g.code, g]));

export type HubMatchCard = Omit<MatchView, "reasons"> & {
  regionName: string;
  reasons: (ReasonWords & { points: number })[];
};

/** The matches with each reason as a sentence of the `needs` namespace, as the buyer reads them. */
export function matchCards(need: NeedRow, matches: MatchView[], locale: Locale, tr: HubT): HubMatchCard[] {
  const regions = regionNames(getDb());
  const regionName = (code: string) => regions.get(code)?.[locale] ?? code;
  // The rules are read at the publication date, as matching did.
  const context = needRouteContext(need, todayInQuebec(need.publishedAt ?? new Date()));
  const table = context.state === "ready" ? contractingRouteTable(context.input) : [];
  const lookups = {
    regionName,
    categoryName: (code: string) => categoryByCode.get(code)?.name[locale] ?? code,
    groupName: (code: string) => groupByCode.get(code)?.name[locale] ?? code,
    workforceBandName: (band: string) => tr(`directory:workforceBand.${band}`),
    statusName: (s: string) => SUPPLIER_STATUS_OPTIONS.find((o) => o.id === s)?.label[locale] ?? s,
    simplerRouteName: (status: string) => {
      const route = simplerRouteFor(table, status as SupplierStatus);
      return route ? ROUTE_LABELS[route][locale] : undefined;
    },
  };
  return matches.map((m) => ({
    ...m,
    regionName: regionName(m.regionCode),
    reasons: m.reasons.map((r) => ({ ...reasonWords(r, lookups), points: r.points })),
  }));
}

export function regionNameMap(locale: Locale): Record<string, string> {
  return Object.fromEntries([...regionNames(getDb())].map(([code, names]) => [code, names[locale]]));
}
