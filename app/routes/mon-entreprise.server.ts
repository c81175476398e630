import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { stepFormSchema, stepValues } from "~/components/listing-form/form-schemas";
import { municipalityLabelOf } from "~/components/listing-form/municipality";
import { STEP_SLUGS, nextStep, stepFromSlug, stepHref } from "~/components/listing-form/steps";
import { canEditListing, canModerateListing } from "~/domain/authz";
import type { ListingData, ListingStep } from "~/domain/listing/listing-schema";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { requireUser, type CurrentUser } from "~/lib/session.server";
import { syncSearchSoon, workflowContext, workflowErrorResponse } from "~/lib/workflow-http.server";
import { getMunicipalityChoices, getRegionsWithMrcs, serverFormLookups } from "~/models/listing-form-options.server";
import {
  createDraftListing,
  getEditableListing,
  getListingState,
  saveListing,
  WorkflowError,
  type ListingState,
} from "~/models/listing-workflow.server";

/** Shared by the /mon-entreprise routes: who may open a listing, and how a step loads and saves. */

export type RegisterT = Awaited<ReturnType<typeof getFixedT>>["t"];

const IdSchema = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31);

/** The listing of the URL, if the signed-in user may edit it (its members, its region's curators, admins). */
export async function requireListingAccess(
  request: Request,
  params: LoaderFunctionArgs["params"],
): Promise<{ user: CurrentUser; state: ListingState; t: RegisterT; locale: "fr" | "en" }> {
  const user = await requireUser(request);
  const { t, locale } = await getFixedT(request);
  const id = IdSchema.safeParse(params.id);
  const state = id.success ? getListingState(getDb(), id.data) : undefined;
  if (!state) throw data({ message: t("register:errors.notFound") }, { status: 404 });
  if (!canEditListing(user.actor, { id: state.id, regionCode: state.regionCode }))
    throw data({ message: t("register:errors.forbidden") }, { status: 403 });
  return { user, state, t, locale };
}

export function isCuratorOf(user: CurrentUser, state: ListingState): boolean {
  return canModerateListing(user.actor, { id: state.id, regionCode: state.regionCode });
}

/** A workflow refusal as a localized 403, 404 or 409. */
export function workflowFailure(error: unknown, t: RegisterT): never {
  return workflowErrorResponse(error, {
    forbidden: t("register:errors.forbidden"),
    notFound: t("register:errors.notFound"),
    conflict: t("register:errors.conflict"),
  });
}

export function requireStep(slug: string | undefined, t: RegisterT): ListingStep {
  const step = stepFromSlug(slug);
  if (!step) throw data({ message: t("register:errors.stepNotFound") }, { status: 404 });
  return step;
}

/** The step's saved values as the form shows them: municipality codes become their labels. */
function formDefaults(step: ListingStep, listing: Partial<ListingData>): Record<string, unknown> {
  const labelOf = municipalityLabelOf(getMunicipalityChoices(getDb()));
  switch (step) {
    case "identity":
      return {
        ...listing,
        municipalityCode: labelOf(listing.municipalityCode),
        coopNonDistributing: listing.coopNonDistributing ? "on" : undefined,
      };
    case "offerings":
      return { ...listing, offerings: listing.offerings?.length ? listing.offerings : [{}] };
    case "area": {
      const rows = (listing.serviceMunicipalities ?? []).map((code) => labelOf(code));
      return { ...listing, serviceMunicipalities: rows.length ? rows : [""] };
    }
    default:
      return { ...listing };
  }
}

/** What a step form needs besides its values: the suggestions lists of the steps that use them. */
export function stepOptions(step: ListingStep) {
  const db = getDb();
  return {
    municipalities: step === "identity" || step === "area" ? getMunicipalityChoices(db) : undefined,
    regions: step === "area" ? getRegionsWithMrcs(db) : undefined,
  };
}

export function loadStepForm(step: ListingStep, enterpriseId: number | null) {
  const listing = enterpriseId === null ? {} : (getEditableListing(getDb(), enterpriseId) ?? {});
  return { defaultValue: formDefaults(step, listing), ...stepOptions(step) };
}

type StepActionData = {
  result: SubmissionResult<string[]>;
  duplicate: { href: string; yours: boolean } | null;
};

/**
 * Validates a step with its schema and saves it as a draft (the first step creates the
 * listing). Invalid input answers 400 with the form's values and messages, and saves
 * nothing; conform's list buttons ("Ajouter", "Retirer") answer 200 with the changed form.
 */
export async function submitStep(
  request: Request,
  { step, enterpriseId, user }: { step: ListingStep; enterpriseId: number | null; user: CurrentUser },
) {
  const { t } = await getFixedT(request);
  const formData = await request.formData();
  let submission;
  try {
    submission = parseWithZod(formData, { schema: stepFormSchema(step, serverFormLookups(getDb())) });
  } catch {
    // A forged list-button value that conform can't read.
    throw data({ message: t("register:errors.conflict") }, { status: 400 });
  }
  if (submission.status !== "success") {
    return data<StepActionData>(
      { result: submission.reply(), duplicate: null },
      { status: submission.status === "error" ? 400 : 200 },
    );
  }
  const values = stepValues(step, submission.value as Partial<ListingData>);
  const ctx = workflowContext(request, user);
  let id = enterpriseId;
  try {
    if (id === null) {
      id = createDraftListing(ctx, values as Parameters<typeof createDraftListing>[1]);
    } else {
      saveListing(ctx, id, values);
    }
  } catch (error) {
    if (error instanceof WorkflowError && error.code === "duplicate_neq") {
      const other = Number((error.detail as { enterpriseId?: number } | undefined)?.enterpriseId);
      const yours = user.actor.enterpriseIds.has(other);
      return data<StepActionData>(
        {
          result: submission.reply({
            fieldErrors: { neq: [yours ? "validation.neqYours" : "validation.duplicateNeq"] },
          }),
          duplicate: {
            yours,
            href: yours
              ? `/mon-entreprise/${other}`
              : `/mon-entreprise/reclamer?q=${encodeURIComponent(values.neq ?? "")}`,
          },
        },
        { status: 400 },
      );
    }
    return workflowFailure(error, t);
  }
  await syncSearchSoon();
  const next = nextStep(step);
  const saved = `enregistre=${STEP_SLUGS[step]}`;
  return redirect(next ? `${stepHref(id, next)}?${saved}` : `/mon-entreprise/${id}?${saved}`);
}
