import Database from "better-sqlite3";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, startPortal, type RunningPortal } from "./harness";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./checks";

const PASSWORD = "une phrase de passe facile à retenir";

describe.skipIf(!browserAvailable())("accounts in Chromium", () => {
  let portal: RunningPortal;
  let outbox: Database.Database;
  beforeAll(async () => {
    portal = await startPortal();
    outbox = new Database(portal.databaseFile, { readonly: true, fileMustExist: true });
  });
  afterAll(async () => {
    outbox?.close();
    await portal?.stop();
  });

  /** The confirmation link the portal emailed (without SMTP it waits in the outbox table). */
  function emailedLink(to: string, path: string): string {
    const row = outbox.prepare('select text from email_outbox where "to" = ? order by id desc limit 1').get(to) as
      { text: string } | undefined;
    expect(row, `an email to ${to}`).toBeDefined();
    const link = new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_-]+`).exec(row!.text)?.[0];
    expect(link, `a ${path} link`).toBeDefined();
    return link!;
  }

  it("signs up, confirms the address from the emailed link, logs out and logs in again", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA" });
    const page = await context.newPage();
    const email = "camille.tremblay@coop-demo.example";

    await page.goto(portal.baseUrl + "/inscription");
    await expect.poll(() => page.locator("h1").innerText()).toBe("Créer un compte");
    // With JavaScript the buyer's organization fields wait for the buyer choice.
    await page.getByLabel("Je suis acheteur public").check();
    await expect.poll(() => page.getByLabel("Organisation", { exact: true }).isVisible()).toBe(true);
    await page.getByLabel("Organisation", { exact: true }).selectOption("new");
    await expect.poll(() => page.getByLabel("Nom de l'organisation").isVisible()).toBe(true);
    await page.screenshot({ path: "/tmp/accounts-signup-buyer.png", fullPage: true });
    await expectNoAxeViolations(page);

    await page.getByLabel("Je représente une entreprise d'économie sociale").check();
    await expect.poll(() => page.getByLabel("Organisation", { exact: true }).count()).toBe(0);
    await page.getByLabel("Votre nom").fill("Camille Tremblay");
    await page.getByLabel("Adresse courriel").fill(email);
    await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Confirmez le mot de passe").fill("pas la même chose");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    // Checked in the browser with the server's schema, before anything is sent.
    await expect.poll(() => page.getByText("Les deux mots de passe ne sont pas identiques.").isVisible()).toBe(true);
    await page.getByLabel("Confirmez le mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect.poll(() => page.locator("h1").innerText()).toBe("Vérifiez vos courriels");
    expect(await page.locator("main").innerText()).toContain(email);
    await page.screenshot({ path: "/tmp/accounts-check-email.png" });
    // Signed in, with a reminder to confirm the address.
    await expect.poll(() => page.getByRole("link", { name: "Mon compte" }).isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/inscription");
    expect(await page.locator("h1").innerText()).toBe("Vérifiez vos courriels");
    await page.goto(portal.baseUrl + "/");
    expect(await page.getByRole("region", { name: "Adresse courriel à confirmer" }).innerText()).toContain(
      "Confirmez votre adresse courriel",
    );

    const link = emailedLink(email, "/verifier-courriel");
    await page.goto(link);
    await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
    await expect.poll(() => page.locator("h1").innerText()).toBe("Adresse confirmée");
    await page.getByRole("link", { name: "Aller à mon compte" }).click();
    await expect.poll(() => page.locator("h1").innerText()).toBe("Mon compte");
    expect(await page.locator("main").innerText()).toContain("Confirmée");
    expect(await page.getByRole("region", { name: "Adresse courriel à confirmer" }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "/tmp/accounts-account.png", fullPage: true });

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect.poll(() => page.getByRole("link", { name: "Se connecter" }).isVisible()).toBe(true);

    await page.getByRole("link", { name: "Se connecter" }).click();
    await expect.poll(() => page.locator("h1").innerText()).toBe("Se connecter");
    await expectNoAxeViolations(page);
    await page.getByLabel("Adresse courriel").fill(email);
    await page.getByLabel("Mot de passe").fill("mauvais mot de passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect
      .poll(() => page.getByRole("alert").innerText())
      .toContain("Adresse courriel ou mot de passe incorrect.");
    await page.screenshot({ path: "/tmp/accounts-login-error.png" });
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect.poll(() => page.getByRole("link", { name: "Mon compte" }).isVisible()).toBe(true);
    await context.close();
  });

  // (axe needs JavaScript in the page; these pages are checked with it above and below.)
  it("a forgotten password is reset from the emailed link, without JavaScript", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA", javaScriptEnabled: false });
    const page = await context.newPage();
    const email = "membre@maillage.example";
    await page.goto(portal.baseUrl + "/connexion");
    await page.getByRole("link", { name: "Mot de passe oublié?" }).click();
    await page.getByLabel("Adresse courriel").fill(email);
    await page.getByRole("button", { name: "Recevoir le lien" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain(`Si un compte existe pour ${email}`);

    await page.goto(emailedLink(email, "/reinitialiser-mot-de-passe"));
    await page.getByLabel("Nouveau mot de passe").fill("mon nouveau mot de passe");
    await page.getByLabel("Confirmez le mot de passe").fill("mon nouveau mot de passe");
    await page.screenshot({ path: "/tmp/accounts-reset.png" });
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expect.poll(() => page.locator("h1").innerText()).toBe("Mon compte");
    expect(await page.getByRole("status").innerText()).toContain("Votre mot de passe est changé.");
    await context.close();
  });

  it("fits a phone: no sideways scrolling and no WCAG 2.1 AA violations on sign-up, login and account", async () => {
    const context: BrowserContext = await portal.browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      locale: "fr-CA",
    });
    const page = await context.newPage();
    for (const [path, shot] of [
      ["/inscription", "signup"],
      ["/connexion", "login"],
      ["/mot-de-passe-oublie", "forgot"],
    ] as const) {
      await page.goto(portal.baseUrl + path);
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `/tmp/accounts-phone-${shot}.png`, fullPage: true });
    }
    await page.goto(portal.baseUrl + "/connexion?redirectTo=%2Fcompte");
    await page.getByLabel("Adresse courriel").fill("admin@maillage.example");
    await page.getByLabel("Mot de passe").fill("Maillage-demo-2026");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(/\/compte$/);
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: "/tmp/accounts-phone-account.png", fullPage: true });

    await page.goto(portal.baseUrl + "/admin/courriels");
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: "/tmp/accounts-phone-outbox.png", fullPage: true });
    await page.locator("main ol a").first().click();
    await page.waitForURL(/message=/);
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: "/tmp/accounts-phone-outbox-message.png", fullPage: true });
    await context.close();
  });
});
