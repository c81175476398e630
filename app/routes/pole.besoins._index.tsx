import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/curation/format";
import { HubNav } from "~/components/curation/hub-nav";
import { Pagination } from "~/components/pagination";
import { formatLongDate } from "~/components/procedure/format";
import { isAdmin } from "~/domain/authz";
import { getDb } from "~/lib/db.server";
import { readPage } from "~/lib/http.server";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { listHubNeeds } from "~/models/hub-needs.server";
import { regionNameMap, requireHubCurator } from "./pole.besoins.server";

const PER_PAGE = 20;

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, tr, locale, regionCodes } = await requireHubCurator(request);
  const url = new URL(request.url);
  // A region filter outside the curator's hub is another hub's business.
  const region = url.searchParams.get("region") || undefined;
  if (region && !regionCodes.includes(region))
    throw data({ message: tr("curation:errors.forbiddenRegion", { region }) }, { status: 403 });
  const page = readPage(url);
  const needs = listHubNeeds(getDb(), region ? [region] : regionCodes, { page, perPage: PER_PAGE });
  return {
    title: tr("alerts:hubNeeds.title"),
    admin: isAdmin(user.actor),
    regionCodes,
    region: region ?? null,
    regionNames: regionNameMap(locale),
    page,
    ...needs,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function HubNeeds() {
  const { admin, regionCodes, region, regionNames, items, total, page, pages } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["alerts", "needs", "curation"]);
  const locale = useLocale();
  return (
    <>
      <HubNav />
      <div className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t("hubNeeds.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("hubNeeds.intro")}</p>
        {admin ? <p className="mt-1 text-slate-700">{t("hubNeeds.adminIntro")}</p> : null}

        <div className="mt-6 flex flex-wrap items-end justify-between gap-4">
          <p className="font-semibold" aria-live="polite">
            {t("hubNeeds.total", { count: total })}
          </p>
          {regionCodes.length > 1 ? (
            <Form method="get" className="flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="region" className="block text-sm font-medium">
                  {t("hubNeeds.regions")}
                </label>
                <select
                  id="region"
                  name="region"
                  defaultValue={region ?? ""}
                  className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2"
                >
                  <option value="">{t("hubNeeds.allRegions")}</option>
                  {regionCodes.map((code) => (
                    <option key={code} value={code}>
                      {code} — {regionNames[code]}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="submit"
                className="rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
              >
                {t("hubNeeds.filter")}
              </button>
            </Form>
          ) : null}
        </div>

        {items.length === 0 ? (
          <p className="mt-6 rounded-lg border border-slate-200 p-5">{t("hubNeeds.empty")}</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {items.map((need) => (
              <li key={need.id}>
                <article aria-labelledby={`need-${need.id}`} className="rounded-lg border border-slate-200 p-4 sm:p-5">
                  <h2 id={`need-${need.id}`} className="break-words text-xl font-bold">
                    <Link to={`/pole/besoins/${need.id}`} className="text-brand-800 underline">
                      {need.title}
                    </Link>
                  </h2>
                  <p className="mt-1 text-sm text-slate-700">
                    {t(`needs:kind.${need.kind}`)} · {need.organizationName}
                  </p>
                  <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="font-semibold">{t("hubNeeds.regions")}</dt>
                    <dd>{need.regions.map((code) => regionNames[code] ?? code).join(", ")}</dd>
                    <dt className="font-semibold">{t("hubNeeds.dates")}</dt>
                    <dd>
                      {need.publishedAt
                        ? t("hubNeeds.publishedOn", { date: formatDate(locale, need.publishedAt) })
                        : null}
                      {need.responseDeadline
                        ? ` · ${t("hubNeeds.deadline", { date: formatLongDate(locale, need.responseDeadline) })}`
                        : null}
                    </dd>
                  </dl>
                  <ul className="mt-3 flex flex-wrap gap-2 text-sm">
                    <li className="rounded-full bg-brand-50 px-3 py-1 font-medium text-brand-900">
                      {t("hubNeeds.matches", { count: need.matches })}
                      {need.recommended > 0 ? ` (${t("hubNeeds.recommended", { count: need.recommended })})` : null}
                    </li>
                    <li className="rounded-full bg-slate-100 px-3 py-1 font-medium text-slate-800">
                      {need.answers > 0
                        ? t("hubNeeds.answers", { count: need.answers, interested: need.interested })
                        : t("hubNeeds.noAnswers")}
                    </li>
                  </ul>
                </article>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pages={pages} />
      </div>
    </>
  );
}
