import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "#db/client";
import { seedDatabase } from "#db/seed/seed";
import { isValidNeq } from "~/domain/neq";
import { createTestDb } from "../helpers/db";

type Handle = ReturnType<typeof createTestDb>;
let a: Handle;
let b: Handle;

beforeAll(async () => {
  a = createTestDb();
  b = createTestDb();
  await seedDatabase(a.db, { count: 1500 });
  await seedDatabase(b.db, { count: 1500 });
}, 60_000);
afterAll(() => {
  a.cleanup();
  b.cleanup();
});

const rows = (db: Db, query: ReturnType<typeof sql>) => db.all<Record<string, unknown>>(query);

describe("demo seed", () => {
  it("creates the requested number of enterprises, most of them published", () => {
    const [counts] = rows(a.db, sql`select count(*) total, sum(status = 'published') published from enterprises`);
    expect(counts).toMatchObject({ total: 1500 });
    expect(Number(counts!.published)).toBeGreaterThan(1300);
  });

  it("is deterministic: the same seed gives the same rows", () => {
    const q = sql`select id, neq, public_name, municipality_code, status from enterprises order by id`;
    expect(rows(a.db, q)).toEqual(rows(b.db, q));
    const o = sql`select enterprise_id, name_fr, price_min_cad from offerings order by id`;
    expect(rows(a.db, o)).toEqual(rows(b.db, o));
  });

  it("spreads enterprises over the 17 regions roughly in proportion to population", () => {
    const perRegion = rows(
      a.db,
      sql`select m.region_code region, count(*) n, r.population pop from enterprises e
          join municipalities m on m.code = e.municipality_code join regions r on r.code = m.region_code
          group by m.region_code`,
    ) as { region: string; n: number; pop: number }[];
    expect(perRegion).toHaveLength(17);
    const montreal = perRegion.find((r) => r.region === "06")!;
    const coteNord = perRegion.find((r) => r.region === "09")!;
    expect(montreal.n).toBeGreaterThan(coteNord.n * 10);
    const totalPop = perRegion.reduce((s, r) => s + r.pop, 0);
    for (const r of perRegion) expect(Math.abs(r.n / 1500 - r.pop / totalPop)).toBeLessThan(0.02);
  });

  it("mixes legal statuses realistically, with valid NEQs and complete listings", () => {
    const statuses = Object.fromEntries(
      rows(a.db, sql`select legal_status s, count(*) n from enterprises group by legal_status`).map((r) => [r.s, r.n]),
    );
    expect(Number(statuses.obnl)).toBeGreaterThan(600);
    expect(Number(statuses.cooperative)).toBeGreaterThan(400);
    expect(Number(statuses.mutual)).toBeGreaterThan(0);
    const neqs = rows(a.db, sql`select neq from enterprises`).map((r) => String(r.neq));
    expect(neqs.every(isValidNeq)).toBe(true);
    expect(new Set(neqs).size).toBe(neqs.length);
    const [orphans] = rows(
      a.db,
      sql`select
        (select count(*) from enterprises e where not exists (select 1 from enterprise_categories c where c.enterprise_id = e.id)) no_category,
        (select count(*) from enterprises e where not exists (select 1 from offerings o where o.enterprise_id = e.id)) no_offering,
        (select count(*) from enterprises e where e.service_area_scope = 'custom' and not exists (select 1 from enterprise_service_areas s where s.enterprise_id = e.id)) no_area`,
    );
    expect(orphans).toEqual({ no_category: 0, no_offering: 0, no_area: 0 });
  });

  it("uses clearly fictitious contact details", () => {
    const bad = rows(
      a.db,
      sql`select email, website, phone from enterprises where email not like '%.example' or website not like '%.example' or phone not like '%-555-01%'`,
    );
    expect(bad).toEqual([]);
  });

  it("creates one hub per region with a curator, an admin and a buyer per organization type", () => {
    const [hubs] = rows(a.db, sql`select count(*) n from hubs h join hub_regions r on r.hub_id = h.id`);
    expect(hubs).toEqual({ n: 17 });
    const roles = Object.fromEntries(
      rows(a.db, sql`select role, count(*) n from user_roles group by role`).map((r) => [r.role, r.n]),
    );
    expect(roles).toEqual({ admin: 1, hub_curator: 17, buyer: 4, enterprise_member: 1 });
  });
});
