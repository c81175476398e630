import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, startPortal, type RunningPortal } from "./harness";
import { expectNoAxeViolations, expectNoSidewaysScroll, signIn } from "./checks";

/**
 * The buyer's side in Chromium: post a need (with JavaScript, and without), publish it, read
 * the route table and the matches, shortlist, export, record the outcome. Every page passes
 * axe (WCAG 2.1 AA) and fits a phone. Screenshots go to /tmp/needs-*.png for a human look.
 */
const BUYER = "acheteur.municipal@maillage.example";
const SHOTS = process.env.NEEDS_SHOTS ?? "/tmp";

/** The page's sections one image each (a full page of 60 matches is too tall to look at). */
async function shootSections(page: Page, prefix: string) {
  await page.screenshot({ path: `${SHOTS}/${prefix}-top.png` });
  for (const id of ["besoin", "voies", "entreprises", "reponses", "liste-courte", "resultat"]) {
    const section = page.locator(`section#${id}`);
    if ((await section.count()) === 0) continue;
    // The box is relative to the viewport; the clip of a full-page shot to the document.
    const box = await section.boundingBox();
    const top = box!.y + (await page.evaluate(() => window.scrollY));
    await page.screenshot({
      path: `${SHOTS}/${prefix}-${id}.png`,
      fullPage: true,
      clip: {
        x: 0,
        y: Math.max(0, top - 10),
        width: page.viewportSize()!.width,
        height: Math.min(box!.height + 20, 2200),
      },
    });
  }
}

describe.skipIf(!browserAvailable())("the buyer's needs in Chromium", () => {
  let portal: RunningPortal;
  let needUrl: string;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it("posts a need with the form: instant messages, a question added, categories suggested after saving", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    const page = await signIn(context, portal.baseUrl, BUYER, "/besoins/nouveau");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/needs-form.png`, fullPage: true });

    // Submitting an empty form: the browser checks with the server's schema and lists nothing saved.
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect.poll(() => page.locator("#title-error").innerText()).toContain("Ce champ est obligatoire.");
    expect(page.url()).toContain("/besoins/nouveau");
    await page.screenshot({ path: `${SHOTS}/needs-form-errors.png`, fullPage: true });

    await page.getByLabel(/^Titre/).fill("Traiteur pour la fête des bénévoles");
    await page
      .getByLabel(/^Description/)
      .fill("Service de traiteur pour un buffet froid et des boîtes à lunch lors d'une réception de 150 personnes.");
    await page.getByLabel("Demande de prix").check();
    await page.getByRole("radio", { name: "Services", exact: true }).check();
    await page.getByLabel(/^Montant estimé avant taxes/).fill("18 000");
    await page
      .getByRole("group", { name: "Régions de livraison" })
      .getByLabel(/^Montérégie/)
      .check();
    await page.getByLabel("Question 1", { exact: true }).fill("Quel est votre délai de livraison ?");
    await page.getByRole("button", { name: "Ajouter une question" }).click();
    await page.getByLabel("Question 2", { exact: true }).fill("Offrez-vous des options végétariennes ?");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.waitForURL(/\/besoins\/\d+\?fait=cree/);
    needUrl = page.url().replace(/\?.*$/, "");
    await expect.poll(() => page.getByRole("status").first().innerText()).toContain("Le brouillon est enregistré");
    expect(await page.getByTestId("suggested-categories").innerText()).toContain("Traiteur pour événements");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/needs-draft.png`, fullPage: true });
    await context.close();
  });

  it("publishes, shows the route table and the ranked matches, shortlists, exports and records the outcome", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    const page = await signIn(context, portal.baseUrl, BUYER, new URL(needUrl).pathname);
    await page.getByRole("button", { name: "Publier le besoin" }).click();
    await page.waitForURL(/fait=publie/);
    await expect
      .poll(() => page.getByRole("status").first().innerText())
      .toMatch(/Le besoin est publié : \d+ entreprise/);
    expect(await page.getByTestId("route-table").locator("tbody tr").count()).toBe(6);
    const first = page.getByTestId("matches").locator("article").first();
    expect(await first.getByTestId("reasons").innerText()).toMatch(
      /Dessert la région Montérégie|Dessert tout le Québec/,
    );
    await expectNoAxeViolations(page);
    await shootSections(page, "needs-detail");

    const name = (await first.locator("h3 a").innerText()).trim();
    await first.getByRole("button", { name: `Ajouter ${name} à la liste courte` }).click();
    await page.waitForURL(/fait=ajoute/);
    await expect.poll(() => page.getByTestId("shortlist").innerText()).toContain(name);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Télécharger la liste courte (CSV)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^liste-courte-besoin-\d+\.csv$/);

    await page.getByLabel(/^Entreprise retenue/).selectOption({ label: name });
    await page.getByLabel(/^Montant attribué avant taxes/).fill("17 500");
    await page.getByLabel(/^Voie contractuelle utilisée/).selectOption("direct_award");
    await page.getByRole("button", { name: "Consigner le résultat et fermer le besoin" }).click();
    await page.waitForURL(/fait=resultat/);
    await expect.poll(() => page.getByTestId("outcome").innerText()).toContain(name);
    await expectNoAxeViolations(page);
    await shootSections(page, "needs-outcome");
    await context.close();
  });

  it("fits a phone, with no WCAG 2.1 AA violations", async () => {
    const context = await portal.browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      locale: "fr-CA",
    });
    const page = await signIn(context, portal.baseUrl, BUYER, "/besoins");
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/needs-phone-list.png`, fullPage: true });
    await page.goto(needUrl);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await shootSections(page, "needs-phone-detail");
    await page.goto(`${portal.baseUrl}/besoins/nouveau`);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SHOTS}/needs-phone-form.png`, fullPage: true });
    await context.close();
  });

  it("works without JavaScript: a question is added by the server, and the draft is saved", async () => {
    const context = await portal.browser.newContext({ javaScriptEnabled: false, locale: "fr-CA" });
    const page = await signIn(context, portal.baseUrl, BUYER, "/besoins/nouveau").catch(async () => {
      // Without JavaScript the login form posts normally and redirects the same way.
      throw new Error("login without JavaScript failed");
    });
    await page.getByLabel(/^Titre/).fill("Entretien ménager des bureaux municipaux");
    await page
      .getByLabel(/^Description/)
      .fill("Entretien ménager hebdomadaire de trois bâtiments municipaux, produits écologiques fournis.");
    await page.getByLabel("Sondage du marché / demande d'information").check();
    await page.getByRole("radio", { name: "Services", exact: true }).check();
    await page.getByLabel(/^Fourchette de montant/).selectOption("25k_100k");
    await page
      .getByRole("group", { name: "Régions de livraison" })
      .getByLabel(/^Montérégie/)
      .check();
    await page.getByLabel("Question 1", { exact: true }).fill("Quelles certifications avez-vous ?");
    await page.getByRole("button", { name: "Ajouter une question" }).click();
    await page.waitForLoadState();
    expect(await page.getByLabel("Question 1", { exact: true }).inputValue()).toBe(
      "Quelles certifications avez-vous ?",
    );
    await page.getByLabel("Question 2", { exact: true }).fill("Pouvez-vous commencer en janvier ?");
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.waitForURL(/\/besoins\/\d+\?fait=cree/);
    expect(await page.locator("main").innerText()).toContain("Pouvez-vous commencer en janvier ?");
    await context.close();
  });
});
