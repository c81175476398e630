import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireModeratedListing } from "~/lib/curation-auth.server";

// The history page is shared with the listing's members at /fiches/:id/historique; the hub's
// address checks the hub's rights first, then sends there.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { state } = await requireModeratedListing(request, params.id);
  return redirect(`/fiches/${state.id}/historique`);
}
