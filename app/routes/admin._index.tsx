import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AdminChangeList } from "~/components/admin/admin-change-list";
import { AdminNav } from "~/components/admin/admin-nav";
import { ROLES } from "#db/schema/accounts";
import { requireAdminUser } from "~/lib/admin-auth.server";
import { getDb } from "~/lib/db.server";
import { formatNumber, localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { adminOverview } from "~/models/admin.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await requireAdminUser(request);
  return { title: t("admin:home.title"), ...adminOverview(getDb()) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function AdminHome() {
  const { users, hubs, roleCounts, regionsWithoutHub, hubsWithoutCurator, recentChanges } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <>
      <AdminNav />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t("home.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("home.intro")}</p>

        <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Link to="/admin/poles" className="rounded-lg border border-slate-300 p-4 hover:border-brand-600">
            <span className="block text-sm font-medium text-slate-700">{t("home.hubs")}</span>
            <span className="block text-3xl font-bold text-brand-900">{formatNumber(locale, hubs)}</span>
          </Link>
          <Link to="/admin/utilisateurs" className="rounded-lg border border-slate-300 p-4 hover:border-brand-600">
            <span className="block text-sm font-medium text-slate-700">{t("home.users")}</span>
            <span className="block text-3xl font-bold text-brand-900">{formatNumber(locale, users)}</span>
          </Link>
          <div className="rounded-lg border border-slate-300 p-4">
            <h2 className="text-sm font-medium text-slate-700">{t("home.byRole")}</h2>
            <ul className="mt-1 space-y-0.5 text-sm">
              {ROLES.map((role) => (
                <li key={role}>
                  <Link to={`/admin/utilisateurs?role=${role}`} className="text-brand-800 underline">
                    {t(`roles.${role}`)}
                  </Link>{" "}
                  : {formatNumber(locale, roleCounts[role])}
                </li>
              ))}
            </ul>
          </div>
        </div>

        {regionsWithoutHub.length > 0 || hubsWithoutCurator.length > 0 ? (
          <section
            aria-labelledby="attention-heading"
            className="mt-8 rounded-lg border-2 border-amber-500 bg-amber-50 p-4"
          >
            <h2 id="attention-heading" className="text-lg font-bold text-amber-950">
              {t("home.attention")}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-amber-950">
              {regionsWithoutHub.length > 0 ? (
                <li>
                  {t("home.regionsWithoutHub", {
                    regions: regionsWithoutHub
                      .map((r) => `${r.code} ${localized(locale, r.nameFr, r.nameEn)}`)
                      .join(", "),
                  })}
                </li>
              ) : null}
              {hubsWithoutCurator.map((h) => (
                <li key={h.id}>
                  <Link to={`/admin/poles/${h.id}`} className="underline">
                    {t("home.hubWithoutCurator", { hub: h.name })}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="tools-heading" className="mt-8">
          <h2 id="tools-heading" className="text-xl font-bold">
            {t("home.tools")}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {(
              [
                ["/admin/poles", "home.toolHubs"],
                ["/admin/utilisateurs", "home.toolUsers"],
                ["/admin/courriels", "home.toolOutbox"],
                ["/pole/import", "home.toolImport"],
              ] as const
            ).map(([to, key]) => (
              <li key={to}>
                <Link
                  to={to}
                  className="block rounded-md border border-slate-300 p-3 text-brand-800 underline hover:bg-brand-50"
                >
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="changes-heading" className="mt-8">
          <h2 id="changes-heading" className="text-xl font-bold">
            {t("home.recentChanges")}
          </h2>
          <AdminChangeList changes={recentChanges} showEntity />
        </section>
      </div>
    </>
  );
}
