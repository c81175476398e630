import { type LoaderFunctionArgs } from "@remix-run/node";
import { canImport } from "~/domain/import/access";
import { FORMAT_COLUMNS } from "~/domain/import/formats";
import { csvResponse, downloadOrRefusal } from "~/lib/csv-download.server";
import { getFixedT } from "~/lib/i18n.server";
import { requireAllowed } from "~/lib/session.server";

/**
 * The empty Maillage template: its header only (an example row would too easily be imported
 * by mistake; the import page explains each column). Semicolons and a byte-order mark, so
 * Excel in French opens it in columns with the accents right.
 */
export const loader = ({ request }: LoaderFunctionArgs) =>
  downloadOrRefusal(async () => {
    const { t } = await getFixedT(request);
    await requireAllowed(request, canImport, t("admin:import.errors.forbidden"));
    return csvResponse(`\uFEFF${FORMAT_COLUMNS.maillage.join(";")}\r\n`, "modele-import-maillage.csv");
  });
