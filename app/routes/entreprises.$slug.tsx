import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getDb } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { getFixedT } from "~/lib/i18n.server";
import { localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { organizationJsonLd, scriptJson } from "~/lib/schema-org";
import { getPublishedProfile } from "~/models/enterprise-profile.server";

const ParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, locale } = await getFixedT(request);
  const parsed = ParamsSchema.safeParse(params);
  const profile = parsed.success ? getPublishedProfile(getDb(), parsed.data.slug) : undefined;
  if (!profile) notFound(t("errors.notFoundBody"));
  const url = new URL(request.url);
  const from = url.searchParams.get("from");
  // Only a directory search may be linked back to.
  const backTo = from && /^\/repertoire(\?|$)/.test(from) ? from : null;
  const areaServed =
    profile.serviceArea.scope === "province"
      ? ["Québec"]
      : profile.serviceArea.areas.map((a) => localized(locale, a.nameFr, a.nameEn));
  return {
    title: profile.publicName,
    profile,
    backTo,
    jsonLd: organizationJsonLd({
      name: profile.publicName,
      legalName: profile.legalName,
      description: localized(locale, profile.description.fr, profile.description.en),
      url: profile.contact.website,
      email: profile.contact.email,
      telephone: profile.contact.phone,
      neq: profile.neq,
      address: {
        street: profile.address.street,
        locality: profile.address.municipality.name,
        postalCode: profile.address.postalCode,
      },
      areaServed,
      foundingYear: profile.yearFounded,
      offers: profile.offerings.map((o) => localized(locale, o.name.fr, o.name.en)),
      pageUrl: `${url.origin}/entreprises/${profile.slug}`,
    }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data),
  ...(data ? [{ name: "description", content: data.profile.mission.fr.slice(0, 160) }] : []),
];

