import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, hubCurators, hubRegions, hubs, userRoles, users } from "#db/schema";
import { loadActorProfile } from "~/lib/session.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";

/** Administration of hubs, their regions and teams, and account roles, through the real routes. */
// Whole-file imports and role matrices make many requests: more than the default 5 s when the machine is busy.
vi.setConfig({ testTimeout: 30_000 });

let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
type TestUser = Awaited<ReturnType<typeof createTestUser>>;
let admin: TestUser, secondAdmin: TestUser, curator04: TestUser, curator05: TestUser, buyer: TestUser, member: TestUser;
let hub04: number, hub05: number;

const db = () => handle.db;
const get = (url: string, cookie: string | null) => app.fetch(url, { headers: cookie ? { Cookie: cookie } : {} });

function post(url: string, cookie: string | null, fields: [string, string][]) {
  const body = new URLSearchParams();
  for (const [k, v] of fields) body.append(k, v);
  return app.fetch(url, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
  });
}

const hubOf = (region: string) =>
  db().select({ id: hubRegions.hubId }).from(hubRegions).where(eq(hubRegions.regionCode, region)).get()!.id;
const regionsOf = (hubId: number) =>
  db()
    .select({ code: hubRegions.regionCode })
    .from(hubRegions)
    .where(eq(hubRegions.hubId, hubId))
    .all()
    .map((r) => r.code)
    .sort();
const rolesOf = (userId: number) =>
  db()
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId))
    .all()
    .map((r) => r.role)
    .sort();
const countOf = (table: typeof hubs | typeof auditLog | typeof hubCurators) =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .get()!.n;
const lastAudit = () =>
  db()
    .select()
    .from(auditLog)
    .orderBy(sql`${auditLog.id} desc`)
    .get()!;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 100 });
  useDbInApp(handle.db);
  app = await createTestApp();
  admin = await createTestUser(db(), { roles: ["admin"] });
  secondAdmin = await createTestUser(db(), { roles: ["admin"] });
  curator04 = await createTestUser(db(), { curatesRegion: "04" });
  curator05 = await createTestUser(db(), { curatesRegion: "05" });
  buyer = await createTestUser(db(), { roles: ["buyer"] });
  member = await createTestUser(db(), { roles: ["enterprise_member"], enterpriseIds: [1] });
  hub04 = hubOf("04");
  hub05 = hubOf("05");
}, 120_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

describe("authorization matrix of the admin pages", () => {
  const pages = () => [
    "/admin",
    "/admin/poles",
    `/admin/poles/${hub04}`,
    "/admin/utilisateurs",
    `/admin/utilisateurs/${buyer.id}`,
  ];
  const roles = () =>
    [
      ["anonymous", null, 302],
      ["buyer", buyer.cookie, 403],
      ["member of an enterprise", member.cookie, 403],
      ["curator of this region", curator04.cookie, 403],
      ["curator of another region", curator05.cookie, 403],
      ["admin", admin.cookie, 200],
    ] as const;

  it("only admins read them; visitors are sent to the login page", async () => {
    for (const page of pages())
      for (const [who, cookie, status] of roles()) {
        const res = await get(page, cookie);
        expect(res.status, `${who} ${page}`).toBe(status);
        if (status === 302) expect(res.headers.get("Location")).toMatch(/^\/connexion\?redirectTo=/);
        if (status === 403) expect(await res.text()).toContain("Cette page est réservée aux administrateurs.");
      }
  });

  it("non-admins change nothing through the forms", async () => {
    const hubsBefore = countOf(hubs);
    const auditBefore = countOf(auditLog);
    for (const [who, cookie, status] of roles().slice(0, 5)) {
      const attempts = [
        post("/admin/poles", cookie, [
          ["intent", "save"],
          ["name", "Pôle pirate"],
        ]),
        post(`/admin/poles/${hub04}`, cookie, [
          ["intent", "save"],
          ["name", "Renommé"],
          ["regions", "04"],
        ]),
        post(`/admin/poles/${hub04}`, cookie, [
          ["intent", "addCurator"],
          ["email", buyer.email],
        ]),
        post(`/admin/poles/${hub04}`, cookie, [
          ["intent", "removeCurator"],
          ["userId", String(curator04.id)],
        ]),
        post(`/admin/utilisateurs/${buyer.id}`, cookie, [["roles", "admin"]]),
      ];
      for (const res of await Promise.all(attempts)) expect(res.status, who).toBe(status);
    }
    expect(countOf(hubs)).toBe(hubsBefore);
    expect(countOf(auditLog)).toBe(auditBefore);
    expect(rolesOf(buyer.id)).toEqual(["buyer"]);
    expect(regionsOf(hub04)).toEqual(["04"]);
  });

  it("unknown hubs and accounts are 404", async () => {
    expect((await get("/admin/poles/999999", admin.cookie)).status).toBe(404);
    expect((await get("/admin/poles/abc", admin.cookie)).status).toBe(404);
    expect((await get("/admin/utilisateurs/999999", admin.cookie)).status).toBe(404);
    expect((await post("/admin/utilisateurs/999999", admin.cookie, [["roles", "buyer"]])).status).toBe(404);
  });
});

