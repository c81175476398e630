import {
  data,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ImportRulesNote } from "~/components/admin/import-rules-note";
import { formatDateTime } from "~/components/curation/format";
import { HubNav } from "~/components/curation/hub-nav";
import { canImport, MAX_UPLOAD_BYTES } from "~/domain/import/access";
import { FORMAT_COLUMNS } from "~/domain/import/formats";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { formatNumber, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { requireAllowed } from "~/lib/session.server";
import { createImportPreview, listImportRuns, listImportScopes, type UploadError } from "~/models/import.server";

const MAX_MB = MAX_UPLOAD_BYTES / 1024 / 1024;
// The multipart envelope (boundary, headers, the scope field) around the file.
const ENVELOPE_BYTES = 64 * 1024;

const UploadSchema = z.object({
  scope: z.string().max(20).optional(),
  file: z.instanceof(File).refine((f) => f.size > 0 || f.name !== "", { error: "chooseFile" }),
});

async function requireImporter(request: Request) {
  const { t } = await getFixedT(request);
  const user = await requireAllowed(request, canImport, t("admin:import.errors.forbidden"));
  return { t, user };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, user } = await requireImporter(request);
  const db = getDb();
  return {
    title: t("admin:import.title"),
    scopes: listImportScopes(db, user.actor),
    runs: listImportRuns(db, user.actor),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { t, user } = await requireImporter(request);
  const fail = (status: number, error: string) => data({ error, details: [] as string[] }, { status });
  const tooLarge = () => fail(413, t("admin:import.errors.tooLarge", { max: MAX_MB }));
  // Refuse an announced huge body before reading it.
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) return tooLarge();
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError || (error as { maxBytes?: number })?.maxBytes) return tooLarge();
    return fail(400, t("admin:import.errors.notMultipart"));
  }
  const parsed = UploadSchema.safeParse({ scope: form.get("scope") ?? undefined, file: form.get("file") });
  if (!parsed.success) return fail(400, t("admin:import.errors.chooseFile"));
  const { file, scope: scopeKey } = parsed.data;
  const db = getDb();
  const scopes = listImportScopes(db, user.actor);
  const scope = scopeKey ? scopes.find((s) => s.key === scopeKey) : scopes.length === 1 ? scopes[0] : undefined;
  if (!scope) return fail(400, t("admin:import.errors.chooseScope"));
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = createImportPreview(db, { actor: user.actor, scope, fileName: file.name || "import.csv", bytes });
  if (!result.ok) {
    const { message, details } = uploadErrorMessage(t, result.error);
    return data({ error: message, details }, { status: 400 });
  }
  return redirect(`/pole/import/${result.runId}`);
}

type T = Awaited<ReturnType<typeof getFixedT>>["t"];