export default function EnterpriseProfile() {
  const { profile: p, backTo, jsonLd } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["directory", "common"]);
  const locale = useLocale();
  const l = (v: { fr: string; en: string }) => localized(locale, v.fr, v.en);
  const money = (n: number) =>
    new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", {
      style: "currency",
      currency: "CAD",
      maximumFractionDigits: 0,
    }).format(n);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
      dateStyle: "long",
      timeZone: "America/Toronto",
    }).format(new Date(iso));
  const status = p.coopCategory ? t(`coopCategory.${p.coopCategory}`) : t(`legalStatus.${p.legalStatus}`);
  const areasOf = (kind: "region" | "mrc" | "municipality") =>
    p.serviceArea.areas.filter((a) => a.kind === kind).map((a) => localized(locale, a.nameFr, a.nameEn));

  return (
    <article className="mx-auto max-w-5xl px-4 py-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(jsonLd) }} />
      <p className="no-print text-sm">
        <Link to={backTo ?? "/repertoire"} className="text-brand-800 underline">
          ← {backTo ? t("profile.back") : t("profile.backToDirectory")}
        </Link>
      </p>
      <header className="mt-4">
        <h1 className="text-3xl font-bold">{p.publicName}</h1>
        <p className="mt-1 text-slate-700">
          {status} · {p.address.municipality.name}, {l({ fr: p.address.region.nameFr, en: p.address.region.nameEn })}
        </p>
        <p className="mt-2 text-sm text-slate-700">
          {p.lastVerifiedAt ? t("profile.lastVerified", { date: date(p.lastVerifiedAt) }) : t("profile.notVerified")}
        </p>
        {p.isDemo ? (
          <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900">
            {t("common:demoListing")}
          </p>
        ) : null}
      </header>

      <div className="mt-8 grid gap-10 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          {l(p.mission) ? (
            <section aria-labelledby="mission">
              <h2 id="mission" className="text-xl font-bold">
                {t("profile.mission")}
              </h2>
              <p className="mt-2">{l(p.mission)}</p>
            </section>
          ) : null}
          {l(p.description) ? (
            <section aria-labelledby="description">
              <h2 id="description" className="text-xl font-bold">
                {t("profile.description")}
              </h2>
              <p className="mt-2 whitespace-pre-line">{l(p.description)}</p>
            </section>
          ) : null}
          <section aria-labelledby="offerings">
            <h2 id="offerings" className="text-xl font-bold">
              {t("profile.offerings")}
            </h2>
            <ul className="mt-3 space-y-3">
              {p.offerings.map((o) => (
                <li key={o.id} className="rounded-lg border border-slate-200 p-4">
                  <h3 className="font-semibold">{l(o.name)}</h3>
                  {l(o.description) ? <p className="mt-1 text-sm text-slate-700">{l(o.description)}</p> : null}
                  {o.priceMinCad !== null && o.priceMaxCad !== null ? (
                    <p className="mt-1 text-sm text-slate-700">
                      {o.unit
                        ? t("profile.perUnit", {
                            price: t("profile.price", { min: money(o.priceMinCad), max: money(o.priceMaxCad) }),
                            unit: l(o.unit),
                          })
                        : t("profile.price", { min: money(o.priceMinCad), max: money(o.priceMaxCad) })}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="categories">
            <h2 id="categories" className="text-xl font-bold">
              {t("profile.categories")}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {p.categories.map((c) => (
                <li key={c.code}>
                  <Link
                    to={`/categories/${c.code}`}
                    className="inline-block rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900 underline decoration-brand-100"
                  >
                    {l({ fr: c.nameFr, en: c.nameEn })}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </div>

        <aside className="space-y-6 text-sm">
          <section aria-labelledby="contact" className="rounded-lg border border-slate-200 p-4">
            <h2 id="contact" className="text-lg font-bold">
              {t("profile.contact")}
            </h2>
            <dl className="mt-2 space-y-2">
              {p.contact.email ? (
                <div>
                  <dt className="font-semibold">{t("profile.email")}</dt>
                  <dd>
                    <a href={`mailto:${p.contact.email}`} className="break-all text-brand-800 underline">
                      {p.contact.email}
                    </a>
                  </dd>
                </div>
              ) : null}
              {p.contact.phone ? (
                <div>
                  <dt className="font-semibold">{t("profile.phone")}</dt>
                  <dd>
                    <a href={`tel:${p.contact.phone}`} className="text-brand-800 underline">
                      {p.contact.phone}
                    </a>
                  </dd>
                </div>
              ) : null}
              {p.contact.website ? (
                <div>
                  <dt className="font-semibold">{t("profile.website")}</dt>
                  <dd>
                    <a href={p.contact.website} rel="nofollow noopener" className="break-all text-brand-800 underline">
                      {p.contact.website}
                    </a>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt className="font-semibold">{t("profile.location")}</dt>
                <dd>
                  {p.address.street ? (
                    <>
                      {p.address.street}
                      <br />
                    </>
                  ) : null}
                  {p.address.municipality.name} (Québec) {p.address.postalCode}
                </dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="service-area" className="rounded-lg border border-slate-200 p-4">
            <h2 id="service-area" className="text-lg font-bold">
              {t("profile.serviceArea")}
            </h2>
            {p.serviceArea.scope === "province" ? (
              <p className="mt-2">{t("profile.wholeProvince")}</p>
            ) : (
              <dl className="mt-2 space-y-2">
                {(["region", "mrc", "municipality"] as const).map((kind) =>
                  areasOf(kind).length > 0 ? (
                    <div key={kind}>
                      <dt className="font-semibold">
                        {t(
                          kind === "region"
                            ? "profile.areaRegions"
                            : kind === "mrc"
                              ? "profile.areaMrcs"
                              : "profile.areaMunicipalities",
                        )}
                      </dt>
                      <dd>{areasOf(kind).join(", ")}</dd>
                    </div>
                  ) : null,
                )}
              </dl>
            )}
          </section>
          <section aria-labelledby="facts" className="rounded-lg border border-slate-200 p-4">
            <h2 id="facts" className="text-lg font-bold">
              {t("profile.facts")}
            </h2>
            <dl className="mt-2 space-y-2">
              <div>
                <dt className="font-semibold">{t("profile.legalName")}</dt>
                <dd>{p.legalName}</dd>
              </div>
              {p.neq ? (
                <div>
                  <dt className="font-semibold">{t("profile.neq")}</dt>
                  <dd className="font-mono">{p.neq}</dd>
                </div>
              ) : null}
              <div>
                <dt className="font-semibold">{t("profile.legalStatus")}</dt>
                <dd>
                  {status}
                  {p.salesRevenuePercent !== null ? (
                    <>
                      <br />
                      {t("profile.salesShare", { percent: p.salesRevenuePercent })}
                    </>
                  ) : null}
                </dd>
              </div>
              {p.workforceBand ? (
                <div>
                  <dt className="font-semibold">{t("profile.workforce")}</dt>
                  <dd>{t(`workforceBand.${p.workforceBand}`)}</dd>
                </div>
              ) : null}
              {p.yearFounded ? (
                <div>
                  <dt className="font-semibold">{t("profile.founded")}</dt>
                  <dd>{p.yearFounded}</dd>
                </div>
              ) : null}
              {p.labels.length > 0 ? (
                <div>
                  <dt className="font-semibold">{t("profile.labels")}</dt>
                  <dd>{p.labels.map((x) => l({ fr: x.nameFr, en: x.nameEn })).join(" · ")}</dd>
                </div>
              ) : null}
              {p.purposes.length > 0 ? (
                <div>
                  <dt className="font-semibold">{t("profile.purposes")}</dt>
                  <dd>{p.purposes.map((x) => l({ fr: x.nameFr, en: x.nameEn })).join(" · ")}</dd>
                </div>
              ) : null}
            </dl>
          </section>
          <p>
            <Link
              to={`/procedure?supplierStatus=${p.legalStatus === "obnl" ? "obnl" : p.legalStatus === "mutual" ? "mutual" : "cooperative"}&region=${p.address.region.code}${p.categories[0] ? `&category=${p.categories[0].code}` : ""}`}
              className="text-brand-800 underline"
            >
              {t("profile.procedureLink")}
            </Link>
          </p>
          <p className="text-slate-600">{t("profile.updated", { date: date(p.updatedAt) })}</p>
        </aside>
      </div>
    </article>
  );
}
