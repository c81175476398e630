import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, enterprises } from "#db/schema";
import { saveListing, submitListing } from "~/models/listing-workflow.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { postForm } from "../helpers/forms";
import { completeListing, contextOf, registerAndSubmit } from "./curation-fixtures";

/** The hub edits any field of a listing of its region with the registration forms. */
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let member: Awaited<ReturnType<typeof createTestUser>>;
let curator: Awaited<ReturnType<typeof createTestUser>>;
let otherCurator: string;
let id: number;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 120 });
  useDbInApp(handle.db);
  app = await createTestApp();
  member = await createTestUser(handle.db);
  curator = await createTestUser(handle.db, { curatesRegion: "04" });
  otherCurator = (await createTestUser(handle.db, { curatesRegion: "05" })).cookie;
  id = await registerAndSubmit(handle.db, member.id, completeListing("Traiteur Modifié Hadar"));
  await postForm(app, `/pole/fiches/${id}`, { intent: "approve" }, { cookie: curator.cookie });
}, 90_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const get = (path: string, cookie?: string) =>
  app.fetch(path, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
const row = () => handle.db.select().from(enterprises).where(eq(enterprises.id, id)).get()!;
const contacts = { email: "pole@traiteur-hadar.example", phone: "819 555-0111", website: "traiteur-hadar.example" };

describe("/pole/fiches/:id/modifier", () => {
  it("opens on the identity step, for the hub of the region only", async () => {
    const start = await get(`/pole/fiches/${id}/modifier`, curator.cookie);
    expect(start.status).toBe(302);
    expect(start.headers.get("Location")).toBe(`/pole/fiches/${id}/modifier/identite`);
    const page = await get(`/pole/fiches/${id}/modifier/identite`, curator.cookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('value="Traiteur Modifié Hadar"');
    expect((await get(`/pole/fiches/${id}/modifier/identite`, otherCurator)).status).toBe(403);
    expect((await get(`/pole/fiches/${id}/modifier/identite`, member.cookie)).status).toBe(403);
    expect((await get(`/pole/fiches/${id}/modifier/identite`)).headers.get("Location")).toMatch(/^\/connexion/);
    expect((await get(`/pole/fiches/${id}/modifier/nulle-part`, curator.cookie)).status).toBe(404);
  });

  it("refuses bad input with a localized message and saves nothing", async () => {
    const res = await postForm(
      app,
      `/pole/fiches/${id}/modifier/coordonnees`,
      { ...contacts, email: "pas-un-courriel" },
      {
        cookie: curator.cookie,
      },
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Entrez une adresse courriel valide.");
    expect(row().email).toBe("info@traiteur-test.example");
    expect(row().phone).toBe("819 555-0142");
  });

  it("applies the hub's edit to the published listing at once, audited with before and after", async () => {
    const res = await postForm(app, `/pole/fiches/${id}/modifier/coordonnees`, contacts, { cookie: curator.cookie });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/pole/fiches/${id}?fait=edit`);
    expect(row()).toMatchObject({
      status: "published",
      email: contacts.email,
      website: "https://traiteur-hadar.example",
    });
    const entry = handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.entityType, "enterprise")))
      .orderBy(desc(auditLog.id))
      .get()!;
    expect(entry).toMatchObject({
      action: "update",
      actorUserId: curator.id,
      changes: {
        email: { before: "info@traiteur-test.example", after: contacts.email },
        phone: { before: "819 555-0142", after: "819 555-0111" },
      },
    });
    expect(
      (await postForm(app, `/pole/fiches/${id}/modifier/coordonnees`, contacts, { cookie: otherCurator })).status,
    ).toBe(403);
    expect(
      (await postForm(app, `/pole/fiches/${id}/modifier/coordonnees`, contacts, { cookie: member.cookie })).status,
    ).toBe(403);
  });

  it("edits the listing itself, not the member's pending revision", async () => {
    saveListing(contextOf(handle.db, member.id), id, { publicName: "Nom proposé par le membre" });
    await submitListing(contextOf(handle.db, member.id), id);
    const html = await (await get(`/pole/fiches/${id}/modifier/identite`, curator.cookie)).text();
    expect(html).toContain('value="Traiteur Modifié Hadar"');
    expect(html).not.toContain("Nom proposé par le membre");
    expect(html).toContain("L&#x27;entreprise a une révision en cours");
  });

  it("cannot edit an archived listing", async () => {
    handle.db.update(enterprises).set({ status: "archived" }).where(eq(enterprises.id, id)).run();
    expect((await get(`/pole/fiches/${id}/modifier/identite`, curator.cookie)).status).toBe(409);
    const res = await postForm(app, `/pole/fiches/${id}/modifier/coordonnees`, contacts, { cookie: curator.cookie });
    expect(res.status).toBe(409);
  });
});
