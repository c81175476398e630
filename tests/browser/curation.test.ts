import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, startPortal, type RunningPortal } from "./harness";
import { expectNoAxeViolations, expectNoSidewaysScroll, signIn } from "./checks";

/**
 * The end-to-end story, all through the UI: an enterprise registers and submits its
 * listing; the hub curator of its region approves it; a buyer then finds it in the search.
 */
const NAME = "Traiteur Boréal Essai Navigateur";
const SHOTS = "/tmp/curation-shots";

/** Saves the current step and waits for the next page. */
async function saveStep(page: Page, next: RegExp) {
  await page.getByRole("button", { name: /Enregistrer et (continuer|voir le résumé)/ }).click();
  await page.waitForURL(next);
}

describe.skipIf(!browserAvailable())("hub curation in Chromium", () => {
  let portal: RunningPortal;
  let listingPath = "";
  let listingId = "";
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  const desktop = (): Promise<BrowserContext> =>
    portal.browser.newContext({ locale: "fr-CA", viewport: { width: 1280, height: 900 } });

  it("an enterprise registers and submits its listing", async () => {
    const context = await desktop();
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, "membre@maillage.example");

    await page.goto(`${portal.baseUrl}/mon-entreprise/nouvelle`);
    await page.locator('input[name="publicName"]').fill(NAME);
    await page.locator('input[name="legalName"]').fill(`${NAME} inc.`);
    await page.locator('input[name="legalStatus"][value="obnl"]').check();
    await page.locator('input[name="municipalityCode"]').fill("Trois-Rivières");
    await page.locator('input[name="postalCode"]').fill("G9A 5H7");
    await saveStep(page, /\/mon-entreprise\/\d+\/mission/);
    listingPath = new URL(page.url()).pathname.replace(/\/mission$/, "");
    listingId = listingPath.split("/").pop()!;

    await page
      .locator('textarea[name="missionFr"]')
      .fill("Nourrir les réunions publiques avec des repas préparés en insertion.");
    await page
      .locator('textarea[name="descriptionFr"]')
      .fill("Buffets, boîtes à lunch et pauses-café pour les organismes publics de la Mauricie.");
    await saveStep(page, /\/offre/);

    await page.locator("summary", { hasText: "Alimentation et services de traiteur" }).click();
    await page.locator("#categories-traiteur-evenementiel").check();
    await page.locator('select[name="offerings[0].categoryCode"]').selectOption("traiteur-evenementiel");
    await page.locator('input[name="offerings[0].nameFr"]').fill("Buffet boréal pour réunions");
    await saveStep(page, /\/territoire/);

    await page.locator('input[name="serviceAreaScope"][value="province"]').check();
    await saveStep(page, /\/coordonnees/);

    await page.locator('input[name="email"]').fill("bonjour@traiteur-boreal.example");
    await page.locator('input[name="phone"]').fill("819 555-0150");
    await saveStep(page, /\/engagements/);
    await saveStep(page, new RegExp(`${listingPath}(\\?|$)`));

    await page.getByRole("button", { name: "Soumettre au pôle" }).click();
    await page.waitForURL(/submitted|soumise|\?/);
    await expect.poll(() => page.locator("main").innerText()).toMatch(/Soumise/);
    await context.close();
  });

  it("the hub curator of its region finds it in the queue and approves it", async () => {
    const context = await desktop();
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, "pole-04@maillage.example");

    await page.goto(`${portal.baseUrl}/pole`);
    await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
    await page.goto(`${portal.baseUrl}/pole/moderation?status=submitted&sort=newest`);
    const link = page.getByRole("link", { name: NAME });
    await expect.poll(() => link.count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/queue.png`, fullPage: true });

    await link.click();
    await page.waitForURL(new RegExp(`/pole/fiches/${listingId}$`));
    await expect.poll(() => page.locator("h1").innerText()).toBe(NAME);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/review.png`, fullPage: true });

    // A request for changes needs a message: the browser says so before sending anything.
    await page.getByRole("button", { name: "Demander des modifications" }).click();
    await expect.poll(() => page.getByText("Écrivez le message à transmettre à l'entreprise.").count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Approuver et publier" }).click();
    await page.waitForURL(/fait=approve/);
    await expect.poll(() => page.getByRole("status").innerText()).toContain("La fiche est approuvée et publiée.");

    await page.getByRole("link", { name: "Historique de la fiche" }).click();
    await page.waitForURL(new RegExp(`/fiches/${listingId}/historique`));
    await expect
      .poll(() => page.locator("main").innerText())
      .toMatch(/Approbation[\s\S]*Soumission au pôle[\s\S]*Création de la fiche/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/history.png`, fullPage: true });
    await context.close();
  });

  it("a buyer then finds the listing in the search", async () => {
    const context = await desktop();
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, "acheteur.sante@maillage.example");
    await page.goto(`${portal.baseUrl}/repertoire?q=${encodeURIComponent("Boréal Essai Navigateur")}`);
    await expect.poll(() => page.getByRole("link", { name: NAME }).count()).toBe(1);
    await page.getByRole("link", { name: NAME }).click();
    await page.waitForURL(/\/entreprises\//);
    await expect.poll(() => page.locator("h1").innerText()).toBe(NAME);
    await context.close();
  });

  it("the hub's pages work on a phone and without JavaScript", async () => {
    const phone = await portal.browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      locale: "fr-CA",
    });
    const page = await phone.newPage();
    await signIn(page, portal.baseUrl, "pole-04@maillage.example");
    for (const [path, shot] of [
      ["/pole", "phone-home"],
      ["/pole/moderation?status=published", "phone-queue"],
      [`/pole/fiches/${listingId}`, "phone-review"],
      [`/fiches/${listingId}/historique`, "phone-history"],
      ["/pole/reclamations", "phone-claims"],
    ] as const) {
      await page.goto(portal.baseUrl + path);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true });
    }
    await phone.close();

    const noJs = await portal.browser.newContext({ javaScriptEnabled: false, locale: "fr-CA" });
    const plain = await noJs.newPage();
    await signIn(plain, portal.baseUrl, "pole-04@maillage.example");
    await plain.goto(`${portal.baseUrl}/pole/moderation`);
    await plain.locator("#status").selectOption("published");
    await plain.locator("#age").fill("30");
    await plain.getByRole("button", { name: "Filtrer" }).click();
    await plain.waitForURL(/status=published.*age=30/);
    expect(await plain.locator("#results").innerText()).toMatch(/Publiées · \d+ fiches?/);
    await noJs.close();
  });

  it("prints the regional directory for anyone, with the new listing in it", async () => {
    const context = await desktop();
    const page = await context.newPage();
    await page.goto(`${portal.baseUrl}/pole/bottin/04`);
    await expect.poll(() => page.getByRole("link", { name: NAME }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/bottin.png` });
    // The print rules come from a linked stylesheet (the CSP forbids inline styles).
    await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.includes("bottin-print")));
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("body > header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Imprimer ou enregistrer en PDF" }).isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/bottin-print.png` });
    await context.close();
  });
});
