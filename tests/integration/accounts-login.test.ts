import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions, users } from "#db/schema";
import { verifyLogin } from "~/models/users.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createTestDb, useDbInApp } from "../helpers/db";
import { cookiesFrom, freshIp, mainText, postForm } from "../helpers/forms";

let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: ReturnType<typeof createTestDb>;

beforeAll(async () => {
  handle = createTestDb();
  useDbInApp(handle.db);
  app = await createTestApp();
}, 60_000);
afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const PASSWORD = "correct cheval pile agrafe";
const sessionsOf = (userId: number) =>
  handle.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId)).get()!.n;
const login = (email: string, password: string, options: Parameters<typeof postForm>[3] = {}, extra = {}) =>
  postForm(app, "/connexion", { email, password, ...extra }, options);

describe("login", () => {
  it("shows a form with a link to reset the password and to sign up", async () => {
    const res = await app.fetch("/connexion");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Se connecter");
    expect(html).toContain('href="/mot-de-passe-oublie"');
    expect(html).toContain("Mot de passe oublié?");
    expect(html).toContain('href="/inscription"');
    expect(html).toContain("current-password");
  });

  it("signs in: a database session behind an HttpOnly, SameSite=Lax cookie, in the user's language", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    handle.db.update(users).set({ locale: "en" }).where(eq(users.id, user.id)).run();
    const before = sessionsOf(user.id);
    const res = await login(user.email.toUpperCase(), PASSWORD, {
      headers: { "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
    const setCookies = res.headers.getSetCookie();
    const session = setCookies.find((c) => c.startsWith("__session="))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//);
    expect(setCookies.find((c) => c.startsWith("lng="))).toMatch(/^lng=/);
    expect(sessionsOf(user.id)).toBe(before + 1);

    const cookies = cookiesFrom(res);
    const account = await app.fetch("/compte", { headers: { Cookie: `${cookies.__session}; ${cookies.lng}` } });
    expect(account.status).toBe(200);
    const html = await account.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("Firefox · Linux");
  });

  it("goes back to the page that asked for a login, but only on this site", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    const anonymous = await app.fetch("/compte");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe("/connexion?redirectTo=%2Fcompte");
    const form = await (await app.fetch("/connexion?redirectTo=%2Fcompte")).text();
    expect(form).toContain('name="redirectTo" value="/compte"');

    const ok = await login(user.email, PASSWORD, {}, { redirectTo: "/compte?x=1" });
    expect(ok.headers.get("Location")).toBe("/compte?x=1");
    for (const evil of ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"]) {
      const res = await login(user.email, PASSWORD, {}, { redirectTo: evil });
      expect(res.status).toBe(302);
      expect(res.headers.get("Location")).toBe("/");
    }
    const external = await (await app.fetch("/connexion?redirectTo=%2F%2Fevil.example")).text();
    expect(external).not.toContain('name="redirectTo" value="//evil.example"');
  });

  it("a signed-in visitor of the login page goes to their account (or where they were going)", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    const res = await app.fetch("/connexion", { headers: { Cookie: user.cookie } });
    expect(res.headers.get("Location")).toBe("/compte");
    const back = await app.fetch("/connexion?redirectTo=%2Frepertoire", { headers: { Cookie: user.cookie } });
    expect(back.headers.get("Location")).toBe("/repertoire");
  });

  it("says the same thing, with the same status, for an unknown email and a wrong password", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    const wrong = await login(user.email, "pas le bon mot de passe");
    const unknown = await login("personne@nulle-part.example", "pas le bon mot de passe");
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    const wrongText = mainText(await wrong.text());
    expect(wrongText).toContain("Adresse courriel ou mot de passe incorrect.");
    expect(mainText(await unknown.text())).toBe(wrongText.replace(user.email, "personne@nulle-part.example"));
    expect(cookiesFrom(wrong).__session).toBeUndefined();
  });

  it("takes about as long for an unknown email as for a wrong password", async () => {
    // Timed at the model, where the work differs; a whole page render would drown the difference.
    const user = await createTestUser(handle.db, { password: PASSWORD });
    const time = async (email: string) => {
      const started = performance.now();
      expect(await verifyLogin(handle.db, email, "pas le bon mot de passe")).toBeUndefined();
      return performance.now() - started;
    };
    await time("chauffe@nulle-part.example");
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      wrong.push(await time(user.email));
      unknown.push(await time(`inconnu-${i}@nulle-part.example`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
    // Skipping the dummy hash would make it 100 times faster; the wide margin absorbs a busy machine.
    expect(median(unknown) / median(wrong)).toBeGreaterThan(0.25);
    expect(median(unknown) / median(wrong)).toBeLessThan(4);
    expect(await verifyLogin(handle.db, user.email, PASSWORD)).toMatchObject({ id: user.id });
  });

  it("rejects bad input with a 400 and a message per field, and creates no session", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    const before = sessionsOf(user.id);
    const badEmail = await login("pas-un-courriel", PASSWORD);
    expect(badEmail.status).toBe(400);
    expect(await badEmail.text()).toContain("Entrez une adresse courriel valide.");
    const noPassword = await postForm(app, "/connexion", { email: user.email });
    expect(noPassword.status).toBe(400);
    expect(await noPassword.text()).toContain("Ce champ est obligatoire.");
    const nothing = await postForm(app, "/connexion", {});
    expect(nothing.status).toBe(400);
    expect(sessionsOf(user.id)).toBe(before);
  });

  it("a filled honeypot is refused as spam, even with the right password", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    const res = await login(user.email, PASSWORD, {}, { website_url: "https://spam.example" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Le formulaire n&#x27;a pas pu être envoyé.");
    expect(cookiesFrom(res).__session).toBeUndefined();
  });

  it("an unverified user can sign in and is reminded to confirm the address", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD, verified: false });
    const res = await login(user.email, PASSWORD);
    expect(res.status).toBe(302);
    const home = await app.fetch("/", { headers: { Cookie: cookiesFrom(res).__session! } });
    expect(await home.text()).toContain("Confirmez votre adresse courriel en ouvrant le lien");
  });

  it("drops a session id the browser already had (no session fixation)", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    const old = user.cookie;
    const res = await login(user.email, PASSWORD, { cookie: old });
    expect(res.status).toBe(302);
    expect((await app.fetch("/compte", { headers: { Cookie: old } })).status).toBe(302);
  });
});

