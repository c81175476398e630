import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "#db/client";
import { needMatches, notifications, users } from "#db/schema";
import { NeedSchema } from "~/domain/needs/need-schema";
import { loadActorProfile } from "~/lib/session.server";
import { computeMatches, createNeed, setNeedStatus } from "~/models/needs.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText, postForm } from "../helpers/forms";

/**
 * The hubs' view of buyers' needs (/pole/besoins): curators see the published needs delivered in
 * their regions and recommend enterprises of those regions; nobody else does.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let db: Db;

type Role = "anonymous" | "buyer" | "otherBuyer" | "member" | "curator" | "otherCurator" | "admin";
const ROLES: Role[] = ["anonymous", "buyer", "otherBuyer", "member", "curator", "otherCurator", "admin"];
const cookies = {} as Record<Role, string | undefined>;
const ids = {} as Record<Role, number>;
let need04: number;
let need06: number;
let draft04: number;

const published = (region: string, extra = "") =>
  db.all<{ id: number; name: string }>(sql`
    select e.id, e.public_name as name from enterprises e join municipalities m on m.code = e.municipality_code
    where e.status = 'published' and m.region_code = ${region} ${sql.raw(extra)} order by e.id`);

function postNeed(userId: number, input: Record<string, unknown>, publish = true) {
  const actor = loadActorProfile(db, userId)!.actor;
  const id = createNeed(
    db,
    actor,
    NeedSchema.parse({
      kind: "request_for_quotes",
      contractNature: "services",
      amountCad: "20000",
      description: "Repas chauds et buffets froids pour nos rencontres du conseil municipal, livrés sur place.",
      ...input,
    }),
  );
  if (publish) setNeedStatus(db, actor, id, "published");
  return id;
}

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  db = handle.db;
  useDbInApp(db);
  app = await createTestApp();
  const org = db.get<{ id: number }>(sql`select id from buyer_organizations where type = 'municipality' limit 1`)!;
  const otherOrg = db.get<{ id: number }>(sql`select id from buyer_organizations where id <> ${org.id} limit 1`)!;
  const buyer = await createTestUser(db, { roles: ["buyer"] });
  const otherBuyer = await createTestUser(db, { roles: ["buyer"] });
  db.update(users).set({ buyerOrganizationId: org.id }).where(eq(users.id, buyer.id)).run();
  db.update(users).set({ buyerOrganizationId: otherOrg.id }).where(eq(users.id, otherBuyer.id)).run();
  const all = {
    buyer,
    otherBuyer,
    member: await createTestUser(db, { roles: ["enterprise_member"], enterpriseIds: [published("04")[0]!.id] }),
    curator: await createTestUser(db, { curatesRegion: "04" }),
    otherCurator: await createTestUser(db, { curatesRegion: "06" }),
    admin: await createTestUser(db, { roles: ["admin"] }),
  };
  cookies.anonymous = undefined;
  for (const [role, user] of Object.entries(all)) {
    cookies[role as Role] = user.cookie;
    ids[role as Role] = user.id;
  }
  need04 = postNeed(buyer.id, {
    title: "Traiteur pour le conseil municipal",
    categories: ["traiteur-evenementiel"],
    regions: ["04"],
  });
  need06 = postNeed(buyer.id, { title: "Traiteur pour l'hôtel de ville de Montréal", regions: ["06"] });
  draft04 = postNeed(buyer.id, { title: "Brouillon en Mauricie", regions: ["04"] }, false);
}, 120_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const get = (path: string, role: Role) =>
  app.fetch(path, { headers: cookies[role] ? { Cookie: cookies[role]! } : {}, redirect: "manual" });
const outcome = (res: Response) =>
  res.status === 302 && res.headers.get("Location")?.startsWith("/connexion?redirectTo=") ? "login" : res.status;
const matchesOf = (needId: number) =>
  db.select().from(needMatches).where(eq(needMatches.needId, needId)).orderBy(needMatches.rank).all();
const recommend = (role: Role, needId: number, body: Record<string, string>, query = "") =>
  postForm(app, `/pole/besoins/${needId}${query}`, body, { cookie: cookies[role] });

async function expectMatrix(path: string, expected: Record<Role, number | "login">) {
  const actual: Record<string, unknown> = {};
  for (const role of ROLES) actual[role] = outcome(await get(path, role));
  expect(actual).toEqual(expected);
}

describe("who sees the needs", () => {
  it("/pole/besoins: curators and admins", () =>
    expectMatrix("/pole/besoins", {
      anonymous: "login",
      buyer: 403,
      otherBuyer: 403,
      member: 403,
      curator: 200,
      otherCurator: 200,
      admin: 200,
    }));

  it("each hub lists the published needs of its regions; admins all", async () => {
    const of = async (role: Role) => mainText(await (await get("/pole/besoins", role)).text());
    const curator = await of("curator");
    expect(curator).toContain("Traiteur pour le conseil municipal");
    expect(curator).not.toContain("Montréal");
    expect(curator).not.toContain("Brouillon en Mauricie");
    expect(curator).toContain("1 besoin publié");
    expect(curator).toMatch(/\d+ entreprises? jumelées?/);
    expect(curator).toContain("Aucune réponse pour l'instant");
    const other = await of("otherCurator");
    expect(other).toContain("Traiteur pour l'hôtel de ville de Montréal");
    expect(other).not.toContain("conseil municipal");
    const admin = await of("admin");
    expect(admin).toContain("conseil municipal");
    expect(admin).toContain("Montréal");
  });

  it("a region filter outside the hub is refused", async () => {
    expect((await get("/pole/besoins?region=06", "curator")).status).toBe(403);
    expect((await get("/pole/besoins?region=04", "curator")).status).toBe(200);
  });

  it("/pole/besoins/:id: the hubs of its regions and admins", async () => {
    await expectMatrix(`/pole/besoins/${need04}`, {
      anonymous: "login",
      buyer: 403,
      otherBuyer: 403,
      member: 403,
      curator: 200,
      otherCurator: 403,
      admin: 200,
    });
    const denied = mainText(await (await get(`/pole/besoins/${need04}`, "otherCurator")).text());
    expect(denied).toContain("Ce besoin n'est pas livré dans les régions de votre pôle.");
    expect((await get(`/pole/besoins/${need06}`, "otherCurator")).status).toBe(200);
  });

  it("drafts and unknown needs are not found", async () => {
    expect((await get(`/pole/besoins/${draft04}`, "curator")).status).toBe(404);
    expect((await get("/pole/besoins/999999", "curator")).status).toBe(404);
    expect((await get("/pole/besoins/abc", "admin")).status).toBe(404);
  });

  it("shows the need, its matches and each reason in words", async () => {
    const page = mainText(await (await get(`/pole/besoins/${need04}`, "curator")).text());
    expect(page).toContain("Repas chauds et buffets froids");
    expect(page).toContain("Demande de prix");
    expect(page).toContain("Mauricie");
    const matches = matchesOf(need04);
    expect(matches.length).toBeGreaterThan(0);
    const top = db.get<{ name: string }>(
      sql`select public_name as name from enterprises where id = ${matches[0]!.enterpriseId}`,
    )!;
    expect(page).toContain(top.name);
    expect(page).toMatch(/Dessert la région Mauricie|Située dans la région Mauricie/);
    expect(page).toContain("Catégorie exacte : Traiteur");
    // The buyer's shortlist and the contacts are not the hub's business.
    expect(page).not.toContain("liste courte");
  });
});

describe("recommending an enterprise", () => {
  const unmatched = () => {
    const matched = new Set(matchesOf(need04).map((m) => m.enterpriseId));
    return published("04").find((e) => !matched.has(e.id))!;
  };

  it("finds published enterprises of the curator's regions only", async () => {
    const target = unmatched();
    const page = mainText(
      await (await get(`/pole/besoins/${need04}?entreprise=${encodeURIComponent(target.name)}`, "curator")).text(),
    );
    expect(page).toContain(target.name);
    const elsewhere = published("06")[0]!;
    const none = mainText(
      await (await get(`/pole/besoins/${need04}?entreprise=${encodeURIComponent(elsewhere.name)}`, "curator")).text(),
    );
    expect(none).not.toContain(`${elsewhere.name} —`);
  });

  it("nobody else can recommend, and nothing changes", async () => {
    const target = unmatched();
    const before = JSON.stringify(matchesOf(need04));
    const expected: Record<string, unknown> = {
      anonymous: "login",
      buyer: 403,
      otherBuyer: 403,
      member: 403,
      otherCurator: 403,
    };
    const actual: Record<string, unknown> = {};
    for (const role of Object.keys(expected) as Role[])
      actual[role] = outcome(await recommend(role, need04, { enterpriseId: String(target.id), note: "Excellente." }));
    expect(actual).toEqual(expected);
    expect(JSON.stringify(matchesOf(need04))).toBe(before);
  });

  it("an enterprise the matching left out joins after the last match, and the buyer is told", async () => {
    const target = unmatched();
    const before = matchesOf(need04);
    const res = await recommend("curator", need04, {
      enterpriseId: String(target.id),
      note: "Elle a servi nos assemblées régionales sans faute.",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/pole/besoins/${need04}?recommandee=${target.id}#recommander`);
    const after = matchesOf(need04);
    expect(after).toHaveLength(before.length + 1);
    const row = after.find((m) => m.enterpriseId === target.id)!;
    expect(row).toMatchObject({
      rank: Math.max(...before.map((m) => m.rank)) + 1,
      score: 0,
      reasons: [],
      recommendedByUserId: ids.curator,
      recommendationNote: "Elle a servi nos assemblées régionales sans faute.",
    });
    const inbox = db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, ids.buyer), eq(notifications.kind, "hub_recommendation")))
      .all();
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      title: `Le pôle recommande ${target.name} pour « Traiteur pour le conseil municipal »`,
      body: "Elle a servi nos assemblées régionales sans faute.",
      link: `/besoins/${need04}#entreprise-${target.id}`,
    });

    const page = mainText(await (await get(`/pole/besoins/${need04}?recommandee=${target.id}`, "curator")).text());
    expect(page).toContain(`${target.name} est recommandée à l'acheteur.`);
    expect(page).toContain("Elle a servi nos assemblées régionales sans faute.");

    // Re-matching (the buyer edits the need) keeps the hub's recommendation.
    computeMatches(db, need04);
    expect(matchesOf(need04).find((m) => m.enterpriseId === target.id)?.recommendationNote).toBe(
      "Elle a servi nos assemblées régionales sans faute.",
    );
  });

  it("an enterprise already matched keeps its rank and reasons; an admin may recommend too", async () => {
    // The hub recommends enterprises located in the need's regions (this one serves Mauricie from there).
    const located = new Set(published("04").map((e) => e.id));
    const first = matchesOf(need04).find((m) => located.has(m.enterpriseId) && m.score > 0);
    const res = await recommend("admin", need04, { enterpriseId: String(first!.enterpriseId), note: "Fiable." });
    expect(res.status).toBe(302);
    const row = matchesOf(need04).find((m) => m.enterpriseId === first!.enterpriseId)!;
    expect(row).toMatchObject({
      rank: first!.rank,
      score: first!.score,
      reasons: first!.reasons,
      recommendedByUserId: ids.admin,
      recommendationNote: "Fiable.",
    });
  });

  describe("bad input: 4xx, a localized message, nothing changed", () => {
    const snapshot = () => JSON.stringify(matchesOf(need04));

    it("an enterprise of another region", async () => {
      const before = snapshot();
      const elsewhere = published("06")[0]!;
      const res = await recommend("curator", need04, { enterpriseId: String(elsewhere.id), note: "Bonne." });
      expect(res.status).toBe(403);
      expect(mainText(await res.text())).toContain("Cette entreprise n'est pas située dans une région de livraison");
      expect(snapshot()).toBe(before);
    });

    it("an unpublished enterprise", async () => {
      const before = snapshot();
      const target = published("04").at(-1)!;
      db.run(sql`update enterprises set status = 'archived' where id = ${target.id}`);
      try {
        const res = await recommend("curator", need04, { enterpriseId: String(target.id), note: "Bonne." });
        expect(res.status).toBe(400);
        expect(mainText(await res.text())).toContain(
          "Seule une entreprise dont la fiche est publiée peut être recommandée.",
        );
        const english = await recommend(
          "curator",
          need04,
          { enterpriseId: String(target.id), note: "Good." },
          "?lng=en",
        );
        expect(english.status).toBe(400);
        expect(mainText(await english.text())).toContain(
          "Only an enterprise whose listing is published can be recommended.",
        );
      } finally {
        db.run(sql`update enterprises set status = 'published' where id = ${target.id}`);
      }
      expect(snapshot()).toBe(before);
    });

    it("no enterprise chosen, an unknown one, no note, a note too long", async () => {
      const before = snapshot();
      const target = unmatched();
      const cases: [Record<string, string>, number, string][] = [
        [{ note: "Bonne." }, 400, "Choisissez une entreprise dans la liste."],
        [{ enterpriseId: "999999", note: "Bonne." }, 400, "Cette entreprise n'existe pas."],
        [{ enterpriseId: String(target.id), note: "   " }, 400, "Ce champ est obligatoire."],
        [{ enterpriseId: String(target.id), note: "x".repeat(1001) }, 400, "La note est limitée à 1000 caractères."],
      ];
      for (const [body, status, message] of cases) {
        const res = await recommend("curator", need04, body);
        expect(res.status, message).toBe(status);
        expect(mainText(await res.text())).toContain(message);
      }
      expect(snapshot()).toBe(before);
    });

    it("a need that is closed can no longer receive recommendations", async () => {
      const closed = postNeed(ids.buyer, { title: "Besoin fermé en Mauricie", regions: ["04"] });
      setNeedStatus(db, loadActorProfile(db, ids.buyer)!.actor, closed, "closed");
      const before = JSON.stringify(matchesOf(closed));
      const res = await recommend("curator", closed, { enterpriseId: String(unmatched().id), note: "Bonne." });
      expect(res.status).toBe(404);
      expect(JSON.stringify(matchesOf(closed))).toBe(before);
    });
  });
});
