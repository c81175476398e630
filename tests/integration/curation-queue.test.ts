import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enterprises } from "#db/schema";
import { saveListing } from "~/models/listing-workflow.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText } from "../helpers/forms";
import { completeListing, contextOf, registerAndSubmit, SHERBROOKE } from "./curation-fixtures";

let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let curator: string;
let otherCurator: string;
let admin: string;
let oldId: number;
let recentId: number;
let estrieId: number;
let revisionId: number;
const DAY = 86_400_000;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 400 });
  useDbInApp(handle.db);
  app = await createTestApp();
  const db = handle.db;
  const member = await createTestUser(db);
  oldId = await registerAndSubmit(db, member.id, completeListing("Traiteur Ancien Vega"));
  // Submitted 40 days ago: the age filter and the oldest-first order must see it.
  db.update(enterprises)
    .set({ submittedAt: new Date(Date.now() - 40 * DAY) })
    .where(eq(enterprises.id, oldId))
    .run();
  recentId = await registerAndSubmit(db, member.id, {
    ...completeListing("Entretien Récent Altaïr"),
    categories: ["entretien-menager-commercial"],
    offerings: [{ categoryCode: "entretien-menager-commercial", nameFr: "Entretien de bureaux" }],
  } as ReturnType<typeof completeListing>);
  estrieId = await registerAndSubmit(db, member.id, completeListing("Traiteur Estrien Deneb", SHERBROOKE));
  // A published listing of Mauricie whose member proposes a revision.
  revisionId = db.get<{ id: number }>(sql`
    select e.id from enterprises e join municipalities m on m.code = e.municipality_code
    where m.region_code = '04' and e.status = 'published' order by e.id limit 1 offset 3`)!.id;
  const reviser = await createTestUser(db, { enterpriseIds: [revisionId] });
  saveListing(contextOf(db, reviser.id), revisionId, { phone: "819 555-0177" });
  const { submitListing } = await import("~/models/listing-workflow.server");
  await submitListing(contextOf(db, reviser.id), revisionId);
  curator = (await createTestUser(db, { curatesRegion: "04" })).cookie;
  otherCurator = (await createTestUser(db, { curatesRegion: "05" })).cookie;
  admin = (await createTestUser(db, { roles: ["admin"] })).cookie;
}, 90_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const page = async (path: string, cookie: string) => {
  const res = await app.fetch(path, { headers: { Cookie: cookie } });
  return { status: res.status, html: await res.text() };
};
const link = (id: number) => `href="/pole/fiches/${id}"`;

describe("/pole: the hub's home", () => {
  it("counts what waits in the curator's regions only, with links to the queue", async () => {
    const { status, html } = await page("/pole", curator);
    expect(status).toBe(200);
    expect(html).toContain("Mauricie (04)");
    expect(html).not.toContain("Estrie (05)");
    const submitted = handle.db.get<{ n: number }>(sql`select count(*) n from enterprises e
      join municipalities m on m.code = e.municipality_code where m.region_code = '04' and e.status = 'submitted'`)!.n;
    expect(mainText(html)).toContain(`Nouvelles fiches : ${submitted} · révisions de fiches publiées : 1`);
    expect(html).toContain('href="/pole/moderation?region=04&amp;status=to_review"');
    expect(html).toContain('href="/pole/moderation?region=04&amp;status=stale"');
    expect(html).toContain('href="/pole/export.csv?region=04"');
    expect(html).toContain('href="/pole/bottin/04"');
  });

  it("shows every region to an admin", async () => {
    const { html } = await page("/pole", admin);
    expect(html).toContain("Mauricie (04)");
    expect(html).toContain("Estrie (05)");
    expect(html).toContain("Centre-du-Québec (17)");
  });
});

