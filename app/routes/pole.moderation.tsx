import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { asc } from "drizzle-orm";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { categoryGroups, regions } from "#db/schema";
import { daysSince, formatDate } from "~/components/curation/format";
import { HubNav } from "~/components/curation/hub-nav";
import { StatusBadge } from "~/components/curation/status-badge";
import { LabelledControl } from "~/components/forms/text-field";
import { Pagination } from "~/components/pagination";
import { requireCurator } from "~/lib/curation-auth.server";
import { getDb } from "~/lib/db.server";
import { readPage } from "~/lib/http.server";
import { localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { QUEUE_SORTS, QUEUE_STATUSES } from "~/domain/curation/queue";
import { listModerationQueue, type QueueItem } from "~/models/moderation.server";

const PER_PAGE = 25;
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

// Messages are keys of the `curation` namespace.
const QueueParamsSchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(QUEUE_STATUSES, { error: "errors.badFilters" }).default("to_review")),
  region: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{2}$/, { error: "errors.badFilters" })
      .optional(),
  ),
  group: z.preprocess(emptyToUndefined, z.string().max(60).optional()),
  age: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : Number(String(v).trim())),
    z
      .number({ error: "errors.badAge" })
      .int({ error: "errors.badAge" })
      .min(0, { error: "errors.badAge" })
      .max(3650, {
        error: "errors.badAge",
      })
      .optional(),
  ),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100, { error: "errors.textTooLong" }).optional()),
  sort: z.preprocess(emptyToUndefined, z.enum(QUEUE_SORTS, { error: "errors.badFilters" }).default("oldest")),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale, regionCodes } = await requireCurator(request);
  const db = getDb();
  const url = new URL(request.url);
  const raw = Object.fromEntries(
    ["status", "region", "group", "age", "q", "sort"].map((k) => [k, url.searchParams.get(k)]),
  );
  const groups = db
    .select({ code: categoryGroups.code, nameFr: categoryGroups.nameFr, nameEn: categoryGroups.nameEn })
    .from(categoryGroups)
    .orderBy(asc(categoryGroups.position))
    .all();
  const regionNames = db.select().from(regions).orderBy(asc(regions.code)).all();
  const page = {
    title: t("curation:queue.title"),
    raw: Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v ?? ""])) as Record<string, string>,
    groups,
    regions: regionNames
      .filter((r) => regionCodes.includes(r.code))
      .map((r) => ({ code: r.code, name: localized(locale, r.nameFr, r.nameEn) })),
  };

  const parsed = QueueParamsSchema.safeParse(raw);
  const errors: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
  } else if (parsed.data.group && !groups.some((g) => g.code === parsed.data.group)) {
    errors.group = ["errors.badFilters"];
  }
  if (parsed.success && parsed.data.region && !regionCodes.includes(parsed.data.region)) {
    // Another hub's region: never list its listings, say why.
    throw data(
      { message: t("curation:errors.forbiddenRegion", { region: parsed.data.region }) },
      { status: regionNames.some((r) => r.code === parsed.data.region) ? 403 : 400 },
    );
  }
  if (!parsed.success || Object.keys(errors).length > 0) {
    return data({ ...page, errors, result: null }, { status: 400 });
  }
  const f = parsed.data;
  const result = listModerationQueue(db, {
    regionCodes: f.region ? [f.region] : regionCodes,
    status: f.status,
    olderThanDays: f.age,
    groupCode: f.group,
    q: f.q,
    sort: f.sort,
    page: readPage(url),
    perPage: PER_PAGE,
  });
  return { ...page, errors, result: { ...result, status: f.status, page: readPage(url) } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

const selectClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

export default function ModerationQueue() {
  const { raw, groups, regions, errors, result } = useLoaderData<typeof loader>();
  const { t } = useTranslation("curation");
  const locale = useLocale();
  return (
    <>
      <HubNav />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t("queue.title")}</h1>
        <Form
          method="get"
          className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4"
          aria-labelledby="filters"
        >
          <h2 id="filters" className="text-lg font-semibold">
            {t("queue.filters")}
          </h2>
          {Object.keys(errors).length > 0 ? (
            <p role="alert" className="mt-2 font-semibold text-red-800">
              {t("errors.badFilters")}
            </p>
          ) : null}
          <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <LabelledControl
              id="status"
              label={t("queue.status")}
              errors={errors.status}
              namespace="curation"
              control={({ invalid: _invalid, ...a11y }) => (
                <select name="status" defaultValue={raw.status || "to_review"} className={selectClass} {...a11y}>
                  {QUEUE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`status.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            />
            <LabelledControl
              id="region"
              label={t("queue.region")}
              control={({ invalid: _invalid, ...a11y }) => (
                <select name="region" defaultValue={raw.region} className={selectClass} {...a11y}>
                  {regions.length > 1 ? <option value="">{t("queue.allRegions")}</option> : null}
                  {regions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {`${r.code} – ${r.name}`}
                    </option>
                  ))}
                </select>
              )}
            />
            <LabelledControl
              id="group"
              label={t("queue.group")}
              errors={errors.group}
              namespace="curation"
              control={({ invalid: _invalid, ...a11y }) => (
                <select name="group" defaultValue={raw.group} className={selectClass} {...a11y}>
                  <option value="">{t("queue.allGroups")}</option>
                  {groups.map((g) => (
                    <option key={g.code} value={g.code}>
                      {localized(locale, g.nameFr, g.nameEn)}
                    </option>
                  ))}
                </select>
              )}
            />
            <LabelledControl
              id="age"
              label={t("queue.age")}
              hint={t("queue.ageHint")}
              errors={errors.age}
              namespace="curation"
              control={({ invalid: _invalid, ...a11y }) => (
                <input name="age" inputMode="numeric" defaultValue={raw.age} className={selectClass} {...a11y} />
              )}
            />
            <LabelledControl
              id="q"
              label={t("queue.q")}
              errors={errors.q}
              namespace="curation"
              control={({ invalid: _invalid, ...a11y }) => (
                <input name="q" type="search" defaultValue={raw.q} className={selectClass} {...a11y} />
              )}
            />
            <LabelledControl
              id="sort"
              label={t("queue.sort")}
              control={({ invalid: _invalid, ...a11y }) => (
                <select name="sort" defaultValue={raw.sort || "oldest"} className={selectClass} {...a11y}>
                  {QUEUE_SORTS.map((s) => (
                    <option key={s} value={s}>
                      {t(`sort.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            />
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
            >
              {t("queue.apply")}
            </button>
            <Link to="/pole/moderation" className="text-brand-800 underline">
              {t("queue.reset")}
            </Link>
          </div>
        </Form>

        {result ? (
          <section aria-labelledby="results" className="mt-8">
            <h2 id="results" className="text-xl font-bold">
              {t(`status.${result.status}`)}
              {" · "}
              {t("queue.results", { count: result.total })}
            </h2>
            {result.items.length === 0 ? (
              <p className="mt-4 text-slate-700">{t("queue.empty")}</p>
            ) : (
              <ol className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
                {result.items.map((item) => (
                  <QueueRow
                    key={item.id}
                    item={item}
                    regionName={regions.find((r) => r.code === item.regionCode)?.name}
                  />
                ))}
              </ol>
            )}
            <Pagination page={result.page} pages={result.pages} />
          </section>
        ) : null}
      </div>
    </>
  );
}

function QueueRow({ item, regionName }: { item: QueueItem; regionName?: string }) {
  const { t } = useTranslation("curation");
  const locale = useLocale();
  return (
    <li className="grid gap-2 p-4 sm:grid-cols-[1fr_auto] sm:items-center">
      <div className="min-w-0">
        <p className="text-lg font-semibold">
          <Link to={`/pole/fiches/${item.id}`} className="text-brand-800 underline">
            {item.publicName}
          </Link>
        </p>
        <p className="text-sm text-slate-700">
          {item.municipality}
          {regionName ? `, ${regionName}` : null}
          {item.neq ? ` · NEQ ${item.neq}` : null}
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={item.status} />
          {item.revisionStatus ? (
            <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900">
              {t(`queue.revisionStatus.${item.revisionStatus}` as "queue.revisionStatus.submitted")}
            </span>
          ) : null}
          {item.lastVerifiedAt ? (
            <span className="text-slate-700">
              {t("queue.verifiedOn", { date: formatDate(locale, item.lastVerifiedAt) })}
            </span>
          ) : null}
        </p>
      </div>
      <p className="text-sm text-slate-700 sm:text-right">
        {item.since
          ? t("queue.since", { date: formatDate(locale, item.since), days: daysSince(item.since) })
          : t("queue.sinceUnknown")}
      </p>
    </li>
  );
}
