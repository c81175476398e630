import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { SHORTLIST_COLUMNS, shortlistCsvRecords } from "~/domain/needs/shortlist-csv";
import { getDb } from "~/lib/db.server";
import { listShortlist, regionNames } from "~/models/need-views.server";
import { requireManagedNeed } from "./besoins.server";

const ParamsSchema = z.object({
  // French Excel splits on semicolons (the default); other tools may want commas.
  separateur: z.enum(["point-virgule", "virgule"]).catch("point-virgule"),
});

// GET /besoins/:id/liste-courte.csv: the shortlist as an invitation list, for the need's buyers only.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { need, t, locale } = await requireManagedNeed(request, params);
  const db = getDb();
  const url = new URL(request.url);
  const { separateur } = ParamsSchema.parse({ separateur: url.searchParams.get("separateur") ?? undefined });
  const regions = regionNames(db);
  const rows = listShortlist(db, need.id).map((s) => ({
    ...s,
    region: regions.get(s.regionCode)?.[locale] ?? s.regionCode,
  }));
  const records = shortlistCsvRecords(rows, {
    headers: Object.fromEntries(SHORTLIST_COLUMNS.map((c) => [c, t(`needs:csv.headers.${c}`)])) as Record<
      (typeof SHORTLIST_COLUMNS)[number],
      string
    >,
    legalStatus: (status) => t(`directory:legalStatus.${status}` as never),
    answer: (interest) => t(`needs:detail.interest.${interest ?? "none"}`),
  });
  // The byte-order mark makes Excel read the file as UTF-8 (accents in names and messages).
  const csv =
    "\uFEFF" + stringify(records, { delimiter: separateur === "virgule" ? "," : ";", record_delimiter: "windows" });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("needs:csv.filename", { id: need.id })}"`,
      // Contact details of enterprises: never kept by a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}
