import { createCookie } from "@remix-run/node";
import { createInstance, type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { RemixI18Next } from "remix-i18next/server";
import { defaultLocale, i18nConfig, isLocale, supportedLngs, type Locale } from "~/i18n";

export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

const remixI18n = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLngs],
    fallbackLanguage: defaultLocale,
    cookie: localeCookie,
    // ?lng=en lets a link or a bookmark choose the language without a cookie.
    searchParamKey: "lng",
    order: ["searchParams", "cookie", "header"],
  },
  i18next: i18nConfig,
});

export async function getLocale(request: Request): Promise<Locale> {
  const lng = await remixI18n.getLocale(request);
  return isLocale(lng) ? lng : defaultLocale;
}

const instances = new Map<Locale, Promise<I18n>>();

/**
 * The server's i18next instance for a locale. One per locale, shared by every request:
 * nothing on the server changes an instance's language, and building one (plural rules,
 * number formats, resource store) on every request cost more than many whole translations.
 */
export function i18nFor(locale: Locale): Promise<I18n> {
  let instance = instances.get(locale);
  if (!instance) {
    const created = createInstance();
    instance = created
      .use(initReactI18next)
      .init({ ...i18nConfig, lng: locale })
      .then(() => created);
    instances.set(locale, instance);
  }
  return instance;
}

/** A translator for loaders and actions (page titles, error messages). */
export async function getFixedT(request: Request) {
  const locale = await getLocale(request);
  const i18n = await i18nFor(locale);
  return { t: i18n.t, locale };
}
