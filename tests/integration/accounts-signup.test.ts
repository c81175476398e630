import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buyerOrganizations, emailOutbox, userRoles, users, verifications } from "#db/schema";
import { SignUpSchema } from "~/domain/account/account-schemas";
import { signUp } from "~/models/account-flows.server";
import { createTestApp } from "../helpers/app";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { cookiesFrom, emailsTo, freshIp, mainText, postForm, tokenFromEmail } from "../helpers/forms";

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

const PASSWORD = "une phrase de passe solide";
const enterpriseForm = (email: string, extra: Record<string, string> = {}) => ({
  accountType: "enterprise",
  displayName: "Camille Tremblay",
  email,
  password: PASSWORD,
  passwordConfirm: PASSWORD,
  locale: "fr",
  ...extra,
});
const userCount = () => handle.db.select({ n: count() }).from(users).get()!.n;
const outboxCount = () => handle.db.select({ n: count() }).from(emailOutbox).get()!.n;

describe("sign-up", () => {
  it("shows the form to visitors, with both account types and the buyer organizations", async () => {
    const res = await app.fetch("/inscription");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Créer un compte");
    expect(html).toContain("Je représente une entreprise d&#x27;économie sociale");
    expect(html).toContain("Je suis acheteur public");
    expect(html).toContain("Centre intégré de santé fictif de la Vallée (démo)");
    expect(html).toContain('name="website_url"');
  });

  it("creates an enterprise account: argon2id hash, role, 48-hour link emailed, signed in, 'check your email'", async () => {
    const before = Date.now();
    const res = await postForm(app, "/inscription", enterpriseForm("Nouvelle@Coop.example"));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(mainText(html)).toContain("Vérifiez vos courriels");
    expect(mainText(html)).toContain("nouvelle@coop.example");

    const user = handle.db.select().from(users).where(eq(users.email, "nouvelle@coop.example")).get()!;
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.displayName).toBe("Camille Tremblay");
    const roles = handle.db.select().from(userRoles).where(eq(userRoles.userId, user.id)).all();
    expect(roles.map((r) => r.role)).toEqual(["enterprise_member"]);

    const [message] = emailsTo(handle.db, "nouvelle@coop.example");
    expect(message!.kind).toBe("verifyEmail");
    expect(message!.subject).toBe("Confirmez votre adresse courriel");
    expect(message!.text).toContain("Camille Tremblay");
    expect(message!.text).toMatch(/http:\/\/localhost\/verifier-courriel\?token=[A-Za-z0-9_-]{40,}/);
    const verification = handle.db.select().from(verifications).where(eq(verifications.userId, user.id)).get()!;
    const lifetime = verification.expiresAt.getTime() - before;
    expect(lifetime).toBeGreaterThan(47.9 * 3600_000);
    expect(lifetime).toBeLessThan(48.1 * 3600_000);

    const cookies = cookiesFrom(res);
    expect(cookies.__session).toBeDefined();
    expect(cookies.lng).toBeDefined();
    const account = await app.fetch("/compte", { headers: { Cookie: cookies.__session! } });
    expect(account.status).toBe(200);
    const accountHtml = await account.text();
    expect(accountHtml).toContain("nouvelle@coop.example");
    expect(accountHtml).toContain("Non confirmée");
    expect(accountHtml).toContain("Confirmez votre adresse courriel en ouvrant le lien");
  });

  it("an existing address gets the same page, no new account, and an email telling its owner", async () => {
    const fresh = await postForm(app, "/inscription", enterpriseForm("premiere@coop.example"));
    const users1 = userCount();
    const again = await postForm(
      app,
      "/inscription",
      enterpriseForm("PREMIERE@coop.example", {
        displayName: "Quelqu'un d'autre",
        password: "autre mot de passe",
        passwordConfirm: "autre mot de passe",
      }),
    );
    expect(again.status).toBe(fresh.status);
    const freshText = mainText(await fresh.text());
    const againText = mainText(await again.text());
    expect(againText).toBe(freshText.replace("premiere@coop.example", "PREMIERE@coop.example".toLowerCase()));
    expect(userCount()).toBe(users1);
    expect(cookiesFrom(again).__session).toBeUndefined();

    const [latest] = emailsTo(handle.db, "premiere@coop.example");
    expect(latest!.kind).toBe("accountExists");
    expect(latest!.subject).toBe("Tentative de création de compte avec votre adresse");
    expect(latest!.text).toContain("http://localhost/mot-de-passe-oublie");
    // The original password still works; nothing about the account changed.
    const login = await postForm(app, "/connexion", { email: "premiere@coop.example", password: PASSWORD });
    expect(login.status).toBe(302);
  });

  it("a demo account's address (seeded, verified) also gets the identical answer", async () => {
    const newcomer = await postForm(app, "/inscription", enterpriseForm("inconnu@coop.example"));
    const existing = await postForm(app, "/inscription", enterpriseForm("admin@maillage.example"));
    expect(existing.status).toBe(newcomer.status);
    expect(mainText(await existing.text())).toBe(
      mainText(await newcomer.text()).replace("inconnu@coop.example", "admin@maillage.example"),
    );
    expect(emailsTo(handle.db, "admin@maillage.example")[0]!.kind).toBe("accountExists");
  });

  it("asks its owner at most once an hour when the same address is tried again and again", async () => {
    await postForm(app, "/inscription", enterpriseForm("souvent@coop.example"));
    for (let i = 0; i < 3; i++) await postForm(app, "/inscription", enterpriseForm("souvent@coop.example"));
    const kinds = emailsTo(handle.db, "souvent@coop.example").map((m) => m.kind);
    expect(kinds.sort()).toEqual(["accountExists", "verifyEmail"]);
  });

  it("does about the same work for an existing address as for a new one (argon2 both times)", async () => {
    // Timed at the model, where the work differs; a whole page render would drown the difference.
    const input = (email: string) => SignUpSchema.parse(enterpriseForm(email));
    const time = async (email: string) => {
      const started = performance.now();
      await signUp(handle.db, input(email));
      return performance.now() - started;
    };
    await time("echauffement@coop.example");
    const created: number[] = [];
    const existing: number[] = [];
    for (let i = 0; i < 5; i++) {
      created.push(await time(`chrono-${i}@coop.example`));
      existing.push(await time("echauffement@coop.example"));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Skipping the hash would make it 30 times faster; the wide margin absorbs a busy machine.
    expect(median(existing) / median(created)).toBeGreaterThan(0.25);
    expect(median(existing) / median(created)).toBeLessThan(4);
  });

  it("a public buyer picks an existing organization", async () => {
    const org = handle.db.select().from(buyerOrganizations).get()!;
    const res = await postForm(
      app,
      "/inscription",
      enterpriseForm("acheteuse@cisss.example", { accountType: "buyer", buyerOrganizationId: String(org.id) }),
    );
    expect(res.status).toBe(200);
    const user = handle.db.select().from(users).where(eq(users.email, "acheteuse@cisss.example")).get()!;
    expect(user.buyerOrganizationId).toBe(org.id);
    const roles = handle.db.select().from(userRoles).where(eq(userRoles.userId, user.id)).all();
    expect(roles.map((r) => r.role)).toEqual(["buyer"]);
  });

  it("a public buyer creates their organization with a type and a region, in English", async () => {
    const res = await postForm(
      app,
      "/inscription",
      enterpriseForm("buyer@town.example", {
        accountType: "buyer",
        buyerOrganizationId: "new",
        organizationName: "Ville de Démo-sur-Mer",
        organizationType: "municipality",
        organizationRegion: "01",
        locale: "en",
      }),
    );
    expect(res.status).toBe(200);
    const user = handle.db.select().from(users).where(eq(users.email, "buyer@town.example")).get()!;
    expect(user.locale).toBe("en");
    const org = handle.db
      .select()
      .from(buyerOrganizations)
      .where(eq(buyerOrganizations.id, user.buyerOrganizationId!))
      .get()!;
    expect(org).toMatchObject({ name: "Ville de Démo-sur-Mer", type: "municipality", regionCode: "01" });
    // The confirmation email is in the account's language.
    expect(emailsTo(handle.db, "buyer@town.example")[0]!.subject).toBe("Confirm your email address");
    expect(cookiesFrom(res).lng).toMatch(/^lng=/);
  });
});

