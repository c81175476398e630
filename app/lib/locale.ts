import { useRouteLoaderData } from "@remix-run/react";
import { defaultLocale, type Locale } from "~/i18n";

/** The current locale, from the root loader (also available in error boundaries). */
export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return data?.locale ?? defaultLocale;
}

/** Picks the French or English variant of a bilingual database field, falling back to French. */
export function localized(locale: Locale, fr: string, en: string | null | undefined): string {
  return locale === "en" && en ? en : fr;
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA").format(value);
}
