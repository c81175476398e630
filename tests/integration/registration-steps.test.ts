import { and, count, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, enterpriseMembers, enterpriseRevisions, enterprises, userRoles } from "#db/schema";
import { STEP_SLUGS } from "~/components/listing-form/steps";
import { LISTING_STEPS, type ListingData, type ListingStep } from "~/domain/listing/listing-schema";
import { readListingData } from "~/models/listing-data.server";
import { createDraftListing, decideListing, saveListing, submitListing } from "~/models/listing-workflow.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { completeListing, contextOf, TROIS_RIVIERES } from "./curation-fixtures";
import {
  emailsTo,
  freshNeq,
  getPage,
  postForm,
  stepPairs,
  visibleText,
  type Pairs,
  type TestApp,
} from "./registration-helpers";

/**
 * Registration through the real forms, as a browser without JavaScript posts them: every
 * step saved as a draft, bad input refused with its message (and nothing saved), submission
 * to the hub, and edits of a published listing kept aside until the hub approves them.
 */
let app: TestApp;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 60 });
  useDbInApp(handle.db);
  app = await createTestApp();
}, 90_000);
afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const db = () => handle.db;
const statusOf = (id: number) =>
  db().select({ s: enterprises.status }).from(enterprises).where(eq(enterprises.id, id)).get()!.s;

/** A member with a complete draft listing in Mauricie, made through the workflow. */
async function memberWithDraft(name: string) {
  const member = await createTestUser(db());
  const data = { ...completeListing(name, TROIS_RIVIERES), neq: freshNeq() };
  const id = createDraftListing(contextOf(db(), member.id), data);
  saveListing(contextOf(db(), member.id), id, data);
  return { member, id };
}

