import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import printStyles from "~/components/curation/bottin-print.css?url";
import { formatDate } from "~/components/curation/format";
import { getDb } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { getFixedT } from "~/lib/i18n.server";
import { localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { getRegionalDirectory, type DirectoryListing } from "~/models/regional-directory.server";

// Public on purpose: the hubs publish this directory, and it holds only published listings.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, locale } = await getFixedT(request);
  const code = params.region ?? "";
  const directory = /^\d{2}$/.test(code) ? getRegionalDirectory(getDb(), code) : undefined;
  if (!directory) notFound(t("curation:errors.regionNotFound", { code }));
  return {
    title: t("curation:directory.title", {
      region: localized(locale, directory.region.nameFr, directory.region.nameEn),
    }),
    directory,
    generatedAt: new Date().toISOString(),
  };
}

export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

/** Printing needs JavaScript; without it, the hint tells how to print from the browser. */
function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}

export default function RegionalDirectory() {
  const { title, directory, generatedAt } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["curation", "directory"]);
  const locale = useLocale();
  const total = new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA").format(directory.total);
  return (
    <article className="bottin mx-auto max-w-5xl px-4 py-8">
      <header>
        <p className="text-sm font-semibold text-brand-700">{t("directory.kicker")}</p>
        <h1 className="mt-1 text-3xl font-bold">{title}</h1>
        {directory.hubNames.map((hub) => (
          <p key={hub} className="mt-2 font-semibold">
            {t("directory.publishedBy", { hub })}
          </p>
        ))}
        <p className="mt-1 text-slate-700">
          {t("directory.generated", { date: formatDate(locale, generatedAt), n: total })}
        </p>
        {directory.hasDemo ? <p className="mt-1 text-sm text-slate-700">{t("directory.demo")}</p> : null}
        <div className="mt-4 flex flex-wrap items-center gap-4 print:hidden">
          <PrintButton label={t("directory.print")} />
          <p className="text-sm text-slate-700">{t("directory.printHint")}</p>
        </div>
      </header>

      {directory.groups.length === 0 ? (
        <p className="mt-8">{t("directory.empty")}</p>
      ) : (
        <nav aria-labelledby="toc" className="bottin-toc mt-8 rounded-lg border border-slate-200 p-4">
          <h2 id="toc" className="text-xl font-bold">
            {t("directory.toc")}
          </h2>
          <ol className="mt-3 space-y-3">
            {directory.groups.map((g) => (
              <li key={g.code}>
                <a href={`#${g.code}`} className="font-semibold text-brand-800 underline">
                  {localized(locale, g.nameFr, g.nameEn)}
                </a>
                <ol className="mt-1 grid gap-x-6 gap-y-0.5 pl-4 text-sm sm:grid-cols-2">
                  {g.categories.map((c) => (
                    <li key={c.code}>
                      <a href={`#${c.code}`} className="text-brand-800 underline">
                        {localized(locale, c.nameFr, c.nameEn)}
                      </a>{" "}
                      <span className="text-slate-700">({c.listings.length})</span>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </nav>
      )}

      {directory.groups.map((g) => (
        <section key={g.code} id={g.code} aria-labelledby={`${g.code}-h`} className="bottin-group mt-10">
          <h2 id={`${g.code}-h`} className="border-b-2 border-brand-700 pb-1 text-2xl font-bold text-brand-900">
            {localized(locale, g.nameFr, g.nameEn)}
          </h2>
          {g.categories.map((c) => (
            <section key={c.code} id={c.code} aria-labelledby={`${c.code}-h`} className="bottin-category mt-6">
              <h3 id={`${c.code}-h`} className="text-xl font-semibold">
                {localized(locale, c.nameFr, c.nameEn)}
              </h3>
              <ul className="bottin-entries mt-3 grid gap-4 md:grid-cols-2 print:block">
                {c.listings.map((l) => (
                  <Entry key={l.id} listing={l} categoryNames={directory.categoryNames} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}

function Entry({
  listing: l,
  categoryNames,
}: {
  listing: DirectoryListing;
  categoryNames: Record<string, { fr: string; en: string }>;
}) {
  const { t } = useTranslation(["curation", "directory"]);
  const locale = useLocale();
  const status = l.coopCategory
    ? t(`directory:coopCategory.${l.coopCategory}` as "directory:coopCategory.worker")
    : t(`directory:legalStatus.${l.legalStatus}` as "directory:legalStatus.obnl");
  const others = l.otherCategories
    .map((code) => categoryNames[code])
    .filter(Boolean)
    .map((n) => localized(locale, n!.fr, n!.en));
  return (
    <li className="bottin-entry rounded-md border border-slate-200 p-3 print:mb-3 print:border-0 print:p-0">
      <h4 className="font-bold">
        <Link to={`/entreprises/${l.slug}`} className="text-brand-800 underline">
          {l.publicName}
        </Link>
      </h4>
      <p className="text-sm text-slate-700">
        {l.municipality} · {status}
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-3 break-all text-sm">
        {l.phone ? (
          <li>
            <a href={`tel:${l.phone.replace(/[^\d+]/g, "")}`} className="text-brand-800 underline">
              {l.phone}
            </a>
          </li>
        ) : null}
        {l.email ? (
          <li>
            <a href={`mailto:${l.email}`} className="text-brand-800 underline">
              {l.email}
            </a>
          </li>
        ) : null}
        {l.website ? (
          <li>
            <a href={l.website} className="text-brand-800 underline">
              {l.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
            </a>
          </li>
        ) : null}
      </ul>
      {l.offerings.length > 0 ? (
        <p className="mt-1 text-sm">
          <span className="font-medium">{t("directory.offerings")}</span>{" "}
          {l.offerings.map((o) => localized(locale, o.fr, o.en)).join(", ")}
        </p>
      ) : null}
      {others.length > 0 ? (
        <p className="mt-1 text-xs text-slate-700">{t("directory.alsoIn", { categories: others.join(", ") })}</p>
      ) : null}
    </li>
  );
}