function uploadErrorMessage(t: T, error: UploadError): { message: string; details: string[] } {
  switch (error.code) {
    case "malformed":
      return { message: t("admin:import.errors.malformed", { line: error.line }), details: [] };
    case "tooManyRows":
      return { message: t("admin:import.errors.tooManyRows", { max: error.max }), details: [] };
    case "duplicateColumn":
      return { message: t("admin:import.errors.duplicateColumn", { column: error.column }), details: [] };
    case "unknownHeader":
      return {
        message: t("admin:import.errors.unknownHeader"),
        details: [
          t("admin:import.errors.expectedReq", { columns: FORMAT_COLUMNS.req.join(", ") }),
          t("admin:import.errors.expectedMaillage", { columns: FORMAT_COLUMNS.maillage.join(", ") }),
        ],
      };
    default:
      return { message: t(`admin:import.errors.${error.code}`), details: [] };
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function ImportUploadPage() {
  const { scopes, runs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const locale = useLocale();
  const busy = navigation.state === "submitting";
  const scopeLabel = (s: (typeof scopes)[number]) =>
    s.hubId === null
      ? t("import.allRegions")
      : t("import.scopeOption", { hub: s.name, regions: s.regionCodes.join(", ") });
  return (
    <>
      <HubNav />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t("import.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("import.intro")}</p>

        <div className="mt-8 grid gap-10 lg:grid-cols-5">
          <section aria-labelledby="upload-heading" className="lg:col-span-3">
            <h2 id="upload-heading" className="text-xl font-bold">
              {t("import.upload.heading")}
            </h2>
            {actionData?.error ? (
              <div role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900">
                <p className="font-semibold">{actionData.error}</p>
                {actionData.details.length > 0 ? (
                  <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                    {actionData.details.map((d) => (
                      <li key={d} className="break-words">
                        {d}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
            <Form method="post" encType="multipart/form-data" className="mt-4 space-y-5">
              {scopes.length > 1 ? (
                <div>
                  <label htmlFor="scope" className="block font-medium">
                    {t("import.upload.scope")}
                  </label>
                  <select
                    id="scope"
                    name="scope"
                    required
                    className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
                  >
                    {scopes.map((s) => (
                      <option key={s.key} value={s.key}>
                        {scopeLabel(s)}
                      </option>
                    ))}
                  </select>
                </div>
              ) : scopes[0] ? (
                <p>
                  {t("import.upload.forScope")} <strong>{scopeLabel(scopes[0])}</strong>
                  <input type="hidden" name="scope" value={scopes[0].key} />
                </p>
              ) : null}
              <div>
                <label htmlFor="file" className="block font-medium">
                  {t("import.upload.file")}
                </label>
                <p id="file-hint" className="text-sm text-slate-600">
                  {t("import.upload.fileHint", { max: MAX_MB })}
                </p>
                <input
                  id="file"
                  name="file"
                  type="file"
                  accept=".csv,text/csv"
                  required
                  aria-describedby="file-hint"
                  className="mt-2 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:font-semibold file:text-brand-800"
                />
              </div>
              <button
                type="submit"
                disabled={busy}
                className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
              >
                {busy ? t("import.upload.checking") : t("import.upload.submit")}
              </button>
              <p className="text-sm text-slate-700">{t("import.upload.nothingWritten")}</p>
            </Form>
          </section>

          <section aria-labelledby="formats-heading" className="lg:col-span-2">
            <h2 id="formats-heading" className="text-xl font-bold">
              {t("import.formats.heading")}
            </h2>
            <dl className="mt-3 space-y-3 text-sm">
              <div>
                <dt className="font-semibold">{t("import.formats.req")}</dt>
                <dd className="mt-1 break-words font-mono text-xs text-slate-800">{FORMAT_COLUMNS.req.join(", ")}</dd>
              </div>
              <div>
                <dt className="font-semibold">{t("import.formats.maillage")}</dt>
                <dd className="mt-1 break-words font-mono text-xs text-slate-800">
                  {FORMAT_COLUMNS.maillage.join(", ")}
                </dd>
                <dd className="mt-1 text-slate-700">{t("import.formats.maillageHint")}</dd>
                <dd className="mt-1">
                  <a href="/pole/import/modele.csv" className="text-brand-800 underline" download>
                    {t("import.formats.template")}
                  </a>
                </dd>
              </div>
            </dl>
            <p className="mt-3 text-sm text-slate-700">{t("import.formats.encoding")}</p>
            <ImportRulesNote />
          </section>
        </div>

        <section aria-labelledby="runs-heading" className="mt-12">
          <h2 id="runs-heading" className="text-xl font-bold">
            {t("import.runs.heading")}
          </h2>
          {runs.length === 0 ? (
            <p className="mt-3 text-slate-700">{t("import.runs.none")}</p>
          ) : (
            <div className="mt-3 overflow-x-auto">
              <table className="w-full min-w-[40rem] text-left text-sm">
                <caption className="sr-only">{t("import.runs.heading")}</caption>
                <thead className="border-b border-slate-300">
                  <tr>
                    <th scope="col" className="py-2 pr-3">
                      {t("import.runs.file")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("import.runs.when")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("import.runs.status")}
                    </th>
                    <th scope="col" className="py-2 pr-3 text-right">
                      {t("import.counts.created")}
                    </th>
                    <th scope="col" className="py-2 pr-3 text-right">
                      {t("import.counts.updated")}
                    </th>
                    <th scope="col" className="py-2 pr-3 text-right">
                      {t("import.counts.rejected")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {runs.map((run) => (
                    <tr key={run.id}>
                      <td className="py-2 pr-3">
                        <Link to={`/pole/import/${run.id}`} className="break-all text-brand-800 underline">
                          {run.fileName}
                        </Link>
                        <span className="block text-xs text-slate-600">
                          {[run.hubName ?? t("import.allRegions"), run.userName].filter(Boolean).join(" · ")}
                        </span>
                      </td>
                      <td className="py-2 pr-3">{formatDateTime(locale, run.createdAt)}</td>
                      <td className="py-2 pr-3">{t(`import.status.${run.status}`)}</td>
                      <td className="py-2 pr-3 text-right">{formatNumber(locale, run.created)}</td>
                      <td className="py-2 pr-3 text-right">{formatNumber(locale, run.updated)}</td>
                      <td className="py-2 pr-3 text-right">{formatNumber(locale, run.rejected)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
