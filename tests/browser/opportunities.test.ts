import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "#db/client";
import { notifyMatchedEnterprises } from "~/models/need-notifications.server";
import { getPreferences } from "~/models/notification-prefs.server";
import { enterpriseProfile, publishNeedMatching } from "../integration/opportunities-fixtures";
import { browserAvailable, startPortal, type RunningPortal } from "./harness";
import { checkAtBothWidths, signIn } from "./checks";

/**
 * The enterprise's side in Chromium against `npm start`: the demo member finds a need their
 * enterprise was matched to, answers "interested", sees the answer saved; the inbox, the
 * preferences and the unsubscribe page pass WCAG 2.1 AA, on a desktop and on a phone.
 */
const MEMBER = "membre@maillage.example";
const SHOTS = process.env.SCREENSHOTS_DIR ?? path.join(os.tmpdir(), "maillage-opportunities-shots");

describe.skipIf(!browserAvailable())("opportunities in Chromium", () => {
  let portal: RunningPortal;
  let db: Db;
  let enterprise: number;
  let needId: number;
  let declineId: number;
  let categoryName: string;
  const title = () => `Besoin en ${categoryName.toLowerCase()} pour le centre de santé (démo)`;

  beforeAll(async () => {
    portal = await startPortal();
    fs.mkdirSync(SHOTS, { recursive: true });
    // The need is written straight into the portal's database with the models, as the buyer would post it.
    db = openDatabase(portal.databaseFile);
    enterprise = db.get<{ id: number }>(sql`
      select em.enterprise_id as id from enterprise_members em join users u on u.id = em.user_id
      where u.email = ${MEMBER}`)!.id;
    const profile = enterpriseProfile(db, enterprise);
    categoryName = db.get<{ name: string }>(
      sql`select name_fr as name from categories where code = ${profile.category}`,
    )!.name;
    needId = publishNeedMatching(db, enterprise, {
      title: title(),
      description:
        "Le centre de santé cherche un fournisseur de la Mauricie pour un mandat d'environ six mois à compter de février. Précisez votre expérience auprès d'établissements publics.",
      questions: ["Quand pourriez-vous commencer?"],
    });
    declineId = publishNeedMatching(db, enterprise, {
      title: "Second besoin, que l'entreprise déclinera",
      isPublic: "on",
      questions: [],
    });
    // The job the scheduler runs: the member's inbox gets both needs.
    await notifyMatchedEnterprises(db);
  });

  afterAll(async () => {
    db?.$client.close();
    await portal?.stop();
  });

  it("the member finds the need, answers 'interested' with a message, and sees the answer saved", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA" });
    const page = await signIn(context, portal.baseUrl, MEMBER);
    await page.getByRole("link", { name: "Occasions d'affaires" }).click();
    await page.waitForURL(/\/opportunites$/);
    const card = page.locator("li").filter({ hasText: title() });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.innerText()).toContain("Centre intégré de santé fictif de la Vallée (démo)");
    expect(await card.innerText()).toContain("Pas encore répondu");
    await checkAtBothWidths(page, SHOTS, "01-opportunities");

    await page.getByRole("link", { name: title() }).click();
    await page.waitForURL(new RegExp(`/opportunites/${needId}\\?entreprise=${enterprise}`));
    expect(await page.locator("#why").locator("..").innerText()).toContain(`Catégorie exacte : ${categoryName}`);
    await checkAtBothWidths(page, SHOTS, "02-opportunity");

    // The browser's own check first: nothing is sent without a message.
    await page.getByRole("button", { name: "Envoyer notre intérêt" }).click();
    await expect.poll(() => page.locator("#interested-message-error").innerText()).toContain("Écrivez un message");
    await page
      .getByLabel("Message à l'acheteur")
      .fill(
        "Notre coopérative sert des établissements publics de la Mauricie depuis 2012; nous serions heureux de vous rencontrer.",
      );
    await page.getByLabel("Question 1 : Quand pourriez-vous commencer?").fill("Dès la première semaine de février.");
    await page.getByRole("button", { name: "Envoyer notre intérêt" }).click();
    await page.waitForURL(/fait=enregistree/);
    const answer = page.locator("#reponse");
    await expect.poll(() => answer.innerText()).toContain("Votre réponse est enregistrée. L'acheteur en sera avisé.");
    expect(await answer.innerText()).toContain("Réponse enregistrée le");
    expect(await answer.innerText()).toContain("Dès la première semaine de février.");
    expect(await page.getByLabel("Message à l'acheteur").inputValue()).toContain("depuis 2012");
    await checkAtBothWidths(page, SHOTS, "03-answered");

    await page.goto(`${portal.baseUrl}/opportunites?reponse=repondu`);
    await expect.poll(() => page.locator("main").innerText()).toContain("Intéressée");
    await context.close();
  });

  it("without JavaScript, the member declines the second need with a reason", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA", javaScriptEnabled: false });
    const page = await signIn(context, portal.baseUrl, MEMBER);
    await page.goto(`${portal.baseUrl}/opportunites/${declineId}?entreprise=${enterprise}`);
    await page.getByText("Non, pas intéressée").click();
    await page.getByLabel("Raison", { exact: true }).selectOption({ label: "Échéancier trop serré" });
    await page.getByLabel(/^Précisions/).fill("Nos équipes sont prises jusqu'en mars.");
    await page.getByRole("button", { name: "Décliner ce besoin" }).click();
    await page.waitForURL(/fait=enregistree/);
    await expect.poll(() => page.locator("#reponse").innerText()).toContain("Échéancier trop serré");
    await context.close();
  });

  it("the inbox, the preferences and the unsubscribe page (without signing in) work on a phone and pass axe", async () => {
    const context = await portal.browser.newContext({ locale: "fr-CA" });
    const page = await signIn(context, portal.baseUrl, MEMBER);
    await page.goto(`${portal.baseUrl}/notifications`);
    const inbox = page.locator("main");
    expect(await inbox.innerText()).toContain(`Nouvelle occasion : ${title()}`);
    await checkAtBothWidths(page, SHOTS, "04-inbox");
    await page.getByRole("button", { name: "Tout marquer comme lu" }).click();
    await page.waitForURL(/fait=toutes/);
    await expect.poll(() => inbox.innerText()).toMatch(/\d+ notifications? marquées? comme lues?\./);

    await page.goto(`${portal.baseUrl}/compte/notifications`);
    await page.getByLabel("Un résumé par semaine").check();
    await page.getByLabel("Mon propre choix").check();
    await page.getByRole("checkbox", { name: "04 – Mauricie", exact: true }).check();
    await page.getByText("Alimentation et services de traiteur").click();
    await page.getByLabel("Traiteur pour événements").check();
    await checkAtBothWidths(page, SHOTS, "05-preferences");
    await page.getByRole("button", { name: "Enregistrer mes préférences" }).click();
    await page.waitForURL(/fait=1/);
    await expect.poll(() => page.locator("main").innerText()).toContain("Vos préférences sont enregistrées.");
    expect(await page.getByLabel("Traiteur pour événements").isChecked()).toBe(true);
    await context.close();

    const userId = db.get<{ id: number }>(sql`select id from users where email = ${MEMBER}`)!.id;
    const token = getPreferences(db, userId).unsubscribeToken;
    const anonymous = await portal.browser.newContext({ locale: "fr-CA" });
    const visitor = await anonymous.newPage();
    await visitor.goto(`${portal.baseUrl}/desabonnement?token=${token}`);
    await checkAtBothWidths(visitor, SHOTS, "06-unsubscribe");
    await visitor.getByRole("button", { name: "Me désabonner" }).click();
    await visitor.waitForURL(/fait=1/);
    await expect.poll(() => visitor.locator("main").innerText()).toContain("C'est fait");
    expect(getPreferences(db, userId).emailFrequency).toBe("never");
    await anonymous.close();
  });
});