describe("login rate limits", () => {
  it("8 failed attempts on one account, from anywhere, block it for 15 minutes (429), even with the right password", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    for (let i = 0; i < 8; i++) expect((await login(user.email, `mauvais ${i}`)).status).toBe(400);
    const blocked = await login(user.email, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(800);
    expect(await blocked.text()).toContain("Trop de tentatives. Réessayez dans 15 minute(s).");
    expect(cookiesFrom(blocked).__session).toBeUndefined();
  });

  it("a successful login clears the account's count of failures", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5; i++) await login(user.email, "mauvais");
      expect((await login(user.email, PASSWORD)).status).toBe(302);
    }
  });

  it("30 attempts from one address block it (429), whatever the accounts", async () => {
    const ip = freshIp();
    for (let i = 0; i < 30; i++) expect((await login(`essai-${i}@nulle-part.example`, "x", { ip })).status).toBe(400);
    const user = await createTestUser(handle.db, { password: PASSWORD });
    const blocked = await login(user.email, PASSWORD, { ip });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toMatch(/Trop de tentatives\. Réessayez dans \d+ minute/);
    // Another address is not affected.
    expect((await login(user.email, PASSWORD)).status).toBe(302);
  });

  it("answers in English for an English visitor", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    for (let i = 0; i < 8; i++) await login(user.email, "wrong");
    const res = await app.fetch(
      "/connexion?lng=en",
      {
        method: "POST",
        body: new URLSearchParams({ email: user.email, password: "wrong" }),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      },
      { clientIp: freshIp() },
    );
    expect(res.status).toBe(429);
    expect(await res.text()).toContain("Too many attempts");
  });
});

describe("logout", () => {
  it("POST ends the session in the database and clears the cookie", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    const before = sessionsOf(user.id);
    const res = await postForm(app, "/deconnexion", {}, { cookie: user.cookie });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
    expect(res.headers.get("Set-Cookie")).toMatch(/^__session=;.*Max-Age=0/);
    expect(sessionsOf(user.id)).toBe(before - 1);
    expect((await app.fetch("/compte", { headers: { Cookie: user.cookie } })).status).toBe(302);
  });

  it("GET changes nothing: it only goes home", async () => {
    const user = await createTestUser(handle.db, { password: PASSWORD });
    const res = await app.fetch("/deconnexion", { headers: { Cookie: user.cookie } });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
    expect(res.headers.get("Set-Cookie")).toBeNull();
    expect((await app.fetch("/compte", { headers: { Cookie: user.cookie } })).status).toBe(200);
  });

  it("without a session it simply goes home", async () => {
    const res = await postForm(app, "/deconnexion", {});
    expect(res.status).toBe(302);
  });
});
