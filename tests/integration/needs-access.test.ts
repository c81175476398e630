import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { needs, shortlistEntries } from "#db/schema";
import { canUseBuyerSpace } from "~/domain/authz";
import { getNeed } from "~/models/needs.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText } from "../helpers/forms";
import { countNeeds, createBuyer, needForm, seedNeed } from "./needs-fixtures";

/**
 * Who may see and manage needs: the buyers of the need's organization, and admins. Other
 * buyers, enterprise members (they see needs in /opportunites), curators (their own view) and
 * anonymous visitors are refused on every /besoins route, for reading and for writing.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let draftId: number;
let publishedId: number;
let matchedEnterpriseId: number;

type Role = "anonymous" | "buyer" | "otherBuyer" | "member" | "matchedMember" | "curator" | "otherCurator" | "admin";
const ROLES: Role[] = [
  "anonymous",
  "buyer",
  "otherBuyer",
  "member",
  "matchedMember",
  "curator",
  "otherCurator",
  "admin",
];
const cookies: Record<Role, string | undefined> = {} as never;
let buyerId: number;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  const db = handle.db;
  const buyer = await createBuyer(db, "municipality", "Ville de Maillage-Test");
  buyerId = buyer.id;
  draftId = seedNeed(db, buyer.id);
  publishedId = seedNeed(db, buyer.id, undefined, true);
  matchedEnterpriseId = db.get<{ id: number }>(
    sql`select enterprise_id as id from need_matches where need_id = ${publishedId} order by rank limit 1`,
  )!.id;
  const other = db.get<{ id: number }>(sql`
    select e.id from enterprises e where e.status = 'published'
      and e.id not in (select enterprise_id from need_matches where need_id = ${publishedId}) limit 1`)!;
  cookies.anonymous = undefined;
  cookies.buyer = buyer.cookie;
  cookies.otherBuyer = (await createBuyer(db, "ministry", "Ministère d'à côté")).cookie;
  cookies.member = (await createTestUser(db, { roles: ["enterprise_member"], enterpriseIds: [other.id] })).cookie;
  cookies.matchedMember = (
    await createTestUser(db, { roles: ["enterprise_member"], enterpriseIds: [matchedEnterpriseId] })
  ).cookie;
  cookies.curator = (await createTestUser(db, { curatesRegion: "04" })).cookie;
  cookies.otherCurator = (await createTestUser(db, { curatesRegion: "06" })).cookie;
  cookies.admin = (await createTestUser(db, { roles: ["admin"] })).cookie;
}, 90_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

type Expect = number | "login";

const request = (path: string, role: Role, init: RequestInit = {}) =>
  app.fetch(path, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), ...(cookies[role] ? { Cookie: cookies[role]! } : {}) },
    redirect: "manual",
  });

const outcomeOf = (res: Response): Expect =>
  res.status === 302 && res.headers.get("Location")?.startsWith("/connexion?redirectTo=") ? "login" : res.status;

async function expectMatrix(path: string, expected: Record<Role, Expect>, init?: () => RequestInit) {
  const actual: Record<string, Expect> = {};
  for (const role of ROLES) actual[role] = outcomeOf(await request(path, role, init?.()));
  expect(actual).toEqual(expected);
}

const ownersOnly = {
  anonymous: "login",
  buyer: 200,
  otherBuyer: 403,
  member: 403,
  matchedMember: 403,
  curator: 403,
  otherCurator: 403,
  admin: 200,
} as const;

describe("who may read the buyer's pages", () => {
  it("/besoins: buyers (their own list) and admins", () =>
    expectMatrix("/besoins", { ...ownersOnly, otherBuyer: 200 }));

  it("/besoins/nouveau: buyers of an organization only (an admin has none to post for)", () =>
    expectMatrix("/besoins/nouveau", { ...ownersOnly, otherBuyer: 200, admin: 403 }));

  it("/besoins/:id of a draft: its organization's buyers and admins", () =>
    expectMatrix(`/besoins/${draftId}`, ownersOnly));

  it("/besoins/:id of a published need: not even the matched enterprise (it has /opportunites)", () =>
    expectMatrix(`/besoins/${publishedId}`, ownersOnly));

  it("/besoins/:id/modifier", () => expectMatrix(`/besoins/${draftId}/modifier`, ownersOnly));

  it("/besoins/:id/liste-courte.csv", () => expectMatrix(`/besoins/${publishedId}/liste-courte.csv`, ownersOnly));

  it("an unknown or malformed need is a 404", async () => {
    expect((await request("/besoins/999999", "buyer")).status).toBe(404);
    expect((await request("/besoins/abc", "buyer")).status).toBe(404);
    expect((await request("/besoins/999999/liste-courte.csv", "buyer")).status).toBe(404);
  });

  it("says why in the 403 page", async () => {
    const member = mainText(await (await request("/besoins", "member")).text());
    expect(member).toContain("Cet espace est réservé aux acheteurs publics.");
    const other = mainText(await (await request(`/besoins/${draftId}`, "otherBuyer")).text());
    expect(other).toContain("Ce besoin appartient à une autre organisation acheteuse.");
  });

  it("lists only the organization's own needs (admins see all)", async () => {
    const title = getNeed(handle.db, draftId)!.title;
    expect(mainText(await (await request("/besoins", "buyer")).text())).toContain(title);
    expect(mainText(await (await request("/besoins", "otherBuyer")).text())).not.toContain(title);
    const admin = mainText(await (await request("/besoins", "admin")).text());
    expect(admin).toContain(title);
    expect(admin).toContain("Ville de Maillage-Test");
  });
});

const form = (fields: Record<string, string>) => () => ({
  method: "POST",
  body: new URLSearchParams(fields),
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
});

describe("who may change a need", () => {
  it("publishing: refused to everyone but the owners, and nothing changes", async () => {
    const refused = { ...ownersOnly, buyer: "skip", admin: "skip" } as const;
    for (const role of ROLES) {
      if (refused[role] === "skip") continue;
      const res = await request(`/besoins/${draftId}`, role, form({ intent: "publish" })());
      expect([role, outcomeOf(res)]).toEqual([role, refused[role]]);
    }
    expect(getNeed(handle.db, draftId)!.status).toBe("draft");
  });

  it("an admin may act on any organization's need", async () => {
    const id = seedNeed(handle.db, buyerId);
    const res = await request(`/besoins/${id}`, "admin", form({ intent: "publish" })());
    expect(res.status).toBe(302);
    expect(getNeed(handle.db, id)!.status).toBe("published");
  });

  it("shortlisting: refused to another buyer, a member, a curator; nothing is added", async () => {
    for (const role of ["anonymous", "otherBuyer", "matchedMember", "curator"] as const) {
      const res = await request(
        `/besoins/${publishedId}`,
        role,
        form({ intent: "shortlist-add", enterpriseId: String(matchedEnterpriseId) })(),
      );
      expect([role, outcomeOf(res)]).toEqual([role, role === "anonymous" ? "login" : 403]);
    }
    expect(handle.db.select().from(shortlistEntries).where(eq(shortlistEntries.needId, publishedId)).all()).toEqual([]);
  });

  it("editing: another buyer's or a member's POST changes nothing", async () => {
    for (const role of ["otherBuyer", "member", "curator"] as const) {
      const res = await app.fetch(`/besoins/${draftId}/modifier`, {
        method: "POST",
        body: needForm({ title: "Titre piraté par un tiers" }),
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies[role]! },
        redirect: "manual",
      });
      expect([role, res.status]).toEqual([role, 403]);
    }
    expect(handle.db.select().from(needs).where(eq(needs.id, draftId)).get()!.title).not.toContain("piraté");
  });

  it("creating: refused to members, curators, admins without an organization and anonymous visitors", async () => {
    const before = countNeeds(handle.db);
    for (const role of ["anonymous", "member", "curator", "admin"] as const) {
      const res = await app.fetch("/besoins/nouveau", {
        method: "POST",
        body: needForm(),
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          ...(cookies[role] ? { Cookie: cookies[role]! } : {}),
        },
        redirect: "manual",
      });
      expect([role, outcomeOf(res)]).toEqual([role, role === "anonymous" ? "login" : 403]);
    }
    expect(countNeeds(handle.db)).toBe(before);
  });
});

describe("canUseBuyerSpace", () => {
  const actor = (roles: string[]) =>
    ({
      userId: 1,
      roles: new Set(roles),
      enterpriseIds: new Set(),
      curatedRegions: new Set(),
      hubIds: new Set(),
      buyerOrganizationId: null,
      emailVerified: true,
    }) as never;
  it("lets buyers and admins in, and no one else", () => {
    expect(canUseBuyerSpace(null)).toBe(false);
    expect(canUseBuyerSpace(actor(["buyer"]))).toBe(true);
    expect(canUseBuyerSpace(actor(["admin"]))).toBe(true);
    expect(canUseBuyerSpace(actor(["enterprise_member"]))).toBe(false);
    expect(canUseBuyerSpace(actor(["hub_curator"]))).toBe(false);
  });
});
