import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { canImport } from "~/domain/import/access";
import { problemText } from "~/domain/import/problems";
import { rejectedRowsCsv } from "~/domain/import/report";
import { csvResponse, downloadOrRefusal } from "~/lib/csv-download.server";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { requireAllowed } from "~/lib/session.server";
import { getImportRun, ImportError } from "~/models/import.server";

const IdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The rejected rows of a run as a CSV to fix in a spreadsheet and upload again. */
export const loader = ({ request, params }: LoaderFunctionArgs) =>
  downloadOrRefusal(async () => {
    const { t } = await getFixedT(request);
    const user = await requireAllowed(request, canImport, t("admin:import.errors.forbidden"));
    const id = IdSchema.safeParse(params.id);
    if (!id.success) throw data({ message: t("admin:import.errors.runNotFound") }, { status: 404 });
    let run;
    try {
      run = getImportRun(getDb(), user.actor, id.data);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      const forbidden = error.code === "forbidden";
      throw data(
        { message: t(forbidden ? "admin:import.errors.runForbidden" : "admin:import.errors.runNotFound") },
        { status: forbidden ? 403 : 404 },
      );
    }
    const translate = t as unknown as (key: string, vars?: Record<string, unknown>) => string;
    const csv = rejectedRowsCsv({
      header: run.fileInfo?.header ?? [],
      rows: run.rejectedRows ?? [],
      delimiter: run.fileInfo?.delimiter ?? ",",
      lineLabel: t("admin:import.report.line"),
      problemsLabel: t("admin:import.report.problems"),
      describe: (p) => problemText(translate, p),
    });
    return csvResponse(csv, t("admin:import.report.fileName", { id: run.id }));
  });
