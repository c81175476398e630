import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { needResponses } from "#db/schema";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText, postForm } from "../helpers/forms";
import { isoInDays, publishNeedMatching, publishedEnterpriseIn, setNeed } from "./opportunities-fixtures";

/** The answer form: "interested" with a message and answers, "not interested" with a reason; bad input changes nothing. */
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let cookie: string;
let enterprise: number;
let secondEnterprise: number;
let needId: number;

const responseOf = (need: number, ent = enterprise) =>
  handle.db
    .select()
    .from(needResponses)
    .where(eq(needResponses.needId, need))
    .all()
    .find((r) => r.enterpriseId === ent);

const interested = (over: Record<string, string> = {}) => ({
  intent: "interested",
  enterpriseId: String(enterprise),
  message: "Notre coopérative sert des repas locaux depuis 2009; nous serions ravis de vous proposer un menu.",
  "answers[0]": "Jusqu'à 200 personnes.",
  "answers[1]": "Oui, vaisselle réutilisable incluse.",
  ...over,
});

const post = (body: Record<string, string>, need = needId, lng = "") =>
  postForm(app, `/opportunites/${need}?entreprise=${enterprise}${lng}`, body, { cookie });

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  enterprise = publishedEnterpriseIn(handle.db, "04");
  secondEnterprise = publishedEnterpriseIn(handle.db, "04", [enterprise]);
  cookie = (
    await createTestUser(handle.db, { roles: ["enterprise_member"], enterpriseIds: [enterprise, secondEnterprise] })
  ).cookie;
}, 120_000);

beforeEach(() => {
  needId = publishNeedMatching(handle.db, enterprise);
});

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

describe("answering a need", () => {
  it("'interested' saves the message and one answer per question, then the page shows them", async () => {
    const res = await post(interested());
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(
      `/opportunites/${needId}?entreprise=${enterprise}&fait=enregistree#reponse`,
    );
    expect(responseOf(needId)).toMatchObject({
      interest: "interested",
      answers: ["Jusqu'à 200 personnes.", "Oui, vaisselle réutilisable incluse."],
      reason: null,
      buyerNotifiedAt: null,
    });
    const page = mainText(
      await (await app.fetch(res.headers.get("Location")!, { headers: { Cookie: cookie } })).text(),
    );
    expect(page).toContain("Votre réponse est enregistrée. L'acheteur en sera avisé.");
    expect(page).toContain("Réponse enregistrée le");
    expect(page).toContain("Notre coopérative sert des repas locaux");
    expect(page).toContain("Mettre à jour notre réponse");
  });

  it("the answer can be changed until the deadline; a changed answer is shown to the buyer again", async () => {
    await post(interested());
    handle.db.update(needResponses).set({ buyerNotifiedAt: new Date() }).where(eq(needResponses.needId, needId)).run();
    const same = await post(interested());
    expect(same.headers.get("Location")).toContain("fait=inchangee");
    expect(responseOf(needId)!.buyerNotifiedAt).not.toBeNull();

    const decline = await post({
      intent: "not_interested",
      enterpriseId: String(enterprise),
      reason: "capacity",
      detail: "Saison chargée.",
    });
    expect(decline.status).toBe(302);
    expect(responseOf(needId)).toMatchObject({
      interest: "not_interested",
      reason: "capacity",
      message: "Saison chargée.",
      answers: [],
      buyerNotifiedAt: null,
    });
    const page = mainText(
      await (
        await app.fetch(`/opportunites/${needId}?entreprise=${enterprise}`, { headers: { Cookie: cookie } })
      ).text(),
    );
    expect(page).toContain("Nous n'avons pas la capacité en ce moment");
  });

  it("each of the member's enterprises answers separately (here on a public need)", async () => {
    const open = publishNeedMatching(handle.db, enterprise, { isPublic: "on" });
    await post(interested(), open);
    const forSecond = await postForm(
      app,
      `/opportunites/${open}?entreprise=${secondEnterprise}`,
      { intent: "not_interested", enterpriseId: String(secondEnterprise), reason: "out_of_scope" },
      { cookie },
    );
    expect(forSecond.status).toBe(302);
    expect(responseOf(open)).toMatchObject({ interest: "interested" });
    expect(responseOf(open, secondEnterprise)).toMatchObject({ interest: "not_interested", reason: "out_of_scope" });
  });

  it("a need without questions takes a message alone", async () => {
    const noQuestions = publishNeedMatching(handle.db, enterprise, { questions: [] });
    const res = await post(
      { intent: "interested", enterpriseId: String(enterprise), message: "Intéressés, bien sûr!" },
      noQuestions,
    );
    expect(res.status).toBe(302);
    expect(responseOf(noQuestions)).toMatchObject({ answers: [] });
  });
});

