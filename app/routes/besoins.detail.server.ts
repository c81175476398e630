import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { categories as taxonomy, categoryGroups } from "#db/reference/taxonomy";
import { ROUTE_LABELS, SUPPLIER_STATUS_OPTIONS, todayInQuebec, type SupplierStatus } from "~/domain/contracting";
import { createOutcomeSchema } from "~/domain/needs/outcome-schema";
import { reasonWords, wordsAsWritten, type ReasonWords } from "~/domain/needs/reason-words";
import {
  contractingRouteTable,
  needRouteContext,
  simplerRouteFor,
  type RouteTableRow,
} from "~/domain/needs/route-table";
import { effectiveAmount } from "~/domain/needs/need-schema";
import type { Locale } from "~/i18n";
import { getDb } from "~/lib/db.server";
import { getMatchIndex } from "~/lib/match-index.server";
import type { CurrentUser } from "~/lib/session.server";
import {
  getOrganization,
  listNeedMatches,
  listNeedResponses,
  listPurchaseRecords,
  listShortlist,
  municipalityName,
  regionNames,
  type MatchView,
} from "~/models/need-views.server";
import { MATCH_LIMIT, NeedError, setNeedStatus, toMatchNeed, type NeedRow } from "~/models/needs.server";
import { OutcomeError, recordOutcome } from "~/models/purchases.server";
import { addToShortlist, removeFromShortlist, shortlistCandidateIds, ShortlistError } from "~/models/shortlist.server";
import { needFailure, type NeedsT } from "./besoins.server";

/** The detail page of a need (/besoins/:id): what it shows, and its forms (status, shortlist, outcome). */

const categoryByCode = new Map(taxonomy.map((c) => [c.code, c]));
const groupByCode = new Map(categoryGroups.map((g) => [g.code, g]));

/** "fait" in the URL after an action: which confirmation to show. */
const FLASHES = {
  cree: "created",
  enregistre: "saved",
  recalcule: "savedRematched",
  publie: "published",
  ferme: "closed",
  annule: "cancelled",
  ajoute: "shortlisted",
  retire: "unshortlisted",
  resultat: "outcome",
} as const;
type Flash = (typeof FLASHES)[keyof typeof FLASHES];

function flashOf(url: URL): Flash | null {
  const done = url.searchParams.get("fait");
  return done && done in FLASHES ? FLASHES[done as keyof typeof FLASHES] : null;
}

export type MatchCard = Omit<MatchView, "reasons"> & {
  regionName: string;
  reasons: (ReasonWords & { points: number })[];
};

