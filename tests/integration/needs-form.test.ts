import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { needs } from "#db/schema";
import { getNeed, setNeedStatus } from "~/models/needs.server";
import { createTestApp } from "../helpers/app";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText } from "../helpers/forms";
import { actorOf, countNeeds, createBuyer, needForm, seedNeed } from "./needs-fixtures";

/**
 * The need form (/besoins/nouveau, /besoins/:id/modifier) as a browser without JavaScript
 * posts it: a valid need becomes a draft, bad input answers 400 with localized messages and
 * saves nothing, conform's list buttons work, closed and cancelled needs cannot be edited.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let buyer: Awaited<ReturnType<typeof createBuyer>>;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  buyer = await createBuyer(handle.db, "municipality");
}, 90_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const post = (path: string, body: URLSearchParams, cookie = buyer.cookie) =>
  app.fetch(path, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    redirect: "manual",
  });

const get = (path: string, cookie = buyer.cookie) =>
  app.fetch(path, { headers: { Cookie: cookie }, redirect: "manual" });

describe("creating a need", () => {
  it("shows the form with every part of a need", async () => {
    const res = await get("/besoins/nouveau");
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const name of [
      'name="title"',
      'name="description"',
      'name="kind"',
      'name="contractNature"',
      'name="amountCad"',
      'name="amountBand"',
      'name="categories"',
      'name="regions"',
      'name="deliveryMunicipalityCode"',
      'name="startsOn"',
      'name="endsOn"',
      'name="responseDeadline"',
      'name="questions[0]"',
      'name="contactVisibility"',
      'name="contactEmail"',
      'name="isPublic"',
    ])
      expect(html).toContain(name);
    expect(html).toContain("des catégories seront suggérées à partir du titre et de la description");
  });

  it("saves a valid need as a draft of the buyer's organization and opens it", async () => {
    const before = countNeeds(handle.db);
    const res = await post(
      "/besoins/nouveau",
      needForm({ deliveryMunicipalityCode: "Trois-Rivières", "questions[1]": "", "questions[2]": "Vos références ?" }),
    );
    expect(res.status).toBe(302);
    const location = res.headers.get("Location")!;
    expect(location).toMatch(/^\/besoins\/\d+\?fait=cree$/);
    expect(countNeeds(handle.db)).toBe(before + 1);
    const id = Number(/\/besoins\/(\d+)/.exec(location)![1]);
    const need = getNeed(handle.db, id)!;
    expect(need).toMatchObject({
      status: "draft",
      buyerOrganizationId: buyer.organizationId,
      amountCad: 18_000,
      deliveryMunicipalityCode: "37067",
      regions: ["04"],
      categories: ["traiteur-evenementiel"],
      // The blank row in the middle is dropped, not an error.
      questions: ["Quel est votre délai de livraison ?", "Vos références ?"],
    });
    const page = mainText(await (await get(location)).text());
    expect(page).toContain("Le brouillon est enregistré");
    expect(page).toContain("Traiteur pour la fête des bénévoles");
  });

  it("suggests categories from the text when none is chosen, and shows them after saving", async () => {
    const res = await post("/besoins/nouveau", needForm({ categories: [] }));
    expect(res.status).toBe(302);
    const id = Number(/\/besoins\/(\d+)/.exec(res.headers.get("Location")!)![1]);
    const need = getNeed(handle.db, id)!;
    expect(need.categories).toEqual([]);
    expect(need.suggestedCategories).toContain("traiteur-evenementiel");
    const page = mainText(await (await get(`/besoins/${id}`)).text());
    expect(page).toContain("Catégories suggérées à partir du texte");
    expect(page).toContain("Traiteur pour événements");
  });
});

describe("bad input on the need form", () => {
  const cases: [string, Record<string, string | string[]>, string][] = [
    ["a title too short", { title: "Abc" }, "Ce texte est trop court."],
    ["no description", { description: "" }, "Ce champ est obligatoire."],
    ["an unknown kind", { kind: "auction" }, "Ce champ est obligatoire."],
    ["no delivery area", { regions: [] }, "Choisissez au moins une région de livraison ou une municipalité."],
    [
      "an unknown municipality",
      { deliveryMunicipalityCode: "Ville-Imaginaire" },
      "Choisissez une municipalité du Québec",
    ],
    ["an unknown category", { categories: ["pas-une-categorie"] }, "Cette option n'existe pas."],
    ["an unknown region", { regions: ["42"] }, "Cette option n'existe pas."],
    ["a negative amount", { amountCad: "-5000" }, "Cette valeur est hors des limites permises."],
    ["an absurd amount", { amountCad: "99999999999" }, "Cette valeur est hors des limites permises."],
    ["an amount that is not a number", { amountCad: "beaucoup" }, "Entrez un nombre."],
    ["a bad date", { startsOn: "2026-02-31x" }, "Entrez une date valide (AAAA-MM-JJ)."],
    [
      "an end before the start",
      { startsOn: "2027-03-01", endsOn: "2027-01-01" },
      "La date de fin doit suivre la date de début.",
    ],
    ["a bad email", { contactEmail: "pas-un-courriel" }, "Entrez une adresse courriel valide."],
    [
      "eleven questions",
      Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`questions[${i}]`, `Question ${i + 1} ?`])),
      "Trop de choix.",
    ],
  ];
  it.each(cases)("refuses %s with a localized message and saves nothing", async (_, overrides, message) => {
    const before = countNeeds(handle.db);
    const res = await post("/besoins/nouveau", needForm(overrides));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(mainText(html)).toContain(message);
    expect(countNeeds(handle.db)).toBe(before);
    // What was typed is kept.
    expect(html).toContain("fête des bénévoles");
  });

  it("says it in English for an English reader", async () => {
    const res = await post("/besoins/nouveau?lng=en", needForm({ regions: [], title: "Abc" }));
    expect(res.status).toBe(400);
    const text = mainText(await res.text());
    expect(text).toContain("Choose at least one delivery region or a municipality.");
    expect(text).toContain("This text is too short.");
  });

  it("keeps a saved need unchanged when an edit is invalid", async () => {
    const id = seedNeed(handle.db, buyer.id);
    const before = getNeed(handle.db, id)!;
    const res = await post(`/besoins/${id}/modifier`, needForm({ title: "Nouveau titre valide", amountCad: "-1" }));
    expect(res.status).toBe(400);
    expect(getNeed(handle.db, id)).toEqual(before);
  });
});

describe("questions without JavaScript", () => {
  it("adds a row with the “Ajouter une question” button, keeping what was typed", async () => {
    const body = needForm({ "questions[0]": "Première question ?" });
    body.set("__intent__", JSON.stringify({ type: "insert", payload: { name: "questions", defaultValue: "" } }));
    const before = countNeeds(handle.db);
    const res = await post("/besoins/nouveau", body);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('name="questions[1]"');
    expect(html).toContain("Première question ?");
    expect(countNeeds(handle.db)).toBe(before);
  });

  it("removes a row with its “Retirer” button", async () => {
    const body = needForm({ "questions[0]": "Garder ?", "questions[1]": "Enlever ?" });
    body.set("__intent__", JSON.stringify({ type: "remove", payload: { name: "questions", index: 1 } }));
    const res = await post("/besoins/nouveau", body);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Garder ?");
    expect(html).not.toContain("Enlever ?");
  });

  it("offers no “add” button once ten questions are there", async () => {
    const body = needForm(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`questions[${i}]`, `Q${i} ?`])));
    body.set("title", "Abc");
    const res = await post("/besoins/nouveau", body);
    const html = await res.text();
    expect(html).toContain("Vous avez atteint le maximum de 10 questions.");
    expect(html).not.toContain("Ajouter une question");
  });
});

describe("editing", () => {
  it("pre-fills the form and saves the changes", async () => {
    const id = seedNeed(handle.db, buyer.id);
    const form = await (await get(`/besoins/${id}/modifier`)).text();
    expect(form).toContain('value="Traiteur pour la fête des bénévoles"');
    const res = await post(`/besoins/${id}/modifier`, needForm({ title: "Traiteur pour le gala annuel" }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/besoins/${id}?fait=enregistre`);
    expect(getNeed(handle.db, id)!.title).toBe("Traiteur pour le gala annuel");
  });

  it.each(["closed", "cancelled"] as const)("refuses to edit a %s need with 409 and a message", async (status) => {
    const id = seedNeed(handle.db, buyer.id, undefined, true);
    setNeedStatus(handle.db, actorOf(handle.db, buyer.id), id, status);
    const page = await get(`/besoins/${id}/modifier`);
    expect(page.status).toBe(409);
    expect(mainText(await page.text())).toContain("Un besoin fermé ou annulé ne peut plus être modifié.");
    const res = await post(`/besoins/${id}/modifier`, needForm({ title: "Changement interdit" }));
    expect(res.status).toBe(409);
    expect(handle.db.select().from(needs).where(eq(needs.id, id)).get()!.title).not.toBe("Changement interdit");
  });
});
