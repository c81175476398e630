import { describe, expect, it } from "vitest";
import { effectiveSubscription, matchesSubscription, PreferencesSchema } from "~/domain/notifications/subscriptions";

describe("category and region subscriptions", () => {
  const caterer = { categories: ["traiteur-evenementiel", "boites-a-lunch"], regions: ["04", "17"] };

  it("a need matches when it shares a category AND a region", () => {
    expect(matchesSubscription({ categories: ["traiteur-evenementiel"], regions: ["04"] }, caterer)).toBe(true);
    expect(matchesSubscription({ categories: ["traiteur-evenementiel"], regions: ["06"] }, caterer)).toBe(false);
    expect(matchesSubscription({ categories: ["imprimerie"], regions: ["04"] }, caterer)).toBe(false);
    expect(matchesSubscription({ categories: [], regions: ["04"] }, caterer)).toBe(false);
    expect(
      matchesSubscription({ categories: ["traiteur-evenementiel"], regions: ["04"] }, { categories: [], regions: [] }),
    ).toBe(false);
  });

  it("empty stored lists mean the listings' categories and regions", () => {
    const listings = { categories: ["imprimerie"], regions: ["03"] };
    expect(effectiveSubscription({ categories: [], regions: [] }, listings)).toEqual({ ...listings, isDefault: true });
    expect(effectiveSubscription(caterer, listings)).toEqual({ ...caterer, isDefault: false });
  });
});

describe("the preferences form", () => {
  const parse = (input: Record<string, unknown>) => PreferencesSchema.safeParse(input);
  const messages = (input: Record<string, unknown>) => {
    const r = parse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
  };

  it("takes a frequency; lists arrive as one value or several, deduplicated", () => {
    expect(parse({ emailFrequency: "weekly" }).data).toEqual({ emailFrequency: "weekly", categories: [], regions: [] });
    expect(
      parse({
        emailFrequency: "daily",
        subscriptionMode: "custom",
        categories: ["traiteur-evenementiel", "traiteur-evenementiel"],
        regions: "04",
      }).data,
    ).toEqual({
      emailFrequency: "daily",
      subscriptionMode: "custom",
      categories: ["traiteur-evenementiel"],
      regions: ["04"],
    });
  });

  it("refuses unknown frequencies, codes and regions, and an empty custom choice", () => {
    expect(messages({ emailFrequency: "hourly" })).toEqual(["emailFrequency:prefs.frequencyRequired"]);
    expect(messages({ emailFrequency: "daily", categories: "nope" })).toEqual(["categories.0:unknownCode"]);
    expect(messages({ emailFrequency: "daily", regions: ["18"] })).toEqual(["regions.0:unknownCode"]);
    expect(messages({ emailFrequency: "daily", subscriptionMode: "custom" })).toEqual([
      "categories:prefs.chooseCategory",
      "regions:prefs.chooseRegion",
    ]);
  });
});
