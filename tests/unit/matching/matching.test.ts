import { describe, expect, it } from "vitest";
import {
  rankCandidates,
  scoreCandidate,
  simplerRouteStatuses,
  suggestCategories,
  WEIGHTS,
  type MatchCandidate,
  type MatchNeed,
} from "~/domain/matching";

const TROIS_RIVIERES = { lat: 46.35, lon: -72.55 };
const SHAWINIGAN = { lat: 46.5667, lon: -72.75 };
const GASPE = { lat: 48.83, lon: -64.48 };

const need = (over: Partial<MatchNeed> = {}): MatchNeed => ({
  buyer: "municipality",
  contractNature: "services",
  amountCad: 40_000,
  date: "2026-06-01",
  categories: ["traiteur-evenementiel"],
  groups: ["alimentation"],
  deliveryRegions: ["04"],
  deliveryPoint: TROIS_RIVIERES,
  words: ["buffet", "reception"],
  ...over,
});

const candidate = (over: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id: 1,
  name: "Coop Alpha",
  servesProvince: false,
  servesRegions: ["04"],
  regionCode: "04",
  lat: SHAWINIGAN.lat,
  lon: SHAWINIGAN.lon,
  categories: ["traiteur-evenementiel"],
  groups: ["alimentation"],
  offeringWords: new Set(["buffet", "froid", "cocktail"]),
  workforceBand: "10_49",
  verified: true,
  supplierStatus: "cooperative",
  ...over,
});

const none = new Set<MatchCandidate["supplierStatus"]>();
const codes = (m: ReturnType<typeof scoreCandidate>) => m?.reasons.map((r) => r.code);

describe("matching reasons", () => {
  it("gives each reason with its points: serves the region, located there, nearby, exact category, words, size, verified", () => {
    const m = scoreCandidate(need(), candidate(), none)!;
    expect(codes(m)).toEqual([
      "serves_region",
      "located_in_region",
      "nearby",
      "exact_category",
      "offering_words",
      "size_fits",
      "verified",
    ]);
    expect(m.score).toBe(m.reasons.reduce((s, r) => s + r.points, 0));
    expect(m.distanceKm).toBeGreaterThan(20);
    expect(m.distanceKm).toBeLessThan(35);
  });

  it("counts a province-wide service area, but less than serving the region by name", () => {
    const regional = scoreCandidate(need(), candidate({ regionCode: "06", lat: null, lon: null }), none)!;
    const province = scoreCandidate(
      need(),
      candidate({ servesRegions: [], servesProvince: true, regionCode: "06", lat: null, lon: null }),
      none,
    )!;
    expect(codes(province)).toContain("serves_province");
    expect(regional.score - province.score).toBe(WEIGHTS.servesRegion - WEIGHTS.servesProvince);
  });

  it("excludes an enterprise that serves nowhere near the delivery area", () => {
    expect(
      scoreCandidate(
        need(),
        candidate({ servesRegions: ["11"], regionCode: "11", lat: GASPE.lat, lon: GASPE.lon }),
        none,
      ),
    ).toBeNull();
  });

  it("keeps a nearby enterprise of another region, with fewer points the farther it is", () => {
    const near = scoreCandidate(
      need(),
      candidate({ servesRegions: ["17"], regionCode: "17", lat: 46.4, lon: -72.5 }),
      none,
    )!;
    const farther = scoreCandidate(
      need(),
      candidate({ servesRegions: ["17"], regionCode: "17", lat: 46.2, lon: -72.0 }),
      none,
    )!;
    expect(codes(near)).toContain("nearby");
    const points = (m: typeof near) => m.reasons.find((r) => r.code === "nearby")!.points;
    expect(points(near)).toBeGreaterThan(points(farther));
  });

  it("falls back to the same category group, and excludes an enterprise that sells nothing related", () => {
    const group = scoreCandidate(
      need(),
      candidate({ categories: ["boites-a-lunch"], offeringWords: new Set() }),
      none,
    )!;
    expect(codes(group)).toContain("same_group");
    expect(codes(group)).not.toContain("exact_category");
    expect(
      scoreCandidate(
        need(),
        candidate({ categories: ["deneigement"], groups: ["espaces-verts"], offeringWords: new Set() }),
        none,
      ),
    ).toBeNull();
  });

  it("matches on offering words alone when the buyer chose no category", () => {
    const m = scoreCandidate(
      need({ categories: [], groups: [] }),
      candidate({ categories: ["autre"], groups: ["x"] }),
      none,
    )!;
    expect(codes(m)).toEqual(expect.arrayContaining(["offering_words"]));
  });

  it("says when the size does not fit the amount", () => {
    expect(
      codes(scoreCandidate(need({ amountCad: 400_000 }), candidate({ workforceBand: "1_4" }), none)),
    ).not.toContain("size_fits");
    expect(codes(scoreCandidate(need({ amountCad: 400_000 }), candidate({ workforceBand: "50_99" }), none))).toContain(
      "size_fits",
    );
  });
});

