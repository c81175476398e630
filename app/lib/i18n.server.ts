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

export async function createI18n(locale: Locale): Promise<I18n> {
  const instance = createInstance();
  await instance.use(initReactI18next).init({ ...i18nConfig, lng: locale });
  return instance;
}

/** A translator for loaders and actions (page titles, error messages). */
export async function getFixedT(request: Request) {
  const locale = await getLocale(request);
  const i18n = await createI18n(locale);
  return { t: i18n.t, locale };
}
