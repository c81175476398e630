import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { localized, useLocale } from "~/lib/locale";
import type { EnterpriseCard as Card } from "~/models/enterprise-cards.server";
import type { SnippetPart } from "~/search/types";

export type CardItem = { card: Card; regionName: string; snippet?: SnippetPart[]; distanceKm?: number };

/** The words of one card, translated by the list (see `EnterpriseCardList`). */
type CardText = {
  located: string;
  status: string;
  distance?: string;
  servesProvince?: string;
  demo?: string;
  categories: { code: string; name: string }[];
};

/**
 * Enterprise cards as a list. The list translates (one translator, and one translation per
 * legal status rather than per card): result pages show 20 cards, and per-card translation
 * hooks were a large part of rendering them.
 */
export function EnterpriseCardList({
  items,
  from,
  className,
}: {
  items: CardItem[];
  from?: string;
  className?: string;
}) {
  const { t } = useTranslation(["directory", "common", "search"]);
  const locale = useLocale();
  const statuses = new Map<string, string>();
  const statusOf = (card: Card) => {
    const key = card.coopCategory ? `coopCategory.${card.coopCategory}` : `legalStatus.${card.legalStatus}`;
    let label = statuses.get(key);
    if (label === undefined) statuses.set(key, (label = t(key as "legalStatus.obnl")));
    return label;
  };
  const servesProvince = t("card.servesProvince");
  const demo = t("common:demoListing");
  return (
    <ul className={className}>
      {items.map(({ card, regionName, snippet, distanceKm }) => (
        <li key={card.id}>
          <EnterpriseCard
            card={card}
            snippet={snippet}
            href={from ? `/entreprises/${card.slug}?from=${encodeURIComponent(from)}` : `/entreprises/${card.slug}`}
            text={{
              located: t("card.located", { municipality: card.municipalityName, region: regionName }),
              status: statusOf(card),
              distance: distanceKm === undefined ? undefined : t("search:near.distance", { km: distanceKm }),
              servesProvince: card.serviceAreaScope === "province" ? servesProvince : undefined,
              demo: card.isDemo ? demo : undefined,
              categories: card.categories.map((c) => ({ code: c.code, name: localized(locale, c.nameFr, c.nameEn) })),
            }}
          />
        </li>
      ))}
    </ul>
  );
}

function EnterpriseCard({
  card,
  snippet,
  href,
  text,
}: {
  card: Card;
  snippet?: SnippetPart[];
  href: string;
  text: CardText;
}) {
  return (
    <article className="rounded-lg border border-slate-200 p-4 hover:border-brand-600">
      <h3 className="text-lg font-semibold">
        <Link to={href} className="text-brand-800 underline decoration-brand-100 hover:decoration-brand-700">
          {card.publicName}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {text.located} · {text.status}
        {text.distance ? ` · ${text.distance}` : null}
      </p>
      {text.servesProvince ? <p className="mt-1 text-sm text-slate-700">{text.servesProvince}</p> : null}
      {text.categories.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {text.categories.map((c) => (
            <li key={c.code} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs text-brand-900">
              {c.name}
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
      {text.demo ? <p className="mt-2 text-xs text-slate-600">{text.demo}</p> : null}
    </article>
  );
}
