import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, startPortal, type RunningPortal } from "./harness";
import { expectNoAxeViolations } from "./checks";

describe.skipIf(!browserAvailable())("home page in Chromium", () => {
  let portal: RunningPortal;

  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it("renders in French by default, switches to English, and has no WCAG 2.1 AA violations", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA" });
    const page = await context.newPage();
    await page.goto(portal.baseUrl + "/");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    expect(await page.locator("h1").innerText()).toBe("Trouvez une entreprise d'économie sociale");
    expect(await page.getByRole("link", { name: /Mauricie/ }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await expect.poll(() => page.locator("h1").innerText()).toBe("Find a social-economy enterprise");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("switches language without JavaScript too", async () => {
    const context = await portal.browser.newContext({ javaScriptEnabled: false, locale: "fr-CA" });
    const page = await context.newPage();
    await page.goto(portal.baseUrl + "/regions/04");
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForLoadState("load");
    expect(new URL(page.url()).pathname).toBe("/regions/04");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await context.close();
  });

  it("region, category and about pages are accessible on a phone-sized screen", async () => {
    const context = await portal.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
    const page = await context.newPage();
    for (const path of ["/regions/04", "/categories/alimentation", "/a-propos", "/regions/99"]) {
      await page.goto(portal.baseUrl + path);
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
