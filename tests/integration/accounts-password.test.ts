import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, sessions, users, verifications } from "#db/schema";
import { verifyPassword } from "~/lib/password.server";
import { createTestApp } from "../helpers/app";
import { cookieFor, createTestUser } from "../helpers/auth";
import { createTestDb, useDbInApp } from "../helpers/db";
import { cookiesFrom, emailsTo, freshIp, mainText, postForm, tokenFromEmail } from "../helpers/forms";

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

const OLD = "ancien mot de passe solide";
const NEW = "nouvelle phrase de passe";
const outboxCount = () => handle.db.select({ n: count() }).from(emailOutbox).get()!.n;
const sessionsOf = (userId: number) =>
  handle.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId)).get()!.n;
const hashOf = (userId: number) => handle.db.select().from(users).where(eq(users.id, userId)).get()!.passwordHash;
const forgot = (email: string, options: Parameters<typeof postForm>[3] = {}, extra = {}) =>
  postForm(app, "/mot-de-passe-oublie", { email, ...extra }, options);
const reset = (token: string, password: string, passwordConfirm = password) =>
  postForm(app, `/reinitialiser-mot-de-passe?token=${token}`, { token, password, passwordConfirm });

async function userWithResetLink(options: { verified?: boolean } = {}) {
  const user = await createTestUser(handle.db, { password: OLD, ...options });
  expect((await forgot(user.email)).status).toBe(200);
  return { user, token: tokenFromEmail(handle.db, user.email, "/reinitialiser-mot-de-passe") };
}

describe("forgot password", () => {
  it("answers the same for an address with an account and one without; only the account gets a 1-hour link", async () => {
    const user = await createTestUser(handle.db, { password: OLD });
    const mails0 = outboxCount();
    const known = await forgot(user.email);
    const unknown = await forgot("personne@nulle-part.example");
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const knownText = mainText(await known.text());
    expect(knownText).toContain(`Si un compte existe pour ${user.email}, nous venons d'y envoyer un lien`);
    expect(mainText(await unknown.text())).toBe(knownText.replace(user.email, "personne@nulle-part.example"));
    expect(outboxCount()).toBe(mails0 + 1);

    const [message] = emailsTo(handle.db, user.email);
    expect(message!.subject).toBe("Réinitialiser votre mot de passe");
    const verification = handle.db.select().from(verifications).where(eq(verifications.userId, user.id)).get()!;
    const lifetime = verification.expiresAt.getTime() - verification.createdAt.getTime();
    expect(lifetime).toBe(3600_000);
  });

  it("rejects a bad address and a filled honeypot with a 400, sending nothing", async () => {
    const user = await createTestUser(handle.db, { password: OLD });
    const mails0 = outboxCount();
    const bad = await forgot("pas un courriel");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Entrez une adresse courriel valide.");
    const empty = await postForm(app, "/mot-de-passe-oublie", {});
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Ce champ est obligatoire.");
    const spam = await forgot(user.email, {}, { website_url: "x" });
    expect(spam.status).toBe(400);
    expect(await spam.text()).toContain("Le formulaire n&#x27;a pas pu être envoyé.");
    expect(outboxCount()).toBe(mails0);
  });

  it("limits requests per address (3 an hour) and per client (10 an hour) with a 429", async () => {
    const user = await createTestUser(handle.db, { password: OLD });
    for (let i = 0; i < 3; i++) expect((await forgot(user.email)).status).toBe(200);
    const mails = outboxCount();
    const perEmail = await forgot(user.email);
    expect(perEmail.status).toBe(429);
    expect(await perEmail.text()).toMatch(/Trop de tentatives\. Réessayez dans \d+ minute/);
    expect(outboxCount()).toBe(mails);

    const ip = freshIp();
    for (let i = 0; i < 10; i++) expect((await forgot(`quelquun-${i}@nulle-part.example`, { ip })).status).toBe(200);
    expect((await forgot("encore@nulle-part.example", { ip })).status).toBe(429);
  });
});

