import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buyerOrganizations, emailOutbox, enterprises, sessions, users } from "#db/schema";
import { queueEmail } from "~/lib/email.server";
import { createTestApp } from "../helpers/app";
import { cookieFor, cookieForEmail, createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText, postForm } from "../helpers/forms";

let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 20 });
  useDbInApp(handle.db);
  app = await createTestApp();
}, 60_000);
afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const get = (path: string, cookie?: string) => app.fetch(path, { headers: cookie ? { Cookie: cookie } : {} });
const sessionsOf = (userId: number) =>
  handle.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId)).get()!.n;

async function roles() {
  const enterprise = handle.db.select({ id: enterprises.id }).from(enterprises).get()!;
  return {
    buyer: await cookieForEmail(handle.db, "acheteur.sante@maillage.example"),
    member: (await createTestUser(handle.db, { roles: ["enterprise_member"], enterpriseIds: [enterprise.id] })).cookie,
    curator: await cookieForEmail(handle.db, "pole-04@maillage.example"),
    admin: await cookieForEmail(handle.db, "admin@maillage.example"),
  };
}

describe("/compte", () => {
  it("anonymous visitors are sent to the login page, which brings them back", async () => {
    const res = await get("/compte");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/connexion?redirectTo=%2Fcompte");
  });

  it("every signed-in role sees its own account, and only its own", async () => {
    const cookies = await roles();
    const expected: Record<keyof typeof cookies, string[]> = {
      buyer: [
        "acheteur.sante@maillage.example",
        "Acheteur public",
        "Centre intégré de santé fictif de la Vallée (démo) (Mauricie)",
      ],
      member: ["Entreprise d&#x27;économie sociale"],
      curator: ["pole-04@maillage.example", "Pôle régional"],
      admin: ["admin@maillage.example", "Administration", 'href="/admin/courriels"'],
    };
    for (const [role, cookie] of Object.entries(cookies) as [keyof typeof cookies, string][]) {
      const res = await get("/compte", cookie);
      expect(res.status, role).toBe(200);
      const html = await res.text();
      for (const text of expected[role]) expect(`${html} ${mainText(html)}`, role).toContain(text);
      if (role !== "admin") expect(html, role).not.toContain('href="/admin/courriels"');
      if (role !== "admin") expect(html, role).not.toContain("admin@maillage.example");
    }
  });

  it("saves the display name and the preferred language (and switches the site to it)", async () => {
    const user = await createTestUser(handle.db, { password: "mot de passe solide" });
    const res = await postForm(
      app,
      "/compte",
      { intent: "profile", displayName: "  Léa Gagnon ", locale: "en" },
      { cookie: user.cookie },
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/compte?fait=profil");
    expect(res.headers.get("Set-Cookie")).toMatch(/^lng=/);
    const row = handle.db.select().from(users).where(eq(users.id, user.id)).get()!;
    expect(row).toMatchObject({ displayName: "Léa Gagnon", locale: "en" });
    const lng = res.headers.get("Set-Cookie")!.split(";")[0]!;
    const page = await get("/compte?fait=profil", `${user.cookie}; ${lng}`);
    const html = await page.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("Your changes are saved.");
  });

  it("refuses an empty name or an unknown language: 400, nothing saved", async () => {
    const user = await createTestUser(handle.db, { password: "mot de passe solide" });
    const before = handle.db.select().from(users).where(eq(users.id, user.id)).get()!;
    const empty = await postForm(
      app,
      "/compte",
      { intent: "profile", displayName: " ", locale: "fr" },
      { cookie: user.cookie },
    );
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Ce champ est obligatoire.");
    const long = await postForm(
      app,
      "/compte",
      { intent: "profile", displayName: "x".repeat(81), locale: "fr" },
      { cookie: user.cookie },
    );
    expect(long.status).toBe(400);
    expect(await long.text()).toContain("Ce texte est trop long.");
    const language = await postForm(
      app,
      "/compte",
      { intent: "profile", displayName: "Léa", locale: "de" },
      { cookie: user.cookie },
    );
    expect(language.status).toBe(400);
    const unknown = await postForm(app, "/compte", { intent: "delete-everything" }, { cookie: user.cookie });
    expect(unknown.status).toBe(400);
    expect(handle.db.select().from(users).where(eq(users.id, user.id)).get()).toEqual(before);
  });

  it("lists open sessions (this device marked, ids never shown) and closes the others", async () => {
    const user = await createTestUser(handle.db);
    const others = [await cookieFor(handle.db, user.id), await cookieFor(handle.db, user.id)];
    const page = await get("/compte", user.cookie);
    const html = await page.text();
    expect(html).toContain("Cet appareil");
    expect(html.match(/Ouverte le/g)).toHaveLength(3);
    const ids = handle.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id)).all();
    for (const { id } of ids) expect(html).not.toContain(id);

    const res = await postForm(app, "/compte", { intent: "signOutOthers" }, { cookie: user.cookie });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/compte?fait=sessions&n=2");
    expect(sessionsOf(user.id)).toBe(1);
    for (const cookie of others) expect((await get("/compte", cookie)).status).toBe(302);
    const after = await (await get("/compte?fait=sessions&n=2", user.cookie)).text();
    expect(after).toContain("2 autres sessions ont été fermées.");
    expect(after).toContain("Aucune autre session n&#x27;est ouverte.");
  });

  it("“log out everywhere” ends every session, this one included", async () => {
    const user = await createTestUser(handle.db);
    await cookieFor(handle.db, user.id);
    const res = await postForm(app, "/compte", { intent: "signOutAll" }, { cookie: user.cookie });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/connexion");
    expect(res.headers.get("Set-Cookie")).toMatch(/^__session=;.*Max-Age=0/);
    expect(sessionsOf(user.id)).toBe(0);
  });

  it("another user's sessions are never touched", async () => {
    const alice = await createTestUser(handle.db);
    const bob = await createTestUser(handle.db);
    await postForm(app, "/compte", { intent: "signOutAll" }, { cookie: alice.cookie });
    expect(sessionsOf(bob.id)).toBe(1);
    expect((await get("/compte", bob.cookie)).status).toBe(200);
  });
});