describe("/pole/moderation", () => {
  it("lists new listings and revisions of the curator's regions, oldest first", async () => {
    const { status, html } = await page("/pole/moderation", curator);
    expect(status).toBe(200);
    expect(html).toContain(link(oldId));
    expect(html).toContain(link(recentId));
    expect(html).toContain(link(revisionId));
    expect(html).toContain("Révision soumise");
    expect(html).not.toContain(link(estrieId));
    expect(html.indexOf(link(oldId))).toBeLessThan(html.indexOf(link(recentId)));
    const newest = (await page("/pole/moderation?sort=newest", curator)).html;
    expect(newest.indexOf(link(recentId))).toBeLessThan(newest.indexOf(link(oldId)));
  });

  it("never shows another region's listings, even when asked for them", async () => {
    const { html } = await page("/pole/moderation", otherCurator);
    expect(html).toContain(link(estrieId));
    expect(html).not.toContain(link(oldId));
    const asked = await page("/pole/moderation?region=04", otherCurator);
    expect(asked.status).toBe(403);
    expect(asked.html).not.toContain(link(oldId));
    expect(asked.html).toContain("Vous ne pouvez pas modérer les fiches de la région 04");
  });

  it("filters by status: new listings, revisions", async () => {
    const submitted = (await page("/pole/moderation?status=submitted", curator)).html;
    expect(submitted).toContain(link(oldId));
    expect(submitted).not.toContain(link(revisionId));
    const revisions = (await page("/pole/moderation?status=revision", curator)).html;
    expect(revisions).toContain(link(revisionId));
    expect(revisions).not.toContain(link(oldId));
  });

  it("filters by age: only what waits for more than N days", async () => {
    const { html } = await page("/pole/moderation?status=submitted&age=30", curator);
    expect(html).toContain(link(oldId));
    expect(html).not.toContain(link(recentId));
    expect(html).toMatch(/Depuis le .* \(40 j\)/);
  });

  it("filters by category group and by name", async () => {
    const food = (await page("/pole/moderation?group=alimentation", curator)).html;
    expect(food).toContain(link(oldId));
    expect(food).not.toContain(link(recentId));
    const byName = (await page("/pole/moderation?q=Altaïr", curator)).html;
    expect(byName).toContain(link(recentId));
    expect(byName).not.toContain(link(oldId));
  });

  it("pages long lists and keeps the filters in the page links (no JavaScript needed)", async () => {
    const { html } = await page("/pole/moderation?status=published&sort=name", admin);
    expect(html).toMatch(/Page 1 sur \d+/);
    expect(html).toContain('href="/pole/moderation?status=published&amp;sort=name&amp;page=2"');
    const second = (await page("/pole/moderation?status=published&sort=name&page=2", admin)).html;
    expect(second).toMatch(/Page 2 sur \d+/);
    expect(html).toContain('<form method="get"');
  });

  it("shows stale listings: published and not confirmed for 12 months", async () => {
    const stale = handle.db.get<{ id: number }>(sql`select e.id from enterprises e
      join municipalities m on m.code = e.municipality_code where m.region_code = '04' and e.status = 'published'
      and coalesce(e.last_confirmed_at, e.published_at) < ${Date.now() - 400 * DAY} order by e.published_at limit 1`)!;
    const { html } = await page("/pole/moderation?status=stale&region=04&sort=oldest", curator);
    expect(html).toContain(link(stale.id));
  });

  it("answers 400 with localized messages for bad filters, and lists nothing", async () => {
    const age = await page("/pole/moderation?age=abc", curator);
    expect(age.status).toBe(400);
    expect(age.html).toContain("Entrez un nombre de jours entre 0 et 3650.");
    expect(age.html).not.toContain(link(oldId));
    expect((await page("/pole/moderation?status=everything", curator)).status).toBe(400);
    expect((await page("/pole/moderation?group=nope", curator)).status).toBe(400);
    const en = await app.fetch("/pole/moderation?age=-3", { headers: { Cookie: curator, "Accept-Language": "en" } });
    expect(en.status).toBe(400);
    expect(await en.text()).toContain("Enter a number of days between 0 and 3650.");
  });
});
