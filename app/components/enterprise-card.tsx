import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { localized, useLocale } from "~/lib/locale";
import type { EnterpriseCard as Card } from "~/models/enterprise-cards.server";
import type { SnippetPart } from "~/search/types";

type Props = { card: Card; regionName: string; snippet?: SnippetPart[]; distanceKm?: number; from?: string };

export function EnterpriseCard({ card, regionName, snippet, distanceKm, from }: Props) {
  const { t } = useTranslation(["directory", "common", "search"]);
  const locale = useLocale();
  const status = card.coopCategory ? t(`coopCategory.${card.coopCategory}`) : t(`legalStatus.${card.legalStatus}`);
  const href = from ? `/entreprises/${card.slug}?from=${encodeURIComponent(from)}` : `/entreprises/${card.slug}`;
  return (
    <article className="rounded-lg border border-slate-200 p-4 hover:border-brand-600">
      <h3 className="text-lg font-semibold">
        <Link to={href} className="text-brand-800 underline decoration-brand-100 hover:decoration-brand-700">
          {card.publicName}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {t("card.located", { municipality: card.municipalityName, region: regionName })}
        {" · "}
        {status}
        {distanceKm !== undefined ? (
          <>
            {" · "}
            {t("search:near.distance", { km: distanceKm })}
          </>
        ) : null}
      </p>
      {card.serviceAreaScope === "province" ? (
        <p className="mt-1 text-sm text-slate-700">{t("card.servesProvince")}</p>
      ) : null}
      {card.categories.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {card.categories.map((c) => (
            <li key={c.code} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs text-brand-900">
              {localized(locale, c.nameFr, c.nameEn)}
            </li>
          ))}
        </ul>
      ) : null}
      {snippet && snippet.length > 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          {snippet.map((part, i) =>
            part.match ? (
              <mark key={i} className="bg-amber-100 text-slate-900">
                {part.text}
              </mark>
            ) : (
              part.text
            ),
          )}
        </p>
      ) : null}
      {card.isDemo ? <p className="mt-2 text-xs text-slate-600">{t("common:demoListing")}</p> : null}
    </article>
  );
}
