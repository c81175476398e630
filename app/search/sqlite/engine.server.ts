import type { Db } from "#db/client";
import {
  FACETS,
  type Facet,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
  type SnippetPart,
} from "../types";
import { LRUCache } from "lru-cache";
import { andInto, hasBit, newBitset, setBit, type Bitset } from "./bitset";
import { FacetIndex } from "./facet-index";
import { alternativesFor, buildClauses, toMatchExpression, type Clause } from "./fts-query";
import { topK } from "~/lib/top-k";
import { typoCandidates } from "./typo";
import { makeSnippet } from "../snippet";
import type { DocumentCard } from "../document-card";

// Column weights for bm25(): name > legal name > offerings > categories > description.
const BM25 = "bm25(search_fts, 10.0, 8.0, 5.0, 3.0, 1.0)";
// Fewer exact matches than this triggers the typo-tolerant retry.
const FEW_RESULTS = 3;

type TextMatch = {
  /** Matching documents by facet-index position, with their bm25 scores (same order). */
  positions: Int32Array;
  scores: Float64Array;
  bits: Bitset;
  clauses: Clause[];
  extra: Map<number, string[][]>;
  corrected?: string[];
  /**
   * Excerpts already made for this text, by document (null: none). An excerpt depends only on
   * the text and the document, both fixed while the match is cached, and paging, ticking a
   * facet or going back shows the same listings again.
   */
  snippets: Map<number, SnippetPart[] | null>;
};

/** Excerpts a cached text match keeps (about ten pages of results). */
const SNIPPETS_PER_MATCH = 200;

export type SqliteEngineOptions = {
  /**
   * Text matches kept for reuse (0: none). The text part is the costliest step of a search
   * (bm25 over every matching row) and does not depend on filters, sort or page: a buyer
   * clicking through facets, pages or back re-runs the same text. Any index change clears it.
   */
  textCacheEntries?: number;
};

/** Rows the text cache may hold in all (about 12 bytes each, plus each entry's bitset). */
const TEXT_CACHE_ROWS = 1_000_000;

/**
 * The embedded engine: SQLite FTS5 for text (accent-folded, prefix, weighted bm25, synonym
 * expansion, typo fallback over the index vocabulary) plus an in-memory facet index for
 * filters and counts. Everything it stores lives in the same database file.
 */
