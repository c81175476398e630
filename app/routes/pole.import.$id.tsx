import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ImportRulesNote } from "~/components/admin/import-rules-note";
import { formatDateTime } from "~/components/curation/format";
import { HubNav } from "~/components/curation/hub-nav";
import { canImport } from "~/domain/import/access";
import { problemText } from "~/domain/import/problems";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { formatNumber, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { requireAllowed } from "~/lib/session.server";
import { syncSearchSoon } from "~/lib/workflow-http.server";
import { getSearch } from "~/lib/search.server";
import { cancelImport, confirmImport, ImportError, previewDetails } from "~/models/import.server";

const IdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const IntentSchema = z.object({ intent: z.enum(["confirm", "cancel"]) });

type T = Awaited<ReturnType<typeof getFixedT>>["t"];

/** ImportError → 404, 403 or 409 with a localized message. */
function importErrorResponse(t: T, error: unknown): never {
  if (error instanceof ImportError) {
    if (error.code === "not_found") throw data({ message: t("admin:import.errors.runNotFound") }, { status: 404 });
    if (error.code === "forbidden") throw data({ message: t("admin:import.errors.runForbidden") }, { status: 403 });
    const message = t(error.code === "expired" ? "admin:import.errors.expired" : "admin:import.errors.notPending");
    throw data({ message }, { status: 409 });
  }
  throw error;
}

async function requireRun(request: Request, idParam: string | undefined) {
  const { t } = await getFixedT(request);
  const user = await requireAllowed(request, canImport, t("admin:import.errors.forbidden"));
  const id = IdSchema.safeParse(idParam);
  if (!id.success) throw data({ message: t("admin:import.errors.runNotFound") }, { status: 404 });
  return { t, user, id: id.data };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, user, id } = await requireRun(request, params.id);
  try {
    const details = previewDetails(getDb(), user.actor, id);
    return { title: t("admin:import.preview.title", { file: details.run.fileName }), ...details };
  } catch (error) {
    importErrorResponse(t, error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { t, user, id } = await requireRun(request, params.id);
  const intent = IntentSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!intent.success) return data({ error: t("admin:errors.badIntent") }, { status: 400 });
  try {
    if (intent.data.intent === "cancel") cancelImport(getDb(), user.actor, id);
    else {
      confirmImport({ db: getDb(), actor: user.actor, engines: getSearch().engineNames }, id);
      await syncSearchSoon();
    }
  } catch (error) {
    if (error instanceof ImportError && (error.code === "invalid_state" || error.code === "expired")) {
      const key = error.code === "expired" ? "admin:import.errors.expired" : "admin:import.errors.notPending";
      return data({ error: t(key) }, { status: 409 });
    }
    importErrorResponse(t, error);
  }
  return redirect(`/pole/import/${id}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

function Count({ label, value, tone }: { label: string; value: number; tone: "brand" | "slate" | "red" }) {
  const colors = {
    brand: "border-brand-600 bg-brand-50 text-brand-900",
    slate: "border-slate-300 bg-slate-50 text-slate-900",
    red: "border-red-700 bg-red-50 text-red-900",
  }[tone];
  const locale = useLocale();
  return (
    <div className={`rounded-lg border-2 p-3 ${colors}`}>
      <dt className="text-sm font-medium">{label}</dt>
      <dd className="text-2xl font-bold">{formatNumber(locale, value)}</dd>
    </div>
  );
}

export default function ImportPreviewPage() {
  const { run, expired, problemSummary, rejectedSample, toCreate, toUpdate, regions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const locale = useLocale();
  const describe = (p: string) => problemText(t as unknown as (k: string, v?: Record<string, unknown>) => string, p);
  const busy = navigation.state === "submitting";
  const preview = run.status === "preview";
  const importable = run.created + run.updated;
  const regionText = regions.map((r) => `${r.code} ${r.name}`).join(", ");
  return (
    <>
      <HubNav />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <p className="text-sm">
          <Link to="/pole/import" className="text-brand-800 underline">
            {t("import.preview.back")}
          </Link>
        </p>
        <h1 className="mt-2 break-words text-3xl font-bold">
          {preview ? t("import.preview.heading") : t("import.result.heading")}
        </h1>
        <p className="mt-2 break-words text-slate-700">
          {t("import.preview.fileLine", {
            file: run.fileName,
            format: t(`import.formats.${run.fileInfo?.format ?? "req"}`),
            rows: formatNumber(locale, run.fileInfo?.rowCount ?? 0),
          })}
        </p>
        <p className="text-slate-700">
          {t("import.preview.scopeLine", { hub: run.hubName ?? t("import.allRegions"), regions: regionText })}
        </p>
        <p className="text-sm text-slate-600">
          {t("import.preview.uploadedBy", {
            user: run.userName ?? "—",
            when: formatDateTime(locale, run.createdAt),
          })}
        </p>

        {run.fileInfo?.encoding === "windows-1252" ? (
          <p role="note" className="mt-4 rounded-md border-2 border-amber-500 bg-amber-50 p-3 text-amber-950">
            {t("import.preview.encodingNotice")}
          </p>
        ) : null}
        {actionData?.error ? (
          <p role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
            {actionData.error}
          </p>
        ) : null}

        {run.status === "imported" ? (
          <p role="status" className="mt-4 rounded-md border-2 border-brand-600 bg-brand-50 p-3 text-brand-900">
            {t("import.result.done", { when: formatDateTime(locale, run.completedAt ?? run.createdAt) })}
          </p>
        ) : null}
        {run.status === "cancelled" ? (
          <p role="status" className="mt-4 rounded-md border-2 border-slate-400 bg-slate-50 p-3">
            {t("import.result.cancelled")}
          </p>
        ) : null}

        <section aria-labelledby="counts-heading" className="mt-6">
          <h2 id="counts-heading" className="text-xl font-bold">
            {preview ? t("import.preview.countsHeading") : t("import.result.countsHeading")}
          </h2>
          <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Count
              label={t(preview ? "import.counts.toCreate" : "import.counts.created")}
              value={run.created}
              tone="brand"
            />
            <Count
              label={t(preview ? "import.counts.toUpdate" : "import.counts.updated")}
              value={run.updated}
              tone="brand"
            />
            <Count label={t("import.counts.unchanged")} value={run.unchanged} tone="slate" />
            <Count label={t("import.counts.rejected")} value={run.rejected} tone={run.rejected > 0 ? "red" : "slate"} />
          </dl>
          {run.rejected > 0 ? (
            <p className="mt-3">
              <a
                href={`/pole/import/${run.id}/rapport.csv`}
                className="font-semibold text-brand-800 underline"
                download
              >
                {t("import.preview.downloadReport", {
                  count: run.rejected,
                  formatted: formatNumber(locale, run.rejected),
                })}
              </a>
            </p>
          ) : null}
        </section>

        {preview ? (
          <section aria-labelledby="confirm-heading" className="mt-8 rounded-lg border border-slate-300 p-4">
            <h2 id="confirm-heading" className="text-xl font-bold">
              {t("import.preview.confirmHeading")}
            </h2>
            {expired ? (
              <p className="mt-2 font-semibold text-red-900">{t("import.errors.expired")}</p>
            ) : importable === 0 ? (
              <p className="mt-2">{t("import.preview.nothingToImport")}</p>
            ) : (
              <p className="mt-2">
                {t("import.preview.confirmText", {
                  created: formatNumber(locale, run.created),
                  updated: formatNumber(locale, run.updated),
                })}
              </p>
            )}
            <div className="mt-4 flex flex-wrap gap-3">
              {importable > 0 && !expired ? (
                <Form method="post">
                  <button
                    type="submit"
                    name="intent"
                    value="confirm"
                    disabled={busy}
                    className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
                  >
                    {busy
                      ? t("import.preview.importing")
                      : t("import.preview.confirm", { count: importable, formatted: formatNumber(locale, importable) })}
                  </button>
                </Form>
              ) : null}
              <Form method="post">
                <button
                  type="submit"
                  name="intent"
                  value="cancel"
                  disabled={busy}
                  className="rounded-md border border-slate-400 px-5 py-2.5 font-semibold text-slate-800 hover:bg-slate-100"
                >
                  {t("import.preview.cancel")}
                </button>
              </Form>
            </div>
          </section>
        ) : run.status === "imported" && run.created + run.updated > 0 ? (
          <p className="mt-6">
            <Link
              to={`/pole/moderation?status=candidate${regions.length === 1 ? `&region=${regions[0]!.code}` : ""}`}
              className="text-brand-800 underline"
            >
              {t("import.result.seeCandidates")}
            </Link>
          </p>
        ) : null}

        {problemSummary.length > 0 ? (
          <section aria-labelledby="problems-heading" className="mt-8">
            <h2 id="problems-heading" className="text-xl font-bold">
              {t("import.preview.problemsHeading")}
            </h2>
            <ul className="mt-3 list-disc space-y-1 pl-5">
              {problemSummary.map((p) => (
                <li key={p.code}>
                  {t(`import.problemNames.${p.code}`)} : <strong>{formatNumber(locale, p.count)}</strong>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {rejectedSample.length > 0 ? (
          <SampleSection
            id="rejected-heading"
            heading={t("import.preview.rejectedHeading")}
            total={run.rejected}
            rows={rejectedSample.map((r) => ({
              key: r.line,
              line: r.line,
              neq: r.neq,
              name: r.name,
              detail: (
                <ul className="space-y-0.5">
                  {r.problems.map((p) => (
                    <li key={p} className="text-red-900">
                      {describe(p)}
                    </li>
                  ))}
                </ul>
              ),
            }))}
            detailLabel={t("import.preview.problemsColumn")}
          />
        ) : null}

        {preview && toUpdate.length > 0 ? (
          <SampleSection
            id="update-heading"
            heading={t("import.preview.updateHeading")}
            total={run.updated}
            rows={toUpdate.map((r) => ({
              key: r.line,
              line: r.line,
              neq: r.neq,
              name: r.publicName,
              detail: r.changedFields.map((f) => t(`import.fields.${f}`)).join(", "),
            }))}
            detailLabel={t("import.preview.changesColumn")}
          />
        ) : null}

        {preview && toCreate.length > 0 ? (
          <SampleSection
            id="create-heading"
            heading={t("import.preview.createHeading")}
            total={run.created}
            rows={toCreate.map((r) => ({
              key: r.line,
              line: r.line,
              neq: r.neq,
              name: r.publicName,
              detail: `${r.municipalityName} · ${t(`import.legalStatus.${r.legalStatus}`)}`,
            }))}
            detailLabel={t("import.preview.whereColumn")}
          />
        ) : null}

        <div className="mt-10 max-w-3xl">
          <ImportRulesNote />
        </div>
      </div>
    </>
  );
}

type SampleRow = { key: number; line: number; neq: string; name: string; detail: React.ReactNode };

/** One kind of row of the preview (rejected, updated, created): a heading, "n of total" when it is a sample, the rows. */
function SampleSection({
  id,
  heading,
  total,
  rows,
  detailLabel,
}: {
  id: string;
  heading: string;
  total: number;
  rows: SampleRow[];
  detailLabel: string;
}) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {total > rows.length ? (
        <p className="mt-1 text-sm text-slate-700">
          {t("import.preview.sampleNote", {
            shown: formatNumber(locale, rows.length),
            total: formatNumber(locale, total),
          })}
        </p>
      ) : null}
      <RowTable caption={heading} rows={rows} detailLabel={detailLabel} />
    </section>
  );
}

function RowTable({ caption, rows, detailLabel }: { caption: string; rows: SampleRow[]; detailLabel: string }) {
  const { t } = useTranslation("admin");
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("import.preview.lineColumn")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("import.preview.neqColumn")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("import.preview.nameColumn")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {detailLabel}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {rows.map((r) => (
            <tr key={r.key}>
              <td className="py-2 pr-3 tabular-nums">{r.line}</td>
              <td className="py-2 pr-3 tabular-nums">{r.neq || "—"}</td>
              <td className="py-2 pr-3 break-words">{r.name || "—"}</td>
              <td className="py-2 pr-3">{r.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
