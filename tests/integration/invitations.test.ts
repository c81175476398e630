import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, enterpriseMembers, userRoles, users, verifications } from "#db/schema";
import { createVerification } from "~/lib/tokens.server";
import { MAX_INVITATIONS_PER_DAY } from "~/models/memberships.server";
import { createDraftListing } from "~/models/listing-workflow.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { completeListing, contextOf, TROIS_RIVIERES } from "./curation-fixtures";
import { emailsTo, getPage, postForm, visibleText, type TestApp } from "./registration-helpers";

/**
 * Co-members: a member invites a colleague by email; only the invited address can accept,
 * once; members can be removed (never the last one).
 */
let app: TestApp;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 40 });
  useDbInApp(handle.db);
  app = await createTestApp();
}, 90_000);
afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const db = () => handle.db;
const isMember = (enterpriseId: number, userId: number) =>
  Boolean(
    db()
      .select()
      .from(enterpriseMembers)
      .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, userId)))
      .get(),
  );

async function memberWithListing(name: string) {
  const member = await createTestUser(db());
  const id = createDraftListing(contextOf(db(), member.id), completeListing(name, TROIS_RIVIERES));
  return { member, id };
}

/** Invites through the members page and returns the token from the queued email. */
async function invite(id: number, cookie: string, email: string): Promise<string> {
  const res = await postForm(app, `/mon-entreprise/${id}/membres`, cookie, [
    ["intent", "invite"],
    ["email", email],
  ]);
  expect(res.status).toBe(302);
  expect(res.headers.get("Location")).toBe(`/mon-entreprise/${id}/membres?fait=invited`);
  const mail = emailsTo(db(), email, "invitation").at(-1)!;
  const token = /\/invitation\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(token).toBeTruthy();
  return token!;
}

