import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NEED_STATUSES } from "#db/schema/needs";
import { formatDate } from "~/components/curation/format";
import { NeedStatusBadge } from "~/components/needs/need-status-badge";
import { formatLongDate } from "~/components/procedure/format";
import { isAdmin } from "~/domain/authz";
import { getDb } from "~/lib/db.server";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { getOrganization, listNeedSummaries, type NeedSummary } from "~/models/need-views.server";
import { requireBuyerSpace } from "./besoins.server";

// The buyer organization's needs by status; admins see every organization's.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, t } = await requireBuyerSpace(request);
  const db = getDb();
  const admin = isAdmin(user.actor);
  const organizationId = user.actor.buyerOrganizationId;
  const organization = organizationId ? getOrganization(db, organizationId) : undefined;
  const needs = admin ? listNeedSummaries(db, null) : organizationId ? listNeedSummaries(db, organizationId) : [];
  return {
    title: t("needs:meta.list"),
    admin,
    organization: organization?.name ?? null,
    // Creating a need takes an organization (admins without one only look).
    canCreate: user.actor.roles.has("buyer") && Boolean(organizationId),
    needs,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function NeedsPage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("needs");
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t("list.title")}</h1>
          {page.organization ? <p className="mt-1 font-semibold text-brand-900">{page.organization}</p> : null}
        </div>
        {page.canCreate ? (
          <Link
            to="/besoins/nouveau"
            className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            <span aria-hidden="true">+&nbsp;</span>
            {t("list.newNeed")}
          </Link>
        ) : null}
      </div>
      <p className="mt-3 max-w-3xl text-slate-800">{t("list.intro")}</p>
      {page.admin ? <p className="mt-2 text-slate-700">{t("list.allOrganizations")}</p> : null}
      {!page.canCreate && !page.admin ? (
        <p className="mt-4 rounded-md border border-amber-700 bg-amber-50 p-4">{t("errors.noOrganization")}</p>
      ) : null}
      {page.needs.length === 0 ? (
        <div className="mt-8 rounded-lg border border-dashed border-slate-400 p-6">
          <p className="font-semibold">{t("list.empty")}</p>
          {page.canCreate ? <p className="mt-1 text-slate-700">{t("list.emptyHint")}</p> : null}
        </div>
      ) : (
        <div className="mt-8 space-y-10">
          {NEED_STATUSES.map((status) => {
            const group = page.needs.filter((n) => n.status === status);
            // Empty cancelled and closed sections say nothing useful.
            if (group.length === 0 && (status === "cancelled" || status === "closed")) return null;
            return (
              <section key={status} aria-labelledby={`section-${status}`}>
                <h2 id={`section-${status}`} className="text-xl font-bold">
                  {t(`list.section.${status}`)} <span className="font-normal text-slate-700">({group.length})</span>
                </h2>
                {group.length === 0 ? (
                  <p className="mt-2 text-slate-700">{t("list.sectionEmpty")}</p>
                ) : (
                  <ul className="mt-3 space-y-3">
                    {group.map((need) => (
                      <li key={need.id}>
                        <NeedCard need={need} showOrganization={page.admin} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}

function NeedCard({ need, showOrganization }: { need: NeedSummary; showOrganization: boolean }) {
  const { t } = useTranslation("needs");
  const locale = useLocale();
  const counted = need.status !== "draft";
  return (
    <article className="rounded-lg border border-slate-300 bg-white p-4" aria-labelledby={`need-${need.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`need-${need.id}`} className="text-lg font-semibold">
          <Link to={`/besoins/${need.id}`} className="text-brand-800 underline">
            {need.title}
          </Link>
        </h3>
        <NeedStatusBadge status={need.status} />
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {t(`kind.${need.kind}`)}
        {showOrganization ? ` · ${need.organizationName}` : null}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <li>
          {need.responseDeadline
            ? t("list.deadline", { date: formatLongDate(locale, need.responseDeadline) })
            : t("list.noDeadline")}
        </li>
        {counted ? (
          <>
            <li>{t("list.matches", { count: need.matchCount })}</li>
            <li>
              {t("list.interested", { count: need.interestedCount })} ·{" "}
              {t("list.notInterested", { count: need.notInterestedCount })}
            </li>
            {need.shortlistCount > 0 ? <li>{t("list.shortlist", { count: need.shortlistCount })}</li> : null}
          </>
        ) : null}
        <li className="text-slate-600">{t("list.updated", { date: formatDate(locale, need.updatedAt) })}</li>
      </ul>
    </article>
  );
}