export function loadNeedDetail(
  request: Request,
  need: NeedRow,
  { t, locale }: { t: NeedsT; locale: Locale },
  now = new Date(),
) {
  const db = getDb();
  const url = new URL(request.url);
  const regions = regionNames(db);
  const regionName = (code: string) => regions.get(code)?.[locale] ?? code;
  const today = todayInQuebec(now);

  // The rules are read at the publication date, as matching did (today for a draft).
  const routeContext = needRouteContext(need, need.publishedAt ? todayInQuebec(need.publishedAt) : today);
  const table: RouteTableRow[] = routeContext.state === "ready" ? contractingRouteTable(routeContext.input) : [];

  const statusLabel = (s: string) => SUPPLIER_STATUS_OPTIONS.find((o) => o.id === s)?.label[locale] ?? s;
  const lookups = {
    regionName,
    categoryName: (code: string) => categoryByCode.get(code)?.name[locale] ?? code,
    groupName: (code: string) => groupByCode.get(code)?.name[locale] ?? code,
    workforceBandName: (band: string) => t(`directory:workforceBand.${band}` as never),
    statusName: statusLabel,
    simplerRouteName: (status: string) => {
      const route = simplerRouteFor(table, status as SupplierStatus);
      return route ? ROUTE_LABELS[route][locale] : undefined;
    },
    wordAsWritten: wordsAsWritten(`${need.title} ${need.description}`),
  };

  const matchViews = need.status === "draft" ? [] : listNeedMatches(db, need.id);
  const matches: MatchCard[] = matchViews.map((m) => ({
    ...m,
    regionName: regionName(m.regionCode),
    reasons: m.reasons.map((r) => ({ ...reasonWords(r, lookups), points: r.points })),
  }));
  // A draft is not matched yet: say how many enterprises publishing would reach.
  const matchNeed = need.status === "draft" ? toMatchNeed(db, need, now) : undefined;
  const previewCount = matchNeed ? getMatchIndex(db).rank(matchNeed, MATCH_LIMIT).length : null;

  const responses = listNeedResponses(db, need.id);
  const answered = new Set(responses.map((r) => r.enterpriseId));
  const shortlist = listShortlist(db, need.id);
  const shortlisted = new Set(shortlist.map((s) => s.enterpriseId));
  const named = (id: number) =>
    matchViews.find((m) => m.enterpriseId === id)?.name ?? responses.find((r) => r.enterpriseId === id)?.name ?? "";
  const candidates = shortlistCandidateIds(db, need.id);
  // The award select: the shortlist first, then those interested, then the others by rank.
  const interestedFirst = [
    ...responses.filter((r) => r.interest === "interested").map((r) => r.enterpriseId),
    ...matchViews.map((m) => m.enterpriseId),
    ...candidates,
  ];
  const others = [...new Set(interestedFirst)].filter((id) => !shortlisted.has(id) && candidates.includes(id));

  const municipality = municipalityName(db, need.deliveryMunicipalityCode);
  const categoryList = (codes: string[]) =>
    codes.map((code) => ({ code, name: categoryByCode.get(code)?.name[locale] ?? code }));
  return {
    title: need.title,
    flash: flashOf(url),
    flashEnterpriseId: Number(url.searchParams.get("entreprise")) || null,
    today,
    need: {
      id: need.id,
      title: need.title,
      description: need.description,
      kind: need.kind,
      status: need.status,
      contractNature: need.contractNature,
      amountCad: need.amountCad,
      amountBand: need.amountBand,
      effectiveAmount: effectiveAmount(need) ?? null,
      startsOn: need.startsOn,
      endsOn: need.endsOn,
      responseDeadline: need.responseDeadline,
      questions: need.questions,
      contactVisibility: need.contactVisibility,
      contactName: need.contactName,
      contactEmail: need.contactEmail,
      contactPhone: need.contactPhone,
      isPublic: need.isPublic,
      publishedAt: need.publishedAt?.getTime() ?? null,
      closedAt: need.closedAt?.getTime() ?? null,
      matchedAt: need.matchedAt?.getTime() ?? null,
      organizationName: getOrganization(db, need.buyerOrganizationId)?.name ?? "",
    },
    delivery: {
      regions: need.regions.map((code) => ({ code, name: regionName(code) })),
      municipality: municipality ? { name: municipality.name, region: regionName(municipality.regionCode) } : null,
    },
    categories: categoryList(need.categories),
    suggestedCategories: categoryList(need.suggestedCategories),
    routes: {
      state: routeContext.state,
      input: routeContext.state === "ready" ? routeContext.input : null,
      amountFromBand: routeContext.state === "ready" && routeContext.amountFromBand,
      rows: table,
    },
    matches,
    previewCount,
    responses,
    noAnswer: matchViews
      .filter((m) => !answered.has(m.enterpriseId))
      .map((m) => ({ enterpriseId: m.enterpriseId, name: m.name, slug: m.slug, shortlisted: m.shortlisted })),
    shortlist: shortlist.map((s) => ({ ...s, regionName: regionName(s.regionCode) })),
    purchases: listPurchaseRecords(db, need.id),
    outcomeChoices: {
      shortlist: shortlist.map((s) => ({ id: s.enterpriseId, name: s.name })),
      others: others.map((id) => ({ id, name: named(id) })),
    },
  };
}

