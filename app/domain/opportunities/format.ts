import type { Locale } from "~/i18n";

const dateFormats = {
  fr: new Intl.DateTimeFormat("fr-CA", { dateStyle: "long", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-CA", { dateStyle: "long", timeZone: "UTC" }),
};

/** A calendar date stored as YYYY-MM-DD, printed the same on the server and in the browser. */
export function formatIsoDate(locale: Locale, iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormats[locale].format(date);
}

const moneyFormats = {
  fr: new Intl.NumberFormat("fr-CA", { style: "currency", currency: "CAD", maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-CA", { style: "currency", currency: "CAD", maximumFractionDigits: 0 }),
};

export function formatCad(locale: Locale, amount: number): string {
  return moneyFormats[locale].format(amount);
}