describe("bad input: a 4xx with a localized message, and nothing saved or lost", () => {
  async function expectRefused(body: Record<string, string>, status: number, message: string, lng = "") {
    const before = responseOf(needId);
    const res = await post(body, needId, lng);
    expect(res.status).toBe(status);
    expect(mainText(await res.text())).toContain(message);
    expect(responseOf(needId)).toEqual(before);
  }

  it("no message", () => expectRefused(interested({ message: "" }), 400, "Écrivez un message à l'acheteur."));

  it("a message too short or too long", async () => {
    await expectRefused(interested({ message: "Oui" }), 400, "Ce texte est trop court.");
    await expectRefused(interested({ message: "x".repeat(4001) }), 400, "Ce texte est trop long.");
  });

  it("an answer too long", () =>
    expectRefused(interested({ "answers[1]": "y".repeat(2001) }), 400, "Ce texte est trop long."));

  it("the wrong number of answers, or an empty answer", async () => {
    const { "answers[1]": _dropped, ...oneAnswer } = interested();
    await expectRefused(oneAnswer, 400, "Répondez à chacune des questions de l'acheteur.");
    await expectRefused(
      interested({ "answers[2]": "De trop" }),
      400,
      "Répondez à chacune des questions de l'acheteur.",
    );
    await expectRefused(interested({ "answers[0]": "" }), 400, "Répondez à cette question.");
  });

  it("'not interested' without a reason, with an unknown reason, or 'other' without details", async () => {
    const decline = { intent: "not_interested", enterpriseId: String(enterprise) };
    await expectRefused(decline, 400, "Choisissez une raison.");
    await expectRefused({ ...decline, reason: "bored" }, 400, "Choisissez une raison.");
    await expectRefused({ ...decline, reason: "other", detail: "" }, 400, "Précisez la raison.");
    await expectRefused({ ...decline, reason: "timeline", detail: "z".repeat(1001) }, 400, "Ce texte est trop long.");
  });

  it("an unknown intent", () =>
    expectRefused(
      { intent: "maybe", enterpriseId: String(enterprise) },
      400,
      "Choisissez « intéressée » ou « pas intéressée ».",
    ));

  it("in English too", () =>
    expectRefused(interested({ message: "" }), 400, "Write a message to the buyer.", "&lng=en"));

  it("an earlier answer survives a refused change", async () => {
    await post(interested());
    const saved = responseOf(needId);
    await expectRefused(interested({ message: "" }), 400, "Écrivez un message à l'acheteur.");
    expect(responseOf(needId)).toEqual(saved);
  });
});

describe("after the deadline or closure: 409, nothing changes", () => {
  it("past the deadline (the deadline day itself still counts)", async () => {
    await post(interested());
    const saved = responseOf(needId);
    setNeed(handle.db, needId, { responseDeadline: isoInDays(0) });
    expect((await post(interested({ message: "Toujours valable aujourd'hui, jusqu'à minuit." }))).status).toBe(302);
    const today = responseOf(needId);
    expect(today!.message).toContain("jusqu'à minuit");

    setNeed(handle.db, needId, { responseDeadline: isoInDays(-2) });
    const res = await post(interested({ message: "Trop tard mais nous essayons quand même." }));
    expect(res.status).toBe(409);
    expect(mainText(await res.text())).toContain("La date limite pour répondre est passée");
    expect(responseOf(needId)).toEqual(today);
    expect(saved).not.toEqual(today);
  });

  it("closed, or cancelled by the buyer", async () => {
    setNeed(handle.db, needId, { status: "closed", closedAt: new Date() });
    const closed = await post(interested());
    expect(closed.status).toBe(409);
    expect(mainText(await closed.text())).toContain("Ce besoin est fermé");
    setNeed(handle.db, needId, { status: "cancelled" });
    const cancelled = await post({ intent: "not_interested", enterpriseId: String(enterprise), reason: "capacity" });
    expect(cancelled.status).toBe(409);
    expect(mainText(await cancelled.text())).toContain("Ce besoin a été annulé par l'acheteur");
    expect(responseOf(needId)).toBeUndefined();
    // The page still opens, without the forms.
    const page = mainText(
      await (
        await app.fetch(`/opportunites/${needId}?entreprise=${enterprise}`, { headers: { Cookie: cookie } })
      ).text(),
    );
    expect(page).not.toContain("Envoyer notre intérêt");
  });
});

describe("the list's filters", () => {
  const list = async (query: string) =>
    mainText(await (await app.fetch(`/opportunites${query}`, { headers: { Cookie: cookie } })).text());

  it("answered / not answered, open / closed, and one of my enterprises", async () => {
    const answered = publishNeedMatching(handle.db, enterprise, { title: "Besoin auquel nous avons répondu" });
    const closed = publishNeedMatching(handle.db, enterprise, { title: "Besoin fermé par l'acheteur" });
    await post(interested(), answered);
    setNeed(handle.db, closed, { status: "closed", closedAt: new Date() });

    expect(await list("?reponse=repondu")).toContain("Besoin auquel nous avons répondu");
    expect(await list(`?reponse=repondu&entreprise=${enterprise}`)).toContain("Besoin auquel nous avons répondu");
    expect(await list("?reponse=sans-reponse")).not.toContain("Besoin auquel nous avons répondu");
    expect(await list("")).not.toContain("Besoin fermé par l'acheteur");
    expect(await list("?etat=fermes")).toContain("Besoin fermé par l'acheteur");
    expect(await list("?etat=tous")).toContain("Besoin fermé par l'acheteur");
    expect(await list("?etat=ouverts&reponse=toutes")).toContain("Besoin auquel nous avons répondu");
    // Unknown filter values fall back to the defaults instead of failing.
    expect(await list("?etat=bof&reponse=42")).toContain("Besoin auquel nous avons répondu");
  });
});