describe("a full registration", () => {
  it("goes through the six steps, each saved as a draft, then is submitted to the region's hub", async () => {
    const member = await createTestUser(db());
    const data: ListingData = {
      ...completeListing("Coop Parcours Complet", TROIS_RIVIERES),
      legalStatus: "cooperative",
      coopCategory: "solidarity",
      coopNonDistributing: true,
      salesRevenuePercent: undefined,
      neq: freshNeq(),
      serviceAreaScope: "custom",
      serviceRegions: ["04"],
      serviceMrcs: ["372"],
      serviceMunicipalities: ["43027"],
    };
    // Step 1 creates the listing; the municipality is typed by name, as people do.
    let res = await postForm(app, "/mon-entreprise/nouvelle", member.cookie, [
      ...stepPairs("identity", { ...data, municipalityCode: "Trois-Rivières" }),
      ["nav", "next"],
    ]);
    expect(res.status).toBe(302);
    const location = res.headers.get("Location")!;
    const id = Number(/^\/mon-entreprise\/(\d+)\/mission\?enregistre=identite$/.exec(location)?.[1]);
    expect(id).toBeGreaterThan(0);
    expect(statusOf(id)).toBe("draft");
    expect(readListingData(db(), id)!.municipalityCode).toBe(TROIS_RIVIERES);
    expect(db().select().from(enterpriseMembers).where(eq(enterpriseMembers.enterpriseId, id)).all()).toEqual([
      expect.objectContaining({ userId: member.id }),
    ]);
    expect(db().select().from(userRoles).where(eq(userRoles.userId, member.id)).all()).toEqual([
      { userId: member.id, role: "enterprise_member" },
    ]);
    const page = await visibleText(await getPage(app, location, member.cookie));
    expect(page).toContain("L'étape « Identité » est enregistrée.");
    expect(page).toContain("Étape 2 sur 6");

    // The other steps, in order, each answering with the next one.
    for (const step of LISTING_STEPS.slice(1)) {
      const pairs: Pairs =
        step === "area"
          ? [
              ["serviceAreaScope", "custom"],
              ["serviceRegions", "04"],
              ["serviceMrcs", "372"],
              ["serviceMunicipalities[0]", "Sherbrooke"],
              ["serviceMunicipalities[1]", ""],
            ]
          : stepPairs(step, data);
      res = await postForm(app, `/mon-entreprise/${id}/${STEP_SLUGS[step]}`, member.cookie, [
        ...pairs,
        ["nav", "next"],
      ]);
      expect(res.status, step).toBe(302);
      const next = LISTING_STEPS[LISTING_STEPS.indexOf(step) + 1];
      expect(res.headers.get("Location")).toBe(
        next
          ? `/mon-entreprise/${id}/${STEP_SLUGS[next]}?enregistre=${STEP_SLUGS[step]}`
          : `/mon-entreprise/${id}?enregistre=engagements`,
      );
      expect(statusOf(id)).toBe("draft");
    }
    const saved = readListingData(db(), id)!;
    expect(saved).toMatchObject({
      publicName: "Coop Parcours Complet",
      legalStatus: "cooperative",
      coopCategory: "solidarity",
      coopNonDistributing: true,
      categories: data.categories,
      serviceRegions: ["04"],
      serviceMrcs: ["372"],
      serviceMunicipalities: ["43027"],
      website: data.website,
      labels: data.labels,
      purposes: data.purposes,
    });
    expect(saved.offerings).toEqual([
      expect.objectContaining({
        categoryCode: "traiteur-evenementiel",
        nameFr: "Buffet froid pour réunions",
        priceMinCad: 12,
        priceMaxCad: 20,
      }),
      expect.objectContaining({ categoryCode: "boites-a-lunch", nameFr: "Boîtes à lunch santé" }),
    ]);

    const overview = await visibleText(await getPage(app, `/mon-entreprise/${id}`, member.cookie));
    expect(overview).toContain("Brouillon");
    expect(overview).toContain("Soumettre au pôle");
    res = await postForm(app, `/mon-entreprise/${id}`, member.cookie, [["intent", "submit"]]);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/mon-entreprise/${id}?fait=submitted`);
    expect(statusOf(id)).toBe("submitted");
    // The seeded hub of Mauricie is told.
    expect(emailsTo(db(), "pole-04@maillage.example", "listingSubmitted").map((e) => e.subject)).toContain(
      "Fiche à examiner : Coop Parcours Complet",
    );
    const after = await visibleText(await getPage(app, `/mon-entreprise/${id}?fait=submitted`, member.cookie));
    expect(after).toContain("Soumise");
    expect(after).toContain("La fiche est soumise au pôle régional.");
    const dashboard = await visibleText(await getPage(app, "/mon-entreprise", member.cookie));
    expect(dashboard).toContain("Coop Parcours Complet");
    expect(dashboard).toContain("Soumise");
  });

  it("an incomplete listing can't be submitted: the page lists the steps left, with links", async () => {
    const member = await createTestUser(db());
    const res = await postForm(app, "/mon-entreprise/nouvelle", member.cookie, [
      ...stepPairs("identity", completeListing("Fiche Incomplète", TROIS_RIVIERES)),
    ]);
    const id = Number(/\/mon-entreprise\/(\d+)\//.exec(res.headers.get("Location")!)![1]);
    const overview = await getPage(app, `/mon-entreprise/${id}`, member.cookie);
    const html = await overview.text();
    expect(html).toContain(`href="/mon-entreprise/${id}/mission"`);
    expect(html).toContain(`href="/mon-entreprise/${id}/offre"`);
    expect(html).not.toContain('value="submit"');
    const submit = await postForm(app, `/mon-entreprise/${id}`, member.cookie, [["intent", "submit"]]);
    expect(submit.status).toBe(400);
    expect(await visibleText(submit)).toContain("Pour soumettre la fiche, complétez d'abord ces étapes");
    expect(statusOf(id)).toBe("draft");
  });
});

describe("bad input, step by step", () => {
  type Case = { step: ListingStep; name: string; change: Partial<ListingData> | Pairs; message: string; kept?: string };
  const cases: Case[] = [
    {
      step: "identity",
      name: "invalid NEQ",
      change: { neq: "1234567891" },
      message: "Le NEQ doit compter 10 chiffres valides",
      kept: 'value="1234567891"',
    },
    {
      step: "identity",
      name: "unknown municipality",
      change: { municipalityCode: "Ville-Imaginaire" },
      message: "Choisissez une municipalité du Québec dans la liste.",
      kept: 'value="Ville-Imaginaire"',
    },
    {
      step: "identity",
      name: "unknown municipality code",
      change: { municipalityCode: "99999" },
      message: "Choisissez une municipalité du Québec dans la liste.",
    },
    {
      step: "identity",
      name: "a municipality name shared by several",
      change: { municipalityCode: "Saint-Cyprien" },
      message: "Choisissez une municipalité du Québec dans la liste.",
    },
    {
      step: "identity",
      name: "cooperative without its category",
      change: { legalStatus: "cooperative", coopCategory: undefined },
      message: "Précisez la catégorie de coopérative.",
    },
    {
      step: "identity",
      name: "bad postal code",
      change: { postalCode: "12345" },
      message: "Entrez un code postal du Québec",
    },
    { step: "identity", name: "empty public name", change: { publicName: "" }, message: "Ce champ est obligatoire." },
    {
      step: "mission",
      name: "mission too short",
      change: { missionFr: "Court" },
      message: "Ce texte est trop court.",
      kept: ">Court</textarea>",
    },
    {
      step: "offerings",
      name: "no category",
      change: { categories: [] },
      message: "Choisissez au moins une catégorie.",
    },
    {
      step: "offerings",
      name: "offering category not chosen",
      change: {
        categories: ["boites-a-lunch"],
        offerings: [{ categoryCode: "traiteur-evenementiel", nameFr: "Buffet" }],
      } as Partial<ListingData>,
      message: "Cette catégorie ne fait pas partie des catégories choisies.",
    },
    {
      step: "offerings",
      name: "price min > max",
      change: {
        offerings: [{ categoryCode: "boites-a-lunch", nameFr: "Boîte", priceMinCad: 30, priceMaxCad: 10 }],
      } as Partial<ListingData>,
      message: "Le prix maximal doit être supérieur ou égal au prix minimal.",
    },
    {
      step: "offerings",
      name: "no offering",
      change: { offerings: [] },
      message: "Ajoutez au moins un produit ou service.",
    },
    {
      step: "area",
      name: "custom area with nothing chosen",
      change: [["serviceAreaScope", "custom"]],
      message: "Choisissez au moins une région, une MRC ou une municipalité, ou tout le Québec.",
    },
    {
      step: "area",
      name: "unknown municipality served",
      change: [
        ["serviceAreaScope", "custom"],
        ["serviceMunicipalities[0]", "Atlantide"],
      ],
      message: "Choisissez une municipalité du Québec dans la liste.",
      kept: 'value="Atlantide"',
    },
    {
      step: "area",
      name: "unknown MRC",
      change: [
        ["serviceAreaScope", "custom"],
        ["serviceMrcs", "999"],
      ],
      message: "Cette option n'existe pas.",
    },
    {
      step: "contacts",
      name: "bad email",
      change: { email: "pas-un-courriel" },
      message: "Entrez une adresse courriel valide.",
      kept: 'value="pas-un-courriel"',
    },
    {
      step: "contacts",
      name: "bad phone",
      change: { phone: "123" },
      message: "Entrez un numéro de téléphone à 10 chiffres",
    },
    {
      step: "contacts",
      name: "bad URL",
      change: { website: "pas une adresse" },
      message: "Entrez une adresse Web valide",
    },
    {
      step: "labels",
      name: "unknown label",
      change: { labels: ["label-inexistant"] },
      message: "Cette option n'existe pas.",
    },
  ];

  let fixture: Awaited<ReturnType<typeof memberWithDraft>>;
  beforeAll(async () => {
    fixture = await memberWithDraft("Fiche Intacte");
  });

  it.each(cases)(
    "$step: $name → 400 with the message, the input kept, nothing saved",
    async ({ step, change, message, kept }) => {
      const before = readListingData(db(), fixture.id);
      const audits = db().select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, fixture.id)).get()!.n;
      const pairs = Array.isArray(change) ? change : stepPairs(step, { ...before, ...change });
      const res = await postForm(app, `/mon-entreprise/${fixture.id}/${STEP_SLUGS[step]}`, fixture.member.cookie, [
        ...pairs,
        ["nav", "next"],
      ]);
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain("Le formulaire contient des erreurs");
      expect(html.replace(/&#x27;/g, "'")).toContain(message);
      if (kept) expect(html).toContain(kept);
      expect(readListingData(db(), fixture.id)).toEqual(before);
      expect(db().select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, fixture.id)).get()!.n).toBe(audits);
    },
  );

  it("messages are in English for English readers", async () => {
    const res = await app.fetch(`/mon-entreprise/${fixture.id}/coordonnees?lng=en`, {
      method: "POST",
      body: new URLSearchParams([["email", "nope"]]),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: fixture.member.cookie },
    });
    expect(res.status).toBe(400);
    const text = await visibleText(res);
    expect(text).toContain("Enter a valid email address.");
    expect(text).toContain("The form has errors");
  });

  it("a NEQ another listing has is refused with a link to claim that listing; nothing is created", async () => {
    const member = await createTestUser(db());
    const taken = db()
      .select({ neq: enterprises.neq })
      .from(enterprises)
      .where(eq(enterprises.status, "published"))
      .get()!.neq!;
    const before = db().select({ n: count() }).from(enterprises).get()!.n;
    const res = await postForm(app, "/mon-entreprise/nouvelle", member.cookie, [
      ...stepPairs("identity", {
        ...completeListing("Doublon", TROIS_RIVIERES),
        neq: `${taken.slice(0, 4)} ${taken.slice(4)}`,
      }),
    ]);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html.replace(/&#x27;/g, "'")).toContain("Une fiche portant ce NEQ existe déjà dans Maillage.");
    expect(html).toContain(`href="/mon-entreprise/reclamer?q=${taken}"`);
    expect(html).toContain("Demander à gérer cette fiche");
    expect(db().select({ n: count() }).from(enterprises).get()!.n).toBe(before);
  });

  it("the NEQ of one's own other listing points to it instead", async () => {
    const { member, id } = await memberWithDraft("Ma Première Fiche");
    const neq = readListingData(db(), id)!.neq!;
    const res = await postForm(app, "/mon-entreprise/nouvelle", member.cookie, [
      ...stepPairs("identity", { ...completeListing("Ma Seconde Fiche", TROIS_RIVIERES), neq }),
    ]);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Vous gérez déjà la fiche qui porte ce NEQ.");
    expect(html).toContain(`href="/mon-entreprise/${id}"`);
  });

  it("a municipality is accepted as a code, a suggestion's label or a unique name in any case", async () => {
    const { member, id } = await memberWithDraft("Fiche Municipale");
    for (const [typed, code] of [
      ["43027", "43027"],
      ["sherbrooke", "43027"],
      ["TROIS-RIVIERES", "37067"],
    ] as const) {
      const res = await postForm(
        app,
        `/mon-entreprise/${id}/identite`,
        member.cookie,
        stepPairs("identity", { ...readListingData(db(), id), municipalityCode: typed }),
      );
      expect(res.status, typed).toBe(302);
      expect(readListingData(db(), id)!.municipalityCode).toBe(code);
    }
    const page = await getPage(app, `/mon-entreprise/${id}/identite`, member.cookie);
    const label = /id="municipalityCode"[^>]*value="([^"]+)"/.exec(await page.text())?.[1];
    expect(label).toMatch(/^Trois-Rivières \(/);
    const res = await postForm(
      app,
      `/mon-entreprise/${id}/identite`,
      member.cookie,
      stepPairs("identity", { ...readListingData(db(), id), municipalityCode: label! }),
    );
    expect(res.status).toBe(302);
  });

  it("clearing an optional field empties it; details of another legal status are dropped", async () => {
    const { member, id } = await memberWithDraft("Fiche Nettoyée");
    const data = readListingData(db(), id)!;
    expect(data.salesRevenuePercent).toBe(70);
    const res = await postForm(app, `/mon-entreprise/${id}/identite`, member.cookie, [
      ...stepPairs("identity", { ...data, postalCode: undefined, legalStatus: "mutual" }),
    ]);
    expect(res.status).toBe(302);
    const after = readListingData(db(), id)!;
    expect(after.postalCode).toBeUndefined();
    expect(after.salesRevenuePercent).toBeUndefined();
    expect(after.legalStatus).toBe("mutual");
  });
});

describe("list buttons work without JavaScript", () => {
  it("'Ajouter un produit ou service' adds a row and 'Retirer' removes one, saving nothing", async () => {
    const { member, id } = await memberWithDraft("Fiche Lignes");
    const before = readListingData(db(), id);
    const form = await (await getPage(app, `/mon-entreprise/${id}/offre`, member.cookie)).text();
    const decode = (v: string) => v.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    const add =
      /<button[^>]*name="__intent__"[^>]*value="([^"]+)"[^>]*>(?:(?!<\/button>).)*Ajouter un produit ou service/s.exec(
        form,
      );
    expect(add).not.toBeNull();
    const pairs = stepPairs("offerings", before!);
    let res = await postForm(app, `/mon-entreprise/${id}/offre`, member.cookie, [
      ...pairs,
      ["__intent__", decode(add![1]!)],
    ]);
    expect(res.status).toBe(200);
    let html = await res.text();
    expect(html).toContain("Produit ou service 3");
    expect(html).toContain('value="Buffet froid pour réunions"');
    expect(readListingData(db(), id)).toEqual(before);

    const remove =
      /<button[^>]*name="__intent__"[^>]*value="([^"]+)"[^>]*>(?:(?!<\/button>).)*Retirer le produit ou service 1/s.exec(
        html,
      );
    res = await postForm(app, `/mon-entreprise/${id}/offre`, member.cookie, [
      ...pairs,
      ["__intent__", decode(remove![1]!)],
    ]);
    expect(res.status).toBe(200);
    html = await res.text();
    expect(html).not.toContain('value="Buffet froid pour réunions"');
    expect(html).toContain('value="Boîtes à lunch santé"');
    expect(readListingData(db(), id)).toEqual(before);
  });

  it("a forged list intent is a 400, not a crash", async () => {
    const { member, id } = await memberWithDraft("Fiche Intention");
    const res = await postForm(app, `/mon-entreprise/${id}/offre`, member.cookie, [["__intent__", "{not json"]]);
    expect(res.status).toBe(400);
  });
});

describe("after submission", () => {
  it("the hub's request for changes is shown to the member, who edits and submits again", async () => {
    const { member, id } = await memberWithDraft("Fiche À Corriger");
    await submitListing(contextOf(db(), member.id), id);
    const curator = await createTestUser(db(), { curatesRegion: "04" });
    await decideListing(contextOf(db(), curator.id), id, {
      kind: "request_changes",
      message: "Précisez vos prix pour les boîtes à lunch.",
    });
    const page = await visibleText(await getPage(app, `/mon-entreprise/${id}`, member.cookie));
    expect(page).toContain("Modifications demandées");
    expect(page).toContain("Précisez vos prix pour les boîtes à lunch.");
    const dashboard = await visibleText(await getPage(app, "/mon-entreprise", member.cookie));
    expect(dashboard).toContain("Précisez vos prix pour les boîtes à lunch.");
    const data = readListingData(db(), id)!;
    const res = await postForm(
      app,
      `/mon-entreprise/${id}/offre`,
      member.cookie,
      stepPairs("offerings", {
        ...data,
        offerings: [
          { categoryCode: "boites-a-lunch", nameFr: "Boîtes à lunch santé", priceMinCad: 9, priceMaxCad: 14 },
        ],
      } as Partial<ListingData>),
    );
    expect(res.status).toBe(302);
    expect(statusOf(id)).toBe("draft");
    expect((await postForm(app, `/mon-entreprise/${id}`, member.cookie, [["intent", "submit"]])).status).toBe(302);
    expect(statusOf(id)).toBe("submitted");
  });

  it("editing a published listing keeps the public version until the hub approves the revision", async () => {
    const { member, id } = await memberWithDraft("Fiche Publiée");
    await submitListing(contextOf(db(), member.id), id);
    const curator = await createTestUser(db(), { curatesRegion: "04" });
    await decideListing(contextOf(db(), curator.id), id, { kind: "approve" });
    const publicMission = readListingData(db(), id)!.missionFr;

    const res = await postForm(app, `/mon-entreprise/${id}/mission`, member.cookie, [
      ["missionFr", "Une mission toute nouvelle, en attente d'approbation."],
      ["descriptionFr", "Une description assez longue pour passer la validation du formulaire."],
    ]);
    expect(res.status).toBe(302);
    expect(readListingData(db(), id)!.missionFr).toBe(publicMission);
    expect(statusOf(id)).toBe("published");
    const revision = db()
      .select()
      .from(enterpriseRevisions)
      .where(eq(enterpriseRevisions.enterpriseId, id))
      .orderBy(desc(enterpriseRevisions.id))
      .get()!;
    expect(revision).toMatchObject({ status: "draft" });
    expect(revision.data.missionFr).toBe("Une mission toute nouvelle, en attente d'approbation.");

    // The form shows the pending text; the overview says the public version is unchanged.
    expect(await (await getPage(app, `/mon-entreprise/${id}/mission`, member.cookie)).text()).toContain(
      "Une mission toute nouvelle",
    );
    const overview = await visibleText(await getPage(app, `/mon-entreprise/${id}`, member.cookie));
    expect(overview).toContain("La version publiée reste visible dans le répertoire jusqu'à l'approbation");
    expect(overview).toContain("Voir la fiche publique");
    expect((await postForm(app, `/mon-entreprise/${id}`, member.cookie, [["intent", "submit"]])).status).toBe(302);
    expect(db().select().from(enterpriseRevisions).where(eq(enterpriseRevisions.id, revision.id)).get()!.status).toBe(
      "submitted",
    );
    expect(statusOf(id)).toBe("published");
    expect(await visibleText(await getPage(app, `/mon-entreprise/${id}`, member.cookie))).toContain(
      "Modifications soumises au pôle",
    );

    // Confirming the listing is current is a button on the overview.
    expect((await postForm(app, `/mon-entreprise/${id}`, member.cookie, [["intent", "confirm"]])).status).toBe(302);
    const confirmed = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "confirm")))
      .all();
    expect(confirmed).toHaveLength(1);
  });

  it("the region's curator edits a published listing directly from the same pages", async () => {
    const { member, id } = await memberWithDraft("Fiche Du Pôle");
    await submitListing(contextOf(db(), member.id), id);
    const curator = await createTestUser(db(), { curatesRegion: "04" });
    await decideListing(contextOf(db(), curator.id), id, { kind: "approve" });
    const page = await visibleText(await getPage(app, `/mon-entreprise/${id}/coordonnees`, curator.cookie));
    expect(page).toContain("vos changements s'appliquent directement");
    const res = await postForm(app, `/mon-entreprise/${id}/coordonnees`, curator.cookie, [["phone", "819 555-0199"]]);
    expect(res.status).toBe(302);
    expect(readListingData(db(), id)!.phone).toBe("819 555-0199");
  });

  it("an archived listing can't be edited", async () => {
    const { member, id } = await memberWithDraft("Fiche Archivée");
    db().update(enterprises).set({ status: "archived" }).where(eq(enterprises.id, id)).run();
    expect((await getPage(app, `/mon-entreprise/${id}/mission`, member.cookie)).status).toBe(409);
    const res = await postForm(
      app,
      `/mon-entreprise/${id}/mission`,
      member.cookie,
      stepPairs("mission", readListingData(db(), id)!),
    );
    expect(res.status).toBe(409);
    expect(await visibleText(await getPage(app, `/mon-entreprise/${id}`, member.cookie))).toContain("archivée");
  });
});
