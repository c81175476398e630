import { sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  buyerOrganizations,
  enterpriseCategories,
  enterpriseLabels,
  enterpriseMembers,
  enterprisePurposes,
  enterprises,
  enterpriseServiceAreas,
  hubs,
  offerings,
  users,
} from "../schema";
import { reindexAll } from "~/search/outbox.server";
import { createSqliteSearchEngine } from "~/search/sqlite/engine.server";
import { seedDemoAccounts, DEMO_PASSWORD } from "./demo-accounts";
import { generateEnterprises, type GeneratedEnterprise } from "./generate";
import { createRng } from "./random";
import { loadSeedReference } from "./seed-reference";
import { seedVocabulary } from "./seed-vocabulary";

export type SeedOptions = { count?: number; seed?: number; now?: Date; accounts?: boolean };
export type SeedSummary = { enterprises: number; published: number; users: number };

const BATCH = 400;

/** Removes demo enterprises and accounts so `db:seed --reset` starts over. */
export function clearDemoData(db: Db): void {
  db.transaction((tx) => {
    tx.delete(enterprises).run();
    tx.delete(users).run();
    tx.delete(hubs).run();
    tx.delete(buyerOrganizations).run();
  });
}

/** Seeds deterministic demo data: the same options always produce the same rows. */
export async function seedDatabase(db: Db, options: SeedOptions): Promise<SeedSummary> {
  const count = options.count ?? 1500;
  const now = options.now ?? new Date("2026-11-01T12:00:00Z");
  const rng = createRng(options.seed ?? 20111);
  const reference = loadSeedReference(db);
  const firstId = (db.get<{ n: number | null }>(sql`select max(id) as n from enterprises`)?.n ?? 0) + 1;

  let id = firstId;
  let published = 0;
  let batch: (GeneratedEnterprise & { id: number })[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    insertBatch(db, batch, now);
    batch = [];
  };
  for (const e of generateEnterprises(rng, reference, seedVocabulary, count, now)) {
    if (e.status === "published") published++;
    batch.push({ ...e, id: id++ });
    if (batch.length >= BATCH) flush();
  }
  flush();

  // The embedded search index is part of the data: rebuild it so a seeded portal is searchable at once.
  await reindexAll(db, "sqlite", createSqliteSearchEngine(db));

  let userCount = 0;
  if (options.accounts !== false) {
    userCount = (await seedDemoAccounts(db)).users;
    linkDemoMember(db);
  }
  return { enterprises: id - firstId, published, users: userCount };
}

function insertBatch(db: Db, rows: (GeneratedEnterprise & { id: number })[], now: Date) {
  db.transaction((tx) => {
    tx.insert(enterprises)
      .values(
        rows.map(({ categories: _c, offerings: _o, labels: _l, purposes: _p, serviceAreas: _s, ...e }) => ({
          ...e,
          isDemo: true,
          createdAt: e.publishedAt ?? now,
          updatedAt: e.lastVerifiedAt ?? e.publishedAt ?? now,
          submittedAt: e.status === "draft" ? null : (e.publishedAt ?? now),
          archivedAt: e.status === "archived" ? now : null,
        })),
      )
      .run();
    const cats = rows.flatMap((e) =>
      e.categories.map((categoryCode, position) => ({ enterpriseId: e.id, categoryCode, position })),
    );
    const offs = rows.flatMap((e) => e.offerings.map((o, position) => ({ ...o, enterpriseId: e.id, position })));
    const areas = rows.flatMap((e) => e.serviceAreas.map((a) => ({ ...a, enterpriseId: e.id })));
    const labelRows = rows.flatMap((e) => e.labels.map((labelCode) => ({ enterpriseId: e.id, labelCode })));
    const purposeRows = rows.flatMap((e) => e.purposes.map((purposeCode) => ({ enterpriseId: e.id, purposeCode })));
    for (const chunk of chunks(cats)) tx.insert(enterpriseCategories).values(chunk).run();
    for (const chunk of chunks(offs)) tx.insert(offerings).values(chunk).run();
    for (const chunk of chunks(areas)) tx.insert(enterpriseServiceAreas).values(chunk).run();
    for (const chunk of chunks(labelRows)) tx.insert(enterpriseLabels).values(chunk).run();
    for (const chunk of chunks(purposeRows)) tx.insert(enterprisePurposes).values(chunk).run();
  });
}

function* chunks<T>(rows: T[], size = 500): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** The demo enterprise member manages the first published listing of Mauricie. */
function linkDemoMember(db: Db) {
  const listing = db.get<{ id: number } | undefined>(sql`
    select e.id from enterprises e join municipalities m on m.code = e.municipality_code
    where e.status = 'published' and m.region_code = '04' order by e.id limit 1`);
  if (!listing) return;
  db.transaction((tx) => {
    const user = tx
      .insert(users)
      .values({
        email: "membre@maillage.example",
        displayName: "Membre d'entreprise (démo)",
        emailVerifiedAt: new Date(),
      })
      .onConflictDoNothing()
      .returning({ id: users.id })
      .get();
    if (!user) return;
    tx.run(
      sql`update users set password_hash = (select password_hash from users where email = 'admin@maillage.example') where id = ${user.id}`,
    );
    tx.run(sql`insert into user_roles (user_id, role) values (${user.id}, 'enterprise_member')`);
    tx.insert(enterpriseMembers).values({ enterpriseId: listing.id, userId: user.id }).run();
  });
}

export { DEMO_PASSWORD };
