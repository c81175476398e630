// Picks the reader's language out of the module's bilingual texts, and formats amounts and
// dates the same way the module writes them in its sentences.
import type { Localized } from "~/domain/contracting";
import { inForce, longDate, money, percent } from "~/domain/contracting/text";
import type { Locale } from "~/i18n";
import { useLocale } from "~/lib/locale";

export type Pick = (text: Localized) => string;

export function pickFor(locale: Locale): Pick {
  return (text) => text[locale];
}

/** `pick(text)` returns the French or the English half of a module text. */
export function usePick(): Pick {
  return pickFor(useLocale());
}

export const formatMoney = (locale: Locale, amount: number) => money(amount)[locale];
export const formatLongDate = (locale: Locale, iso: string) => longDate(iso)[locale];
export const formatInForce = (locale: Locale, from: string, to: string | null) => inForce(from, to)[locale];
export const formatPercent = (locale: Locale, rate: number) => percent(rate)[locale];
