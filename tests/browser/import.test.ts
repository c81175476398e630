import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, startPortal, type RunningPortal } from "./harness";
import { expectNoAxeViolations, expectNoSidewaysScroll, signIn } from "./checks";

/**
 * A hub curator imports a small CSV in Chromium: preview with row problems, confirmation,
 * result; then the same pages and the administration pages at phone width.
 */
const SHOTS = "/tmp/import-shots";

// Real NEQs of Mauricie co-operatives and non-profits (tests/fixtures/SOURCES.md).
const CSV = [
  "neq;nom;statut_juridique;municipalite;code_municipalite;courriel;telephone;site_web;description;categories",
  "1144718310;Coopérative de l'Essai navigateur;coopérative;Trois-Rivières;;info@essai.example;819 555-0142;essai.example;Traiteur en insertion;traiteur-evenementiel",
  "1177411684;Courriel douteux;OBNL;Shawinigan;;pas-un-courriel;;;;",
  "1144718310;Doublon du premier;OBNL;Trois-Rivières;;;;;;",
  "1179300851;Hors région;OBNL;Sherbrooke;;;;;;",
].join("\r\n");

describe.skipIf(!browserAvailable())("CSV import and administration in Chromium", () => {
  let portal: RunningPortal;
  let resultPath = "";
  beforeAll(async () => {
    portal = await startPortal();
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it("a curator uploads a CSV, sees the problems, confirms and sees the result", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, "pole-04@maillage.example");
    await page.goto(`${portal.baseUrl}/pole/import`);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Importer des entreprises (CSV)");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/upload-desktop.png`, fullPage: true });

    await page
      .getByLabel("Fichier CSV")
      .setInputFiles({ name: "liste-du-pole.csv", mimeType: "text/csv", buffer: Buffer.from(CSV, "utf8") });
    await page.getByRole("button", { name: "Vérifier le fichier" }).click();
    await page.waitForURL(/\/pole\/import\/\d+$/);
    resultPath = new URL(page.url()).pathname;
    await expect.poll(() => page.locator("h1").innerText()).toBe("Aperçu de l'import");
    const rejected = page.getByRole("table", { name: "Lignes refusées" });
    await expect.poll(() => rejected.locator("tbody tr").count()).toBe(3);
    const text = await rejected.innerText();
    expect(text).toContain("Le courriel « pas-un-courriel » n'est pas valide.");
    expect(text).toContain("Ce NEQ figure déjà à la ligne 2 du fichier.");
    expect(text).toMatch(/La municipalité Sherbrooke \(05\) est hors des régions de ce pôle\./);
    expect(await page.getByRole("table", { name: "Nouvelles fiches candidates" }).innerText()).toContain(
      "Coopérative de l'Essai navigateur",
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/preview-desktop.png`, fullPage: true });

    await page.getByRole("button", { name: "Importer 1 ligne" }).click();
    await expect.poll(() => page.locator("h1").innerText()).toBe("Résultat de l'import");
    expect(await page.getByRole("status").first().innerText()).toMatch(/Import terminé le/);
    expect(await page.getByRole("link", { name: /Télécharger le rapport des 3 lignes refusées/ }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/result-desktop.png`, fullPage: true });

    // The new listing waits in the hub's queue as a candidate.
    await page.getByRole("link", { name: "Voir les fiches candidates dans la file de modération" }).click();
    await page.waitForURL(/\/pole\/moderation\?status=candidate/);
    await expect.poll(() => page.locator("main").innerText()).toContain("Coopérative de l'Essai navigateur");
    await context.close();
  });

  it("refuses a file that is not a CSV with a clear message", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA" });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, "pole-04@maillage.example");
    await page.goto(`${portal.baseUrl}/pole/import`);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await page.getByLabel("Fichier CSV").setInputFiles({ name: "logo.csv", mimeType: "text/csv", buffer: png });
    await page.getByRole("button", { name: "Vérifier le fichier" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("C'est une image, pas un fichier CSV.");
    expect(new URL(page.url()).pathname).toBe("/pole/import");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("works at phone width: upload, result, and the administration pages", async () => {
    const context = await portal.browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      locale: "fr-CA",
    });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, "pole-04@maillage.example");
    for (const [path, shot] of [
      ["/pole/import", "upload-phone"],
      [resultPath, "result-phone"],
    ] as const) {
      await page.goto(portal.baseUrl + path);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true });
    }
    await context.clearCookies();

    await signIn(page, portal.baseUrl, "admin@maillage.example");
    for (const [path, shot] of [
      ["/admin", "admin-home-phone"],
      ["/admin/poles", "admin-hubs-phone"],
      ["/admin/utilisateurs?q=pole-04", "admin-users-phone"],
    ] as const) {
      await page.goto(portal.baseUrl + path);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true });
    }
    await page.getByRole("link", { name: "pole-04@maillage.example" }).click();
    await page.waitForURL(/\/admin\/utilisateurs\/\d+$/);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/admin-user-phone.png`, fullPage: true });
    await page.goto(`${portal.baseUrl}/admin/poles`);
    await page
      .getByRole("link", { name: /Mauricie/ })
      .first()
      .click();
    await page.waitForURL(/\/admin\/poles\/\d+$/);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/admin-hub-phone.png`, fullPage: true });
    await context.close();
  });

  it("an admin adds a curator and sees a region conflict explained", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, portal.baseUrl, "admin@maillage.example");
    await page.goto(`${portal.baseUrl}/admin/poles`);
    await page
      .getByRole("link", { name: /Mauricie/ })
      .first()
      .click();
    await page.waitForURL(/\/admin\/poles\/\d+$/);
    // Another hub's regions cannot be ticked; their owner is named.
    const estrie = page.getByRole("checkbox", { name: /05 Estrie/ });
    expect(await estrie.isDisabled()).toBe(true);
    await page.getByLabel("Ajouter un membre par son courriel").fill("personne@inconnue.example");
    await page.getByRole("button", { name: "Ajouter à l'équipe" }).click();
    await expect.poll(() => page.locator("#curator-email-error").innerText()).toContain("Aucun compte n'utilise");
    await page.getByLabel("Ajouter un membre par son courriel").fill("acheteur.sante@maillage.example");
    await page.getByRole("button", { name: "Ajouter à l'équipe" }).click();
    await expect.poll(() => page.getByRole("status").first().innerText()).toContain("ajoutée à l'équipe");
    expect(await page.locator("main").innerText()).toContain("acheteur.sante@maillage.example");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/admin-hub-desktop.png`, fullPage: true });
    await context.close();
  });
});
