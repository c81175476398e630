import { data } from "@remix-run/node";
import { z } from "zod";
import type { Translate } from "~/domain/opportunities/reason-text";
import { canSeeOpportunities } from "~/domain/opportunities/visibility";
import type { Locale } from "~/i18n";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { requireAllowed, type CurrentUser } from "~/lib/session.server";
import { OpportunityError, referenceNames } from "~/models/opportunities.server";
import { ResponseError } from "~/models/responses.server";

/** Shared by the /opportunites routes: who may open them, and how refusals read. */

export const IdSchema = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31);

export type OpportunityContext = {
  user: CurrentUser;
  t: Awaited<ReturnType<typeof getFixedT>>["t"];
  /** Bound to the `opportunities` namespace, for reasons in words. */
  tOpp: Translate;
  locale: Locale;
  names: ReturnType<typeof referenceNames>;
};

/** Enterprise members only; anonymous visitors go to the sign-in page, other accounts get a 403. */
export async function requireMember(request: Request): Promise<OpportunityContext> {
  const { t, locale } = await getFixedT(request);
  const user = await requireAllowed(request, canSeeOpportunities, t("opportunities:errors.forbidden"));
  const tOpp = ((key: string, vars?: Record<string, unknown>) =>
    (t as unknown as (k: string, v?: Record<string, unknown>) => string)(`opportunities:${key}`, vars)) as Translate;
  return { user, t, tOpp, locale, names: referenceNames(getDb(), locale) };
}

/** The enterprise of `?entreprise=`: one of the member's, else a localized 403 (or 404 when unreadable). */
export function readEnterprise(url: URL, ctx: OpportunityContext): number | undefined {
  const raw = url.searchParams.get("entreprise");
  if (raw === null || raw === "") return undefined;
  const id = IdSchema.safeParse(raw);
  if (!id.success) throw data({ message: ctx.t("opportunities:errors.notFound") }, { status: 404 });
  if (!ctx.user.actor.enterpriseIds.has(id.data))
    throw data({ message: ctx.t("opportunities:errors.notYourEnterprise") }, { status: 403 });
  return id.data;
}

/** A model refusal as a localized 403 or 404 (409s are answered at the form instead). */
export function opportunityFailure(error: unknown, ctx: OpportunityContext): never {
  if (error instanceof OpportunityError || error instanceof ResponseError) {
    if (error.code === "forbidden")
      throw data({ message: ctx.t("opportunities:errors.notYourEnterprise") }, { status: 403 });
    if (error.code === "not_found") throw data({ message: ctx.t("opportunities:errors.notFound") }, { status: 404 });
  }
  throw error;
}
