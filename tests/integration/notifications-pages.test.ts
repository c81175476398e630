import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notificationPreferences, notifications } from "#db/schema";
import { notify } from "~/models/inbox.server";
import { getPreferences, savePreferences } from "~/models/notification-prefs.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText, postForm } from "../helpers/forms";
import { publishedEnterpriseIn } from "./opportunities-fixtures";

/** The inbox, the preferences page and the unsubscribe page: who may do what, and bad input. */
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let member: Awaited<ReturnType<typeof createTestUser>>;
let buyer: Awaited<ReturnType<typeof createTestUser>>;
let enterprise: number;

const prefsRow = (userId: number) =>
  handle.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)).get();
const page = async (path: string, cookie?: string) => {
  const res = await app.fetch(path, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  return { status: res.status, location: res.headers.get("Location"), text: mainText(await res.text()) };
};

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  enterprise = publishedEnterpriseIn(handle.db, "04");
  member = await createTestUser(handle.db, { roles: ["enterprise_member"], enterpriseIds: [enterprise] });
  buyer = await createTestUser(handle.db, { roles: ["buyer"] });
  for (let i = 1; i <= 3; i++)
    notify(handle.db, {
      userId: member.id,
      kind: "need_matched",
      title: `Occasion numéro ${i}`,
      body: `Détails ${i}`,
      link: `/opportunites/${i}`,
      dedupeKey: `test:${i}`,
      createdAt: new Date(Date.now() - (10 - i) * 60_000),
    });
  notify(handle.db, { userId: buyer.id, kind: "answers_received", title: "Réponse pour l'acheteur", body: "x" });
}, 120_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