describe("inviting a colleague", () => {
  it("emails a link that the invited person, signed in with that address, accepts once", async () => {
    const { member, id } = await memberWithListing("Coop Invitante");
    const email = `collegue-${Date.now()}@coop-invitante.example`;
    const token = await invite(id, member.cookie, email);
    const mail = emailsTo(db(), email, "invitation").at(-1)!;
    expect(mail.subject).toBe("Invitation à gérer la fiche de Coop Invitante");
    const membersPage = await visibleText(
      await getPage(app, `/mon-entreprise/${id}/membres?fait=invited`, member.cookie),
    );
    expect(membersPage).toContain("Invitations en attente");
    expect(membersPage).toContain(email);

    // Signed out: the page explains and links to the login that comes back here.
    const here = `/invitation?token=${token}`;
    let res = await getPage(app, here, null);
    expect(res.status).toBe(200);
    let html = await res.text();
    expect(html).toContain("Coop Invitante");
    expect(html).toContain(`href="/connexion?redirectTo=${encodeURIComponent(here).replace(/%2F/g, "%2F")}"`);
    res = await postForm(app, here, null, [["token", token]]);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toMatch(/^\/connexion\?redirectTo=/);

    // Signed in with another address: explained, and refused.
    const stranger = await createTestUser(db());
    expect(await visibleText(await getPage(app, here, stranger.cookie))).toContain(
      `l'invitation a été envoyée à ${email}`,
    );
    res = await postForm(app, here, stranger.cookie, [["token", token]]);
    expect(res.status).toBe(403);
    expect(isMember(id, stranger.id)).toBe(false);

    // The invited address accepts (its account was not confirmed yet: the link confirms it).
    const invitee = await createTestUser(db(), { email: email.toUpperCase(), verified: false });
    html = await (await getPage(app, here, invitee.cookie)).text();
    expect(html).toContain("Accepter l&#x27;invitation");
    res = await postForm(app, here, invitee.cookie, [["token", token]]);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/mon-entreprise/${id}?fait=joined`);
    expect(isMember(id, invitee.id)).toBe(true);
    expect(db().select().from(userRoles).where(eq(userRoles.userId, invitee.id)).all()).toEqual([
      { userId: invitee.id, role: "enterprise_member" },
    ]);
    expect(
      db().select({ v: users.emailVerifiedAt }).from(users).where(eq(users.id, invitee.id)).get()!.v,
    ).not.toBeNull();
    const added = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "member_added")))
      .all();
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ actorUserId: invitee.id });
    expect((await getPage(app, `/mon-entreprise/${id}?fait=joined`, invitee.cookie)).status).toBe(200);

    // The same link never works twice.
    res = await postForm(app, here, invitee.cookie, [["token", token]]);
    expect(res.status).toBe(410);
    res = await getPage(app, here, invitee.cookie);
    expect(res.status).toBe(410);
    expect(await visibleText(res)).toContain("Invitation expirée ou déjà utilisée");
  });

  it("an expired, unknown or cancelled link is refused", async () => {
    const { member, id } = await memberWithListing("Coop Liens Morts");
    const email = `expire-${Date.now()}@exemple.example`;
    const old = createVerification(db(), {
      purpose: "invite_member",
      email,
      data: { enterpriseId: id },
      now: new Date(Date.now() - 15 * 24 * 3600_000),
    });
    const invitee = await createTestUser(db(), { email });
    for (const token of [old, "x".repeat(43), ""]) {
      const res = await postForm(app, `/invitation?token=${token}`, invitee.cookie, [["token", token]]);
      expect(res.status).toBe(410);
    }
    const token = await invite(id, member.cookie, email);
    const pending = db()
      .select()
      .from(verifications)
      .where(eq(verifications.email, email))
      .all()
      .find((v) => !v.usedAt && v.expiresAt > new Date())!;
    const cancel = await postForm(app, `/mon-entreprise/${id}/membres`, member.cookie, [
      ["intent", "cancel"],
      ["invitationId", String(pending.id)],
    ]);
    expect(cancel.status).toBe(302);
    expect((await postForm(app, `/invitation?token=${token}`, invitee.cookie, [["token", token]])).status).toBe(410);
    expect(isMember(id, invitee.id)).toBe(false);
  });

  it("a new invitation to the same address replaces the previous link", async () => {
    const { member, id } = await memberWithListing("Coop Deux Liens");
    const email = `deux-liens-${Date.now()}@exemple.example`;
    const first = await invite(id, member.cookie, email);
    const second = await invite(id, member.cookie, email);
    const invitee = await createTestUser(db(), { email });
    expect((await postForm(app, `/invitation?token=${first}`, invitee.cookie, [["token", first]])).status).toBe(410);
    expect((await postForm(app, `/invitation?token=${second}`, invitee.cookie, [["token", second]])).status).toBe(302);
  });

  it("bad addresses and current members are refused with a message, nothing sent", async () => {
    const { member, id } = await memberWithListing("Coop Refus Invitation");
    const cases: [string, string][] = [
      ["pas-une-adresse", "Entrez une adresse courriel valide."],
      ["", "Ce champ est obligatoire."],
      [member.email, "Cette personne gère déjà la fiche."],
    ];
    for (const [email, message] of cases) {
      const res = await postForm(app, `/mon-entreprise/${id}/membres`, member.cookie, [
        ["intent", "invite"],
        ["email", email],
      ]);
      expect(res.status, email).toBe(400);
      expect(await visibleText(res)).toContain(message);
    }
    expect(
      db()
        .select()
        .from(verifications)
        .all()
        .filter((v) => v.data?.enterpriseId === id),
    ).toEqual([]);
  });

  it(`a listing sends at most ${MAX_INVITATIONS_PER_DAY} invitations a day`, async () => {
    const { member, id } = await memberWithListing("Coop Trop D'Invitations");
    for (let i = 0; i < MAX_INVITATIONS_PER_DAY; i++)
      await invite(id, member.cookie, `n${i}-${Date.now()}@exemple.example`);
    const res = await postForm(app, `/mon-entreprise/${id}/membres`, member.cookie, [
      ["intent", "invite"],
      ["email", `de-trop-${Date.now()}@exemple.example`],
    ]);
    expect(res.status).toBe(429);
    expect(await visibleText(res)).toContain("Trop d'invitations envoyées pour cette fiche aujourd'hui.");
  });
});

describe("removing members", () => {
  it("a member removes a co-member; the last member stays; a member can leave", async () => {
    const { member, id } = await memberWithListing("Coop Équipe");
    const colleague = await createTestUser(db(), { enterpriseIds: [id] });
    let res = await postForm(app, `/mon-entreprise/${id}/membres`, member.cookie, [
      ["intent", "remove"],
      ["userId", String(colleague.id)],
    ]);
    expect(res.status).toBe(302);
    expect(isMember(id, colleague.id)).toBe(false);
    expect(
      db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, id), eq(auditLog.message, "member_removed")))
        .get()?.changes,
    ).toEqual({ members: { before: colleague.email, after: null } });
    expect((await getPage(app, `/mon-entreprise/${id}`, colleague.cookie)).status).toBe(403);

    res = await postForm(app, `/mon-entreprise/${id}/membres`, member.cookie, [
      ["intent", "remove"],
      ["userId", String(member.id)],
    ]);
    expect(res.status).toBe(409);
    expect(await visibleText(res)).toContain("Une fiche garde au moins un membre.");
    expect(isMember(id, member.id)).toBe(true);

    const second = await createTestUser(db(), { enterpriseIds: [id] });
    res = await postForm(app, `/mon-entreprise/${id}/membres`, second.cookie, [
      ["intent", "remove"],
      ["userId", String(second.id)],
    ]);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/mon-entreprise?fait=left");
    expect(isMember(id, second.id)).toBe(false);
  });

  it("removing someone who is not a member is refused", async () => {
    const { member, id } = await memberWithListing("Coop Pas Membre");
    const outsider = await createTestUser(db());
    await createTestUser(db(), { enterpriseIds: [id] });
    const res = await postForm(app, `/mon-entreprise/${id}/membres`, member.cookie, [
      ["intent", "remove"],
      ["userId", String(outsider.id)],
    ]);
    expect(res.status).toBe(409);
    expect(await visibleText(res)).toContain("Cette personne n'est pas membre de la fiche.");
  });
});
