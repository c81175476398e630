import { resources } from "./locales";

export const supportedLngs = ["fr", "en"] as const;
export type Locale = (typeof supportedLngs)[number];
export const defaultLocale: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return value === "fr" || value === "en";
}

// Shared by the server and the browser; both locales are bundled (they are small),
// so the first render and hydration never wait on a translation request.
export const i18nConfig = {
  supportedLngs: [...supportedLngs],
  fallbackLng: defaultLocale,
  defaultNS: "common",
  ns: [
    "common",
    "directory",
    "about",
    "search",
    "procedure",
    "account",
    "register",
    "curation",
    "admin",
    "emails",
    "forms",
    "needs",
    "opportunities",
    "notifications",
    "alerts",
  ],
  resources,
  interpolation: { escapeValue: false },
};