describe("/notifications", () => {
  it("anonymous visitors are sent to sign in", async () => {
    const res = await page("/notifications");
    expect(res.status).toBe(302);
    expect(res.location).toBe("/connexion?redirectTo=%2Fnotifications");
  });

  it("each user sees only their own notifications, newest first, with links", async () => {
    const mine = await page("/notifications", member.cookie);
    expect(mine.status).toBe(200);
    expect(mine.text.indexOf("Occasion numéro 3")).toBeLessThan(mine.text.indexOf("Occasion numéro 1"));
    expect(mine.text).not.toContain("Réponse pour l'acheteur");
    expect(mine.text).toContain("3 non lues");
    const html = await (await app.fetch("/notifications", { headers: { Cookie: member.cookie } })).text();
    expect(html).toContain('href="/opportunites/3"');
    expect((await page("/notifications", buyer.cookie)).text).not.toContain("Occasion numéro");
  });

  it("marks one as read (POST), back to the same filter; someone else's is a 404", async () => {
    const [first] = handle.db.select().from(notifications).where(eq(notifications.userId, member.id)).all();
    const res = await postForm(
      app,
      "/notifications",
      { intent: "read", id: String(first!.id), back: "?non-lues=1&page=1&evil=https://x.example" },
      { cookie: member.cookie },
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/notifications?non-lues=1&page=1&fait=lue");
    expect(handle.db.select().from(notifications).where(eq(notifications.id, first!.id)).get()!.readAt).not.toBeNull();
    const unread = await page("/notifications?non-lues=1", member.cookie);
    expect(unread.text).not.toContain("Occasion numéro 1");
    expect(unread.text).toContain("Occasion numéro 2");

    const buyers = handle.db.select().from(notifications).where(eq(notifications.userId, buyer.id)).get()!;
    const stolen = await postForm(
      app,
      "/notifications",
      { intent: "read", id: String(buyers.id) },
      { cookie: member.cookie },
    );
    expect(stolen.status).toBe(404);
    expect(handle.db.select().from(notifications).where(eq(notifications.id, buyers.id)).get()!.readAt).toBeNull();
  });

  it("marks all as read, and refuses an unknown action (400, localized)", async () => {
    const bad = await postForm(app, "/notifications?lng=en", { intent: "explode" }, { cookie: member.cookie });
    expect(bad.status).toBe(400);
    expect(mainText(await bad.text())).toContain("Unknown action.");
    const res = await postForm(app, "/notifications", { intent: "readAll" }, { cookie: member.cookie });
    expect(res.headers.get("Location")).toBe("/notifications?n=2&fait=toutes");
    expect((await page("/notifications?n=2&fait=toutes", member.cookie)).text).toContain(
      "2 notifications marquées comme lues.",
    );
    expect(handle.db.select().from(notifications).where(eq(notifications.userId, buyer.id)).get()!.readAt).toBeNull();
  });

  it("GET changes nothing", async () => {
    const before = handle.db.select().from(notifications).all();
    await page("/notifications?intent=readAll", buyer.cookie);
    expect(handle.db.select().from(notifications).all()).toEqual(before);
  });
});

describe("/compte/notifications", () => {
  it("anonymous visitors are sent to sign in", async () => {
    const res = await page("/compte/notifications");
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/^\/connexion\?redirectTo=/);
  });

  it("members see the frequency, their listings' categories and regions, and their unsubscribe link", async () => {
    const res = await page("/compte/notifications", member.cookie);
    expect(res.status).toBe(200);
    expect(res.text).toContain("Courriels de notification");
    expect(res.text).toContain("Les catégories et les régions de mes fiches");
    expect(res.text).toMatch(/Actuellement : [^.]+ — régions : (tout le Québec|[^.]*Mauricie[^.]*)\./);
    // Created lazily, with a token, the first time the page is shown.
    const token = prefsRow(member.id)!.unsubscribeToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(res.text).toContain(`/desabonnement?token=${token}`);
  });

  it("buyers see only the frequency", async () => {
    const res = await page("/compte/notifications", buyer.cookie);
    expect(res.status).toBe(200);
    expect(res.text).toContain("Courriels de notification");
    expect(res.text).not.toContain("Nouveaux besoins publics à suivre");
  });

  it("saves a frequency and own categories and regions; back to the listings' choice stores empty lists", async () => {
    const res = await postForm(
      app,
      "/compte/notifications",
      { emailFrequency: "weekly", subscriptionMode: "custom", categories: "traiteur-evenementiel", regions: "04" },
      { cookie: member.cookie },
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/compte/notifications?fait=1");
    expect(prefsRow(member.id)).toMatchObject({
      emailFrequency: "weekly",
      categories: ["traiteur-evenementiel"],
      regions: ["04"],
    });
    expect((await page("/compte/notifications?fait=1", member.cookie)).text).toContain(
      "Vos préférences sont enregistrées.",
    );
    await postForm(
      app,
      "/compte/notifications",
      { emailFrequency: "daily", subscriptionMode: "listings" },
      { cookie: member.cookie },
    );
    expect(prefsRow(member.id)).toMatchObject({ emailFrequency: "daily", categories: [], regions: [] });
  });

  it("a buyer cannot store subscriptions", async () => {
    await postForm(
      app,
      "/compte/notifications",
      { emailFrequency: "immediate", subscriptionMode: "custom", categories: "traiteur-evenementiel", regions: "04" },
      { cookie: buyer.cookie },
    );
    expect(prefsRow(buyer.id)).toMatchObject({ emailFrequency: "immediate", categories: [], regions: [] });
  });

  it("bad input: 400 with a localized message, nothing changed", async () => {
    savePreferences(handle.db, member.id, {
      emailFrequency: "daily",
      categories: ["traiteur-evenementiel"],
      regions: ["04"],
    });
    const before = prefsRow(member.id);
    const cases: [Record<string, string>, string][] = [
      [{ emailFrequency: "hourly" }, "Choisissez une fréquence."],
      [{}, "Choisissez une fréquence."],
      [{ emailFrequency: "daily", subscriptionMode: "custom", regions: "04" }, "Choisissez au moins une catégorie."],
      [
        { emailFrequency: "daily", subscriptionMode: "custom", categories: "traiteur-evenementiel" },
        "Choisissez au moins une région.",
      ],
      [
        { emailFrequency: "daily", subscriptionMode: "custom", categories: "pas-une-categorie", regions: "04" },
        "Cette option n'existe pas.",
      ],
      [
        { emailFrequency: "daily", subscriptionMode: "custom", categories: "traiteur-evenementiel", regions: "99" },
        "Cette option n'existe pas.",
      ],
    ];
    for (const [body, message] of cases) {
      const res = await postForm(app, "/compte/notifications", body, { cookie: member.cookie });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(mainText(await res.text())).toContain(message);
      expect(prefsRow(member.id)).toEqual(before);
    }
    const en = await postForm(
      app,
      "/compte/notifications?lng=en",
      { emailFrequency: "hourly" },
      { cookie: member.cookie },
    );
    expect(mainText(await en.text())).toContain("Choose a frequency.");
  });
});

describe("/desabonnement", () => {
  it("works without signing in: GET shows whose emails stop and changes nothing; POST sets 'never'", async () => {
    savePreferences(handle.db, member.id, { emailFrequency: "immediate" });
    const token = getPreferences(handle.db, member.id).unsubscribeToken;
    const shown = await page(`/desabonnement?token=${token}`);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain("ne recevra plus aucun courriel de notification");
    expect(shown.text).toContain("Fréquence actuelle : Dès qu'il y a du nouveau.");
    expect(shown.text).not.toContain(member.email);
    expect(shown.text).toContain(`@${member.email.split("@")[1]}`);
    expect(prefsRow(member.id)!.emailFrequency).toBe("immediate");

    const res = await postForm(app, "/desabonnement", { token });
    expect(res.status).toBe(302);
    expect(prefsRow(member.id)!.emailFrequency).toBe("never");
    const done = await page(res.headers.get("Location")!);
    expect(done.text).toContain("C'est fait");
    // Once more: already unsubscribed.
    expect((await page(`/desabonnement?token=${token}`)).text).toContain("ne reçoit déjà plus de courriels");
  });

  it("only with a valid token: a wrong one is a 404, a missing one a 400, localized; nothing changes", async () => {
    savePreferences(handle.db, member.id, { emailFrequency: "daily" });
    const wrong = await page("/desabonnement?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(wrong.status).toBe(404);
    expect(wrong.text).toContain("Ce lien de désabonnement n'est pas valide.");
    expect((await page("/desabonnement")).status).toBe(400);
    const en = await page("/desabonnement?token=nope&lng=en");
    expect(en.status).toBe(404);
    expect(en.text).toContain("This unsubscribe link is not valid.");
    expect((await postForm(app, "/desabonnement", { token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })).status).toBe(404);
    expect((await postForm(app, "/desabonnement", {})).status).toBe(400);
    expect(prefsRow(member.id)!.emailFrequency).toBe("daily");
  });

  it("a signed-in user's session does not matter: the token decides whose emails stop", async () => {
    const token = getPreferences(handle.db, buyer.id).unsubscribeToken;
    await postForm(app, "/desabonnement", { token }, { cookie: member.cookie });
    expect(prefsRow(buyer.id)!.emailFrequency).toBe("never");
    expect(prefsRow(member.id)!.emailFrequency).toBe("daily");
  });
});
