import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enterprises, listingMessages } from "#db/schema";
import { getListingState, saveListing, submitListing } from "~/models/listing-workflow.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { emailsTo, mainText, postForm } from "../helpers/forms";
import { completeListing, contextOf, registerAndSubmit } from "./curation-fixtures";

let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let member: Awaited<ReturnType<typeof createTestUser>>;
let curator: string;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 200 });
  useDbInApp(handle.db);
  app = await createTestApp();
  member = await createTestUser(handle.db);
  curator = (await createTestUser(handle.db, { curatesRegion: "04" })).cookie;
}, 90_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const db = () => handle.db;
const status = (id: number) =>
  db().select({ s: enterprises.status }).from(enterprises).where(eq(enterprises.id, id)).get()!.s;
const view = async (path: string, cookie = curator) => {
  const res = await app.fetch(path, { headers: { Cookie: cookie } });
  return { status: res.status, html: await res.text() };
};
const act = (id: number, body: Record<string, string>) =>
  postForm(app, `/pole/fiches/${id}`, body, { cookie: curator });

describe("the review page", () => {
  it("shows the whole listing in words: names for codes, labels for fields", async () => {
    const id = await registerAndSubmit(db(), member.id, completeListing("Traiteur Lisible Rigel"));
    const { status: code, html } = await view(`/pole/fiches/${id}`);
    expect(code).toBe(200);
    const text = mainText(html);
    expect(text).toContain("Traiteur Lisible Rigel");
    expect(text).toContain("Trois-Rivières");
    expect(text).toContain("Organisme à but non lucratif (OBNL)");
    expect(text).toContain("Traiteur pour événements");
    expect(text).toContain("Buffet froid pour réunions");
    expect(text).toContain("Entreprise d'insertion reconnue");
    expect(text).toContain("Approuver et publier");
    expect(text).toContain(member.email);
  });

  it("puts a pending revision side by side with the published version, field by field", async () => {
    const id = await registerAndSubmit(db(), member.id, completeListing("Traiteur Révisé Sirius"));
    await act(id, { intent: "approve" });
    saveListing(contextOf(db(), member.id), id, {
      phone: "819 555-0188",
      serviceRegions: ["04", "17"],
    });
    await submitListing(contextOf(db(), member.id), id);
    const text = mainText((await view(`/pole/fiches/${id}`)).html);
    expect(text).toContain("Version publiée / version proposée");
    expect(text).toMatch(/Téléphone Version publiée 819 555-0142 Version proposée 819 555-0188/);
    expect(text).toMatch(/Régions desservies Version publiée Mauricie Version proposée Mauricie Centre-du-Québec/);
    expect(text).not.toMatch(/Courriel Version publiée/);
    expect(text).toContain("Approuver les modifications");

    const approved = await act(id, { intent: "approve" });
    expect(approved.headers.get("Location")).toBe(`/pole/fiches/${id}?fait=approve_revision`);
    expect(getListingState(db(), id)?.pendingRevision).toBeNull();
    const after = mainText((await view(`/pole/fiches/${id}?fait=approve_revision`)).html);
    expect(after).toContain("Les modifications sont approuvées et publiées.");
    expect(after).toContain("819 555-0188");
  });
});

