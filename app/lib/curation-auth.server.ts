import { data } from "@remix-run/node";
import { z } from "zod";
import { canModerateListing, isCurator } from "~/domain/authz";
import { getDb } from "./db.server";
import { getFixedT } from "./i18n.server";
import { requireAllowed } from "./session.server";
import { getListingState } from "~/models/listing-workflow.server";
import { moderatedRegionCodes } from "~/models/moderation.server";

/**
 * The hub's pages: a curator (or an admin) signed in, with the regions they moderate.
 * Signed-out visitors go to the login page; everyone else gets a 403.
 */
export async function requireCurator(request: Request) {
  const { t, locale } = await getFixedT(request);
  const user = await requireAllowed(request, isCurator, t("curation:errors.forbidden"));
  return { user, t, locale, regionCodes: moderatedRegionCodes(getDb(), user.actor) };
}

const IdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A listing the signed-in curator may moderate: 404 when it does not exist, 403 outside their regions. */
export async function requireModeratedListing(request: Request, idParam: string | undefined) {
  const curator = await requireCurator(request);
  const id = IdSchema.safeParse(idParam);
  const state = id.success ? getListingState(getDb(), id.data) : undefined;
  if (!state) throw data({ message: curator.t("curation:errors.listingNotFound") }, { status: 404 });
  if (!canModerateListing(curator.user.actor, { id: state.id, regionCode: state.regionCode }))
    throw data({ message: curator.t("curation:errors.forbiddenListing") }, { status: 403 });
  return { ...curator, state };
}

export const parseListingId = (idParam: string | undefined) => IdSchema.safeParse(idParam);
