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
import { getCategory, getCategoryGroup, listCategoriesWithCounts } from "~/models/categories.server";
import { countByRegion, listEnterpriseCards } from "~/models/enterprise-cards.server";

const PER_PAGE = 20;
const ParamsSchema = z.object({ code: z.string().regex(/^[a-z0-9-]{2,80}$/) });

// One URL space for groups and categories: their codes are unique across both.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, locale } = await getFixedT(request);
  const db = getDb();
  const parsed = ParamsSchema.safeParse(params);
  const code = parsed.success ? parsed.data.code : "";
  const group = code ? getCategoryGroup(db, code) : undefined;
  const category = !group && code ? getCategory(db, code) : undefined;
  if (!group && !category) notFound(t("errors.categoryNotFound", { code: params.code ?? "" }));
  const parentGroup = category ? getCategoryGroup(db, category.groupCode) : group;
  const filter = group ? { groupCode: group.code } : { categoryCode: category!.code };
  const page = readPage(new URL(request.url));
  const { items, total } = listEnterpriseCards(db, { filter, page, perPage: PER_PAGE });
  const node = (group ?? category)!;
  return {
    title: localized(locale, node.nameFr, node.nameEn),
    kind: group ? ("group" as const) : ("category" as const),
    node: { code: node.code, nameFr: node.nameFr, nameEn: node.nameEn },
    parentGroup: parentGroup
      ? { code: parentGroup.code, nameFr: parentGroup.nameFr, nameEn: parentGroup.nameEn }
      : null,
    crosswalk: category ? { naics: category.naics, unspsc: category.unspsc } : null,
    subcategories: group ? listCategoriesWithCounts(db, group.code) : [],
    byRegion: countByRegion(db, filter),
    enterprises: toCardViews(items, { t, locale }),
    total,
    page,
    pages: Math.ceil(total / PER_PAGE),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function CategoryPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation(["directory", "common"]);
  const locale = useLocale();
  const name = (n: { nameFr: string; nameEn: string }) => localized(locale, n.nameFr, n.nameEn);
  const filterParam = data.kind === "group" ? "group" : "category";
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <p className="text-sm font-semibold text-brand-700">
        {data.kind === "group" || !data.parentGroup ? (
          t("category.groupKicker")
        ) : (
          <>
            {t("category.categoryOfGroup")}{" "}
            <Link to={`/categories/${data.parentGroup.code}`} className="underline">
              {name(data.parentGroup)}
            </Link>
          </>
        )}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{name(data.node)}</h1>
      <p className="mt-2 text-slate-700">{t("common:count.enterprises", { count: data.total })}</p>
      <div className="mt-8 grid gap-10 lg:grid-cols-3">
        <section aria-labelledby="enterprises" className="lg:col-span-2">
          <h2 id="enterprises" className="text-xl font-bold">
            {t("category.enterprisesHeading")}
          </h2>
          {data.enterprises.length === 0 ? (
            <p className="mt-4 text-slate-700">{t("category.noEnterprises")}</p>
          ) : (
            <EnterpriseCardList className="mt-4 space-y-3" cards={data.enterprises} />
          )}
          <Pagination page={data.page} pages={data.pages} />
        </section>
        <aside className="space-y-8">
          {data.subcategories.length > 0 ? (
            <section aria-labelledby="subcategories">
              <h2 id="subcategories" className="text-xl font-bold">
                {t("category.categoriesHeading")}
              </h2>
              <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm">
                {data.subcategories.map((c) => (
                  <li key={c.code}>
                    <Link
                      to={`/categories/${c.code}`}
                      className="flex justify-between gap-2 px-3 py-2 hover:bg-brand-50"
                    >
                      <span className="text-brand-800 underline decoration-brand-100">{name(c)}</span>
                      <span className="shrink-0 text-slate-700">
                        {t("common:count.enterprises", { count: c.enterpriseCount })}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="by-region">
            <h2 id="by-region" className="text-xl font-bold">
              {t("category.byRegionHeading")}
            </h2>
            <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm">
              {data.byRegion.map((r) => (
                <li key={r.regionCode}>
                  <Link
                    to={`/repertoire?${filterParam}=${data.node.code}&region=${r.regionCode}`}
                    className="flex justify-between gap-2 px-3 py-2 hover:bg-brand-50"
                  >
                    <span className="text-brand-800 underline decoration-brand-100">
                      {localized(locale, r.nameFr, r.nameEn)}
                    </span>
                    <span className="shrink-0 text-slate-700">
                      {t("common:count.enterprises", { count: r.enterpriseCount })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          {data.crosswalk ? (
            <section aria-labelledby="crosswalk">
              <h2 id="crosswalk" className="text-xl font-bold">
                {t("category.crosswalk")}
              </h2>
              <dl className="mt-3 text-sm">
                <dt className="font-semibold">{t("category.naics")}</dt>
                <dd className="font-mono">{data.crosswalk.naics.join(", ")}</dd>
                <dt className="mt-2 font-semibold">{t("category.unspsc")}</dt>
                <dd className="font-mono">{data.crosswalk.unspsc.join(", ")}</dd>
              </dl>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
