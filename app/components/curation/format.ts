import type { Locale } from "~/i18n";

const intlLocale = (locale: Locale) => (locale === "fr" ? "fr-CA" : "en-CA");

/** "12 mars 2026" — Quebec time, so a late-evening action keeps its local date. */
export function formatDate(locale: Locale, value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "America/Toronto" }).format(
    new Date(value),
  );
}

/** "12 mars 2026, 14 h 05" for the audit trail. */
export function formatDateTime(locale: Locale, value: string | number | Date): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "America/Toronto",
  }).format(new Date(value));
}

export function formatMoney(locale: Locale, value: number): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "CAD",
    maximumFractionDigits: 0,
  }).format(value);
}

/** Whole days between an instant and now. */
export function daysSince(value: number | string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(value).getTime()) / 86_400_000));
}