describe("/admin/courriels", () => {
  it("anonymous: login; buyer, member and curator: 403 with a message; admin: 200", async () => {
    const anonymous = await get("/admin/courriels");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe("/connexion?redirectTo=%2Fadmin%2Fcourriels");
    const cookies = await roles();
    for (const role of ["buyer", "member", "curator"] as const) {
      for (const path of ["/admin/courriels", "/admin/courriels?message=1"]) {
        const res = await get(path, cookies[role]);
        expect(res.status, `${role} ${path}`).toBe(403);
        expect(await res.text()).toContain("Seule l&#x27;administration peut lire les courriels du portail.");
      }
    }
    expect((await get("/admin/courriels", cookies.admin)).status).toBe(200);
  });

  it("lists messages newest first with their state, 25 a page, and opens one", async () => {
    const admin = await cookieForEmail(handle.db, "admin@maillage.example");
    handle.db.delete(emailOutbox).run();
    for (let i = 1; i <= 30; i++)
      queueEmail(handle.db, {
        to: `dest-${i}@exemple.example`,
        subject: `Objet numéro ${i}`,
        text: `Bonjour ${i}\nLien : http://localhost/x?token=abc${i}`,
        kind: "verifyEmail",
      });
    const rows = handle.db.select().from(emailOutbox).all();
    const sent = rows.find((r) => r.subject === "Objet numéro 30")!;
    const failed = rows.find((r) => r.subject === "Objet numéro 29")!;
    handle.db.update(emailOutbox).set({ sentAt: new Date() }).where(eq(emailOutbox.id, sent.id)).run();
    handle.db
      .update(emailOutbox)
      .set({ attempts: 2, lastError: "connect ECONNREFUSED" })
      .where(eq(emailOutbox.id, failed.id))
      .run();

    const first = await (await get("/admin/courriels", admin)).text();
    expect(first).toContain("30 courriels");
    expect(first.indexOf("Objet numéro 30")).toBeLessThan(first.indexOf("Objet numéro 28"));
    expect(first).toContain("Objet numéro 6<");
    expect(first).not.toContain("Objet numéro 5<");
    expect(first).toContain(">Envoyé<");
    expect(first).toContain("En attente · 2 échecs");
    expect(first).toContain("Page 1 sur 2");

    const second = await (await get("/admin/courriels?page=2", admin)).text();
    expect(second).toContain("Objet numéro 5<");
    expect(second).toContain("Objet numéro 1<");
    expect(second).not.toContain("Objet numéro 6<");

    const one = await get(`/admin/courriels?message=${failed.id}`, admin);
    expect(one.status).toBe(200);
    const html = await one.text();
    expect(html).toContain("dest-29@exemple.example");
    expect(html).toContain("Bonjour 29");
    expect(html).toContain('href="http://localhost/x?token=abc29"');
    expect(html).toContain("Dernière erreur : connect ECONNREFUSED");
  });

  it("an unknown or malformed message id is a 404", async () => {
    const admin = await cookieForEmail(handle.db, "admin@maillage.example");
    for (const id of ["999999", "abc", "-1"]) {
      const res = await get(`/admin/courriels?message=${id}`, admin);
      expect(res.status, id).toBe(404);
      expect(await res.text()).toContain("Ce courriel n&#x27;existe pas.");
    }
  });

  it("a message's text is shown as text, never as HTML", async () => {
    const admin = await cookieForEmail(handle.db, "admin@maillage.example");
    queueEmail(handle.db, {
      to: "x@exemple.example",
      subject: "<b>gras</b>",
      text: "<script>alert(1)</script>",
      kind: "test",
    });
    const row = handle.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "test")).get()!;
    const html = await (await get(`/admin/courriels?message=${row.id}`, admin)).text();
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("the buyer organizations list is unchanged by reading (sanity: GET changes nothing)", async () => {
    const admin = await cookieForEmail(handle.db, "admin@maillage.example");
    const before = handle.db.select({ n: count() }).from(buyerOrganizations).get()!.n;
    await get("/admin/courriels", admin);
    expect(handle.db.select({ n: count() }).from(buyerOrganizations).get()!.n).toBe(before);
  });
});
