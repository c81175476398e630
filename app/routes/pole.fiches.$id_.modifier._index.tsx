import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { STEP_SLUGS } from "~/components/listing-form/steps";
import { requireModeratedListing } from "~/lib/curation-auth.server";

// The edit pages are one per registration step; the first is identity.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { state } = await requireModeratedListing(request, params.id);
  return redirect(`/pole/fiches/${state.id}/modifier/${STEP_SLUGS.identity}`);
}
