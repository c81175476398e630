import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateContractingRoutes, ROUTE_IDS, SUPPLIER_STATUSES, todayInQuebec } from "~/domain/contracting";
import { computeMatches, getNeed } from "~/models/needs.server";
import { createTestApp } from "../helpers/app";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText } from "../helpers/forms";
import { cateringNeed, createBuyer, needForm, seedNeed } from "./needs-fixtures";

/**
 * Matching as the buyer sees it: computed at publication and after every change of a published
 * need, deterministic, explained in words; and the contracting-route table, which must say what
 * the rules module says for each supplier status.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let buyer: Awaited<ReturnType<typeof createBuyer>>;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 600 });
  useDbInApp(handle.db);
  app = await createTestApp();
  buyer = await createBuyer(handle.db, "municipality");
}, 120_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const get = (path: string) => app.fetch(path, { headers: { Cookie: buyer.cookie }, redirect: "manual" });
const post = (path: string, body: URLSearchParams) =>
  app.fetch(path, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: buyer.cookie },
    redirect: "manual",
  });

type StoredMatch = { enterpriseId: number; rank: number; score: number; reasons: string };
const storedMatches = (needId: number) =>
  handle.db.all<StoredMatch>(
    sql`select enterprise_id as enterpriseId, rank, score, reasons from need_matches where need_id = ${needId} order by rank`,
  );

describe("publication", () => {
  it("publishes a draft, ranks the matches and shows them with their reasons in words", async () => {
    const id = seedNeed(handle.db, buyer.id);
    expect(storedMatches(id)).toEqual([]);
    const draft = mainText(await (await get(`/besoins/${id}`)).text());
    expect(draft).toMatch(/Aperçu : \d+ entreprises? correspondrai/);

    const res = await post(`/besoins/${id}`, new URLSearchParams({ intent: "publish" }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/besoins/${id}?fait=publie`);
    const need = getNeed(handle.db, id)!;
    expect(need.status).toBe("published");
    const matches = storedMatches(id);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.map((m) => m.rank)).toEqual(matches.map((_, i) => i + 1));
    // Best first.
    expect([...matches].sort((a, b) => b.score - a.score).map((m) => m.score)).toEqual(matches.map((m) => m.score));

    const html = await (await get(`/besoins/${id}?fait=publie`)).text();
    const text = mainText(html);
    expect(text).toContain(`Le besoin est publié : ${matches.length} entreprise`);
    expect(text).toContain("Dessert la région Mauricie");
    expect(text).toMatch(/Catégorie exacte : Traiteur pour événements/);
    expect(text).not.toMatch(/serves_region|exact_category|located_in_region/);
    // Cards in rank order, each linking to the enterprise's profile.
    const order = [...html.matchAll(/data-enterprise="(\d+)"/g)].map((m) => Number(m[1]));
    expect(order).toEqual(matches.map((m) => m.enterpriseId));
    expect(html).toMatch(/href="\/entreprises\/[a-z0-9-]+"/);
  });

  it("refuses to publish twice (409, with a message) and keeps the first publication", async () => {
    const id = seedNeed(handle.db, buyer.id, undefined, true);
    const publishedAt = getNeed(handle.db, id)!.publishedAt;
    const res = await post(`/besoins/${id}`, new URLSearchParams({ intent: "publish" }));
    expect(res.status).toBe(409);
    expect(mainText(await res.text())).toContain("Seul un brouillon peut être publié");
    expect(getNeed(handle.db, id)!.publishedAt).toEqual(publishedAt);
  });

  it("closes and cancels through the allowed transitions only", async () => {
    const id = seedNeed(handle.db, buyer.id, undefined, true);
    expect((await post(`/besoins/${id}`, new URLSearchParams({ intent: "close" }))).status).toBe(302);
    expect(getNeed(handle.db, id)!.status).toBe("closed");
    const again = await post(`/besoins/${id}`, new URLSearchParams({ intent: "cancel" }));
    expect(again.status).toBe(409);
    expect(getNeed(handle.db, id)!.status).toBe("closed");
    const bad = await post(`/besoins/${id}`, new URLSearchParams({ intent: "delete-everything" }));
    expect(bad.status).toBe(400);
    expect(mainText(await bad.text())).toContain("Cette action n'est pas reconnue.");

    const draft = seedNeed(handle.db, buyer.id);
    expect((await post(`/besoins/${draft}`, new URLSearchParams({ intent: "close" }))).status).toBe(409);
    expect((await post(`/besoins/${draft}`, new URLSearchParams({ intent: "cancel" }))).status).toBe(302);
    expect(getNeed(handle.db, draft)!.status).toBe("cancelled");
  });
});

describe("re-matching when the need changes", () => {
  it("changing the delivery region changes the matches", async () => {
    const id = seedNeed(handle.db, buyer.id, cateringNeed({ categories: [], regions: ["04"] }), true);
    const before = storedMatches(id);
    expect(before.length).toBeGreaterThan(0);
    const res = await post(`/besoins/${id}/modifier`, needForm({ categories: [], regions: ["05"] }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/besoins/${id}?fait=recalcule`);
    const after = storedMatches(id);
    expect(after.length).toBeGreaterThan(0);
    expect(after.map((m) => m.enterpriseId)).not.toEqual(before.map((m) => m.enterpriseId));
    // Every new match is there for Estrie (or all of Quebec), none for Mauricie any more.
    for (const m of after) {
      const codes = (JSON.parse(m.reasons) as { code: string; detail: { region?: string } }[]).map(
        (r) => `${r.code}:${r.detail.region ?? ""}`,
      );
      expect(
        codes.some((c) => c === "serves_region:05" || c === "located_in_region:05" || c === "serves_province:"),
      ).toBe(true);
      expect(codes.some((c) => c.endsWith(":04"))).toBe(false);
    }
    expect(mainText(await (await get(`/besoins/${id}`)).text())).toContain("Dessert la région Estrie");
  });

  it("is deterministic: the same need gives the same ordered list", () => {
    const id = seedNeed(handle.db, buyer.id, cateringNeed({ categories: [], regions: ["04", "05"] }), true);
    const first = storedMatches(id);
    const again = computeMatches(handle.db, id).map((m) => m.candidateId);
    expect(again).toEqual(first.map((m) => m.enterpriseId));
    expect(storedMatches(id)).toEqual(first);
    // A second, identical need gets the same list too.
    const twin = seedNeed(handle.db, buyer.id, cateringNeed({ categories: [], regions: ["04", "05"] }), true);
    expect(storedMatches(twin).map(({ enterpriseId, score }) => [enterpriseId, score])).toEqual(
      first.map(({ enterpriseId, score }) => [enterpriseId, score]),
    );
  });
});

/** The verdict of each (status, route) cell of the page's table. */
function routeTableOf(html: string): Record<string, Record<string, string>> {
  const table = /<table[^>]*data-testid="route-table"[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
  const result: Record<string, Record<string, string>> = {};
  for (const row of table.matchAll(/<tr[^>]*data-status="([a-z_]+)"[^>]*>([\s\S]*?)<\/tr>/g)) {
    result[row[1]!] = Object.fromEntries(
      [...row[2]!.matchAll(/data-route="([a-z_]+)"[\s\S]*?data-verdict="([a-z_]+)"/g)].map((c) => [c[1], c[2]]),
    );
  }
  return result;
}

describe("the contracting-route table", () => {
  it.each([
    ["municipality", "services", 18_000],
    ["municipality", "services", 60_000],
    ["health_network", "supply", 120_000],
    ["ministry", "construction", 80_000],
    ["education_network", "services", 30_000],
  ] as const)(
    "for a %s buying %s at %i $ equals evaluateContractingRoutes for each status",
    async (type, nature, amount) => {
      const owner = await createBuyer(handle.db, type);
      const id = seedNeed(handle.db, owner.id, cateringNeed({ contractNature: nature, amountCad: amount }), true);
      const html = await (
        await app.fetch(`/besoins/${id}`, { headers: { Cookie: owner.cookie }, redirect: "manual" })
      ).text();
      const date = todayInQuebec(getNeed(handle.db, id)!.publishedAt!);
      const expected = Object.fromEntries(
        SUPPLIER_STATUSES.map((supplierStatus) => {
          const answer = evaluateContractingRoutes({
            buyer: type,
            supplierStatus,
            contractNature: nature,
            amountCad: amount,
            date,
          });
          return [
            supplierStatus,
            Object.fromEntries(ROUTE_IDS.map((r) => [r, answer.routes.find((x) => x.id === r)!.verdict])),
          ];
        }),
      );
      expect(routeTableOf(html)).toEqual(expected);
      // Each row links to the full answer in the wizard.
      expect(html).toContain(
        `/procedure?buyer=${type}&amp;supplierStatus=obnl&amp;contractNature=${nature}&amp;amountCad=${amount}&amp;date=${date}`,
      );
    },
  );

  it("uses the middle of the band when there is no estimate, and says so", async () => {
    const id = seedNeed(handle.db, buyer.id, cateringNeed({ amountCad: undefined, amountBand: "25k_100k" }));
    const html = await (await get(`/besoins/${id}`)).text();
    expect(html).toContain("amountCad=60000");
    expect(mainText(html)).toContain("Le montant est le milieu de la fourchette choisie");
  });

  it("says why there is no table without an amount, or for an organization outside the rules", async () => {
    const noAmount = seedNeed(handle.db, buyer.id, cateringNeed({ amountCad: undefined }));
    expect(mainText(await (await get(`/besoins/${noAmount}`)).text())).toContain(
      "Indiquez un montant estimé ou une fourchette pour voir la voie contractuelle.",
    );
    const other = await createBuyer(handle.db, "other");
    const id = seedNeed(handle.db, other.id);
    const html = await (await app.fetch(`/besoins/${id}`, { headers: { Cookie: other.cookie } })).text();
    expect(mainText(html)).toContain("n'est couvert par aucun régime du module de règles");
    expect(html).not.toContain('data-testid="route-table"');
  });
});
