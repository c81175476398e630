import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enterprises, listingMessages, verifications } from "#db/schema";
import { readListingData } from "~/models/listing-data.server";
import { createDraftListing, saveListing } from "~/models/listing-workflow.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { completeListing, contextOf, SHERBROOKE, TROIS_RIVIERES } from "./curation-fixtures";
import { getPage, postForm, visibleText, type TestApp } from "./registration-helpers";

/**
 * Who may open and change what under /mon-entreprise: every route, every role, allowed and
 * denied — and a denied change leaves the database as it was.
 */
let app: TestApp;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let listingId: number;
let otherListingId: number;
const cookies: Record<string, string | null> = {};

type Role = "anonymous" | "buyer" | "unverified" | "member" | "otherMember" | "curator" | "otherCurator" | "admin";
const ROLES: Role[] = ["anonymous", "buyer", "unverified", "member", "otherMember", "curator", "otherCurator", "admin"];
/** Those who may open and edit the Mauricie listing: its member, the Mauricie hub, admins. */
const EDITORS = new Set<Role>(["member", "curator", "admin"]);

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 60 });
  useDbInApp(handle.db);
  app = await createTestApp();
  const db = handle.db;
  const member = await createTestUser(db);
  listingId = createDraftListing(contextOf(db, member.id), completeListing("Atelier Matrice", TROIS_RIVIERES));
  saveListing(contextOf(db, member.id), listingId, completeListing("Atelier Matrice", TROIS_RIVIERES));
  const otherMember = await createTestUser(db);
  otherListingId = createDraftListing(contextOf(db, otherMember.id), completeListing("Autre Estrie", SHERBROOKE));
  cookies.anonymous = null;
  cookies.buyer = (await createTestUser(db, { roles: ["buyer"] })).cookie;
  cookies.unverified = (await createTestUser(db, { roles: ["enterprise_member"], verified: false })).cookie;
  cookies.member = member.cookie;
  cookies.otherMember = otherMember.cookie;
  cookies.curator = (await createTestUser(db, { curatesRegion: "04" })).cookie;
  cookies.otherCurator = (await createTestUser(db, { curatesRegion: "05" })).cookie;
  cookies.admin = (await createTestUser(db, { roles: ["admin"] })).cookie;
}, 90_000);
afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const expectLoginRedirect = (res: Response, path: string) => {
  expect(res.status).toBe(302);
  expect(res.headers.get("Location")).toBe(`/connexion?redirectTo=${encodeURIComponent(path)}`);
};

describe("pages of one listing", () => {
  const pages = () => [
    `/mon-entreprise/${listingId}`,
    `/mon-entreprise/${listingId}/identite`,
    `/mon-entreprise/${listingId}/offre`,
    `/mon-entreprise/${listingId}/territoire`,
    `/mon-entreprise/${listingId}/membres`,
  ];

  it.each(ROLES)("%s", async (role) => {
    for (const path of pages()) {
      const res = await getPage(app, path, cookies[role]!);
      if (role === "anonymous") expectLoginRedirect(res, path);
      else if (EDITORS.has(role)) {
        expect(res.status, path).toBe(200);
        expect(await visibleText(res)).toContain("Atelier Matrice");
      } else {
        expect(res.status, path).toBe(403);
        const text = await visibleText(res);
        expect(text).toContain("Vous ne gérez pas cette fiche");
        expect(text).not.toContain("Atelier Matrice");
      }
    }
  });

  it("unknown listings and steps are 404", async () => {
    expect((await getPage(app, "/mon-entreprise/999999", cookies.admin!)).status).toBe(404);
    expect((await getPage(app, "/mon-entreprise/abc", cookies.admin!)).status).toBe(404);
    const res = await getPage(app, `/mon-entreprise/${listingId}/etape-inconnue`, cookies.member!);
    expect(res.status).toBe(404);
    expect(await visibleText(res)).toContain("Cette étape de l'inscription n'existe pas.");
  });
});

