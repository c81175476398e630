import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";

/** The password of every demo account the seed creates. */
export const DEMO_PASSWORD = "Maillage-demo-2026";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe in the page: no WCAG 2.1 AA violation (`where` names the page in a failure). */
export async function expectNoAxeViolations(page: Page, where?: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    where,
  ).toEqual([]);
}

/** Nothing wider than the viewport (a phone must never scroll sideways). */
export async function expectNoSidewaysScroll(page: Page, where?: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, where && `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

/**
 * Checks the page, then screenshots it whole at desktop width and at phone width (375 px),
 * where it is checked again, for a person to look at.
 */
export async function checkAtBothWidths(page: Page, shotsDir: string, name: string) {
  await expectNoAxeViolations(page, name);
  await page.screenshot({ path: path.join(shotsDir, `${name}-desktop.png`), fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 740 });
  await expectNoSidewaysScroll(page, `${name} on a phone`);
  await page.screenshot({ path: path.join(shotsDir, `${name}-phone.png`), fullPage: true });
  await expectNoAxeViolations(page, `${name} on a phone`);
  if (size) await page.setViewportSize(size);
}

/**
 * Signs a demo account in through the login form (in a new page when given a context) and
 * waits to leave it: for `redirectTo`, until that page is reached.
 */
export async function signIn(
  target: Page | BrowserContext,
  baseUrl: string,
  email: string,
  redirectTo?: string,
): Promise<Page> {
  const page = "newPage" in target ? await target.newPage() : target;
  await page.goto(`${baseUrl}/connexion${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ""}`);
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => (redirectTo ? url.pathname === redirectTo : !url.pathname.startsWith("/connexion")));
  return page;
}
