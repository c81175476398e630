import fs from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neqCheckDigit } from "~/domain/neq";
import { browserAvailable, startPortal, type RunningPortal } from "./harness";
import { expectNoAxeViolations, expectNoSidewaysScroll, signIn } from "./checks";

/**
 * An enterprise member registers a listing through the six steps in Chromium and submits it:
 * checks in the browser with the server's rules, list buttons, WCAG 2.1 AA on every step,
 * phone width, and the same forms without JavaScript.
 */
const MEMBER = "membre@maillage.example";
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/registration-shots";
const NAME = "Atelier Boréal Test Inscription";

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const save = (page: Page) => page.getByRole("button", { name: /^Enregistrer et (continuer|voir le résumé)$/ }).click();

describe.skipIf(!browserAvailable())("enterprise registration in Chromium", () => {
  let portal: RunningPortal;
  let listingPath = "";
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it("a verified member registers an enterprise through the six steps and submits it", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, MEMBER, "/mon-entreprise");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Inscrire une nouvelle entreprise" }).click();
    await page.waitForURL(/\/mon-entreprise\/nouvelle$/);

    // Step 1. The browser checks with the server's rules before sending anything.
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
    await expect.poll(() => page.getByText("Ce champ est obligatoire.").count()).toBeGreaterThan(0);
    expect(page.url()).toMatch(/\/mon-entreprise\/nouvelle$/);
    await page.getByLabel(/^Nom public de l'entreprise/).fill(NAME);
    await page.getByLabel(/^Nom légal/).fill(`${NAME} inc.`);
    await page.getByLabel(/^Numéro d'entreprise du Québec/).fill("1234567891");
    await page.getByLabel(/^Numéro d'entreprise du Québec/).blur();
    await expect.poll(() => page.getByText(/Le NEQ doit compter 10 chiffres valides/).count()).toBe(1);
    const nine = String(339_000_000 + (Date.now() % 1_000_000));
    await page.getByLabel(/^Numéro d'entreprise du Québec/).fill(nine + neqCheckDigit(nine));
    await page
      .getByRole("group", { name: /Statut juridique/ })
      .getByLabel("Coopérative", { exact: true })
      .check();
    // The cooperative's details appear only for a cooperative.
    await expect.poll(() => page.getByLabel(/^Catégorie de coopérative/).isVisible()).toBe(true);
    await page.getByLabel(/^Catégorie de coopérative/).selectOption("worker");
    await page.getByLabel(/^Municipalité/).fill("Trois-Rivières");
    await page.getByLabel(/^Code postal/).fill("g9a5h7");
    await expectNoAxeViolations(page);
    await shot(page, "1-identite");
    await save(page);
    await page.waitForURL(/\/mon-entreprise\/\d+\/mission\?enregistre=identite$/);
    listingPath = new URL(page.url()).pathname.replace(/\/mission$/, "");
    await expect.poll(() => page.getByRole("status").innerText()).toContain("L'étape « Identité » est enregistrée.");

    // Step 2.
    await page.getByLabel(/^Mission \(en français\)/).fill("Court");
    await page.getByLabel(/^Mission \(en français\)/).blur();
    await expect.poll(() => page.getByText("Ce texte est trop court.").count()).toBe(1);
    await page
      .getByLabel(/^Mission \(en français\)/)
      .fill("Fabriquer du mobilier de bureau durable avec des personnes en réinsertion.");
    await page
      .getByLabel(/^Description \(en français\)/)
      .fill("Ateliers d'ébénisterie qui fabriquent et réparent le mobilier des organismes publics de la Mauricie.");
    await expectNoAxeViolations(page);
    await save(page);
    await page.waitForURL(/\/offre\?enregistre=mission$/);

    // Step 3: categories in disclosures, offerings added and removed in the page.
    await page.locator("summary", { hasText: "Alimentation et services de traiteur" }).click();
    await page.getByLabel("Traiteur pour événements").check();
    await page.getByLabel("Boîtes à lunch").check();
    await page
      .getByLabel(/^Catégorie/)
      .first()
      .selectOption("traiteur-evenementiel");
    await page
      .getByLabel(/^Nom \(en français\)/)
      .first()
      .fill("Buffet froid pour réunions");
    await page.getByRole("button", { name: "Ajouter un produit ou service" }).click();
    await expect.poll(() => page.getByRole("group", { name: "Produit ou service 2" }).count()).toBe(1);
    const second = page.getByRole("group", { name: "Produit ou service 2" });
    await second.getByLabel(/^Catégorie/).selectOption("boites-a-lunch");
    await second.getByLabel(/^Nom \(en français\)/).fill("Boîtes à lunch santé");
    await second.getByLabel(/^Prix minimal/).fill("30");
    await second.getByLabel(/^Prix maximal/).fill("10");
    await save(page);
    await expect.poll(() => second.getByText(/Le prix maximal doit être supérieur/).count()).toBe(1);
    await second.getByLabel(/^Prix maximal/).fill("40");
    await page.getByRole("button", { name: "Ajouter un produit ou service" }).click();
    await page.getByRole("button", { name: "Retirer le produit ou service 3" }).click();
    await expect.poll(() => page.getByRole("group", { name: /^Produit ou service \d$/ }).count()).toBe(2);
    await expectNoAxeViolations(page);
    await shot(page, "3-offre");
    await save(page);
    await page.waitForURL(/\/territoire\?enregistre=offre$/);

    // Step 4: a custom area with a region, an MRC and a municipality.
    await page.getByLabel("Des régions, des MRC ou des municipalités précises").check();
    await page.getByLabel("04 – Mauricie").check();
    await page.locator("summary", { hasText: "MRC de la région Estrie" }).click();
    await page.getByLabel("Memphrémagog").check();
    await page.getByLabel("Municipalité 1").fill("Sherbrooke");
    await expectNoAxeViolations(page);
    await shot(page, "4-territoire");
    // "All of Quebec" hides the detailed choices.
    await page.getByLabel("Tout le Québec").check();
    await expect.poll(() => page.getByLabel("04 – Mauricie").isVisible()).toBe(false);
    await page.getByLabel("Des régions, des MRC ou des municipalités précises").check();
    await save(page);
    await page.waitForURL(/\/coordonnees\?enregistre=territoire$/);

    // Step 5.
    await page.getByLabel(/^Courriel/).fill("info@atelier-boreal.example");
    await page.getByLabel(/^Téléphone/).fill("819 555-0177");
    await page.getByLabel(/^Site Web/).fill("www.atelier-boreal.example");
    await expectNoAxeViolations(page);
    await save(page);
    await page.waitForURL(/\/engagements\?enregistre=coordonnees$/);

    // Step 6.
    await page.getByLabel("Insertion socioprofessionnelle").check();
    await expectNoAxeViolations(page);
    await save(page);
    await page.waitForURL(new RegExp(`${listingPath}\\?enregistre=engagements$`));

    // The summary: all steps complete, then submitted to the hub.
    expect(await page.getByText("À compléter").count()).toBe(0);
    await expectNoAxeViolations(page);
    await shot(page, "7-resume");
    await page.getByRole("button", { name: "Soumettre au pôle" }).click();
    await page.waitForURL(/\?fait=submitted$/);
    await expect.poll(() => page.getByRole("status").innerText()).toContain("La fiche est soumise au pôle régional.");
    expect(await page.locator("h1 + span").innerText()).toBe("Soumise");
    await page.goto(`${portal.baseUrl}/mon-entreprise`);
    expect(await page.locator("main").innerText()).toContain(NAME);
    await context.close();
  });

  it("is usable on a phone: every step without sideways scrolling or WCAG 2.1 AA violations", async () => {
    expect(listingPath, "the registration test creates the listing").toMatch(/^\/mon-entreprise\/\d+$/);
    const context = await portal.browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      locale: "fr-CA",
    });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, MEMBER, "/mon-entreprise");
    for (const step of ["identite", "mission", "offre", "territoire", "coordonnees", "engagements"]) {
      await page.goto(`${portal.baseUrl}${listingPath}/${step}`);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      if (step === "identite" || step === "offre") await shot(page, `phone-${step}`);
    }
    for (const path of [
      "/mon-entreprise",
      listingPath,
      `${listingPath}/membres`,
      "/mon-entreprise/reclamer?q=atelier",
    ]) {
      await page.goto(`${portal.baseUrl}${path}`);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    }
    await shot(page, "phone-reclamer");
    await context.close();
  });

  it("works without JavaScript: the list buttons and the step's checks go through the server", async () => {
    expect(listingPath, "the registration test creates the listing").toMatch(/^\/mon-entreprise\/\d+$/);
    const context = await portal.browser.newContext({ javaScriptEnabled: false, locale: "fr-CA" });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, MEMBER, "/mon-entreprise");
    await page.goto(`${portal.baseUrl}${listingPath}/offre`);
    await page.getByRole("button", { name: "Ajouter un produit ou service" }).click();
    await page.waitForLoadState("load");
    expect(await page.getByRole("group", { name: "Produit ou service 3" }).count()).toBe(1);
    await save(page);
    await page.waitForLoadState("load");
    // The empty new row is refused by the server with the step's message, the others kept.
    expect(await page.getByRole("alert").innerText()).toContain("Le formulaire contient des erreurs");
    expect(
      await page
        .getByLabel(/^Nom \(en français\)/)
        .first()
        .inputValue(),
    ).toBe("Buffet froid pour réunions");
    await page.getByRole("button", { name: "Retirer le produit ou service 3" }).click();
    await page.waitForLoadState("load");
    await save(page);
    await page.waitForURL(/\/territoire\?enregistre=offre$/);
    await context.close();
  });
});