describe("sign-up: bad input changes nothing", () => {
  const cases: [string, Record<string, string>, string[]][] = [
    ["a bad email", { email: "pas-un-courriel" }, ["Entrez une adresse courriel valide."]],
    ["a short password", { password: "court", passwordConfirm: "court" }, ["au moins 10 caractères"]],
    ["a password over 200 characters", { password: "x".repeat(201), passwordConfirm: "x".repeat(201) }, ["trop long"]],
    ["a mismatched confirmation", { passwordConfirm: "une autre phrase de passe" }, ["ne sont pas identiques"]],
    ["no display name", { displayName: "" }, ["Ce champ est obligatoire."]],
    ["no account type", { accountType: "" }, ["Indiquez si vous représentez une entreprise ou un acheteur public."]],
    ["an unknown account type", { accountType: "admin" }, ["Indiquez si vous représentez une entreprise"]],
    ["a buyer without organization", { accountType: "buyer" }, ["Choisissez votre organisation"]],
    [
      "a buyer with an unknown organization",
      { accountType: "buyer", buyerOrganizationId: "99999" },
      ["Cette option n&#x27;existe pas."],
    ],
    [
      "a new organization without name, type or region",
      { accountType: "buyer", buyerOrganizationId: "new" },
      ["Ce champ est obligatoire."],
    ],
    [
      "a new organization in an unknown region",
      {
        accountType: "buyer",
        buyerOrganizationId: "new",
        organizationName: "Org",
        organizationType: "other",
        organizationRegion: "42",
      },
      ["Cette option n&#x27;existe pas."],
    ],
  ];
  for (const [name, change, messages] of cases) {
    it(`rejects ${name} with a 400 and a French message`, async () => {
      const users0 = userCount();
      const mails0 = outboxCount();
      const res = await postForm(app, "/inscription", enterpriseForm("mauvais@coop.example", change));
      expect(res.status).toBe(400);
      const html = await res.text();
      for (const message of messages) expect(html).toContain(message);
      expect(html).not.toContain(PASSWORD);
      expect(userCount()).toBe(users0);
      expect(outboxCount()).toBe(mails0);
      expect(cookiesFrom(res).__session).toBeUndefined();
    });
  }

  it("answers in English for an English visitor", async () => {
    const res = await app.fetch(
      "/inscription?lng=en",
      {
        method: "POST",
        body: new URLSearchParams(enterpriseForm("x@coop.example", { password: "short", passwordConfirm: "short" })),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      },
      { clientIp: freshIp() },
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("at least 10 characters");
  });

  it("a filled honeypot is refused as spam: 400, nothing created", async () => {
    const users0 = userCount();
    const mails0 = outboxCount();
    const res = await postForm(
      app,
      "/inscription",
      enterpriseForm("robot@spam.example", { website_url: "http://spam.example" }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Le formulaire n&#x27;a pas pu être envoyé.");
    expect(userCount()).toBe(users0);
    expect(outboxCount()).toBe(mails0);
  });

  it("limits sign-ups per address: the 11th in an hour gets 429 and nothing is created", async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      const res = await postForm(app, "/inscription", enterpriseForm(`serie-${i}@coop.example`), { ip });
      expect(res.status).toBe(200);
    }
    const users0 = userCount();
    const res = await postForm(app, "/inscription", enterpriseForm("serie-11@coop.example"), { ip });
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(await res.text()).toMatch(/Trop de tentatives. Réessayez dans \d+ minute/);
    expect(userCount()).toBe(users0);
  });

  it("a signed-in user is sent to their account instead of the form", async () => {
    const res = await postForm(app, "/inscription", enterpriseForm("deja@coop.example"));
    const cookie = cookiesFrom(res).__session!;
    const page = await app.fetch("/inscription", { headers: { Cookie: cookie } });
    expect(page.status).toBe(302);
    expect(page.headers.get("Location")).toBe("/compte");
  });
});

describe("address confirmation", () => {
  it("the link opens a page with a button (GET confirms nothing); the POST confirms, once", async () => {
    const signUp = await postForm(app, "/inscription", enterpriseForm("confirme@coop.example"));
    const cookie = cookiesFrom(signUp).__session!;
    const token = tokenFromEmail(handle.db, "confirme@coop.example", "/verifier-courriel");
    const isVerified = () =>
      handle.db.select().from(users).where(eq(users.email, "confirme@coop.example")).get()!.emailVerifiedAt !== null;

    const page = await app.fetch(`/verifier-courriel?token=${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Confirmez que confirme@coop.example est bien votre adresse courriel.");
    expect(html).toContain("Confirmer mon adresse");
    expect(isVerified()).toBe(false);

    const confirm = await postForm(app, `/verifier-courriel?token=${token}`, { intent: "confirm", token });
    expect(confirm.status).toBe(302);
    expect(confirm.headers.get("Location")).toBe("/verifier-courriel?statut=confirme");
    expect(isVerified()).toBe(true);
    const done = await app.fetch("/verifier-courriel?statut=confirme", { headers: { Cookie: cookie } });
    expect(await done.text()).toContain("Votre adresse courriel est confirmée.");

    // The banner is gone once confirmed.
    const account = await (await app.fetch("/compte", { headers: { Cookie: cookie } })).text();
    expect(account).not.toContain("Confirmez votre adresse courriel en ouvrant le lien");
    expect(account).toContain("Confirmée");

    const reused = await postForm(app, "/verifier-courriel", { intent: "confirm", token });
    expect(reused.status).toBe(400);
    expect(await reused.text()).toContain("Ce lien de confirmation ne fonctionne plus");
    expect((await app.fetch(`/verifier-courriel?token=${token}`)).status).toBe(400);
  });

  it("forged and expired links are refused with a clear message", async () => {
    const forged = await app.fetch("/verifier-courriel?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain("Lien expiré ou déjà utilisé");
    expect((await postForm(app, "/verifier-courriel", { intent: "confirm", token: "<script>" })).status).toBe(400);
    expect((await postForm(app, "/verifier-courriel", { intent: "nothing" })).status).toBe(400);

    await postForm(app, "/inscription", enterpriseForm("expire@coop.example"));
    const token = tokenFromEmail(handle.db, "expire@coop.example", "/verifier-courriel");
    handle.db
      .update(verifications)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(verifications.email, "expire@coop.example"))
      .run();
    const expired = await postForm(app, "/verifier-courriel", { intent: "confirm", token });
    expect(expired.status).toBe(400);
    expect(
      handle.db.select().from(users).where(eq(users.email, "expire@coop.example")).get()!.emailVerifiedAt,
    ).toBeNull();
  });

  it("a signed-in unverified user can ask for a new link (a few times an hour)", async () => {
    const signUp = await postForm(app, "/inscription", enterpriseForm("renvoi@coop.example"));
    const cookie = cookiesFrom(signUp).__session!;
    const pending = await app.fetch("/verifier-courriel", { headers: { Cookie: cookie } });
    expect(await pending.text()).toContain("Nous avons envoyé un lien de confirmation à renvoi@coop.example");

    for (let i = 0; i < 3; i++) {
      const res = await postForm(app, "/verifier-courriel", { intent: "resend" }, { cookie });
      expect(res.status).toBe(302);
      expect(res.headers.get("Location")).toBe("/verifier-courriel?statut=envoye");
    }
    expect(emailsTo(handle.db, "renvoi@coop.example").filter((m) => m.kind === "verifyEmail")).toHaveLength(4);
    const limited = await postForm(app, "/verifier-courriel", { intent: "resend" }, { cookie });
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain("Trop de tentatives");
    expect(emailsTo(handle.db, "renvoi@coop.example")).toHaveLength(4);
  });

  it("asking for a new link needs a session", async () => {
    const res = await postForm(app, "/verifier-courriel", { intent: "resend" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toMatch(/^\/connexion\?redirectTo=/);
    const page = await app.fetch("/verifier-courriel");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Connectez-vous pour voir où en est la confirmation");
  });
});
