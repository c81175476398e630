import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { savedSearches } from "#db/schema";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText, postForm } from "../helpers/forms";

/**
 * /recherches: a buyer's saved directory searches. Only buyers have them; each buyer sees and
 * changes only their own; every bad input answers 4xx with a localized message and changes nothing.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;

type Role = "anonymous" | "buyer" | "otherBuyer" | "member" | "curator" | "admin";
const ROLES: Role[] = ["anonymous", "buyer", "otherBuyer", "member", "curator", "admin"];
const cookies = {} as Record<Role, string | undefined>;
const ids = {} as Record<Role, number>;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  const db = handle.db;
  const someListing = db.get<{ id: number }>(sql`select id from enterprises where status = 'published' limit 1`)!;
  const users = {
    buyer: await createTestUser(db, { roles: ["buyer"] }),
    otherBuyer: await createTestUser(db, { roles: ["buyer"] }),
    member: await createTestUser(db, { roles: ["enterprise_member"], enterpriseIds: [someListing.id] }),
    curator: await createTestUser(db, { curatesRegion: "04" }),
    admin: await createTestUser(db, { roles: ["admin"] }),
  };
  cookies.anonymous = undefined;
  for (const [role, user] of Object.entries(users)) {
    cookies[role as Role] = user.cookie;
    ids[role as Role] = user.id;
  }
}, 90_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const get = (path: string, role: Role) =>
  app.fetch(path, { headers: cookies[role] ? { Cookie: cookies[role]! } : {}, redirect: "manual" });
const post = (role: Role, body: Record<string, string>, path = "/recherches") =>
  postForm(app, path, body, { cookie: cookies[role] });
const savedOf = (role: Role) =>
  handle.db.select().from(savedSearches).where(eq(savedSearches.userId, ids[role])).orderBy(savedSearches.id).all();
const outcome = (res: Response) =>
  res.status === 302 && res.headers.get("Location")?.startsWith("/connexion?redirectTo=") ? "login" : res.status;

describe("who may use saved searches", () => {
  it("GET /recherches: buyers only", async () => {
    const actual: Record<string, unknown> = {};
    for (const role of ROLES) actual[role] = outcome(await get("/recherches", role));
    expect(actual).toEqual({ anonymous: "login", buyer: 200, otherBuyer: 200, member: 403, curator: 403, admin: 403 });
    const res = await get("/recherches", "member");
    expect(mainText(await res.text())).toContain("réservées aux acheteurs publics connectés");
  });

  it("POST /recherches: nobody but a buyer can save, and nothing is saved", async () => {
    for (const role of ["anonymous", "member", "curator", "admin"] as const) {
      const res = await post(role, { intent: "create", name: "Traiteurs", query: "q=traiteur" });
      expect(outcome(res), role).toBe(role === "anonymous" ? "login" : 403);
    }
    const count = handle.db.get<{ n: number }>(sql`select count(*) as n from saved_searches`)!.n;
    expect(count).toBe(0);
  });

  it("the directory offers “Enregistrer cette recherche” to buyers only", async () => {
    for (const role of ROLES) {
      const html = await (await get("/repertoire?q=traiteur&serves=04", role)).text();
      const offered = html.includes("Enregistrer cette recherche");
      expect(offered, role).toBe(role === "buyer" || role === "otherBuyer");
    }
    const html = await (await get("/repertoire?q=traiteur&serves=04", "buyer")).text();
    expect(html).toContain('action="/recherches"');
    expect(html).toContain('value="?q=traiteur&amp;serves=04"');
  });
});

describe("a buyer saves, lists, changes and deletes searches", () => {
  it("saves the directory query without its page, then shows it in words", async () => {
    const res = await post("buyer", {
      intent: "create",
      name: "Traiteurs en Mauricie",
      query: "?serves=04&q=traiteur&page=3&near=&radiusKm=&category=traiteur-evenementiel",
      frequency: "daily",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/recherches?fait=created");
    const [saved] = savedOf("buyer");
    expect(saved).toMatchObject({
      name: "Traiteurs en Mauricie",
      query: "category=traiteur-evenementiel&q=traiteur&serves=04",
      frequency: "daily",
    });
    expect(Math.abs(saved!.lastCheckedAt.getTime() - Date.now())).toBeLessThan(60_000);

    const page = mainText(await (await get("/recherches?fait=created", "buyer")).text());
    expect(page).toContain("La recherche est enregistrée");
    expect(page).toContain("Traiteurs en Mauricie");
    expect(page).toContain("Dessert la région Mauricie");
    expect(page).toContain("Texte « traiteur »");
    expect(page).toContain("Catégorie Traiteur");
    expect(page).toContain("Aucune nouvelle entreprise depuis la dernière vérification");
    expect(page).toContain("1 sur 20 recherches enregistrées");
    const html = await (await get("/recherches", "buyer")).text();
    expect(html).toContain('href="/repertoire?category=traiteur-evenementiel&amp;q=traiteur&amp;serves=04"');
  });

  it("another buyer sees none of it", async () => {
    const page = mainText(await (await get("/recherches", "otherBuyer")).text());
    expect(page).not.toContain("Traiteurs en Mauricie");
    expect(page).toContain("Vous n'avez encore enregistré aucune recherche");
  });

  it("changes the frequency of their own search only", async () => {
    const [saved] = savedOf("buyer");
    const other = await post("otherBuyer", { intent: "frequency", id: String(saved!.id), frequency: "never" });
    expect(other.status).toBe(404);
    expect(savedOf("buyer")[0]!.frequency).toBe("daily");
    const bad = await post("buyer", { intent: "frequency", id: String(saved!.id), frequency: "hourly" });
    expect(bad.status).toBe(400);
    expect(mainText(await bad.text())).toContain("Choisissez une fréquence dans la liste.");
    expect(savedOf("buyer")[0]!.frequency).toBe("daily");
    const ok = await post("buyer", { intent: "frequency", id: String(saved!.id), frequency: "weekly" });
    expect(ok.headers.get("Location")).toBe("/recherches?fait=frequency");
    expect(savedOf("buyer")[0]!.frequency).toBe("weekly");
  });

  it("deletes their own search only", async () => {
    await post("buyer", { intent: "create", name: "À supprimer", query: "q=imprimerie" });
    const target = savedOf("buyer").find((s) => s.name === "À supprimer")!;
    expect((await post("otherBuyer", { intent: "delete", id: String(target.id) })).status).toBe(404);
    expect((await post("curator", { intent: "delete", id: String(target.id) })).status).toBe(403);
    expect((await post("buyer", { intent: "delete", id: "abc" })).status).toBe(404);
    expect(savedOf("buyer").some((s) => s.id === target.id)).toBe(true);
    const res = await post("buyer", { intent: "delete", id: String(target.id) });
    expect(res.headers.get("Location")).toBe("/recherches?fait=deleted");
    expect(savedOf("buyer").some((s) => s.id === target.id)).toBe(false);
  });
});

describe("what is new since the last check", () => {
  it("counts the listings published after the search was last checked, as the directory finds them", async () => {
    const db = handle.db;
    const target = db.get<{ id: number; name: string; publishedAt: number }>(sql`
      select id, public_name as name, published_at as publishedAt from enterprises
      where status = 'published' order by id desc limit 1`)!;
    const saved = db
      .insert(savedSearches)
      .values({
        userId: ids.otherBuyer,
        name: "Nouveautés",
        query: new URLSearchParams({ q: target.name }).toString(),
        frequency: "weekly",
        lastCheckedAt: new Date(Date.now() - 2 * 86_400_000),
      })
      .returning()
      .get();
    try {
      expect(mainText(await (await get("/recherches", "otherBuyer")).text())).toContain(
        "Aucune nouvelle entreprise depuis la dernière vérification",
      );
      db.run(sql`update enterprises set published_at = ${Date.now() - 3600_000} where id = ${target.id}`);
      expect(mainText(await (await get("/recherches", "otherBuyer")).text())).toContain(
        "1 nouvelle entreprise depuis la dernière vérification",
      );
    } finally {
      db.run(sql`update enterprises set published_at = ${target.publishedAt} where id = ${target.id}`);
      db.delete(savedSearches).where(eq(savedSearches.id, saved.id)).run();
    }
  });
});

describe("bad input: 4xx, a localized message, nothing changed", () => {
  const before = () => savedOf("buyer").map((s) => `${s.id}:${s.name}:${s.query}:${s.frequency}`);

  it("an invalid query is refused with the directory's own messages", async () => {
    const snapshot = before();
    const res = await post("buyer", { intent: "create", name: "Mauvaise", query: "serves=99&couleur=bleu" });
    expect(res.status).toBe(400);
    const page = mainText(await res.text());
    expect(page).toContain("Cette recherche contient des paramètres invalides");
    expect(page).toContain("Code de région inconnu (01 à 17).");
    expect(page).toContain("Paramètre inconnu « couleur ».");
    expect(before()).toEqual(snapshot);
  });

  it("in English too", async () => {
    const res = await post("buyer", { intent: "create", name: "Bad", query: "serves=99" }, "/recherches?lng=en");
    expect(res.status).toBe(400);
    const page = mainText(await res.text());
    expect(page).toContain("This search has invalid parameters and cannot be saved");
    expect(page).toContain("Unknown region code (01 to 17).");
  });

  it("a name that is missing or too long keeps what was typed", async () => {
    const snapshot = before();
    const long = "N".repeat(81);
    const res = await post("buyer", { intent: "create", name: long, query: "q=déneigement", frequency: "daily" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(mainText(html)).toContain("Le nom est limité à 80 caractères.");
    expect(html).toContain(`value="${long}"`);
    expect(html).toContain('value="q=déneigement"');
    const empty = await post("buyer", { intent: "create", name: "  ", query: "q=déneigement" });
    expect(empty.status).toBe(400);
    expect(mainText(await empty.text())).toContain("Ce champ est obligatoire.");
    const english = await post("buyer", { intent: "create", name: long, query: "q=x" }, "/recherches?lng=en");
    expect(mainText(await english.text())).toContain("The name is limited to 80 characters.");
    expect(before()).toEqual(snapshot);
  });

  it("an unknown frequency or intent is refused", async () => {
    const snapshot = before();
    const res = await post("buyer", { intent: "create", name: "Hebdo", query: "q=x", frequency: "hourly" });
    expect(res.status).toBe(400);
    expect(mainText(await res.text())).toContain("Choisissez une fréquence dans la liste.");
    const intent = await post("buyer", { intent: "explode" });
    expect(intent.status).toBe(400);
    expect(mainText(await intent.text())).toContain("Action inconnue.");
    expect(before()).toEqual(snapshot);
  });

  it("the same criteria twice is a conflict", async () => {
    const snapshot = before();
    const res = await post("buyer", {
      intent: "create",
      name: "Encore",
      query: "q=traiteur&serves=04&category=traiteur-evenementiel",
    });
    expect(res.status).toBe(409);
    expect(mainText(await res.text())).toContain("déjà enregistré une recherche avec exactement ces critères");
    expect(before()).toEqual(snapshot);
  });

  it("the 21st saved search is refused", async () => {
    const start = savedOf("buyer").length;
    for (let i = start; i < 20; i++) {
      const res = await post("buyer", { intent: "create", name: `Recherche ${i}`, query: `q=mot${i}` });
      expect(res.status).toBe(302);
    }
    expect(savedOf("buyer")).toHaveLength(20);
    const snapshot = before();
    const res = await post("buyer", { intent: "create", name: "De trop", query: "q=vingt-et-un" });
    expect(res.status).toBe(409);
    expect(mainText(await res.text())).toContain("Vous avez atteint la limite de 20 recherches enregistrées.");
    expect(before()).toEqual(snapshot);
    // Another buyer's limit is their own.
    expect((await post("otherBuyer", { intent: "create", name: "Mienne", query: "q=mot1" })).status).toBe(302);
  });
});
