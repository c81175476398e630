import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { MatchCard } from "~/routes/besoins.detail.server";
import { InterestBadge } from "./interest-badge";
import { ShortlistButton } from "./shortlist-button";

/**
 * The ranked enterprises with their score and, for each, why it was matched (in words, with
 * the points each reason adds), the hub's recommendation, its answer and a shortlist button.
 */
/** Cards shown at once; the rest fold behind a disclosure so the page stays readable. */
export const MATCHES_SHOWN = 10;

export function MatchList({
  matches,
  canShortlist,
  flash,
}: {
  matches: MatchCard[];
  canShortlist: boolean;
  /** The enterprise just added to or removed from the shortlist, to confirm it on its card. */
  flash: { enterpriseId: number | null; kind: "shortlisted" | "unshortlisted" | null };
}) {
  const { t } = useTranslation("needs");
  const first = matches.slice(0, MATCHES_SHOWN);
  const rest = matches.slice(MATCHES_SHOWN);
  const item = (m: MatchCard) => (
    <li key={m.enterpriseId} id={`entreprise-${m.enterpriseId}`} className="scroll-mt-4">
      <Card match={m} canShortlist={canShortlist} flash={flash.enterpriseId === m.enterpriseId ? flash.kind : null} />
    </li>
  );
  return (
    <div data-testid="matches">
      <ol className="mt-4 space-y-4">{first.map(item)}</ol>
      {rest.length > 0 ? (
        // Open when the enterprise just shortlisted is in there, so the redirect lands on its card.
        <details className="mt-4" open={rest.some((m) => m.enterpriseId === flash.enterpriseId) || undefined}>
          <summary className="cursor-pointer rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            {t("detail.matches.showMore", { count: rest.length })}
          </summary>
          <ol start={MATCHES_SHOWN + 1} className="mt-4 space-y-4">
            {rest.map(item)}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

function Card({
  match: m,
  canShortlist,
  flash,
}: {
  match: MatchCard;
  canShortlist: boolean;
  flash: "shortlisted" | "unshortlisted" | null;
}) {
  const { t } = useTranslation("needs");
  const headingId = `match-${m.enterpriseId}`;
  return (
    <article
      aria-labelledby={headingId}
      className={`rounded-lg border bg-white p-4 ${m.recommendedBy ? "border-2 border-brand-700" : "border-slate-300"}`}
      data-enterprise={m.enterpriseId}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex min-w-0 flex-1 items-start gap-3">
          <span
            className="flex h-9 min-w-9 items-center justify-center rounded-full bg-brand-800 px-2 font-bold text-white"
            aria-hidden="true"
          >
            {m.rank}
          </span>
          <div className="min-w-0 flex-1">
            <h3 id={headingId} className="text-lg font-semibold">
              <span className="sr-only">{t("detail.matches.rank", { rank: m.rank })} </span>
              {m.listingStatus === "published" ? (
                <Link to={`/entreprises/${m.slug}`} className="text-brand-800 underline">
                  {m.name}
                </Link>
              ) : (
                m.name
              )}
            </h3>
            <p className="text-sm text-slate-700">
              {t("detail.matches.location", { municipality: m.municipality, region: m.regionName })}
              {m.listingStatus !== "published" ? ` · ${t("detail.matches.notPublished")}` : null}
            </p>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2 sm:flex-col sm:items-end">
          <p className="rounded-md bg-slate-100 px-2 py-1 text-sm font-semibold" data-testid="score">
            {t("detail.matches.score", { score: m.score })}
          </p>
          {canShortlist ? (
            <ShortlistButton enterpriseId={m.enterpriseId} name={m.name} shortlisted={m.shortlisted} />
          ) : null}
        </div>
      </div>

      <div className="mt-2 flex flex-wrap items-center gap-2">
        {m.recommendedBy ? (
          <span className="inline-flex items-center gap-1 rounded-full border-2 border-brand-700 bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-900">
            <span aria-hidden="true">★</span>
            {t("detail.matches.recommendedBy", { name: m.recommendedBy })}
          </span>
        ) : null}
        <InterestBadge interest={m.interest} />
        {m.shortlisted ? (
          <span className="inline-flex items-center gap-1 rounded-full border border-brand-700 px-2 py-0.5 text-xs font-semibold text-brand-900">
            <span aria-hidden="true">☑</span>
            {t("detail.matches.inShortlist")}
          </span>
        ) : null}
      </div>
      {m.recommendationNote ? (
        <blockquote className="mt-2 border-l-4 border-brand-600 pl-3 text-sm italic text-slate-800">
          {m.recommendationNote}
        </blockquote>
      ) : null}

      {m.reasons.length > 0 ? (
        <>
          <h4 className="mt-3 text-sm font-semibold">{t("detail.matches.reasons")}</h4>
          <ul className="mt-1 grid gap-x-6 gap-y-0.5 text-sm md:grid-cols-2" data-testid="reasons">
            {m.reasons.map((r, i) => (
              <li key={i} className="flex flex-wrap gap-x-2">
                <span>{(t as unknown as (key: string, vars: object) => string)(r.key, r.vars)}</span>
                <span className="text-slate-600">({t("detail.matches.points", { points: r.points })})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {flash ? (
        <p role="status" className="mt-3 text-sm font-semibold text-emerald-900">
          <span aria-hidden="true">✓ </span>
          {t(`detail.flash.${flash}`)}
        </p>
      ) : null}
    </article>
  );
}
