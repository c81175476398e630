import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ShortlistView } from "~/models/need-views.server";
import { InterestBadge } from "./interest-badge";
import { ShortlistButton } from "./shortlist-button";

/** The shortlist with its CSV export (the invitation list). */
export function ShortlistSection({
  needId,
  shortlist,
  canEdit,
}: {
  needId: number;
  shortlist: (ShortlistView & { regionName: string })[];
  canEdit: boolean;
}) {
  const { t } = useTranslation("needs");
  return (
    <>
      <p className="mt-2 text-slate-800">{t("detail.shortlist.intro")}</p>
      {shortlist.length === 0 ? (
        <p className="mt-3 rounded-md border border-dashed border-slate-400 p-4 text-slate-700">
          {t("detail.shortlist.empty")}
        </p>
      ) : (
        <>
          <ul
            className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white"
            data-testid="shortlist"
          >
            {shortlist.map((s) => (
              <li key={s.enterpriseId} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div className="min-w-0">
                  <Link to={`/entreprises/${s.slug}`} className="font-semibold text-brand-800 underline">
                    {s.name}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {s.municipality}, {s.regionName}
                    {s.email ? ` · ${s.email}` : null}
                  </p>
                </div>
                <div className="flex items-center gap-3">
                  <InterestBadge interest={s.interest} />
                  {canEdit ? (
                    <ShortlistButton enterpriseId={s.enterpriseId} name={s.name} shortlisted from="shortlist" compact />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          <p className="mt-4">
            <a
              href={`/besoins/${needId}/liste-courte.csv`}
              download
              className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              <span aria-hidden="true">⬇&nbsp;</span>
              {t("detail.shortlist.export")}
            </a>
            <span className="mt-1 block text-sm text-slate-700">{t("detail.shortlist.exportHint")}</span>
          </p>
        </>
      )}
    </>
  );
}
