import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, startPortal, type RunningPortal } from "./harness";
import { checkAtBothWidths, signIn } from "./checks";

/**
 * The story end to end, in Chromium against `npm start`: a buyer posts a need, a matched
 * enterprise answers, the buyer shortlists it and records the outcome. Every page visited is
 * checked against WCAG 2.1 AA, and screenshotted (desktop and phone) for a person to look at.
 */
const BUYER = "acheteur.municipal@maillage.example";
const MEMBER = "membre@maillage.example";
const SHOTS = process.env.SCREENSHOTS_DIR ?? path.join(os.tmpdir(), "maillage-matchmaking-shots");

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect.poll(() => page.getByRole("link", { name: "Se connecter" }).first().isVisible()).toBe(true);
  await page.context().close();
}

/** A date `days` from today in Quebec, as a date input wants it. */
const isoDate = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto" }).format(new Date(Date.now() + days * 86_400_000));

type MemberEnterprise = { id: number; name: string; regionCode: string; regionName: string };
type Category = { code: string; name: string; groupName: string };

describe.skipIf(!browserAvailable())("matchmaking in Chromium", () => {
  let portal: RunningPortal;
  let db: Database.Database;
  let enterprise: MemberEnterprise;
  let category: Category;

  beforeAll(async () => {
    portal = await startPortal();
    fs.mkdirSync(SHOTS, { recursive: true });
    db = new Database(portal.databaseFile, { readonly: true });
    // The need is written for the demo member's enterprise: its region and one of its categories.
    enterprise = db
      .prepare(
        `select e.id, e.public_name as name, m.region_code as regionCode, r.name_fr as regionName
         from users u join enterprise_members em on em.user_id = u.id
         join enterprises e on e.id = em.enterprise_id
         join municipalities m on m.code = e.municipality_code join regions r on r.code = m.region_code
         where u.email = ? and e.status = 'published' order by e.id limit 1`,
      )
      .get(MEMBER) as MemberEnterprise;
    expect(enterprise, "the demo member manages a published enterprise").toBeDefined();
    category = db
      .prepare(
        `select c.code, c.name_fr as name, g.name_fr as groupName
         from enterprise_categories ec join categories c on c.code = ec.category_code
         join category_groups g on g.code = c.group_code
         where ec.enterprise_id = ? order by c.code limit 1`,
      )
      .get(enterprise.id) as Category;
    expect(category, "the demo member's enterprise has a category").toBeDefined();
  });

  /** The buyer drafts a need in the member enterprise's region and category, then publishes it. */
  async function postNeed(
    page: Page,
    { title, question, screenshots }: { title: string; question: string; screenshots?: boolean },
  ) {
    await page.goto(`${portal.baseUrl}/besoins/nouveau`);
    if (screenshots) await checkAtBothWidths(page, SHOTS, "01-need-form");
    await page.getByLabel(/^Titre/).fill(title);
    await page
      .getByLabel(/^Description/)
      .fill(
        `Nous cherchons une entreprise d'économie sociale de la région ${enterprise.regionName} pour un contrat de ${category.name.toLowerCase()} d'un an.`,
      );
    await page.locator("#kind-request_for_quotes").check();
    await page.locator("#contractNature-services").check();
    await page.getByLabel("Montant estimé avant taxes ($)").fill("20000");
    await page.locator("summary", { hasText: category.groupName }).click();
    await page.locator(`[id="categories-${category.code}"]`).check();
    await page.locator(`#regions-${enterprise.regionCode}`).check();
    await page.getByLabel("Date limite des réponses").fill(isoDate(30));
    await page.getByLabel("Question 1", { exact: true }).fill(question);
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.waitForURL(/\/besoins\/\d+\?fait=cree/);
    const needId = Number(/\/besoins\/(\d+)/.exec(page.url())![1]);
    await expect.poll(() => page.locator("main").innerText()).toContain("Le brouillon est enregistré");

    await page.getByRole("button", { name: "Publier le besoin" }).click();
    await page.waitForURL(/fait=publie/);
    await expect
      .poll(() => page.locator("main").innerText())
      .toMatch(/Le besoin est publié : \d+ entreprises? jumelée/);
    return needId;
  }

  afterAll(async () => {
    db?.close();
    await portal?.stop();
  });

  it("a buyer posts a need, a matched enterprise answers, the buyer shortlists it and records the outcome", async () => {
    const title = `Besoin en ${category.name.toLowerCase()} — ${enterprise.regionName}`;
    const question = "Quel délai de mise en route proposez-vous?";

    // 1. The buyer drafts the need, then publishes it.
    const buyerContext = await portal.browser.newContext({ locale: "fr-CA" });
    let page = await signIn(buyerContext, portal.baseUrl, BUYER);
    const needId = await postNeed(page, { title, question, screenshots: true });
    const matched = db
      .prepare("select rank from need_matches where need_id = ? and enterprise_id = ?")
      .get(needId, enterprise.id) as { rank: number } | undefined;
    expect(matched, `${enterprise.name} is among the matches of the need`).toBeDefined();
    await expect
      .poll(() => page.locator(`[data-enterprise="${enterprise.id}"]`).innerText())
      .toContain(enterprise.name);
    await checkAtBothWidths(page, SHOTS, "02-need-published");
    await signOut(page);

    // 2. The member of the matched enterprise finds the need and says they are interested.
    const memberContext = await portal.browser.newContext({ locale: "fr-CA" });
    page = await signIn(memberContext, portal.baseUrl, MEMBER);
    await page.goto(`${portal.baseUrl}/opportunites`);
    await checkAtBothWidths(page, SHOTS, "03-opportunities");
    await page.getByRole("link", { name: title }).first().click();
    await page.waitForURL(new RegExp(`/opportunites/${needId}`));
    await checkAtBothWidths(page, SHOTS, "04-opportunity");
    await page
      .getByLabel("Message à l'acheteur")
      .fill(
        "Notre coopérative fait ce travail depuis dix ans dans la région; nous pouvons commencer le mois prochain.",
      );
    await page.getByLabel(`Question 1 : ${question}`).fill("Deux semaines après la signature.");
    await page.getByRole("button", { name: "Envoyer notre intérêt" }).click();
    await page.waitForURL(/fait=enregistree/);
    await expect.poll(() => page.locator("#reponse").innerText()).toContain("Votre réponse est enregistrée");
    await checkAtBothWidths(page, SHOTS, "05-answered");
    await signOut(page);

    // 3. The buyer reads the answer, shortlists the enterprise and records the outcome.
    const backContext = await portal.browser.newContext({ locale: "fr-CA" });
    page = await signIn(backContext, portal.baseUrl, BUYER);
    await page.goto(`${portal.baseUrl}/besoins/${needId}`);
    const responses = page.locator("#reponses");
    await expect.poll(() => responses.innerText()).toContain(enterprise.name);
    expect(await responses.innerText()).toContain("Deux semaines après la signature.");
    await checkAtBothWidths(page, SHOTS, "06-answer-seen");

    await page
      .getByRole("button", { name: `Ajouter ${enterprise.name} à la liste courte` })
      .first()
      .click();
    await expect.poll(() => page.locator("#liste-courte").innerText()).toContain(enterprise.name);
    await checkAtBothWidths(page, SHOTS, "07-shortlisted");

    const outcome = page.locator("#resultat");
    await outcome.getByLabel(/^Entreprise retenue/).selectOption({ label: enterprise.name });
    await outcome.getByLabel(/^Montant attribué avant taxes/).fill("19500");
    await outcome.getByLabel(/^Voie contractuelle utilisée/).selectOption({ label: "Attribution de gré à gré" });
    await outcome.getByLabel(/^Date d'attribution/).fill(isoDate(0));
    await outcome.getByRole("button", { name: "Consigner le résultat et fermer le besoin" }).click();
    await expect.poll(() => page.locator("#resultat").innerText()).toContain("Attribué à");
    expect(await page.locator("#resultat").innerText()).toContain(enterprise.name);
    await checkAtBothWidths(page, SHOTS, "08-outcome");

    const record = db
      .prepare(
        "select enterprise_id as enterpriseId, amount_cad as amount, route from purchase_records where need_id = ?",
      )
      .get(needId);
    expect(record).toEqual({ enterpriseId: enterprise.id, amount: 19500, route: "direct_award" });
    const need = db.prepare("select status from needs where id = ?").get(needId) as { status: string };
    expect(need.status).toBe("closed");
    await backContext.close();
  }, 240_000);

  it("the regional hub recommends an enterprise the matching left out, and the buyer is told", async () => {
    const title = `Besoin suivi par le pôle — ${enterprise.regionName}`;
    let page = await signIn(await portal.browser.newContext({ locale: "fr-CA" }), portal.baseUrl, BUYER);
    const needId = await postNeed(page, { title, question: "Avez-vous déjà servi une municipalité?" });
    await signOut(page);
    const candidate = db
      .prepare(
        `select e.id, e.public_name as name from enterprises e join municipalities m on m.code = e.municipality_code
         where e.status = 'published' and m.region_code = ?
           and e.id not in (select enterprise_id from need_matches where need_id = ?)
         order by e.id limit 1`,
      )
      .get(enterprise.regionCode, needId) as { id: number; name: string };
    const note = "Cette entreprise a très bien servi la MRC voisine l'an dernier.";

    page = await signIn(
      await portal.browser.newContext({ locale: "fr-CA" }),
      portal.baseUrl,
      `pole-${enterprise.regionCode}@maillage.example`,
    );
    await page.goto(`${portal.baseUrl}/pole`);
    await page.getByRole("link", { name: "Besoins des acheteurs" }).click();
    await page.waitForURL(/\/pole\/besoins$/);
    await checkAtBothWidths(page, SHOTS, "09-hub-needs");
    await page.getByRole("link", { name: title }).click();
    await page.waitForURL(new RegExp(`/pole/besoins/${needId}`));
    await expect.poll(() => page.locator("h1").innerText()).toBe(title);
    await checkAtBothWidths(page, SHOTS, "10-hub-need");

    await page.getByLabel("Nom ou activité de l'entreprise").fill(candidate.name);
    await page.getByRole("button", { name: "Chercher" }).click();
    await page.waitForURL(/entreprise=/);
    await page.getByRole("radio", { name: candidate.name }).first().check();
    await page.getByLabel(/^Note pour l'acheteur/).fill(note);
    await checkAtBothWidths(page, SHOTS, "11-hub-recommend-form");
    await page.getByRole("button", { name: "Recommander" }).click();
    await page.waitForURL(/recommandee=/);
    await expect
      .poll(() => page.locator("#recommander").innerText())
      .toContain(`${candidate.name} est recommandée à l'acheteur.`);
    const card = page.locator(`[data-enterprise="${candidate.id}"]`);
    expect(await card.innerText()).toContain("Recommandée par");
    expect(await card.innerText()).toContain(note);
    await checkAtBothWidths(page, SHOTS, "12-hub-recommended");
    await signOut(page);

    page = await signIn(await portal.browser.newContext({ locale: "fr-CA" }), portal.baseUrl, BUYER);
    await page.goto(`${portal.baseUrl}/notifications`);
    await expect
      .poll(() => page.locator("main").innerText())
      .toContain(`Le pôle recommande ${candidate.name} pour « ${title} »`);
    await checkAtBothWidths(page, SHOTS, "13-buyer-notifications");
    await page.getByRole("link", { name: `Le pôle recommande ${candidate.name}` }).click();
    await page.waitForURL(new RegExp(`/besoins/${needId}`));
    // The recommendation joins the end of the ranking, which may be folded: unfold it as a reader would.
    const recommended = page.locator(`[data-enterprise="${candidate.id}"]`);
    if (!(await recommended.isVisible())) await page.locator('[data-testid="matches"] details > summary').click();
    await expect.poll(() => recommended.innerText()).toContain(note);
    await signOut(page);
  }, 240_000);

  it("a buyer saves a directory search, changes its alerts, runs it and deletes it", async () => {
    const page = await signIn(await portal.browser.newContext({ locale: "fr-CA" }), portal.baseUrl, BUYER);
    await page.goto(`${portal.baseUrl}/repertoire?q=traiteur&serves=${enterprise.regionCode}`);
    await page.getByText("Enregistrer cette recherche").click();
    await page.getByLabel(/^Nom de la recherche/).fill("Traiteurs de ma région");
    await page.getByLabel("Fréquence des alertes").selectOption({ label: "Une fois par jour" });
    await checkAtBothWidths(page, SHOTS, "14-directory-save-search");
    await page.getByRole("button", { name: "Enregistrer la recherche" }).click();
    await page.waitForURL(/\/recherches\?fait=created/);
    const main = page.locator("main");
    await expect.poll(() => main.innerText()).toContain("La recherche est enregistrée.");
    const text = await main.innerText();
    expect(text).toContain("Traiteurs de ma région");
    expect(text).toContain(enterprise.regionName);
    expect(text).toContain("« traiteur »");
    expect(await page.getByLabel("Alertes", { exact: true }).inputValue()).toBe("daily");
    await checkAtBothWidths(page, SHOTS, "15-saved-searches");

    await page.getByLabel("Alertes", { exact: true }).selectOption("weekly");
    await page.getByRole("button", { name: "Fréquence des alertes pour « Traiteurs de ma région »" }).click();
    await page.waitForURL(/fait=frequency/);
    expect(await page.getByLabel("Alertes", { exact: true }).inputValue()).toBe("weekly");

    await page.getByRole("link", { name: "Lancer la recherche « Traiteurs de ma région »" }).click();
    await page.waitForURL(new RegExp(`/repertoire\\?q=traiteur&serves=${enterprise.regionCode}$`));
    await page.goBack();
    await page.waitForURL(/\/recherches/);
    await page.getByRole("button", { name: "Supprimer la recherche « Traiteurs de ma région »" }).click();
    await page.waitForURL(/fait=deleted/);
    await expect.poll(() => main.innerText()).toContain("Vous n'avez encore enregistré aucune recherche.");
    await checkAtBothWidths(page, SHOTS, "16-saved-searches-empty");
    await signOut(page);
  }, 120_000);
});
