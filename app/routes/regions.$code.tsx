import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { EnterpriseCardList } from "~/components/enterprise-card";
import { Pagination } from "~/components/pagination";
import { toCardViews } from "~/lib/card-views";
import { getDb } from "~/lib/db.server";
import { notFound, readPage } from "~/lib/http.server";
import { getFixedT } from "~/lib/i18n.server";
import { localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { listEnterpriseCards } from "~/models/enterprise-cards.server";
import { getRegion, listMrcsOfRegion } from "~/models/geography.server";

const PER_PAGE = 20;
const ParamsSchema = z.object({ code: z.string().regex(/^\d{2}$/) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, locale } = await getFixedT(request);
  const db = getDb();
  const parsed = ParamsSchema.safeParse(params);
  const region = parsed.success ? getRegion(db, parsed.data.code) : undefined;
  if (!region) notFound(t("errors.regionNotFound", { code: params.code ?? "" }));
  const url = new URL(request.url);
  const page = readPage(url);
  const { items, total } = listEnterpriseCards(db, { filter: { regionCode: region.code }, page, perPage: PER_PAGE });
  return {
    title: localized(locale, region.nameFr, region.nameEn),
    region,
    mrcs: listMrcsOfRegion(db, region.code),
    enterprises: toCardViews(items, { t, locale }),
    total,
    page,
    pages: Math.ceil(total / PER_PAGE),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function RegionPage() {
  const { region, mrcs, enterprises, total, page, pages } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["directory", "common"]);
  const locale = useLocale();
  const regionName = localized(locale, region.nameFr, region.nameEn);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <p className="text-sm font-semibold text-brand-700">{t("region.kicker", { code: region.code })}</p>
      <h1 className="mt-1 text-3xl font-bold">{regionName}</h1>
      <p className="mt-2 text-slate-700">
        {t("region.population", {
          population: new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA").format(region.population),
        })}
        {" · "}
        {t("common:count.enterprises", { count: total })}
      </p>
      <p className="mt-2">
        <Link to={`/repertoire?serves=${region.code}`} className="text-brand-800 underline">
          {t("region.searchServing")}
        </Link>
      </p>
      <div className="mt-8 grid gap-10 lg:grid-cols-3">
        <section aria-labelledby="enterprises" className="lg:col-span-2">
          <h2 id="enterprises" className="text-xl font-bold">
            {t("region.enterprisesHeading")}
          </h2>
          {enterprises.length === 0 ? (
            <p className="mt-4 text-slate-700">{t("region.noEnterprises")}</p>
          ) : (
            <EnterpriseCardList className="mt-4 space-y-3" cards={enterprises} />
          )}
          <Pagination page={page} pages={pages} />
        </section>
        <section aria-labelledby="mrcs">
          <h2 id="mrcs" className="text-xl font-bold">
            {t("region.mrcsHeading")}
          </h2>
          <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm">
            {mrcs.map((m) => (
              <li key={m.code} className="flex justify-between gap-2 px-3 py-2">
                <span>
                  {m.name}
                  {m.isMrc ? null : <span className="text-slate-600"> ({t("region.territoryEquivalent")})</span>}
                </span>
                <span className="shrink-0 text-slate-700">
                  {t("common:count.enterprises", { count: m.enterpriseCount })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
