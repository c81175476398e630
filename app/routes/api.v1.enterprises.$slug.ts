import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiJson, apiProblems } from "~/lib/api.server";
import { getDb } from "~/lib/db.server";
import { getPublishedProfile } from "~/models/enterprise-profile.server";

/** GET /api/v1/enterprises/:slug — one published listing. */
export async function loader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) {
    return apiProblems(400, [
      { path: "slug", message: { fr: "Identifiant de fiche invalide.", en: "Invalid listing identifier." } },
    ]);
  }
  const profile = getPublishedProfile(getDb(), slug);
  if (!profile) {
    return apiProblems(404, [
      { path: "slug", message: { fr: `Aucune fiche publiée « ${slug} ».`, en: `No published listing “${slug}”.` } },
    ]);
  }
  const { id: _id, ...body } = profile;
  return apiJson(body, { headers: { "Cache-Control": "public, max-age=60" } });
}
