import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { loadReferenceData } from "#db/reference/load";
import { findMunicipalitiesByFsa, findRegionsByFsa, listMrcsOfRegion } from "~/models/geography.server";
import { createTestDb } from "../helpers/db";

let handle: ReturnType<typeof createTestDb>;
let db: Db;
beforeAll(() => {
  handle = createTestDb();
  db = handle.db;
});
afterAll(() => handle.cleanup());

const one = <T>(query: ReturnType<typeof sql>) => db.get<T>(query);

describe("reference data load", () => {
  it("loads the 17 administrative regions with codes 01–17", () => {
    const rows = db.all<{ code: string; name_fr: string }>(sql`select code, name_fr from regions order by code`);
    expect(rows.map((r) => r.code)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, "0")));
    expect(rows.find((r) => r.code === "02")?.name_fr).toBe("Saguenay–Lac-Saint-Jean");
  });

  it("loads all 1,285 municipalities, each in a known region", () => {
    expect(one<{ n: number }>(sql`select count(*) n from municipalities`)?.n).toBe(1285);
    expect(
      one<{ n: number }>(
        sql`select count(*) n from municipalities m left join regions r on r.code = m.region_code where r.code is null`,
      )?.n,
    ).toBe(0);
  });

  it("keeps leading zeros and links municipalities to their MRC", () => {
    const muni = one<{ code: string; mrc_code: string; region_code: string }>(
      sql`select code, mrc_code, region_code from municipalities where name = 'Percé'`,
    );
    expect(muni).toEqual({ code: "02005", mrc_code: "020", region_code: "11" });
    // Cities outside any MRC are grouped by census division.
    expect(one<{ mrc_code: string }>(sql`select mrc_code from municipalities where name = 'Laval'`)?.mrc_code).toBe(
      "CD-65",
    );
  });

  it("lists the MRCs of a region with their territories outside an MRC", () => {
    const names = listMrcsOfRegion(db, "04").map((m) => m.name);
    expect(names).toContain("Mékinac");
    expect(names).toContain("Shawinigan");
  });

  it("finds municipalities and regions from a postal code's FSA", () => {
    const munis = findMunicipalitiesByFsa(db, "g9a 5h7");
    expect(munis.map((m) => m.name)).toContain("Trois-Rivières");
    expect(findRegionsByFsa(db, "G9A")).toEqual(["04"]);
    expect(findRegionsByFsa(db, "H2X 1Y4")).toEqual(["06"]);
    expect(findMunicipalitiesByFsa(db, "Z9Z")).toEqual([]);
  });

  it("loads the category taxonomy and the crosswalk codes", () => {
    const groups = one<{ n: number }>(sql`select count(*) n from category_groups`)!.n;
    const categories = one<{ n: number }>(sql`select count(*) n from categories`)!.n;
    expect(groups).toBeGreaterThanOrEqual(12);
    expect(categories).toBeGreaterThanOrEqual(80);
    const row = one<{ naics: string }>(sql`select naics from categories limit 1`);
    expect(JSON.parse(row!.naics)).toBeInstanceOf(Array);
  });

  it("is idempotent: loading twice changes no count", () => {
    const before = one<{ n: number }>(
      sql`select (select count(*) from municipalities) + (select count(*) from fsa_municipalities) n`,
    )!.n;
    loadReferenceData(db);
    const after = one<{ n: number }>(
      sql`select (select count(*) from municipalities) + (select count(*) from fsa_municipalities) n`,
    )!.n;
    expect(after).toBe(before);
  });
});
