import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "~/components/curation/status-badge";
import { UnverifiedNotice } from "~/components/listing-form/unverified-notice";
import { canRegisterListing } from "~/domain/authz";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { requireUser } from "~/lib/session.server";
import { listClaimsOfUser } from "~/models/claims.server";
import { listMyListings } from "~/models/member-dashboard.server";

const NOTICES = ["claimRequested", "left"] as const;

// Every signed-in user has a dashboard; it lists only the listings they are a member of.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getFixedT(request);
  const db = getDb();
  const notice = NOTICES.find((n) => n === new URL(request.url).searchParams.get("fait")) ?? null;
  return {
    title: t("register:meta.dashboard"),
    email: user.email,
    canRegister: canRegisterListing(user.actor),
    listings: listMyListings(db, user.id).map((l) => ({
      id: l.id,
      slug: l.slug,
      publicName: l.publicName,
      status: l.status,
      regionNameFr: l.regionNameFr,
      revisionStatus: l.status === "published" ? (l.pendingRevision?.status ?? null) : null,
      incomplete: l.incomplete.length,
      lastMessage: l.lastMessage,
    })),
    claims: listClaimsOfUser(db, user.id).filter((c) => c.method === "hub_review"),
    notice,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function DashboardPage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("register");
  const locale = useLocale();
  const date = (value: Date | string | null) =>
    value
      ? new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { dateStyle: "long" }).format(new Date(value))
      : "";
  const actionClass =
    "inline-flex items-center rounded-md px-4 py-2 font-semibold bg-brand-700 text-white hover:bg-brand-800";
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("dashboard.title")}</h1>
      <p className="mt-3 max-w-3xl text-slate-800">{t("dashboard.intro")}</p>
      {page.notice ? (
        <p role="status" className="mt-4 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          {t(`dashboard.notices.${page.notice}`)}
        </p>
      ) : null}
      {page.canRegister ? (
        <div className="mt-6 flex flex-wrap gap-3">
          <Link to="/mon-entreprise/nouvelle" className={actionClass}>
            {t("dashboard.newListing")}
          </Link>
          <Link
            to="/mon-entreprise/reclamer"
            className="inline-flex items-center rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("dashboard.claimListing")}
          </Link>
        </div>
      ) : (
        <div className="mt-6">
          <UnverifiedNotice email={page.email} />
        </div>
      )}

      <section aria-labelledby="listings-heading" className="mt-10">
        <h2 id="listings-heading" className="text-2xl font-bold">
          {t("dashboard.listingsHeading")}
        </h2>
        {page.listings.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("dashboard.empty")}</p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {page.listings.map((l) => (
              <li key={l.id} className="flex flex-col rounded-lg border border-slate-300 p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="text-lg font-semibold">{l.publicName}</h3>
                  <StatusBadge status={l.status} />
                </div>
                <p className="text-sm text-slate-700">{t("dashboard.region", { name: l.regionNameFr })}</p>
                {l.revisionStatus ? (
                  <p className="mt-2 text-sm font-medium text-brand-800">
                    {t(`status.revision.${l.revisionStatus as "draft"}`)}
                  </p>
                ) : null}
                <p className="mt-2 text-sm">
                  {l.incomplete > 0 ? t("dashboard.incomplete", { count: l.incomplete }) : t("dashboard.readyToSubmit")}
                </p>
                {l.lastMessage ? (
                  <div className="mt-2 rounded-md bg-orange-50 p-2 text-sm">
                    <p className="font-semibold">
                      {t("dashboard.hubMessage", { date: date(l.lastMessage.createdAt) })}
                    </p>
                    <p className="line-clamp-3 whitespace-pre-line">{l.lastMessage.body}</p>
                  </div>
                ) : null}
                <div className="mt-auto flex flex-wrap gap-4 pt-3">
                  <Link to={`/mon-entreprise/${l.id}`} className="font-semibold text-brand-800 underline">
                    {t("dashboard.manage", { name: l.publicName })}
                  </Link>
                  {l.status === "published" ? (
                    <Link to={`/entreprises/${l.slug}`} className="text-brand-800 underline">
                      {t("dashboard.viewPublic")}
                    </Link>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      {page.claims.length > 0 ? (
        <section aria-labelledby="claims-heading" className="mt-10">
          <h2 id="claims-heading" className="text-2xl font-bold">
            {t("dashboard.claimsHeading")}
          </h2>
          <ul className="mt-4 space-y-3">
            {page.claims.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-300 p-4">
                <p className="font-semibold">{c.publicName}</p>
                <p className="text-sm">
                  {c.status === "pending"
                    ? t("dashboard.claimPending", { date: date(c.createdAt) })
                    : c.status === "approved"
                      ? t("dashboard.claimApproved", { date: date(c.decidedAt) })
                      : t("dashboard.claimRejected", { date: date(c.decidedAt) })}
                </p>
                {c.status === "rejected" && c.decisionReason ? (
                  <p className="mt-1 text-sm">{t("dashboard.claimReason", { reason: c.decisionReason })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
