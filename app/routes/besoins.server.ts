import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { asc } from "drizzle-orm";
import { z } from "zod";
import { regions } from "#db/schema";
import { municipalityLabelOf } from "~/components/listing-form/municipality";
import { canUseBuyerSpace } from "~/domain/authz";
import { needFormSchema } from "~/domain/needs/need-form-schema";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { requireAllowed, type CurrentUser } from "~/lib/session.server";
import { getMunicipalityChoices, serverFormLookups } from "~/models/listing-form-options.server";
import { canManageNeed, createNeed, getNeed, NeedError, updateNeed, type NeedRow } from "~/models/needs.server";
import { OutcomeError } from "~/models/purchases.server";
import { ShortlistError } from "~/models/shortlist.server";

/** Shared by the /besoins routes: who may open them, the need of the URL, the need form. */

export type NeedsT = Awaited<ReturnType<typeof getFixedT>>["t"];

const IdSchema = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31);

/** Buyers and admins; members, curators and others get a 403 that says where they see needs. */
export async function requireBuyerSpace(request: Request) {
  const { t, locale } = await getFixedT(request);
  const user = await requireAllowed(request, canUseBuyerSpace, t("needs:errors.forbidden"));
  return { user, t, locale };
}

/** The need of the URL, if the signed-in buyer's organization owns it (or an admin asks). */
export async function requireManagedNeed(request: Request, params: LoaderFunctionArgs["params"]) {
  const { user, t, locale } = await requireBuyerSpace(request);
  const id = IdSchema.safeParse(params.id);
  const need = id.success ? getNeed(getDb(), id.data) : undefined;
  if (!need) throw data({ message: t("needs:errors.notFound") }, { status: 404 });
  if (!canManageNeed(user.actor, need)) throw data({ message: t("needs:errors.notYours") }, { status: 403 });
  return { user, need, t, locale };
}

/** Creating a need takes an organization: an admin or a buyer without one gets a 403 that says so. */
export function requireOrganization(user: CurrentUser, t: NeedsT): number {
  if (!user.actor.roles.has("buyer") || !user.actor.buyerOrganizationId)
    throw data({ message: t("needs:errors.noOrganization") }, { status: 403 });
  return user.actor.buyerOrganizationId;
}

/** A refusal of the needs models as a localized 403, 404 or 409 (400 for a bad enterprise). */
export function needFailure(error: unknown, t: NeedsT, transition?: "published" | "closed" | "cancelled"): never {
  if (error instanceof NeedError) {
    if (error.code === "not_found") throw data({ message: t("needs:errors.notFound") }, { status: 404 });
    if (error.code === "forbidden") throw data({ message: t("needs:errors.notYours") }, { status: 403 });
    if (error.code === "no_organization") throw data({ message: t("needs:errors.noOrganization") }, { status: 403 });
    const message = transition ? t(`needs:errors.transition.${transition}`) : t("needs:errors.notEditable");
    throw data({ message }, { status: 409 });
  }
  if (error instanceof ShortlistError) throw data({ message: t("needs:errors.notCandidate") }, { status: 400 });
  if (error instanceof OutcomeError) {
    if (error.code === "already_recorded") throw data({ message: t("needs:errors.outcomeAlready") }, { status: 409 });
    throw data({ message: t("needs:errors.notCandidate") }, { status: 400 });
  }
  throw error;
}

/** The form's values for a saved need: the municipality code becomes its label, as typed. */
export function needFormDefaults(need: NeedRow): Record<string, unknown> {
  const labelOf = municipalityLabelOf(getMunicipalityChoices(getDb()));
  return {
    title: need.title,
    description: need.description,
    kind: need.kind,
    contractNature: need.contractNature,
    amountCad: need.amountCad === null ? undefined : String(need.amountCad),
    amountBand: need.amountBand ?? undefined,
    categories: need.categories,
    regions: need.regions,
    deliveryMunicipalityCode: labelOf(need.deliveryMunicipalityCode ?? undefined),
    startsOn: need.startsOn ?? undefined,
    endsOn: need.endsOn ?? undefined,
    responseDeadline: need.responseDeadline ?? undefined,
    questions: need.questions.length > 0 ? need.questions : [""],
    contactVisibility: need.contactVisibility,
    contactName: need.contactName ?? undefined,
    contactEmail: need.contactEmail ?? undefined,
    contactPhone: need.contactPhone ?? undefined,
    isPublic: need.isPublic ? "on" : undefined,
  };
}

/** What the form needs besides its values. */
export function needFormOptions() {
  const db = getDb();
  return {
    municipalities: getMunicipalityChoices(db),
    regions: db
      .select({ code: regions.code, nameFr: regions.nameFr, nameEn: regions.nameEn })
      .from(regions)
      .orderBy(asc(regions.code))
      .all(),
  };
}

export type NeedFormActionData = { result: SubmissionResult<string[]> };

/**
 * Validates the need form and creates the draft or saves the need (re-matching a published
 * one). Invalid input answers 400 with the values and messages and saves nothing; conform's
 * list buttons ("Ajouter une question") answer 200 with the changed form.
 */
export async function submitNeedForm(
  request: Request,
  { user, need, t }: { user: CurrentUser; need: NeedRow | null; t: NeedsT },
) {
  const db = getDb();
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: needFormSchema(serverFormLookups(db).resolveMunicipality) });
  if (submission.status !== "success") {
    return data<NeedFormActionData>(
      { result: submission.reply() },
      { status: submission.status === "error" ? 400 : 200 },
    );
  }
  try {
    if (need === null) {
      const id = createNeed(db, user.actor, submission.value);
      return redirect(`/besoins/${id}?fait=cree`);
    }
    updateNeed(db, user.actor, need.id, submission.value);
    return redirect(`/besoins/${need.id}?fait=${need.status === "published" ? "recalcule" : "enregistre"}`);
  } catch (error) {
    return needFailure(error, t);
  }
}
