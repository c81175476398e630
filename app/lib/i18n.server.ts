import { createCookie } from "@remix-run/node";
import { createInstance, type i18n as I18n } from "i18next";
import { LRUCache } from "lru-cache";
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
      .then(() => memoizeTranslations(created));
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

type Primitive = string | number | boolean | null | undefined;
const isPrimitive = (v: unknown): v is Primitive => v === null || (typeof v !== "object" && typeof v !== "function");

/**
 * A server instance's resources never change, so a translation is a pure function of its key
 * and options: remember the answers (i18next resolves namespaces, plurals and interpolation
 * anew on every call, about 7 µs each, and a result page makes some 60 calls). Calls whose
 * options hold anything but plain values (React elements, functions) are not remembered.
 */
function memoizeTranslations(instance: I18n): I18n {
  // i18next's typed overloads do not describe a pass-through: call it as a plain function.
  const translate = instance.t as unknown as (...args: unknown[]) => unknown;
  const remembered = new LRUCache<string, string>({ max: 20_000 });
  const keyOf = (key: unknown, options: unknown): string | undefined => {
    if (typeof key !== "string" && !(Array.isArray(key) && key.every((k) => typeof k === "string"))) return undefined;
    if (options === undefined) return JSON.stringify([key]);
    if (typeof options !== "object" || options === null) return undefined;
    for (const value of Object.values(options)) {
      if (!isPrimitive(value) && !(Array.isArray(value) && value.every(isPrimitive))) return undefined;
    }
    return JSON.stringify([key, options]);
  };
  const t = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    const cacheKey = rest.length === 0 ? keyOf(key, options) : undefined;
    if (cacheKey === undefined) return translate(key, options, ...rest);
    let value = remembered.get(cacheKey);
    if (value === undefined) {
      const translated = translate(key, options);
      if (typeof translated !== "string") return translated;
      remembered.set(cacheKey, (value = translated));
    }
    return value;
  };
  instance.t = t as unknown as I18n["t"];
  return instance;
}