describe("admin home", () => {
  it("counts hubs and accounts and links to the tools", async () => {
    const html = await (await get("/admin", admin.cookie)).text();
    expect(html).toContain("Pôles régionaux");
    expect(html).toContain('href="/admin/utilisateurs?role=hub_curator"');
    expect(html).toContain('href="/admin/courriels"');
    expect(html).toContain('href="/pole/import"');
  });
});

describe("hubs and their regions", () => {
  let newHub: number;

  it("creates a hub and audits it", async () => {
    const res = await post("/admin/poles", admin.cookie, [
      ["intent", "save"],
      ["name", "Pôle d'essai"],
      ["email", "essai@pole.example"],
      ["website", "pole.example"],
    ]);
    expect(res.status).toBe(302);
    const match = res.headers.get("Location")!.match(/^\/admin\/poles\/(\d+)\?cree=1$/);
    expect(match).toBeTruthy();
    newHub = Number(match![1]);
    expect(db().select().from(hubs).where(eq(hubs.id, newHub)).get()).toMatchObject({
      name: "Pôle d'essai",
      slug: "pole-d-essai",
      email: "essai@pole.example",
      website: "https://pole.example",
    });
    expect(lastAudit()).toMatchObject({ entityType: "hub", entityId: newHub, action: "create", actorUserId: admin.id });
    const page = await (await get(`/admin/poles/${newHub}?cree=1`, admin.cookie)).text();
    expect(page).toContain("Le pôle a été créé.");
  });

  it("refuses a region another hub curates (one hub per region), changing nothing", async () => {
    const hubsBefore = countOf(hubs);
    const auditBefore = countOf(auditLog);
    const create = await post("/admin/poles", admin.cookie, [
      ["intent", "save"],
      ["name", "Deuxième Mauricie"],
      ["regions", "04"],
    ]);
    expect(create.status).toBe(409);
    expect(await create.text()).toContain("La région 04 Mauricie relève déjà de");
    const update = await post(`/admin/poles/${newHub}`, admin.cookie, [
      ["intent", "save"],
      ["name", "Pôle d'essai"],
      ["regions", "05"],
    ]);
    expect(update.status).toBe(409);
    expect(countOf(hubs)).toBe(hubsBefore);
    expect(countOf(auditLog)).toBe(auditBefore);
    expect(regionsOf(newHub)).toEqual([]);
    expect(regionsOf(hub05)).toEqual(["05"]);
  });

  it("moves a region: remove it from its hub, then give it to another", async () => {
    const hub05Name = db().select().from(hubs).where(eq(hubs.id, hub05)).get()!.name;
    expect(
      (
        await post(`/admin/poles/${hub05}`, admin.cookie, [
          ["intent", "save"],
          ["name", hub05Name],
        ])
      ).status,
    ).toBe(302);
    expect(regionsOf(hub05)).toEqual([]);
    expect(lastAudit()).toMatchObject({
      entityType: "hub",
      entityId: hub05,
      action: "update",
      changes: { regions: { before: ["05"], after: [] } },
    });
    // The curator of region 05 no longer moderates it.
    expect(loadActorProfile(db(), curator05.id)!.actor.curatedRegions.has("05")).toBe(false);
    const res = await post(`/admin/poles/${newHub}`, admin.cookie, [
      ["intent", "save"],
      ["name", "Pôle de l'Estrie (essai)"],
      ["email", "essai@pole.example"],
      ["website", "https://pole.example"],
      ["regions", "05"],
    ]);
    expect(res.status).toBe(302);
    expect(regionsOf(newHub)).toEqual(["05"]);
    expect(lastAudit().changes).toEqual({
      name: { before: "Pôle d'essai", after: "Pôle de l'Estrie (essai)" },
      regions: { before: [], after: ["05"] },
    });
    // Saving again without change writes no audit entry.
    const auditBefore = countOf(auditLog);
    await post(`/admin/poles/${newHub}`, admin.cookie, [
      ["intent", "save"],
      ["name", "Pôle de l'Estrie (essai)"],
      ["email", "essai@pole.example"],
      ["website", "https://pole.example"],
      ["regions", "05"],
    ]);
    expect(countOf(auditLog)).toBe(auditBefore);
  });

  it("bad input: a clear message, a 400, nothing saved", async () => {
    const hubsBefore = countOf(hubs);
    const cases: [[string, string][], string][] = [
      [
        [
          ["intent", "save"],
          ["name", ""],
        ],
        "Ce champ est obligatoire.",
      ],
      [
        [
          ["intent", "save"],
          ["name", "Ok nom"],
          ["email", "pas-un-courriel"],
        ],
        "Entrez une adresse courriel valide.",
      ],
      [
        [
          ["intent", "save"],
          ["name", "Ok nom"],
          ["website", "http://"],
        ],
        "Entrez une adresse Web valide",
      ],
      [
        [
          ["intent", "save"],
          ["name", "Ok nom"],
          ["regions", "99"],
        ],
        "Cette région n&#x27;existe pas.",
      ],
      [[["intent", "delete"]], ""],
    ];
    for (const [fields, message] of cases) {
      const res = await post("/admin/poles", admin.cookie, fields);
      expect(res.status, JSON.stringify(fields)).toBe(400);
      if (message) expect(await res.text()).toContain(message);
    }
    expect(countOf(hubs)).toBe(hubsBefore);
  });
});