describe("the hub's decisions", () => {
  it("requests changes: an empty message is refused (400, localized), then the message is sent", async () => {
    const id = await registerAndSubmit(db(), member.id, completeListing("Traiteur Corrigé Altair"));
    const empty = await act(id, { intent: "request_changes", message: "   " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Écrivez le message à transmettre à l&#x27;entreprise.");
    expect(status(id)).toBe("submitted");

    const before = emailsTo(db(), member.email).length;
    const res = await act(id, { intent: "request_changes", message: "Ajoutez vos prix, svp." });
    expect(res.status).toBe(302);
    expect(status(id)).toBe("changes_requested");
    const mail = emailsTo(db(), member.email)[0]!;
    expect(emailsTo(db(), member.email)).toHaveLength(before + 1);
    expect(mail).toMatchObject({ kind: "changesRequested" });
    expect(mail.text).toContain("Ajoutez vos prix, svp.");
    expect(mail.text).toContain(`/mon-entreprise/${id}`);
    const page = mainText((await view(`/pole/fiches/${id}`)).html);
    expect(page).toContain("Ajoutez vos prix, svp.");
    expect(page).not.toContain("Approuver et publier");
  });

  it("rejects: the reason is required (also in English), then kept and emailed", async () => {
    const id = await registerAndSubmit(db(), member.id, completeListing("Traiteur Refusé Canopus"));
    const empty = await postForm(
      app,
      `/pole/fiches/${id}`,
      { intent: "reject", reason: "" },
      {
        cookie: curator,
        headers: { "Accept-Language": "en" },
      },
    );
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Give the reason: it will be sent to the enterprise.");
    expect(status(id)).toBe("submitted");

    await act(id, { intent: "reject", reason: "Hors du champ de l'économie sociale." });
    expect(status(id)).toBe("rejected");
    expect(emailsTo(db(), member.email)[0]).toMatchObject({ kind: "listingRejected" });
    const stored = db().select().from(listingMessages).where(eq(listingMessages.enterpriseId, id)).all();
    expect(stored.map((m) => m.body)).toEqual(["Hors du champ de l'économie sociale."]);
  });

  it("approves once: a second approval (another curator, an old tab) is a conflict, not an error page", async () => {
    const id = await registerAndSubmit(db(), member.id, completeListing("Traiteur Double Bételgeuse"));
    expect((await act(id, { intent: "approve" })).status).toBe(302);
    const again = await act(id, { intent: "approve" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Cette fiche n&#x27;attend pas de décision du pôle.");
    expect(status(id)).toBe("published");
  });

  it("archives with a reason (required), then restores; refuses an unknown action", async () => {
    const id = await registerAndSubmit(db(), member.id, completeListing("Traiteur Archivé Procyon"));
    await act(id, { intent: "approve" });
    const noReason = await act(id, { intent: "archive" });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("Indiquez pourquoi la fiche est archivée.");
    expect(status(id)).toBe("published");
    await act(id, { intent: "archive", reason: "Fermeture annoncée" });
    expect(status(id)).toBe("archived");
    expect(mainText((await view(`/pole/fiches/${id}`)).html)).toContain("Restaurer la fiche");
    await act(id, { intent: "restore" });
    expect(status(id)).toBe("published");
    expect((await act(id, { intent: "delete" })).status).toBe(400);
  });

  it("marks a listing verified by the hub with today's date", async () => {
    const id = await registerAndSubmit(db(), member.id, completeListing("Traiteur Vérifié Polaris"));
    await act(id, { intent: "approve" });
    const res = await act(id, { intent: "verify" });
    expect(res.headers.get("Location")).toBe(`/pole/fiches/${id}?fait=verify`);
    const row = db().select().from(enterprises).where(eq(enterprises.id, id)).get()!;
    expect(Date.now() - row.lastVerifiedAt!.getTime()).toBeLessThan(60_000);
    const page = mainText((await view(`/pole/fiches/${id}?fait=verify`)).html);
    expect(page).toContain("La fiche est marquée « vérifiée par le pôle » aujourd'hui.");
  });
});

describe("the history page", () => {
  it("lists every change: who, when, the action, and each field before → after in words", async () => {
    const id = await registerAndSubmit(db(), member.id, completeListing("Traiteur Historique Mira"));
    await act(id, { intent: "request_changes", message: "Précisez la zone." });
    saveListing(contextOf(db(), member.id), id, {
      serviceRegions: ["04", "17"],
      legalStatus: "cooperative",
      coopCategory: "worker",
    });
    await submitListing(contextOf(db(), member.id), id);
    await act(id, { intent: "approve" });

    const { status: code, html } = await view(`/fiches/${id}/historique`, member.cookie);
    expect(code).toBe(200);
    const text = mainText(html);
    expect(text).toContain("Historique de la fiche");
    for (const action of [
      "Création de la fiche",
      "Soumission au pôle",
      "Modifications demandées",
      "Modification",
      "Approbation",
    ])
      expect(text).toContain(action);
    expect(text).toContain("Précisez la zone.");
    expect(text).toContain("Nom public Traiteur Historique Mira");
    expect(text).toMatch(/Régions desservies Avant Mauricie Après Mauricie Centre-du-Québec/);
    expect(text).toMatch(/Statut juridique Avant Organisme à but non lucratif \(OBNL\) Après Coopérative/);
    expect(text).toMatch(/Catégorie de coopérative Avant \(vide\) Après Coopérative de travail/);
    expect(text).toMatch(/État de la fiche Avant Soumise Après Publiée/);
    expect(text).toMatch(/par Test \d+ \(pôle régional\)/);
    expect(text).toMatch(/par Test \d+ \(membre de l'entreprise\)/);
    expect(text).toContain("Retour à ma fiche");
    const curatorView = mainText((await view(`/fiches/${id}/historique`)).html);
    expect(curatorView).toContain("Retour à l'examen de la fiche");
  });
});
