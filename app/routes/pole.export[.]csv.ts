import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireCurator } from "~/lib/curation-auth.server";
import { getDb } from "~/lib/db.server";
import { listRegionExportRows, regionExportCsv } from "~/models/region-export.server";

const ParamsSchema = z.object({
  region: z.string().regex(/^\d{2}$/),
  // French Excel splits on semicolons (the default); other tools may want commas.
  separateur: z.enum(["point-virgule", "virgule"]).default("point-virgule"),
});

// GET /pole/export.csv?region=04: the region's listings as a spreadsheet, for its hub only.
export async function loader({ request }: LoaderFunctionArgs) {
  const { t, regionCodes } = await requireCurator(request);
  const url = new URL(request.url);
  const parsed = ParamsSchema.safeParse({
    region: url.searchParams.get("region") ?? undefined,
    separateur: url.searchParams.get("separateur") || undefined,
  });
  if (!parsed.success)
    throw data(
      { message: t("curation:errors.regionNotFound", { code: url.searchParams.get("region") ?? "" }) },
      { status: 400 },
    );
  const { region, separateur } = parsed.data;
  if (!regionCodes.includes(region))
    throw data({ message: t("curation:errors.forbiddenRegion", { region }) }, { status: 403 });
  const csv = regionExportCsv(listRegionExportRows(getDb(), region), {
    origin: url.origin,
    delimiter: separateur === "virgule" ? "," : ";",
  });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="fiches-region-${region}-${date}.csv"`,
      // Contact details of every listing, drafts included: never kept by a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}