describe("reset password", () => {
  it("the link shows a form (GET uses nothing up); the new password ends every session and signs in", async () => {
    const { user, token } = await userWithResetLink({ verified: false });
    const otherDevice = await cookieFor(handle.db, user.id);
    expect(sessionsOf(user.id)).toBe(2);

    const page = await app.fetch(`/reinitialiser-mot-de-passe?token=${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`Choisissez un nouveau mot de passe pour ${user.email}`);
    expect(html).not.toContain(OLD);

    const res = await reset(token, NEW);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/compte?fait=mot-de-passe-reinitialise");
    expect(await verifyPassword(hashOf(user.id), NEW)).toBe(true);
    // The old sessions are gone; only the new one (this browser) remains.
    expect(sessionsOf(user.id)).toBe(1);
    for (const old of [user.cookie, otherDevice])
      expect((await app.fetch("/compte", { headers: { Cookie: old } })).status).toBe(302);
    const account = await app.fetch("/compte?fait=mot-de-passe-reinitialise", {
      headers: { Cookie: cookiesFrom(res).__session! },
    });
    expect(account.status).toBe(200);
    expect(await account.text()).toContain("Votre mot de passe est changé.");
    // Opening the emailed link proved the address.
    expect(handle.db.select().from(users).where(eq(users.id, user.id)).get()!.emailVerifiedAt).not.toBeNull();

    expect((await postForm(app, "/connexion", { email: user.email, password: OLD })).status).toBe(400);
    expect((await postForm(app, "/connexion", { email: user.email, password: NEW })).status).toBe(302);
  });

  it("a link works once: a second use gets a clear message and changes nothing", async () => {
    const { user, token } = await userWithResetLink();
    expect((await reset(token, NEW)).status).toBe(302);
    const hash = hashOf(user.id);
    const again = await reset(token, "encore une autre phrase");
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("Ce lien de réinitialisation ne fonctionne plus");
    expect(hashOf(user.id)).toBe(hash);
    expect((await app.fetch(`/reinitialiser-mot-de-passe?token=${token}`)).status).toBe(400);
  });

  it("using one link cancels the others sent earlier", async () => {
    const { user, token: first } = await userWithResetLink();
    await forgot(user.email);
    const second = tokenFromEmail(handle.db, user.email, "/reinitialiser-mot-de-passe");
    expect(second).not.toBe(first);
    expect((await reset(second, NEW)).status).toBe(302);
    expect((await reset(first, "une autre phrase de passe")).status).toBe(400);
    expect(await verifyPassword(hashOf(user.id), NEW)).toBe(true);
  });

  it("expired, forged and missing tokens are refused with a link to ask again", async () => {
    const { user, token } = await userWithResetLink();
    handle.db
      .update(verifications)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(eq(verifications.userId, user.id))
      .run();
    const expired = await app.fetch(`/reinitialiser-mot-de-passe?token=${token}`);
    expect(expired.status).toBe(400);
    const html = await expired.text();
    expect(html).toContain("Lien expiré ou déjà utilisé");
    expect(html).toContain('href="/mot-de-passe-oublie"');
    expect((await reset(token, NEW)).status).toBe(400);
    expect(await verifyPassword(hashOf(user.id), OLD)).toBe(true);

    expect((await app.fetch("/reinitialiser-mot-de-passe?token=forged-token-forged-token-forged")).status).toBe(400);
    expect((await app.fetch("/reinitialiser-mot-de-passe")).status).toBe(400);
    expect((await reset("x", NEW)).status).toBe(400);
  });

  it("a short or mismatched password is refused; the link still works afterwards", async () => {
    const { user, token } = await userWithResetLink();
    const short = await reset(token, "court");
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("Le mot de passe doit compter au moins 10 caractères.");
    const mismatch = await reset(token, NEW, "autre chose encore");
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain("Les deux mots de passe ne sont pas identiques.");
    expect(await verifyPassword(hashOf(user.id), OLD)).toBe(true);
    expect((await reset(token, NEW)).status).toBe(302);
  });
});

describe("change password from the account page", () => {
  const change = (cookie: string, body: Record<string, string>, ip?: string) =>
    postForm(app, "/compte", { intent: "password", ...body }, { cookie, ip });

  it("needs the current password; keeps this session and ends the others", async () => {
    const user = await createTestUser(handle.db, { password: OLD });
    const otherDevice = await cookieFor(handle.db, user.id);
    const res = await change(user.cookie, { currentPassword: OLD, newPassword: NEW, newPasswordConfirm: NEW });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/compte?fait=mot-de-passe");
    expect(await verifyPassword(hashOf(user.id), NEW)).toBe(true);
    expect((await app.fetch("/compte", { headers: { Cookie: user.cookie } })).status).toBe(200);
    expect((await app.fetch("/compte", { headers: { Cookie: otherDevice } })).status).toBe(302);
  });

  it("refuses a wrong current password, a short or mismatched new one: 400, nothing changed", async () => {
    const user = await createTestUser(handle.db, { password: OLD });
    const hash = hashOf(user.id);
    const cases: [Record<string, string>, string][] = [
      [
        { currentPassword: "pas le bon", newPassword: NEW, newPasswordConfirm: NEW },
        "Le mot de passe actuel est incorrect.",
      ],
      [{ currentPassword: OLD, newPassword: "court", newPasswordConfirm: "court" }, "au moins 10 caractères"],
      [{ currentPassword: OLD, newPassword: NEW, newPasswordConfirm: "autre" }, "ne sont pas identiques"],
      [{ newPassword: NEW, newPasswordConfirm: NEW }, "Ce champ est obligatoire."],
    ];
    for (const [body, message] of cases) {
      const res = await change(user.cookie, body);
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).not.toContain(OLD);
    }
    expect(hashOf(user.id)).toBe(hash);
  });

  it("guessing the current password is rate-limited like a login", async () => {
    const user = await createTestUser(handle.db, { password: OLD });
    for (let i = 0; i < 8; i++)
      expect(
        (await change(user.cookie, { currentPassword: `essai ${i}`, newPassword: NEW, newPasswordConfirm: NEW }))
          .status,
      ).toBe(400);
    const blocked = await change(user.cookie, { currentPassword: OLD, newPassword: NEW, newPasswordConfirm: NEW });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain("Trop de tentatives");
    expect(await verifyPassword(hashOf(user.id), OLD)).toBe(true);
  });

  it("anonymous: sent to the login page, nothing changed", async () => {
    const res = await postForm(app, "/compte", {
      intent: "password",
      currentPassword: OLD,
      newPassword: NEW,
      newPasswordConfirm: NEW,
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toMatch(/^\/connexion\?redirectTo=/);
  });
});
