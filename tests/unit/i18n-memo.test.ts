import { createInstance, type i18n as I18n } from "i18next";
import { describe, expect, it } from "vitest";
import { i18nConfig, type Locale } from "~/i18n";
import { resources } from "~/locales";
import { i18nFor } from "~/lib/i18n.server";

/** Every leaf key of a namespace, plural forms folded into their base key. */
function keysOf(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, "")}`]
      : keysOf(value as object, `${prefix}${key}.`),
  );
}

async function plainInstance(locale: Locale): Promise<I18n> {
  const instance = createInstance();
  await instance.init({ ...i18nConfig, lng: locale });
  return instance;
}

describe("the server's remembered translations", () => {
  for (const locale of ["fr", "en"] as const) {
    it(`give what i18next gives for every key in ${locale}, first and second time, with and without values`, async () => {
      const served = await i18nFor(locale);
      const plain = await plainInstance(locale);
      const keys = Object.entries(resources[locale]).flatMap(([ns, tree]) =>
        [...new Set(keysOf(tree))].map((key) => `${ns}:${key}`),
      );
      expect(keys.length).toBeGreaterThan(500);
      const optionSets = [undefined, { count: 0 }, { count: 1 }, { count: 7, q: "traiteur" }, { name: "Ana" }];
      for (const key of keys) {
        for (const options of optionSets) {
          const expected = plain.t(key, options as never);
          expect(served.t(key, options as never), key).toBe(expected);
          expect(served.t(key, options as never), key).toBe(expected);
        }
      }
    });
  }

  it("keeps answers apart by options, namespace and fixed translator", async () => {
    const served = await i18nFor("fr");
    expect(served.t("search:results", { count: 1 })).toBe("1 entreprise trouvée");
    expect(served.t("search:results", { count: 3 })).toBe("3 entreprises trouvées");
    expect(served.t("search:resultsFor", { q: "a" })).not.toBe(served.t("search:resultsFor", { q: "b" }));
    const search = served.getFixedT("fr", "search");
    const directory = served.getFixedT("fr", "directory");
    expect(search("title")).toBe(served.t("search:title"));
    expect(directory("home.title")).toBe("Trouvez une entreprise d'économie sociale");
    // The same key in another namespace is another answer.
    expect((search as (key: string) => string)("home.title")).not.toBe(directory("home.title"));
  });

  it("does not remember calls whose values are objects (their text may change)", async () => {
    const served = await i18nFor("en");
    let current = "first";
    // JSON sees {} both times: only a translation done afresh notices the change.
    const q = { toString: () => current };
    expect(served.t("search:resultsFor", { q } as never)).toContain("first");
    current = "second";
    expect(served.t("search:resultsFor", { q } as never)).toContain("second");
  });
});