export type NeedDetail = ReturnType<typeof loadNeedDetail>;

const IntentSchema = z.object({
  intent: z.enum(["publish", "close", "cancel", "shortlist-add", "shortlist-remove", "outcome"]),
});
const EnterpriseSchema = z.object({
  enterpriseId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31),
});

export type NeedActionData = {
  intent: string;
  message?: string;
  enterpriseId?: number;
  result?: SubmissionResult<string[]>;
};

const TRANSITIONS = {
  publish: { status: "published", done: "publie" },
  close: { status: "closed", done: "ferme" },
  cancel: { status: "cancelled", done: "annule" },
} as const;

/**
 * The detail page's forms, by `intent`. Bad input answers 400 with a localized message and
 * changes nothing; a state that forbids the action (publishing twice) answers 409.
 */
export async function needDetailAction(
  request: Request,
  { user, need, t }: { user: CurrentUser; need: NeedRow; t: NeedsT },
) {
  const db = getDb();
  const formData = await request.formData();
  const parsed = IntentSchema.safeParse({ intent: formData.get("intent") });
  if (!parsed.success)
    return data<NeedActionData>({ intent: "", message: t("needs:errors.badIntent") }, { status: 400 });
  const { intent } = parsed.data;
  const base = `/besoins/${need.id}`;

  if (intent === "publish" || intent === "close" || intent === "cancel") {
    const { status, done } = TRANSITIONS[intent];
    try {
      setNeedStatus(db, user.actor, need.id, status);
    } catch (error) {
      return conflictOr(error, intent, t, `needs:errors.transition.${status}`);
    }
    return redirect(`${base}?fait=${done}`);
  }

  if (intent === "shortlist-add" || intent === "shortlist-remove") {
    const enterprise = EnterpriseSchema.safeParse({ enterpriseId: formData.get("enterpriseId") });
    if (!enterprise.success)
      return data<NeedActionData>({ intent, message: t("needs:errors.notCandidate") }, { status: 400 });
    const { enterpriseId } = enterprise.data;
    try {
      if (intent === "shortlist-add") addToShortlist(db, user.actor, need.id, enterpriseId);
      else removeFromShortlist(db, user.actor, need.id, enterpriseId);
    } catch (error) {
      return conflictOr(error, intent, t, "needs:errors.shortlistClosed", enterpriseId);
    }
    const done = intent === "shortlist-add" ? "ajoute" : "retire";
    const back = formData.get("from") === "shortlist" ? "liste-courte" : `entreprise-${enterpriseId}`;
    return redirect(`${base}?fait=${done}&entreprise=${enterpriseId}#${back}`);
  }

  // intent === "outcome"
  const schema = createOutcomeSchema({ candidateIds: shortlistCandidateIds(db, need.id), today: todayInQuebec() });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success")
    return data<NeedActionData>({ intent, result: submission.reply() }, { status: 400 });
  try {
    recordOutcome(db, user.actor, need.id, submission.value);
  } catch (error) {
    return conflictOr(error, intent, t, "needs:errors.outcomeState");
  }
  return redirect(`${base}?fait=resultat#resultat`);
}

/**
 * A refused state change stays on the page with its message (409); so does an enterprise that
 * is not a candidate (400). Other refusals (403, 404) go through the shared mapping.
 */
function conflictOr(error: unknown, intent: string, t: NeedsT, conflictKey: string, enterpriseId?: number) {
  if (error instanceof NeedError && error.code === "invalid_state")
    return data<NeedActionData>({ intent, enterpriseId, message: t(conflictKey as never) }, { status: 409 });
  if (error instanceof OutcomeError && error.code === "already_recorded")
    return data<NeedActionData>({ intent, message: t("needs:errors.outcomeAlready") }, { status: 409 });
  if (error instanceof ShortlistError || error instanceof OutcomeError)
    return data<NeedActionData>({ intent, enterpriseId, message: t("needs:errors.notCandidate") }, { status: 400 });
  return needFailure(error, t);
}