describe("simpler contracting route", () => {
  it("a municipal services contract above the public threshold is exempt with an OBNL, not with a cooperative (LCV 573.3(2.1))", () => {
    const statuses = simplerRouteStatuses({
      buyer: "municipality",
      contractNature: "services",
      amountCad: 200_000,
      date: "2026-06-01",
    });
    expect(statuses.has("obnl")).toBe(true);
    expect(statuses.has("cooperative")).toBe(false);
    const m = scoreCandidate(need({ amountCad: 200_000 }), candidate({ supplierStatus: "obnl" }), statuses)!;
    expect(codes(m)).toContain("simpler_route");
  });

  it("a ministry's supply contract gives no status a simpler route (LCOP s. 10 applies to all)", () => {
    expect(
      simplerRouteStatuses({ buyer: "ministry", contractNature: "supply", amountCad: 50_000, date: "2026-06-01" }).size,
    ).toBe(0);
  });
});

describe("ranking", () => {
  it("is deterministic: ties are ordered by name, then id", () => {
    const list = [
      candidate({ id: 3, name: "Zeta" }),
      candidate({ id: 2, name: "Alpha" }),
      candidate({ id: 1, name: "Alpha" }),
    ];
    expect(rankCandidates(need(), list).map((m) => m.candidateId)).toEqual([1, 2, 3]);
    expect(rankCandidates(need(), [...list].reverse()).map((m) => m.candidateId)).toEqual([1, 2, 3]);
  });

  it("puts the regional exact match before the province-wide group match and leaves out the far one", () => {
    const ranked = rankCandidates(need(), [
      candidate({
        id: 1,
        name: "Province",
        servesProvince: true,
        servesRegions: [],
        regionCode: "06",
        lat: null,
        lon: null,
        categories: ["boites-a-lunch"],
      }),
      candidate({ id: 2, name: "Regional" }),
      candidate({ id: 3, name: "Far", servesRegions: ["11"], regionCode: "11", lat: GASPE.lat, lon: GASPE.lon }),
    ]);
    expect(ranked.map((m) => m.candidateId)).toEqual([2, 1]);
  });
});

describe("category suggestions", () => {
  it("suggests categories from the need's words, best first", () => {
    expect(suggestCategories("Traiteur pour un buffet lors de notre assemblée annuelle")[0]?.code).toBe(
      "traiteur-evenementiel",
    );
    expect(suggestCategories("Déneigement des stationnements de l'hôtel de ville").map((s) => s.code)).toContain(
      "deneigement",
    );
    expect(suggestCategories("")).toEqual([]);
  });
});