describe("changes to one listing", () => {
  const mission = (text: string): [string, string][] => [
    ["missionFr", text],
    ["descriptionFr", "Une description assez longue pour passer la validation du formulaire."],
    ["nav", "next"],
  ];
  const missionNow = () => readListingData(handle.db, listingId)!.missionFr;
  const messages = () =>
    handle.db.select({ n: count() }).from(listingMessages).where(eq(listingMessages.enterpriseId, listingId)).get()!.n;
  const invitations = () => handle.db.select({ n: count() }).from(verifications).get()!.n;

  it.each(ROLES)("%s", async (role) => {
    const stepPath = `/mon-entreprise/${listingId}/mission`;
    const before = { mission: missionNow(), messages: messages(), invitations: invitations() };
    const newMission = `Mission réécrite par ${role} pour le test d'accès.`;
    const step = await postForm(app, stepPath, cookies[role]!, mission(newMission));
    const message = await postForm(app, `/mon-entreprise/${listingId}`, cookies[role]!, [
      ["intent", "message"],
      ["body", `Bonjour de ${role}`],
    ]);
    const invite = await postForm(app, `/mon-entreprise/${listingId}/membres`, cookies[role]!, [
      ["intent", "invite"],
      ["email", `invite-${role}@exemple.example`],
    ]);
    if (role === "anonymous") {
      expectLoginRedirect(step, stepPath);
      expect(message.status).toBe(302);
      expect(invite.status).toBe(302);
    } else if (EDITORS.has(role)) {
      expect(step.status).toBe(302);
      expect(step.headers.get("Location")).toBe(`/mon-entreprise/${listingId}/offre?enregistre=mission`);
      expect(missionNow()).toBe(newMission);
      expect(message.status).toBe(302);
      expect(messages()).toBe(before.messages + 1);
      expect(invite.status).toBe(302);
      expect(invitations()).toBe(before.invitations + 1);
      return;
    } else {
      expect([step.status, message.status, invite.status]).toEqual([403, 403, 403]);
    }
    expect(missionNow()).toBe(before.mission);
    expect(messages()).toBe(before.messages);
    expect(invitations()).toBe(before.invitations);
  });
});

describe("dashboard, new listing and claim pages", () => {
  it.each(ROLES)("%s", async (role) => {
    const cookie = cookies[role]!;
    const dashboard = await getPage(app, "/mon-entreprise", cookie);
    const start = await getPage(app, "/mon-entreprise/nouvelle", cookie);
    const claim = await getPage(app, "/mon-entreprise/reclamer?q=atelier", cookie);
    if (role === "anonymous") {
      expectLoginRedirect(dashboard, "/mon-entreprise");
      expectLoginRedirect(start, "/mon-entreprise/nouvelle");
      expectLoginRedirect(claim, "/mon-entreprise/reclamer?q=atelier");
      return;
    }
    expect(dashboard.status).toBe(200);
    const text = await visibleText(dashboard);
    // Each one sees only the listings they are a member of, curators and admins included.
    expect(text.includes("Atelier Matrice")).toBe(role === "member");
    expect(text.includes("Autre Estrie")).toBe(role === "otherMember");
    if (role === "unverified") {
      expect(start.status).toBe(403);
      expect(claim.status).toBe(403);
      const why = await visibleText(start);
      expect(why).toContain("Confirmez d'abord votre adresse courriel");
      expect(why).toContain("Recevoir un nouveau lien de confirmation");
    } else {
      expect(start.status).toBe(200);
      expect(claim.status).toBe(200);
    }
  });

  it("an unverified user can't create a listing by posting the form anyway", async () => {
    const before = handle.db.select({ n: count() }).from(enterprises).get()!.n;
    const res = await postForm(app, "/mon-entreprise/nouvelle", cookies.unverified!, [
      ["publicName", "Entreprise Non Vérifiée"],
      ["legalName", "Entreprise Non Vérifiée inc."],
      ["legalStatus", "obnl"],
      ["municipalityCode", TROIS_RIVIERES],
    ]);
    expect(res.status).toBe(403);
    expect(handle.db.select({ n: count() }).from(enterprises).get()!.n).toBe(before);
  });

  it("other listings stay out of reach through the step action too", async () => {
    const res = await postForm(app, `/mon-entreprise/${otherListingId}/mission`, cookies.member!, [
      ["missionFr", "Tentative de modification d'une fiche d'autrui."],
      ["descriptionFr", "Une description assez longue pour passer la validation du formulaire."],
    ]);
    expect(res.status).toBe(403);
    expect(readListingData(handle.db, otherListingId)!.missionFr).not.toContain("Tentative");
  });
});
