import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { needResponses } from "#db/schema";
import { createNeed } from "~/models/needs.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText, postForm } from "../helpers/forms";
import { actorOf, BUYER_EMAIL, needInput, publishNeedMatching, publishedEnterpriseIn } from "./opportunities-fixtures";

/**
 * Who sees which need: a member sees the needs their enterprise was matched to and the public
 * ones; nobody else uses these pages. Every role, allowed and denied.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
type Role = "anonymous" | "buyer" | "member" | "otherMember" | "curator" | "otherCurator" | "admin";
const ROLES: Role[] = ["anonymous", "buyer", "member", "otherMember", "curator", "otherCurator", "admin"];
const cookies = {} as Record<Role, string | undefined>;
let enterprise: number;
let otherEnterprise: number;
let privateNeed: number;
let publicNeed: number;
let draftNeed: number;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  const db = handle.db;
  enterprise = publishedEnterpriseIn(db, "04");
  privateNeed = publishNeedMatching(db, enterprise, { title: "Besoin réservé aux entreprises retenues" });
  publicNeed = publishNeedMatching(db, enterprise, {
    title: "Besoin public ouvert à toutes",
    isPublic: "on",
    contactVisibility: "matched",
  });
  draftNeed = createNeed(db, actorOf(db, BUYER_EMAIL), needInput({ title: "Brouillon de l'acheteur" }));
  // An enterprise neither need selected.
  otherEnterprise = db.get<{ id: number }>(sql`
    select id from enterprises where status = 'published'
      and id not in (select enterprise_id from need_matches) order by id desc limit 1`)!.id;
  cookies.anonymous = undefined;
  cookies.buyer = (await createTestUser(db, { roles: ["buyer"] })).cookie;
  cookies.member = (await createTestUser(db, { roles: ["enterprise_member"], enterpriseIds: [enterprise] })).cookie;
  cookies.otherMember = (
    await createTestUser(db, { roles: ["enterprise_member"], enterpriseIds: [otherEnterprise] })
  ).cookie;
  cookies.curator = (await createTestUser(db, { curatesRegion: "04" })).cookie;
  cookies.otherCurator = (await createTestUser(db, { curatesRegion: "06" })).cookie;
  cookies.admin = (await createTestUser(db, { roles: ["admin"] })).cookie;
}, 120_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const get = (path: string, role: Role) =>
  app.fetch(path, { headers: cookies[role] ? { Cookie: cookies[role]! } : {}, redirect: "manual" });

type Expect = number | "login";
async function expectMatrix(path: string, expected: Record<Role, Expect>) {
  const actual: Record<string, Expect> = {};
  for (const role of ROLES) {
    const res = await get(path, role);
    actual[role] =
      res.status === 302 && res.headers.get("Location")?.startsWith("/connexion?redirectTo=") ? "login" : res.status;
  }
  expect(actual).toEqual(expected);
}

const membersOnly = (member: Expect, otherMember: Expect) =>
  ({
    anonymous: "login",
    buyer: 403,
    member,
    otherMember,
    curator: 403,
    otherCurator: 403,
    admin: 403,
  }) as const;

describe("who may open the opportunities", () => {
  it("/opportunites: enterprise members only", () => expectMatrix("/opportunites", membersOnly(200, 200)));

  it("/opportunites/:id of a non-public need: only the matched enterprise's members (others get a 404)", () =>
    expectMatrix(`/opportunites/${privateNeed}`, membersOnly(200, 404)));

  it("/opportunites/:id of a public need: every enterprise member", () =>
    expectMatrix(`/opportunites/${publicNeed}`, membersOnly(200, 200)));

  it("a draft is nobody's opportunity, not even the matched enterprise's", () =>
    expectMatrix(`/opportunites/${draftNeed}`, membersOnly(404, 404)));

  it("a member who has not registered an enterprise yet is told how to, and sees no need", async () => {
    const newcomer = await createTestUser(handle.db, { roles: ["enterprise_member"] });
    const list = await app.fetch("/opportunites", { headers: { Cookie: newcomer.cookie } });
    expect(list.status).toBe(200);
    const text = mainText(await list.text());
    expect(text).toContain("Votre compte n'est encore associé à aucune entreprise.");
    expect(text).not.toContain("Besoin public ouvert à toutes");
    const need = await app.fetch(`/opportunites/${publicNeed}`, { headers: { Cookie: newcomer.cookie } });
    expect(need.status).toBe(404);
  });

  it("an unknown or malformed id is a 404", async () => {
    expect((await get("/opportunites/999999", "member")).status).toBe(404);
    expect((await get("/opportunites/abc", "member")).status).toBe(404);
  });

  it("?entreprise= of an enterprise the member does not belong to is refused (403), on the list and the need", async () => {
    const list = await get(`/opportunites?entreprise=${enterprise}`, "otherMember");
    expect(list.status).toBe(403);
    expect(await list.text()).toContain("Vous ne faites pas partie de cette entreprise");
    expect((await get(`/opportunites/${privateNeed}?entreprise=${enterprise}`, "otherMember")).status).toBe(403);
    expect((await get(`/opportunites/${publicNeed}?entreprise=${enterprise}`, "otherMember")).status).toBe(403);
    expect((await get(`/opportunites/${privateNeed}?entreprise=${otherEnterprise}`, "member")).status).toBe(403);
  });

  it("the refusals are localized", async () => {
    const res = await app.fetch(`/opportunites/${privateNeed}?lng=en`, {
      headers: { Cookie: cookies.otherMember! },
    });
    expect(res.status).toBe(404);
    expect(mainText(await res.text())).toContain("This need does not exist or is not visible to this enterprise.");
    const buyer = await app.fetch("/opportunites?lng=en", { headers: { Cookie: cookies.buyer! } });
    expect(buyer.status).toBe(403);
    expect(await buyer.text()).toContain("This page is for members of an enterprise listed in the directory.");
  });
});

describe("what each member sees", () => {
  it("the list: the matched enterprise sees both needs; another enterprise only the public one", async () => {
    const mine = mainText(await (await get("/opportunites", "member")).text());
    expect(mine).toContain("Besoin réservé aux entreprises retenues");
    expect(mine).toContain("Besoin public ouvert à toutes");
    expect(mine).not.toContain("Brouillon de l'acheteur");
    const theirs = mainText(await (await get("/opportunites", "otherMember")).text());
    expect(theirs).not.toContain("Besoin réservé aux entreprises retenues");
    expect(theirs).toContain("Besoin public ouvert à toutes");
    expect(theirs).toContain("besoin public, ouvert à toutes les entreprises");
  });

  it("the contact: shown to matched enterprises, hidden with a note from the others when visibility is 'matched'", async () => {
    const matched = mainText(await (await get(`/opportunites/${publicNeed}`, "member")).text());
    expect(matched).toContain("julie.tremblay@sante.example");
    expect(matched).toContain("819 555-0142");
    const other = mainText(await (await get(`/opportunites/${publicNeed}`, "otherMember")).text());
    expect(other).not.toContain("julie.tremblay@sante.example");
    expect(other).toContain("Les coordonnées de l'acheteur sont communiquées aux entreprises retenues");
    expect(other).toContain("Ce besoin est public");
  });

  it("the matched enterprise reads why it was selected, in words", async () => {
    const text = mainText(await (await get(`/opportunites/${privateNeed}`, "member")).text());
    expect(text).toContain("Pourquoi cette occasion vous est proposée");
    expect(text).toMatch(/Dessert la région Mauricie|Située dans la région Mauricie|Dessert tout le Québec/);
    expect(text).toContain("Catégorie exacte : ");
  });
});

describe("who may answer", () => {
  const answer = (enterpriseId: number) => ({
    intent: "interested",
    enterpriseId: String(enterpriseId),
    message: "Nous serions heureux de vous servir.",
    "answers[0]": "150 personnes",
    "answers[1]": "Oui",
  });
  const answers = () => handle.db.select().from(needResponses).all();

  it("a member answering for an enterprise they do not belong to gets a 403, and nothing is saved", async () => {
    const res = await postForm(app, `/opportunites/${publicNeed}`, answer(enterprise), { cookie: cookies.otherMember });
    expect(res.status).toBe(403);
    expect(answers()).toEqual([]);
  });

  it("a member of an enterprise that was not matched cannot answer a non-public need (404)", async () => {
    const res = await postForm(app, `/opportunites/${privateNeed}`, answer(otherEnterprise), {
      cookie: cookies.otherMember,
    });
    expect(res.status).toBe(404);
    expect(answers()).toEqual([]);
  });

  it("buyers, curators and admins cannot answer; anonymous visitors are sent to sign in", async () => {
    for (const role of ["buyer", "curator", "admin"] as const) {
      const res = await postForm(app, `/opportunites/${publicNeed}`, answer(enterprise), { cookie: cookies[role] });
      expect(res.status, role).toBe(403);
    }
    const anonymous = await postForm(app, `/opportunites/${publicNeed}`, answer(enterprise));
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/connexion\?redirectTo=/);
    expect(answers()).toEqual([]);
  });

  it("any member may answer a public need for their own enterprise", async () => {
    const res = await postForm(app, `/opportunites/${publicNeed}`, answer(otherEnterprise), {
      cookie: cookies.otherMember,
    });
    expect(res.status).toBe(302);
    expect(answers()).toMatchObject([{ needId: publicNeed, enterpriseId: otherEnterprise, interest: "interested" }]);
  });
});
