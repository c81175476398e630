import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { listGroupsWithCounts } from "~/models/categories.server";
import { listRegionsWithCounts } from "~/models/geography.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  const db = getDb();
  const regions = listRegionsWithCounts(db);
  return {
    title: t("directory:home.title"),
    regions,
    groups: listGroupsWithCounts(db),
    totalPublished: regions.reduce((sum, r) => sum + r.enterpriseCount, 0),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function Home() {
  const { regions, groups, totalPublished } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["directory", "common"]);
  const locale = useLocale();
  return (
    <div>
      <section className="bg-brand-800 text-white">
        <div className="mx-auto max-w-6xl px-4 py-12">
          <h1 className="text-3xl font-bold sm:text-4xl">{t("home.title")}</h1>
          <p className="mt-3 max-w-2xl text-brand-50">{t("home.intro")}</p>
          <Form
            method="get"
            action="/repertoire"
            role="search"
            className="mt-6 flex max-w-2xl flex-col gap-2 sm:flex-row"
          >
            <label htmlFor="home-q" className="sr-only">
              {t("home.searchLabel")}
            </label>
            <input
              id="home-q"
              name="q"
              type="search"
              placeholder={t("home.searchPlaceholder")}
              className="w-full rounded-md border-0 bg-white px-4 py-3 text-slate-900 placeholder:text-slate-600"
            />
            <button
              type="submit"
              className="rounded-md bg-amber-400 px-5 py-3 font-semibold text-slate-900 hover:bg-amber-300"
            >
              {t("home.searchButton")}
            </button>
          </Form>
          <p className="mt-4 text-sm text-brand-50">
            {t("home.statsPublished", {
              count: totalPublished,
              regions: regions.filter((r) => r.enterpriseCount > 0).length,
            })}
          </p>
        </div>
      </section>

      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-10 lg:grid-cols-2">
        <section aria-labelledby="by-region">
          <h2 id="by-region" className="text-2xl font-bold">
            {t("home.byRegion")}
          </h2>
          <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
            {regions.map((r) => (
              <li key={r.code}>
                <Link
                  to={`/regions/${r.code}`}
                  className="flex items-center justify-between gap-3 px-4 py-2.5 hover:bg-brand-50"
                >
                  <span>
                    <span className="mr-2 font-mono text-sm text-slate-600">{r.code}</span>
                    <span className="font-medium text-brand-800 underline decoration-brand-100">
                      {localized(locale, r.nameFr, r.nameEn)}
                    </span>
                  </span>
                  <span className="text-sm text-slate-700">
                    {t("common:count.enterprises", { count: r.enterpriseCount })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="by-category">
          <h2 id="by-category" className="text-2xl font-bold">
            {t("home.byCategory")}
          </h2>
          <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
            {groups.map((g) => (
              <li key={g.code}>
                <Link
                  to={`/categories/${g.code}`}
                  className="flex items-center justify-between gap-3 px-4 py-2.5 hover:bg-brand-50"
                >
                  <span className="font-medium text-brand-800 underline decoration-brand-100">
                    {localized(locale, g.nameFr, g.nameEn)}
                  </span>
                  <span className="shrink-0 text-sm text-slate-700">
                    {t("common:count.enterprises", { count: g.enterpriseCount })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
