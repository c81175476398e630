import { describe, expect, it } from "vitest";
import { buildFilter, buildSort, geoRadius, quoteFilterValue, WHOLE_EARTH_METRES } from "~/search/meilisearch/filters";
import type { Facet } from "~/search/types";

describe("buildFilter", () => {
  it("returns undefined when nothing restricts the search", () => {
    expect(buildFilter({})).toBeUndefined();
    expect(buildFilter({ region: [], label: [] })).toBeUndefined();
  });

  it("ORs values within a facet and ANDs facets", () => {
    expect(buildFilter({ region: ["04", "05"], status: ["cooperative"] })).toEqual([
      ['region = "04"', 'region = "05"'],
      'status = "cooperative"',
    ]);
  });

  it("writes facets in a fixed order whatever the order of the keys", () => {
    expect(buildFilter({ workforce: ["1_4"], serves: ["03"] })).toEqual(['serves = "03"', 'workforce = "1_4"']);
  });

  it("drops duplicate values", () => {
    expect(buildFilter({ label: ["b-corp", "b-corp"] })).toEqual(['label = "b-corp"']);
  });

  it("leaves out the excluded facet (for its disjunctive counts)", () => {
    const filters = { region: ["04", "05"], status: ["cooperative"] };
    expect(buildFilter(filters, undefined, "region")).toEqual(['status = "cooperative"']);
    expect(buildFilter({ region: ["04"] }, undefined, "region")).toBeUndefined();
  });

  it("ignores keys that are not facets, so no other attribute can be filtered on", () => {
    const filters = { region: ["04"], "_geo = 1 OR id": ["x"] } as unknown as Partial<Record<Facet, string[]>>;
    expect(buildFilter(filters)).toEqual(['region = "04"']);
  });

  it("adds a geo radius in metres", () => {
    expect(buildFilter({}, { lat: 46.35, lon: -72.55, radiusKm: 25 })).toEqual(["_geoRadius(46.35, -72.55, 25000)"]);
    expect(buildFilter({ region: ["04"] }, { lat: 46.35, lon: -72.55, radiusKm: 0.5 }, "region")).toEqual([
      "_geoRadius(46.35, -72.55, 500)",
    ]);
  });

  it("keeps only geolocated listings for a point without radius", () => {
    expect(buildFilter({}, { lat: 45.5, lon: -73.57 })).toEqual([`_geoRadius(45.5, -73.57, ${WHOLE_EARTH_METRES})`]);
    // Farther than any two points on Earth.
    expect(WHOLE_EARTH_METRES).toBeGreaterThan(Math.PI * 6_371_000);
  });

  it("refuses coordinates that are not finite numbers", () => {
    expect(() => buildFilter({}, { lat: Number.NaN, lon: -72.55, radiusKm: 10 })).toThrow(RangeError);
    expect(() => geoRadius(46, Number.POSITIVE_INFINITY, 10)).toThrow(RangeError);
  });
});

describe("quoteFilterValue", () => {
  it("double-quotes a plain value", () => {
    expect(quoteFilterValue("Saint-Jean-sur-Richelieu")).toBe('"Saint-Jean-sur-Richelieu"');
    expect(quoteFilterValue("L'Isle-aux-Coudres")).toBe(`"L'Isle-aux-Coudres"`);
  });

  it("escapes quotes so a value cannot close the string and add a clause", () => {
    const hostile = 'x" OR region = "01';
    const quoted = quoteFilterValue(hostile);
    expect(quoted).toBe('"x\\" OR region = \\"01"');
    expect(unquote(quoted)).toBe(hostile);
  });

  it("escapes backslashes, including one just before a quote", () => {
    expect(quoteFilterValue("a\\b")).toBe('"a\\\\b"');
    const hostile = 'trail\\" OR 1 = 1 OR x = "';
    expect(unquote(quoteFilterValue(hostile))).toBe(hostile);
    expect(unquote(quoteFilterValue("ends with \\"))).toBe("ends with \\");
  });

  it("is used for every facet value", () => {
    expect(buildFilter({ municipality: ['a"b'] })).toEqual(['municipality = "a\\"b"']);
  });
});

/**
 * Reads a quoted literal the way Meilisearch's filter parser does (`\x` → `x`) and checks it
 * spans the whole string: the closing quote must be the last character.
 */
function unquote(literal: string): string {
  expect(literal.startsWith('"')).toBe(true);
  let out = "";
  for (let i = 1; i < literal.length; i++) {
    const c = literal[i]!;
    if (c === "\\") {
      out += literal[++i] ?? "";
    } else if (c === '"') {
      expect(i, `string closes early in ${literal}`).toBe(literal.length - 1);
      return out;
    } else {
      out += c;
    }
  }
  throw new Error(`unterminated literal ${literal}`);
}

describe("buildSort", () => {
  const near = { lat: 45.5, lon: -73.57 };

  it("sends no sort for relevance", () => {
    expect(buildSort({ sort: "relevance" })).toBeUndefined();
    expect(buildSort({ sort: "relevance", near })).toBeUndefined();
  });

  it("sorts by the folded name", () => {
    expect(buildSort({ sort: "name" })).toEqual(["sortName:asc"]);
  });

  it("sorts by distance from the point, nearest first", () => {
    expect(buildSort({ sort: "distance", near })).toEqual(["_geoPoint(45.5, -73.57):asc"]);
  });

  it("falls back to relevance for distance without a point", () => {
    expect(buildSort({ sort: "distance" })).toBeUndefined();
  });
});
