import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enterprises } from "#db/schema";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { postForm } from "../helpers/forms";
import { completeListing, registerAndSubmit } from "./curation-fixtures";

/**
 * The authorization matrix of the hub's pages: every role, allowed and denied, on every route
 * that reads or changes data. Curators act only within their hub's regions.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let listingId: number;
const cookies: Record<Role, string | undefined> = {} as never;

type Role = "anonymous" | "buyer" | "member" | "otherMember" | "curator" | "otherCurator" | "admin";
const ROLES: Role[] = ["anonymous", "buyer", "member", "otherMember", "curator", "otherCurator", "admin"];

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  const db = handle.db;
  const member = await createTestUser(db);
  listingId = await registerAndSubmit(db, member.id, completeListing("Traiteur de la Matrice"));
  const other = db.get<{ id: number }>(sql`
    select e.id from enterprises e join municipalities m on m.code = e.municipality_code
    where m.region_code = '04' and e.status = 'published' order by e.id desc limit 1`)!;
  cookies.anonymous = undefined;
  cookies.buyer = (await createTestUser(db, { roles: ["buyer"] })).cookie;
  cookies.member = member.cookie;
  cookies.otherMember = (await createTestUser(db, { roles: ["enterprise_member"], enterpriseIds: [other.id] })).cookie;
  cookies.curator = (await createTestUser(db, { curatesRegion: "04" })).cookie;
  cookies.otherCurator = (await createTestUser(db, { curatesRegion: "06" })).cookie;
  cookies.admin = (await createTestUser(db, { roles: ["admin"] })).cookie;
}, 90_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const get = (path: string, role: Role) =>
  app.fetch(path, { headers: cookies[role] ? { Cookie: cookies[role]! } : {}, redirect: "manual" });

/** Expected answer per role: a status, or "login" for the redirect to the sign-in page. */
type Expect = number | "login";

async function expectMatrix(path: string, expected: Record<Role, Expect>) {
  const actual: Record<string, Expect> = {};
  for (const role of ROLES) {
    const res = await get(path, role);
    actual[role] =
      res.status === 302 && res.headers.get("Location")?.startsWith("/connexion?redirectTo=") ? "login" : res.status;
  }
  expect(actual).toEqual(expected);
}

const hubOnly = {
  anonymous: "login",
  buyer: 403,
  member: 403,
  otherMember: 403,
  curator: 200,
  otherCurator: 200,
  admin: 200,
} as const;
const thisRegionOnly = { ...hubOnly, otherCurator: 403 } as const;

describe("who may see the hub's pages", () => {
  it("/pole: curators and admins only", () => expectMatrix("/pole", hubOnly));

  it("/pole/moderation: curators and admins only", () => expectMatrix("/pole/moderation", hubOnly));

  it("/pole/moderation?region=04: only the hub of region 04 (and admins)", () =>
    expectMatrix("/pole/moderation?region=04", thisRegionOnly));

  it("/pole/reclamations: curators and admins only; another region's filter is refused", async () => {
    await expectMatrix("/pole/reclamations", hubOnly);
    await expectMatrix("/pole/reclamations?region=04", thisRegionOnly);
  });

  it("/pole/fiches/:id: the hub of the listing's region and admins", () =>
    expectMatrix(`/pole/fiches/${listingId}`, thisRegionOnly));

  it("/pole/fiches/:id/historique: the hub of the region (redirected to the shared page)", async () => {
    await expectMatrix(`/pole/fiches/${listingId}/historique`, {
      ...thisRegionOnly,
      curator: 302,
      admin: 302,
    });
    const res = await get(`/pole/fiches/${listingId}/historique`, "curator");
    expect(res.headers.get("Location")).toBe(`/fiches/${listingId}/historique`);
  });

  it("/fiches/:id/historique: the listing's members, the hub of its region, admins", () =>
    expectMatrix(`/fiches/${listingId}/historique`, {
      anonymous: "login",
      buyer: 403,
      member: 200,
      otherMember: 403,
      curator: 200,
      otherCurator: 403,
      admin: 200,
    }));

  it("/pole/export.csv?region=04: the hub of region 04 and admins", () =>
    expectMatrix("/pole/export.csv?region=04", thisRegionOnly));

  it("/pole/bottin/04: public (published listings only)", () =>
    expectMatrix("/pole/bottin/04", {
      anonymous: 200,
      buyer: 200,
      member: 200,
      otherMember: 200,
      curator: 200,
      otherCurator: 200,
      admin: 200,
    }));

  it("answers 404 for a listing that does not exist and for an unknown region's directory", async () => {
    expect((await get("/pole/fiches/999999", "curator")).status).toBe(404);
    expect((await get("/pole/fiches/abc", "curator")).status).toBe(404);
    expect((await get("/fiches/999999/historique", "admin")).status).toBe(404);
    expect((await get("/pole/bottin/99", "anonymous")).status).toBe(404);
  });

  it("tells a curator of another region why the listing is refused", async () => {
    const html = await (await get(`/pole/fiches/${listingId}`, "otherCurator")).text();
    expect(html).toContain("Cette fiche relève d&#x27;une autre région que celle de votre pôle.");
  });
});

describe("who may act on a listing", () => {
  const status = () =>
    handle.db.select({ s: enterprises.status }).from(enterprises).where(eq(enterprises.id, listingId)).get()!.s;

  it("refuses every hub action to anyone but the hub of the region, and changes nothing", async () => {
    for (const intent of ["approve", "verify", "archive"]) {
      for (const role of ["buyer", "member", "otherMember", "otherCurator"] as const) {
        const res = await postForm(
          app,
          `/pole/fiches/${listingId}`,
          { intent, reason: "Test" },
          {
            cookie: cookies[role],
          },
        );
        expect(res.status, `${role} ${intent}`).toBe(403);
      }
      const anonymous = await postForm(app, `/pole/fiches/${listingId}`, { intent });
      expect(anonymous.status).toBe(302);
      expect(anonymous.headers.get("Location")).toMatch(/^\/connexion\?redirectTo=/);
    }
    expect(status()).toBe("submitted");
  });

  it("lets the curator of the region approve", async () => {
    const res = await postForm(app, `/pole/fiches/${listingId}`, { intent: "approve" }, { cookie: cookies.curator });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/pole/fiches/${listingId}?fait=approve`);
    expect(status()).toBe("published");
  });

  it("lets an admin act in any region", async () => {
    const res = await postForm(app, `/pole/fiches/${listingId}`, { intent: "verify" }, { cookie: cookies.admin });
    expect(res.status).toBe(302);
    const row = handle.db.select().from(enterprises).where(eq(enterprises.id, listingId)).get()!;
    expect(row.lastVerifiedAt).not.toBeNull();
  });
});
