import { useTranslation } from "react-i18next";
import type { CardView } from "~/lib/card-views";
import { useLinkDelegation } from "~/lib/link-delegation";

/**
 * Enterprise cards as a list. Their words come translated from the loader (`toCardViews`);
 * the list adds the two labels every card may share. Card titles are plain anchors and the
 * list navigates for them (`useLinkDelegation`): a page renders 20 of them.
 */
export function EnterpriseCardList({
  cards,
  from,
  className,
}: {
  cards: CardView[];
  from?: string;
  className?: string;
}) {
  const { t } = useTranslation(["directory", "common"]);
  const servesProvince = t("card.servesProvince");
  const demo = t("common:demoListing");
  const fromParam = from ? `?from=${encodeURIComponent(from)}` : "";
  const navigateWithin = useLinkDelegation();
  return (
    // The clicks handled are those of the anchors inside, which keyboards reach and activate.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <ul className={className} onClick={navigateWithin}>
      {cards.map((card) => (
        <li key={card.id}>
          <article className="rounded-lg border border-slate-200 p-4 hover:border-brand-600">
            <h3 className="text-lg font-semibold">
              <a
                href={`/entreprises/${card.slug}${fromParam}`}
                className="text-brand-800 underline decoration-brand-100 hover:decoration-brand-700"
              >
                {card.name}
              </a>
            </h3>
            <p className="mt-1 text-sm text-slate-700">
              {`${card.place} · ${card.status}${card.distance ? ` · ${card.distance}` : ""}`}
            </p>
            {card.servesProvince ? <p className="mt-1 text-sm text-slate-700">{servesProvince}</p> : null}
            {card.categories.length > 0 ? (
              <ul className="mt-2 flex flex-wrap gap-1.5 *:rounded-full *:bg-brand-50 *:px-2.5 *:py-0.5 *:text-xs *:text-brand-900">
                {card.categories.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            ) : null}
            {card.snippet ? (
              <p className="mt-2 text-sm text-slate-700">
                {card.snippet.map((run, i) =>
                  i % 2 === 1 ? (
                    <mark key={i} className="bg-amber-100 text-slate-900">
                      {run}
                    </mark>
                  ) : (
                    run
                  ),
                )}
              </p>
            ) : null}
            {card.demo ? <p className="mt-2 text-xs text-slate-600">{demo}</p> : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
