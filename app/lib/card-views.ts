import type { i18n } from "i18next";
import type { Locale } from "~/i18n";
import type { EnterpriseCard } from "~/models/enterprise-cards.server";
import type { SnippetPart } from "~/search/types";
import { localized } from "./locale";

/**
 * A card as the browser receives it: words already in the page's language. Loaders build
 * these so a result page sends and hydrates only what it shows (20 cards per page, each
 * otherwise carrying both languages' category names and the raw codes behind its labels).
 */
export type CardView = {
  id: number;
  slug: string;
  name: string;
  /** "Municipality, Region" */
  place: string;
  status: string;
  /** Top categories' names. */
  categories: string[];
  /** Excerpt of the matching offer as runs of text, alternately plain and highlighted, plain first. */
  snippet?: string[];
  distance?: string;
  servesProvince?: true;
  demo?: true;
};

export type CardSource = EnterpriseCard & { snippet?: SnippetPart[]; distanceKm?: number };

export function toCardViews(cards: readonly CardSource[], { t, locale }: { t: i18n["t"]; locale: Locale }): CardView[] {
  // A page holds a handful of legal statuses: translate each once.
  const statuses = new Map<string, string>();
  const statusOf = (card: EnterpriseCard) => {
    const key = card.coopCategory
      ? (`directory:coopCategory.${card.coopCategory}` as const)
      : (`directory:legalStatus.${card.legalStatus}` as const);
    let label = statuses.get(key);
    if (label === undefined) statuses.set(key, (label = t(key)));
    return label;
  };
  return cards.map((card) => ({
    id: card.id,
    slug: card.slug,
    name: card.publicName,
    // The same in both languages: no translation call per card.
    place: `${card.municipalityName}, ${localized(locale, card.regionNameFr, card.regionNameEn)}`,
    status: statusOf(card),
    categories: card.categories.map((c) => localized(locale, c.nameFr, c.nameEn)),
    ...(card.snippet?.length ? { snippet: snippetRuns(card.snippet) } : {}),
    ...(card.distanceKm === undefined ? {} : { distance: t("search:near.distance", { km: card.distanceKm }) }),
    ...(card.serviceAreaScope === "province" ? { servesProvince: true as const } : {}),
    ...(card.isDemo ? { demo: true as const } : {}),
  }));
}

/** Snippet parts as alternating runs (plain, highlighted, plain, …), neighbours of one kind joined. */
export function snippetRuns(parts: readonly SnippetPart[]): string[] {
  const runs: string[] = [""];
  for (const part of parts) {
    const highlighted = runs.length % 2 === 0;
    if (part.match === highlighted) runs[runs.length - 1] += part.text;
    else runs.push(part.text);
  }
  return runs;
}
