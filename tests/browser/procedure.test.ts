// The contracting-route wizard in Chromium against `npm start`: with and without JavaScript,
// WCAG 2.1 AA (axe) on the form, the answer and the note, and no sideways scroll on a phone.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, startPortal, type RunningPortal } from "./harness";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./checks";

/** Fills the wizard the way a buyer would: labels, not names. */
async function fillWizard(page: Page) {
  await page.getByLabel("Municipalité ou organisme municipal").check();
  await page.getByLabel("Région administrative de l'acheteur").selectOption("04");
  await page.getByLabel("Organisme à but non lucratif (OBNL)").check();
  await page.getByLabel("Services", { exact: true }).check();
  await page.getByLabel("Montant estimé, en dollars, avant taxes").fill("50 000 $");
  await page.getByLabel("Date de l'appel d'offres ou du contrat").fill("2025-06-01");
}

const SUBMIT = "Voir les modes d'attribution permis";

describe.skipIf(!browserAvailable())("contracting-route wizard in Chromium", () => {
  let portal: RunningPortal;

  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it("fills the wizard, submits, and shows the answer with verdicts, amounts and the competition count", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA" });
    const page = await context.newPage();
    // A hydration mismatch or a script error shows up here.
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(portal.baseUrl + "/procedure");
    await page.waitForLoadState("networkidle");
    await expectNoAxeViolations(page, "empty form");

    await fillWizard(page);
    // Once interactive, the wizard only asks the facts that matter: s. 13 is for LCOP buyers.
    await expect.poll(() => page.locator('select[name="lcopSection13Exception"]').count()).toBe(0);
    expect(await page.locator('input[name="rgcAllowsDirectAward"]').count()).toBe(3);
    await page.getByRole("button", { name: SUBMIT }).click();

    const heading = page.getByRole("heading", { name: "Réponse", exact: true });
    await heading.waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe("/procedure");
    expect(url.searchParams.get("buyer")).toBe("municipality");
    expect(url.searchParams.get("amountCad")).toBe("50 000 $");
    expect(url.searchParams.get("region")).toBe("04");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("reponse-heading");

    const answer = page.locator("#reponse");
    const text = await answer.innerText();
    expect(text).toContain("Loi sur les cités et villes et Code municipal");
    expect(text).toMatch(/52\s493,75\s\$/);
    expect(text).toContain("Permis");
    expect(text).toContain("LCV 573.1");
    expect(await page.getByTestId("competition-count").innerText()).toMatch(/desser\w+ la région Mauricie/);
    await expectNoAxeViolations(page, "answer");

    await page.screenshot({ path: "/tmp/procedure.png", fullPage: true });
    expect(errors).toEqual([]);

    await page.getByRole("link", { name: "Imprimer la note au dossier" }).click();
    await page.getByRole("heading", { level: 1, name: /Note au dossier/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/procedure/note");
    const note = await page.locator("main").innerText();
    expect(note).toContain("Municipalité ou organisme municipal");
    expect(note).toContain("Justification");
    await expectNoAxeViolations(page, "note");
    await page.screenshot({ path: "/tmp/procedure-note.png", fullPage: true });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("body > header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Imprimer" }).isVisible()).toBe(false);
    await page.screenshot({ path: "/tmp/procedure-note-print.png", fullPage: true });
    await context.close();
  });

  it("checks the amount in the browser before submitting, with a localized message", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA" });
    const page = await context.newPage();
    await page.goto(portal.baseUrl + "/procedure");
    await page.waitForLoadState("networkidle");
    await fillWizard(page);
    await page.getByLabel("Montant estimé, en dollars, avant taxes").fill("beaucoup");
    await page.getByRole("button", { name: SUBMIT }).click();
    await page.getByText("Le montant doit être un nombre en dollars").waitFor();
    expect(new URL(page.url()).search).toBe("");
    expect(await page.getByLabel("Montant estimé, en dollars, avant taxes").getAttribute("aria-invalid")).toBe("true");
    await context.close();
  });

  it("works without JavaScript: the answer, and the errors with status 400", async () => {
    const context = await portal.browser.newContext({ javaScriptEnabled: false, locale: "fr-CA" });
    const page = await context.newPage();
    await page.goto(portal.baseUrl + "/procedure");
    // Every fact is asked, with whom it concerns.
    expect(await page.locator('select[name="lcopSection13Exception"]').count()).toBe(1);
    await fillWizard(page);
    await page.getByLabel("Mutuelle").check();
    await page.getByLabel("Assurance").check();
    await Promise.all([page.waitForURL(/\/procedure\?/), page.getByRole("button", { name: SUBMIT }).click()]);
    expect(new URL(page.url()).hash).toBe("#reponse");
    const text = await page.locator("#reponse").innerText();
    expect(text).toContain("Appel d’offres public");
    expect(text).toContain("Seuils utilisés");

    await page.getByLabel("Montant estimé, en dollars, avant taxes").fill("12,345,6");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes("/procedure?")),
      page.getByRole("button", { name: SUBMIT }).click(),
    ]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState("load");
    expect(await page.locator("#error-summary").innerText()).toContain("Le montant doit être un nombre en dollars");
    expect(await page.locator("#reponse").count()).toBe(0);
    const invalidUrl = page.url();
    await context.close();

    // axe needs JavaScript: check the same server-rendered errors in a normal context.
    const withJs = await portal.browser.newContext({ locale: "fr-CA" });
    const check = await withJs.newPage();
    await check.goto(invalidUrl);
    await check.waitForLoadState("networkidle");
    expect(await check.locator("#error-summary").innerText()).toContain("Le montant doit être un nombre en dollars");
    await expectNoAxeViolations(check, "form with errors");
    await withJs.close();
  });

  it("the form, the answer and the note fit a phone screen, in English too", async () => {
    const context = await portal.browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      locale: "en-CA",
    });
    const page = await context.newPage();
    const query =
      "buyer=ministry&supplierStatus=obnl&contractNature=services&amountCad=150000&date=2025-06-01&region=06&category=traiteur-evenementiel&lcopSection13Exception=public_interest";
    for (const path of ["/procedure", `/procedure?${query}`, `/procedure/note?${query}`]) {
      await page.goto(portal.baseUrl + path);
      await page.waitForLoadState("networkidle");
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      await expectNoSidewaysScroll(page, path);
      await expectNoAxeViolations(page, path);
    }
    await page.goto(portal.baseUrl + `/procedure?${query}`);
    await page.screenshot({ path: "/tmp/procedure-phone.png", fullPage: true });
    await context.close();
  });
});
