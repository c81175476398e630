import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enterprises, searchOutbox } from "#db/schema";
import { searchDirectory } from "~/models/directory-search.server";
import { getCardsByIds } from "~/models/enterprise-cards.server";
import { buildSearchDocuments } from "~/search/documents.server";
import { enqueueIndexing, processOutbox } from "~/search/outbox.server";
import { parseSearchParams } from "~/search/params";
import { createSearchService } from "~/search/service.server";
import { createSqliteSearchEngine } from "~/search/sqlite/engine.server";
import { createSeededTestDb } from "../helpers/db";

let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
beforeAll(async () => {
  handle = await createSeededTestDb({ count: 250 });
}, 60_000);
afterAll(() => handle.cleanup());

async function hitsOf(search: string) {
  const parsed = parseSearchParams(new URLSearchParams(search));
  if (!parsed.ok) throw new Error(`bad parameters: ${search}`);
  const outcome = await searchDirectory(handle.db, createSearchService(handle.db), parsed.params);
  if (!outcome.ok) throw new Error(`search refused: ${search}`);
  return outcome.result.hits;
}

/** What the cards of these hits read from the listings' tables (the path taken before cards were indexed). */
const fromTables = (hits: { id: number }[]) =>
  getCardsByIds(
    handle.db,
    hits.map((h) => h.id),
  );

const withoutExtras = <T extends { snippet?: unknown; distanceKm?: unknown }>({
  snippet: _snippet,
  distanceKm: _distance,
  ...card
}: T) => card;

const bumpIndexVersion = () => handle.db.run(sql`update search_index_state set version = version + 1`);

describe("result cards from the search index", () => {
  it("show each listing as its tables describe it, for text, filters and name order", async () => {
    for (const search of ["", "q=traiteur", "serves=06&status=cooperative", "q=recyclage&perPage=50&sort=name"]) {
      const hits = await hitsOf(search);
      expect(hits.length, search).toBeGreaterThan(0);
      expect(hits.map(withoutExtras)).toEqual(fromTables(hits));
    }
  });

  it("fall back to the tables for a document indexed before cards were stored, or with an unreadable card", async () => {
    const before = await hitsOf("q=traiteur");
    const [first, second] = before;
    handle.db.run(sql`update search_documents set card = null where id = ${first!.id}`);
    handle.db.run(sql`update search_documents set card = '{"name":' where id = ${second!.id}`);
    bumpIndexVersion();
    const after = await hitsOf("q=traiteur");
    expect(after).toEqual(before);
  });

  it("follow a listing edit once the outbox is applied", async () => {
    const [hit] = await hitsOf("");
    handle.db.transaction((tx) => {
      tx.update(enterprises).set({ publicName: "Aaa Coopérative Témoin" }).where(eq(enterprises.id, hit!.id)).run();
      enqueueIndexing(tx, [hit!.id], ["sqlite"]);
    });
    await processOutbox(handle.db, "sqlite", createSqliteSearchEngine(handle.db));
    const [edited] = await hitsOf("q=temoin");
    expect(edited).toMatchObject({ id: hit!.id, publicName: "Aaa Coopérative Témoin" });
  });
});

describe("migration 0007 (cards for documents indexed before them)", () => {
  const migration = fs
    .readFileSync(path.join(process.cwd(), "db/migrations/0007_search-document-cards-backfill.sql"), "utf8")
    .split("--> statement-breakpoint");
  const runMigration = () => {
    for (const statement of migration) handle.db.$client.exec(statement);
  };
  const storedCards = () =>
    new Map(
      handle.db
        .all<{ id: number; card: string | null }>(sql`select id, card from search_documents`)
        .map((r) => [r.id, r.card === null ? null : (JSON.parse(r.card) as unknown)]),
    );

  it("writes the card buildSearchDocuments would, for every document", () => {
    handle.db.run(sql`update search_documents set card = null`);
    const version = () => handle.db.get<{ v: number }>(sql`select version v from search_index_state`)!.v;
    const versionBefore = version();
    runMigration();
    const cards = storedCards();
    expect(cards.size).toBeGreaterThan(200);
    const documents = buildSearchDocuments(handle.db, [...cards.keys()]);
    expect(documents).toHaveLength(cards.size);
    for (const doc of documents) expect(cards.get(doc.id), `document ${doc.id}`).toEqual(doc.card);
    expect(documents.some((d) => d.card.coopCategory !== null && d.card.categories.length === 3)).toBe(true);
    expect(version()).toBe(versionBefore + 1);
  });

  it("asks a Meilisearch index in use, and only one in use, for its documents again", () => {
    const pendingFor = () =>
      handle.db.get<{ n: number }>(sql`select count(*) n from search_outbox where engine = 'meilisearch'`)!.n;
    expect(pendingFor()).toBe(0);
    runMigration();
    expect(pendingFor()).toBe(0);
    handle.db.insert(searchOutbox).values({ enterpriseId: 1, engine: "meilisearch", op: "upsert" }).run();
    runMigration();
    const published = handle.db.get<{ n: number }>(
      sql`select count(*) n from enterprises where status = 'published'`,
    )!.n;
    expect(pendingFor()).toBe(1 + published);
  });
});