describe("match index", () => {
  it("ranks exactly as scoring every candidate does", async () => {
    const { MatchIndex } = await import("~/domain/matching");
    const regions = ["01", "03", "04", "06", "11", "17"];
    const list: MatchCandidate[] = Array.from({ length: 300 }, (_, i) =>
      candidate({
        id: i + 1,
        name: `Entreprise ${String(i).padStart(3, "0")}`,
        servesProvince: i % 9 === 0,
        servesRegions: i % 9 === 0 ? [] : [regions[i % regions.length]!],
        regionCode: regions[(i * 5) % regions.length]!,
        lat: 45 + (i % 40) / 10,
        lon: -75 + (i % 70) / 10,
        // Three kinds of sellers: caterers, lunch boxes (same group), cleaners (another group).
        categories: [["traiteur-evenementiel"], ["boites-a-lunch"], ["entretien-menager-commercial"]][i % 3]!,
        groups: [["alimentation"], ["alimentation"], ["entretien"]][i % 3]!,
        offeringWords: new Set([["buffet", "froid"], ["lunch", "reception"], ["menage", "bureaux"], []][i % 4]!),
        verified: i % 4 === 0,
      }),
    );
    const index = new MatchIndex(list);
    const needs = [
      need(),
      need({ deliveryPoint: undefined }),
      need({ deliveryRegions: [], deliveryPoint: undefined }),
      need({ deliveryRegions: ["11"], deliveryPoint: GASPE }),
      // No category: only the offering words can make a match.
      need({ categories: [], groups: [], words: ["menage", "bureaux", "hebdomadaire"] }),
      need({ categories: [], groups: ["entretien"], words: [], deliveryPoint: undefined }),
      need({ categories: ["entretien-menager-commercial"], groups: ["entretien"], words: ["buffet"] }),
      need({ categories: [], groups: [], words: [] }),
    ];
    for (const n of needs) {
      const expected = rankCandidates(n, list, 40);
      expect(index.rank(n, 40)).toEqual(expected);
    }
    // The mix exercises every path: some needs find many matches, the word-less one none.
    expect(needs.map((n) => index.rank(n, 400).length).filter((x) => x > 0).length).toBe(needs.length - 1);
  });
});

describe("match index updates", () => {
  it("ranks after an update exactly as an index built from the new listings", async () => {
    const { MatchIndex } = await import("~/domain/matching");
    const regions = ["01", "04", "06"];
    const make = (i: number, over: Partial<MatchCandidate> = {}) =>
      candidate({
        id: i + 1,
        name: `Entreprise ${String(i).padStart(3, "0")}`,
        servesRegions: [regions[i % 3]!],
        regionCode: regions[(i + 1) % 3]!,
        lat: 45 + (i % 30) / 10,
        lon: -74 + (i % 50) / 10,
        categories: i % 2 ? ["traiteur-evenementiel"] : ["entretien-menager-commercial"],
        groups: i % 2 ? ["alimentation"] : ["entretien"],
        offeringWords: new Set(i % 5 ? ["buffet"] : ["menage"]),
        verified: i % 4 === 0,
        ...over,
      });
    const before = Array.from({ length: 120 }, (_, i) => make(i));
    const index = new MatchIndex(before);

    // 7 becomes a cleaner in region 04, 8 is archived, 200 is newly published, 9 changes nothing.
    const changed = [
      make(6, { categories: ["entretien-menager-commercial"], groups: ["entretien"], servesRegions: ["04"] }),
      make(8),
      make(199),
    ];
    index.update([7, 8, 9, 200], changed);
    const after = [...before.filter((c) => ![7, 8, 9].includes(c.id)), ...changed];
    const fresh = new MatchIndex(after);

    expect(index.size).toBe(after.length);
    expect(index.retired).toBe(3);
    for (const n of [
      need(),
      need({ categories: ["entretien-menager-commercial"], groups: ["entretien"], words: ["menage"] }),
      need({ deliveryRegions: [], deliveryPoint: undefined }),
    ]) {
      const ranked = index.rank(n, 200);
      expect(ranked).toEqual(fresh.rank(n, 200));
      expect(ranked.map((m) => m.candidateId)).not.toContain(8);
    }
    expect(
      index
        .rank(need({ categories: ["entretien-menager-commercial"], groups: ["entretien"] }), 200)
        .map((m) => m.candidateId),
    ).toContain(7);
  });
});
