import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/curation/format";
import { HubNav } from "~/components/curation/hub-nav";
import { isAdmin } from "~/domain/authz";
import { requireCurator } from "~/lib/curation-auth.server";
import { getDb } from "~/lib/db.server";
import { localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { countsByRegion, hubsOf } from "~/models/moderation.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, t, regionCodes } = await requireCurator(request);
  const db = getDb();
  const admin = isAdmin(user.actor);
  return {
    title: t("curation:home.title"),
    admin,
    // An admin is not on every hub: listing all 17 would only repeat the regions below.
    hubs: admin ? [] : hubsOf(db, user.actor),
    regions: countsByRegion(db, regionCodes),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

const queueLink = (region: string, status: string) => `/pole/moderation?region=${region}&status=${status}`;

export default function HubHome() {
  const { admin, hubs, regions } = useLoaderData<typeof loader>();
  const { t } = useTranslation("curation");
  const locale = useLocale();
  return (
    <>
      <HubNav />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t("home.title")}</h1>
        <p className="mt-2 text-slate-700">{t("home.intro")}</p>
        {admin ? <p className="mt-1 text-slate-700">{t("home.adminIntro")}</p> : null}
        {hubs.map((hub) => (
          <p key={hub.id} className="mt-3 font-semibold text-brand-900">
            {hub.name}
          </p>
        ))}
        {regions.length === 0 ? (
          <p className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4">{t("home.noHub")}</p>
        ) : null}
        <div className="mt-6 space-y-8">
          {regions.map((r) => {
            const name = localized(locale, r.nameFr, r.nameEn);
            const toReview = r.submitted + r.revisions;
            const tiles = [
              {
                label: t("home.toReview"),
                count: toReview,
                href: queueLink(r.regionCode, "to_review"),
                detail: t("home.toReviewDetail", { submitted: r.submitted, revisions: r.revisions }),
                urgent: toReview > 0,
              },
              {
                label: t("home.changesRequested"),
                count: r.changesRequested,
                href: queueLink(r.regionCode, "changes_requested"),
              },
              {
                label: t("home.claimsPending"),
                count: r.claimsPending,
                href: `/pole/reclamations?region=${r.regionCode}`,
                urgent: r.claimsPending > 0,
              },
              { label: t("home.stale"), count: r.stale, href: queueLink(r.regionCode, "stale") },
              { label: t("home.candidates"), count: r.candidates, href: queueLink(r.regionCode, "candidate") },
              { label: t("home.published"), count: r.published, href: queueLink(r.regionCode, "published") },
            ];
            return (
              <section
                key={r.regionCode}
                aria-labelledby={`region-${r.regionCode}`}
                className="rounded-lg border border-slate-200 p-4 sm:p-6"
              >
                <h2 id={`region-${r.regionCode}`} className="text-xl font-bold">
                  {t("home.regionHeading", { name, code: r.regionCode })}
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  {r.oldestWaiting
                    ? t("home.oldestWaiting", { date: formatDate(locale, r.oldestWaiting) })
                    : t("home.nothingWaiting")}
                </p>
                <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                  {tiles.map((tile) => (
                    <li key={tile.label}>
                      <Link
                        to={tile.href}
                        className={`block h-full rounded-md border p-3 hover:border-brand-700 ${
                          tile.urgent ? "border-amber-400 bg-amber-50" : "border-slate-300"
                        }`}
                      >
                        <span className="block text-2xl font-bold text-brand-900">
                          {new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA").format(tile.count)}
                        </span>
                        <span className="block font-medium text-brand-800 underline">{tile.label}</span>
                        {tile.detail ? <span className="block text-sm text-slate-700">{tile.detail}</span> : null}
                      </Link>
                    </li>
                  ))}
                </ul>
                <h3 className="mt-6 font-semibold">{t("home.tools")}</h3>
                <ul className="mt-2 space-y-2 text-sm">
                  <li>
                    <a href={`/pole/export.csv?region=${r.regionCode}`} className="text-brand-800 underline" download>
                      {t("home.exportCsv")}
                    </a>
                    <span className="block text-slate-700">{t("home.exportHint")}</span>
                  </li>
                  <li>
                    <Link to={`/pole/bottin/${r.regionCode}`} className="text-brand-800 underline">
                      {t("home.directory")}
                    </Link>
                    <span className="block text-slate-700">{t("home.directoryHint")}</span>
                  </li>
                </ul>
              </section>
            );
          })}
        </div>
      </div>
    </>
  );
}