describe("hub teams", () => {
  it("adds an existing, verified account by email; it becomes a curator of the hub's regions", async () => {
    const person = await createTestUser(db(), { email: "nouvelle.curatrice@test.example" });
    const res = await post(`/admin/poles/${hub04}`, admin.cookie, [
      ["intent", "addCurator"],
      ["email", " NOUVELLE.curatrice@test.example "],
    ]);
    expect(res.status).toBe(302);
    expect(rolesOf(person.id)).toEqual(["hub_curator"]);
    expect(loadActorProfile(db(), person.id)!.actor.curatedRegions).toEqual(new Set(["04"]));
    const entries = db()
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} > (select max(id) - 2 from audit_log)`)
      .all();
    expect(entries.map((e) => [e.entityType, Object.keys(e.changes ?? {})])).toEqual([
      ["hub", ["curators"]],
      ["user", ["roles"]],
    ]);
    expect(await (await get(`/admin/poles/${hub04}`, admin.cookie)).text()).toContain(
      "nouvelle.curatrice@test.example",
    );
  });

  it("refuses an unknown email, an unverified account and a second addition", async () => {
    const curatorsBefore = countOf(hubCurators);
    const unknown = await post(`/admin/poles/${hub04}`, admin.cookie, [
      ["intent", "addCurator"],
      ["email", "personne@nulle.example"],
    ]);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("Aucun compte n&#x27;utilise l&#x27;adresse personne@nulle.example");
    const unverified = await createTestUser(db(), { verified: false });
    const res = await post(`/admin/poles/${hub04}`, admin.cookie, [
      ["intent", "addCurator"],
      ["email", unverified.email],
    ]);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("n&#x27;a pas encore confirmé son adresse courriel");
    const again = await post(`/admin/poles/${hub04}`, admin.cookie, [
      ["intent", "addCurator"],
      ["email", curator04.email],
    ]);
    expect(again.status).toBe(409);
    const invalid = await post(`/admin/poles/${hub04}`, admin.cookie, [
      ["intent", "addCurator"],
      ["email", "pas un courriel"],
    ]);
    expect(invalid.status).toBe(400);
    expect(countOf(hubCurators)).toBe(curatorsBefore);
    expect(rolesOf(unverified.id)).toEqual([]);
  });

  it("removes a curator; one left without a hub loses the curator role", async () => {
    const extra = await createTestUser(db(), { curatesRegion: "04" });
    expect(
      (
        await post(`/admin/poles/${hub04}`, admin.cookie, [
          ["intent", "removeCurator"],
          ["userId", String(extra.id)],
        ])
      ).status,
    ).toBe(302);
    expect(db().select().from(hubCurators).where(eq(hubCurators.userId, extra.id)).all()).toEqual([]);
    expect(rolesOf(extra.id)).toEqual([]);
    expect(lastAudit()).toMatchObject({
      entityType: "user",
      entityId: extra.id,
      changes: { roles: { before: ["hub_curator"], after: [] } },
    });
    const notThere = await post(`/admin/poles/${hub04}`, admin.cookie, [
      ["intent", "removeCurator"],
      ["userId", String(extra.id)],
    ]);
    expect(notThere.status).toBe(409);
  });
});

describe("accounts and roles", () => {
  it("finds accounts by email or name, and by role", async () => {
    const html = await (
      await get(`/admin/utilisateurs?q=${encodeURIComponent(buyer.email.slice(0, 12))}`, admin.cookie)
    ).text();
    expect(html).toContain(buyer.email);
    const curators = await (await get("/admin/utilisateurs?role=hub_curator", admin.cookie)).text();
    expect(curators).toContain(curator04.email);
    expect(curators).not.toContain(buyer.email);
    const none = await (await get("/admin/utilisateurs?q=%25_%25zzz", admin.cookie)).text();
    expect(none).toContain("Aucun compte ne correspond à cette recherche.");
    // A bad filter is ignored, not an error.
    expect((await get("/admin/utilisateurs?role=pirate&page=-3", admin.cookie)).status).toBe(200);
  });

  it("grants and revokes roles, audited on the account", async () => {
    const res = await post(`/admin/utilisateurs/${buyer.id}`, admin.cookie, [
      ["roles", "buyer"],
      ["roles", "enterprise_member"],
    ]);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/admin/utilisateurs/${buyer.id}?ok=saved`);
    expect(rolesOf(buyer.id)).toEqual(["buyer", "enterprise_member"]);
    expect(lastAudit()).toMatchObject({
      entityType: "user",
      entityId: buyer.id,
      action: "update",
      actorUserId: admin.id,
      changes: { roles: { before: ["buyer"], after: ["buyer", "enterprise_member"] } },
    });
    const page = await (await get(`/admin/utilisateurs/${buyer.id}`, admin.cookie)).text();
    expect(page).toContain("Membre d&#x27;une entreprise");
    const auditBefore = countOf(auditLog);
    const same = await post(`/admin/utilisateurs/${buyer.id}`, admin.cookie, [
      ["roles", "buyer"],
      ["roles", "enterprise_member"],
    ]);
    expect(same.headers.get("Location")).toBe(`/admin/utilisateurs/${buyer.id}?ok=unchanged`);
    expect(countOf(auditLog)).toBe(auditBefore);
  });

  it("revoking hub_curator ends the account's hub assignments", async () => {
    const person = await createTestUser(db(), { curatesRegion: "06" });
    const hub06 = hubOf("06");
    expect((await post(`/admin/utilisateurs/${person.id}`, admin.cookie, [])).status).toBe(302);
    expect(rolesOf(person.id)).toEqual([]);
    expect(db().select().from(hubCurators).where(eq(hubCurators.userId, person.id)).all()).toEqual([]);
    expect(lastAudit()).toMatchObject({ entityType: "hub", entityId: hub06, changes: { curators: expect.anything() } });
  });

  it("an admin cannot remove their own admin role; another admin can", async () => {
    const auditBefore = countOf(auditLog);
    const res = await post(`/admin/utilisateurs/${admin.id}`, admin.cookie, [["roles", "buyer"]]);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Vous ne pouvez pas retirer votre propre rôle d&#x27;administrateur");
    expect(rolesOf(admin.id)).toEqual(["admin"]);
    expect(countOf(auditLog)).toBe(auditBefore);
    // Adding a role to oneself is fine.
    expect(
      (
        await post(`/admin/utilisateurs/${admin.id}`, admin.cookie, [
          ["roles", "admin"],
          ["roles", "buyer"],
        ])
      ).status,
    ).toBe(302);
    expect((await post(`/admin/utilisateurs/${secondAdmin.id}`, admin.cookie, [])).status).toBe(302);
    expect(rolesOf(secondAdmin.id)).toEqual([]);
    expect((await get("/admin", secondAdmin.cookie)).status).toBe(403);
  });

  it("refuses unknown roles and powers for unverified accounts", async () => {
    const unverified = await createTestUser(db(), { verified: false, roles: ["buyer"] });
    const pirate = await post(`/admin/utilisateurs/${unverified.id}`, admin.cookie, [["roles", "superuser"]]);
    expect(pirate.status).toBe(400);
    expect(await pirate.text()).toContain("Ce rôle n&#x27;existe pas.");
    const power = await post(`/admin/utilisateurs/${unverified.id}`, admin.cookie, [
      ["roles", "buyer"],
      ["roles", "admin"],
    ]);
    expect(power.status).toBe(400);
    expect(rolesOf(unverified.id)).toEqual(["buyer"]);
    expect(
      db()
        .select()
        .from(users)
        .where(and(eq(users.id, unverified.id), sql`${users.emailVerifiedAt} is null`))
        .get(),
    ).toBeDefined();
  });
});