export function createSqliteSearchEngine(db: Db, { textCacheEntries = 128 }: SqliteEngineOptions = {}): SearchEngine {
  const sqlite = db.$client;
  const facets = new FacetIndex();
  let loadedVersion = -1;
  let vocabulary: Map<string, number> | null = null;
  const textCache =
    textCacheEntries > 0
      ? new LRUCache<string, TextMatch>({
          max: textCacheEntries,
          maxSize: TEXT_CACHE_ROWS,
          sizeCalculation: (m) => Math.max(1, m.positions.length),
        })
      : undefined;
  /** Positions and vocabulary change with the index: what was derived from them goes. */
  const forgetDerived = () => {
    vocabulary = null;
    textCache?.clear();
  };

  const stmt = {
    version: sqlite.prepare("select version from search_index_state where id = 1").pluck(),
    bump: sqlite.prepare("update search_index_state set version = version + 1 where id = 1"),
    allDocs: sqlite.prepare("select id, slug, name, facets, lat, lon, card from search_documents"),
    upsertDoc: sqlite.prepare(
      "insert or replace into search_documents (id, slug, name, facets, lat, lon, card) values (?, ?, ?, ?, ?, ?, ?)",
    ),
    deleteDoc: sqlite.prepare("delete from search_documents where id = ?"),
    deleteFts: sqlite.prepare("delete from search_fts where rowid = ?"),
    insertFts: sqlite.prepare(
      "insert into search_fts (rowid, name, legal_name, offerings, categories, description) values (?, ?, ?, ?, ?, ?)",
    ),
    match: sqlite.prepare(`select rowid as id, ${BM25} as score from search_fts where search_fts match ?`),
    vocab: sqlite.prepare("select term, doc from search_fts_vocab"),
    texts: sqlite.prepare(
      "select rowid as id, offerings, description from search_fts where rowid in (select value from json_each(?))",
    ),
  };

  /** Another process (a reindex, the seed) may have written: reload when the version moved. */
  function sync() {
    const version = stmt.version.get() as number;
    if (version === loadedVersion) return;
    facets.clear();
    for (const row of stmt.allDocs.iterate() as Iterable<{
      id: number;
      slug: string;
      name: string;
      facets: string;
      lat: number | null;
      lon: number | null;
      card: string | null;
    }>) {
      facets.upsert({ ...row, facets: JSON.parse(row.facets) });
    }
    loadedVersion = version;
    forgetDerived();
  }

  const write = sqlite.transaction((apply: () => void) => {
    apply();
    stmt.bump.run();
    loadedVersion = stmt.version.get() as number;
  });

  function textMatch(clauses: Clause[]): TextMatch {
    const key = toMatchExpression(clauses);
    const cached = textCache?.get(key);
    if (cached) return cached;
    const match = matchText(clauses, key);
    textCache?.set(key, match);
    return match;
  }

  function matchText(clauses: Clause[], expression: string): TextMatch {
    const run = (expression: string) => stmt.match.all(expression) as { id: number; score: number }[];
    const rows = run(expression);
    if (rows.length >= FEW_RESULTS) return positioned(rows, clauses, new Map());

    vocabulary ??= new Map((stmt.vocab.all() as { term: string; doc: number }[]).map((r) => [r.term, r.doc]));
    const extra = new Map<number, string[][]>();
    const corrected: string[] = [];
    clauses.forEach((clause, index) => {
      if (clause.userTokens.length !== 1) return;
      const fixes = typoCandidates(clause.userTokens[0]!, vocabulary!);
      if (fixes.length > 0) {
        extra.set(index, fixes.flatMap(alternativesFor));
        corrected.push(...fixes);
      }
    });
    if (extra.size === 0) return positioned(rows, clauses, extra);
    const more = run(toMatchExpression(clauses, extra));
    return more.length > rows.length
      ? { ...positioned(more, clauses, extra), corrected }
      : positioned(rows, clauses, new Map());
  }

  /** Rows as facet-index positions (documents the index does not hold are left out). */
  function positioned(rows: { id: number; score: number }[], clauses: Clause[], extra: TextMatch["extra"]): TextMatch {
    const positions = new Int32Array(rows.length);
    const scores = new Float64Array(rows.length);
    const bits = newBitset(facets.positionCapacity);
    let n = 0;
    for (const row of rows) {
      const pos = facets.position(row.id);
      if (pos === undefined) continue;
      positions[n] = pos;
      scores[n++] = row.score;
      setBit(bits, pos);
    }
    return {
      positions: positions.subarray(0, n),
      scores: scores.subarray(0, n),
      bits,
      clauses,
      extra,
      snippets: new Map(),
    };
  }

  /** Excerpts from the stored offering or description text, highlighted in JS (FTS5's snippet() re-runs the whole match). */
  function snippets(match: TextMatch, ids: number[]): Map<number, SnippetPart[]> {
    const result = new Map<number, SnippetPart[]>();
    const missing = ids.filter((id) => !match.snippets.has(id));
    if (missing.length > 0) {
      const phrases = [...match.clauses.flatMap((c) => c.alternatives), ...[...match.extra.values()].flat()];
      const rows = stmt.texts.all(JSON.stringify(missing)) as { id: number; offerings: string; description: string }[];
      for (const row of rows) {
        const snippet = makeSnippet(row.offerings, phrases) ?? makeSnippet(row.description, phrases);
        if (match.snippets.size < SNIPPETS_PER_MATCH) match.snippets.set(row.id, snippet ?? null);
        if (snippet) result.set(row.id, snippet);
      }
    }
    for (const id of ids) {
      const snippet = match.snippets.get(id);
      if (snippet) result.set(id, snippet);
    }
    return result;
  }

  return {
    name: "sqlite",

    async index(documents: SearchDocument[]) {
      sync();
      // The card as stored, once for the table and the facet index.
      const stored = documents.map((d) => ({ ...d, card: JSON.stringify(d.card) }));
      write(() => {
        for (const d of stored) {
          stmt.upsertDoc.run(d.id, d.slug, d.name, JSON.stringify(d.facets), d.lat, d.lon, d.card);
          stmt.deleteFts.run(d.id);
          stmt.insertFts.run(d.id, d.name, d.legalName, d.offerings, d.categories, d.description);
        }
      });
      for (const d of stored) facets.upsert(d);
      forgetDerived();
    },

    async remove(ids: number[]) {
      sync();
      write(() => {
        for (const id of ids) {
          stmt.deleteDoc.run(id);
          stmt.deleteFts.run(id);
        }
      });
      for (const id of ids) facets.remove(id);
      forgetDerived();
    },

    async clear() {
      write(() => {
        sqlite.exec("delete from search_documents; delete from search_fts;");
      });
      facets.clear();
      forgetDerived();
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      sync();
      const clauses = buildClauses(query.q);
      const text = clauses.length > 0 ? textMatch(clauses) : undefined;

      // The set every facet shares: text match and distance (copied: a cached match stays as it is).
      const base = text ? text.bits.slice() : facets.allSet();
      const geo = query.near ? facets.geoSet(query.near.lat, query.near.lon, query.near.radiusKm) : undefined;
      if (geo) andInto(base, geo.bits);

      const selected = FACETS.filter((f) => (query.filters[f]?.length ?? 0) > 0);
      const filterSets = new Map<Facet, Bitset>(selected.map((f) => [f, facets.facetSet(f, query.filters[f]!)]));
      const matching = base.slice();
      for (const set of filterSets.values()) andInto(matching, set);

      // Disjunctive counts: a facet's own selection does not narrow its counts.
      const counted: SearchResult["facets"] = {};
      const plain = new Set(query.facets.filter((f) => !filterSets.has(f)));
      if (plain.size > 0) for (const [f, c] of facets.countFacets(matching, plain)) counted[f] = c;
      for (const facet of query.facets.filter((f) => filterSets.has(f))) {
        const set = base.slice();
        for (const [other, bits] of filterSets) if (other !== facet) andInto(set, bits);
        counted[facet] = facets.countFacets(set, new Set([facet])).get(facet)!;
      }

      const total = facets.count(matching);
      const offset = (query.page - 1) * query.perPage;
      const k = offset + query.perPage;
      let ordered: number[];
      if (query.sort === "distance" && geo) {
        const d = (pos: number) => (Number.isNaN(geo.distances[pos]!) ? Infinity : geo.distances[pos]!);
        ordered = topK(facets.positions(matching), k, (a, b) => d(a) - d(b) || facets.compareNames(a, b));
      } else if (query.sort === "relevance" && text) {
        // Walk the text match's rows (its scores are by row); bm25() is negative: lower is better.
        const { positions, scores } = text;
        ordered = topK(
          rowsIn(positions, matching),
          k,
          (a, b) => scores[a]! - scores[b]! || facets.compareNames(positions[a]!, positions[b]!),
        ).map((row) => positions[row]!);
      } else {
        ordered = facets.inNameOrder(matching, k, 0);
      }
      const page = ordered.slice(offset, k);

      const ids = page.map((pos) => facets.entry(pos).id);
      const snippetById = text ? snippets(text, ids) : new Map<number, SnippetPart[]>();
      return {
        total,
        facets: counted,
        ...(text?.corrected ? { correctedTerms: text.corrected } : {}),
        hits: page.map((pos) => {
          const e = facets.entry(pos);
          const distance = geo?.distances[pos];
          const card = e.card === null ? undefined : parseCard(e.card);
          return {
            id: e.id,
            slug: e.slug,
            ...(card ? { card } : {}),
            ...(distance !== undefined && !Number.isNaN(distance)
              ? { distanceKm: Math.round(distance * 10) / 10 }
              : {}),
            ...(snippetById.has(e.id) ? { snippet: snippetById.get(e.id) } : {}),
          };
        }),
      };
    },

    async health() {
      try {
        sync();
        return { ok: true, detail: `${facets.size} documents` };
      } catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/** Indices of the rows whose position is in `set`. */
function* rowsIn(positions: Int32Array, set: Bitset): Generator<number> {
  for (let row = 0; row < positions.length; row++) if (hasBit(set, positions[row]!)) yield row;
}

/** A stored card (written by `index` or migration 0007); unreadable is treated as absent. */
function parseCard(json: string): DocumentCard | undefined {
  try {
    return JSON.parse(json) as DocumentCard;
  } catch {
    return undefined;
  }
}
