import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, startPortal, type RunningPortal } from "./harness";
import { expectNoAxeViolations } from "./checks";

const resultsHeading = (page: Page) => page.locator("#results-heading");

describe.skipIf(!browserAvailable())("directory search in Chromium", () => {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it("shows results while typing, filters with a checkbox, opens a profile and comes back", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA" });
    const page = await context.newPage();
    await page.goto(portal.baseUrl + "/repertoire");
    const before = await resultsHeading(page).innerText();
    await page
      .getByRole("searchbox", { name: "Produit, service ou entreprise" })
      .pressSequentially("traiteur", { delay: 30 });
    await page.waitForURL(/q=traiteur/);
    await expect.poll(() => resultsHeading(page).innerText()).not.toBe(before);
    expect(await resultsHeading(page).innerText()).toMatch(/entreprises? trouvées? pour « traiteur »/);
    await expectNoAxeViolations(page);

    const countText = await resultsHeading(page).innerText();
    await page
      .getByRole("group", { name: /Dessert la région/ })
      .getByLabel(/^Mauricie/)
      .check();
    await page.waitForURL(/serves=04/);
    await expect.poll(() => resultsHeading(page).innerText()).not.toBe(countText);

    const first = page.locator("article h3 a").first();
    const name = await first.innerText();
    // A click with Ctrl opens the profile in a new tab and leaves the results in place.
    const [tab] = await Promise.all([context.waitForEvent("page"), first.click({ modifiers: ["Control"] })]);
    await tab.waitForURL(/\/entreprises\//);
    await tab.close();
    expect(page.url()).toMatch(/\/repertoire\?/);
    // A plain click navigates within the app: the page's window (and this marker) survives.
    await page.evaluate(() => Object.assign(window, { stayedInApp: true }));
    await first.click();
    await page.waitForURL(/\/entreprises\//);
    await expect.poll(() => page.locator("h1").innerText()).toBe(name);
    expect(await page.evaluate(() => "stayedInApp" in window)).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: /Retour aux résultats/ }).click();
    await page.waitForURL(/\/repertoire\?.*q=traiteur/);
    await context.close();
  });

  it("works without JavaScript: submit the text, then apply a filter", async () => {
    const context = await portal.browser.newContext({ javaScriptEnabled: false, locale: "fr-CA" });
    const page = await context.newPage();
    await page.goto(portal.baseUrl + "/repertoire");
    await page.getByRole("searchbox", { name: "Produit, service ou entreprise" }).fill("recyclage");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/q=recyclage/);
    await page
      .getByRole("group", { name: "Statut juridique" })
      .getByLabel(/^Coopérative/)
      .first()
      .check();
    await page.getByRole("button", { name: "Appliquer les filtres" }).click();
    await page.waitForURL(/status=cooperative/);
    expect(await resultsHeading(page).innerText()).toMatch(/trouvées? pour « recyclage »/);
    const first = page.locator("article h3 a").first();
    const name = await first.innerText();
    await first.click();
    await page.waitForURL(/\/entreprises\//);
    expect(await page.locator("h1").innerText()).toBe(name);
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`unfolds the long category list and keeps it open while ticking (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const context = await portal.browser.newContext({ javaScriptEnabled, locale: "fr-CA" });
      const page = await context.newPage();
      await page.goto(portal.baseUrl + "/repertoire?q=service");
      const categories = page.getByRole("group", { name: "Catégorie", exact: true }).getByRole("checkbox");
      expect(await categories.count()).toBe(8);
      await page.getByRole("button", { name: /^Afficher les \d+ autres options de « Catégorie »/ }).click();
      await page.waitForURL(/expand=category/);
      await expect.poll(() => categories.count()).toBeGreaterThan(8);
      const all = await categories.count();
      // axe runs as a script in the page: only with JavaScript on.
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await categories.nth(all - 1).check();
      if (!javaScriptEnabled) await page.getByRole("button", { name: "Appliquer les filtres" }).click();
      await page.waitForURL(/category=/);
      await expect.poll(() => page.url()).toMatch(/expand=category/);
      await expect.poll(() => categories.count()).toBeGreaterThan(8);
      expect(await resultsHeading(page).innerText()).toMatch(/trouvées? pour « service »/);
      if (javaScriptEnabled) await page.screenshot({ path: "/tmp/search-expanded.png", fullPage: true });
      await context.close();
    });
  }

  it("is usable on a phone: no sideways scrolling, no WCAG 2.1 AA violations", async () => {
    const context = await portal.browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      locale: "fr-CA",
    });
    const page = await context.newPage();
    await page.goto(portal.baseUrl + "/repertoire?q=entretien&serves=06");
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "/tmp/search-phone.png", fullPage: false });
    await context.close();
  });
});
