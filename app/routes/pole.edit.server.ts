import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { stepFormSchema, stepValues } from "~/components/listing-form/form-schemas";
import { municipalityLabelOf } from "~/components/listing-form/municipality";
import { stepFromSlug } from "~/components/listing-form/steps";
import type { ListingData, ListingStep } from "~/domain/listing/listing-schema";
import { requireModeratedListing } from "~/lib/curation-auth.server";
import { getDb } from "~/lib/db.server";
import { syncSearchSoon, workflowContext, workflowErrorResponse } from "~/lib/workflow-http.server";
import { readListingData } from "~/models/listing-data.server";
import { getMunicipalityChoices, getRegionsWithMrcs, serverFormLookups } from "~/models/listing-form-options.server";
import { saveListing, WorkflowError } from "~/models/listing-workflow.server";

/**
 * The hub edits a listing with the registration forms (same steps, same schemas). Unlike a
 * member, the hub edits the listing itself, never a member's pending revision: the form
 * starts from the listing's current values and saving applies at once (audited).
 */
export async function requireEditableStep(request: Request, params: { id?: string; step?: string }) {
  const curator = await requireModeratedListing(request, params.id);
  const step = stepFromSlug(params.step);
  if (!step) throw data({ message: curator.t("curation:errors.stepNotFound") }, { status: 404 });
  if (curator.state.status === "archived")
    throw data({ message: curator.t("curation:edit.archived") }, { status: 409 });
  return { ...curator, step };
}

/** The step's current values as its form shows them (municipality codes become their labels). */
export function curatorStepForm(step: ListingStep, enterpriseId: number) {
  const db = getDb();
  const listing = readListingData(db, enterpriseId) ?? {};
  const choices = step === "identity" || step === "area" ? getMunicipalityChoices(db) : undefined;
  const labelOf = municipalityLabelOf(choices ?? []);
  let defaultValue: Record<string, unknown> = { ...listing };
  if (step === "identity")
    defaultValue = {
      ...listing,
      municipalityCode: labelOf(listing.municipalityCode),
      coopNonDistributing: listing.coopNonDistributing ? "on" : undefined,
    };
  if (step === "offerings")
    defaultValue = { ...listing, offerings: listing.offerings?.length ? listing.offerings : [{}] };
  if (step === "area") {
    const rows = (listing.serviceMunicipalities ?? []).map((code) => labelOf(code));
    defaultValue = { ...listing, serviceMunicipalities: rows.length ? rows : [""] };
  }
  return { defaultValue, municipalities: choices, regions: step === "area" ? getRegionsWithMrcs(db) : undefined };
}

/** Validates the step with its schema and saves it; bad input answers 400 and saves nothing. */
export async function saveCuratorStep(request: Request, params: { id?: string; step?: string }) {
  const { user, t, state, step } = await requireEditableStep(request, params);
  const db = getDb();
  const submission = parseWithZod(await request.formData(), { schema: stepFormSchema(step, serverFormLookups(db)) });
  // conform's list buttons (add or remove an offering) come back with the changed form, not an error.
  if (submission.status !== "success")
    return data({ result: submission.reply() }, { status: submission.status === "error" ? 400 : 200 });
  try {
    saveListing(workflowContext(request, user), state.id, stepValues(step, submission.value as Partial<ListingData>));
  } catch (error) {
    if (error instanceof WorkflowError && error.code === "duplicate_neq")
      return data({ result: submission.reply({ fieldErrors: { neq: ["validation.duplicateNeq"] } }) }, { status: 400 });
    workflowErrorResponse(error, {
      forbidden: t("curation:errors.forbiddenListing"),
      notFound: t("curation:errors.listingNotFound"),
      conflict: t("curation:errors.conflict"),
    });
  }
  await syncSearchSoon();
  return redirect(`/pole/fiches/${state.id}?fait=edit`);
}
