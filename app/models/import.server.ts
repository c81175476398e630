import { and, asc, desc, eq, inArray, isNotNull, lt } from "drizzle-orm";
import type { Db } from "#db/client";
import {
  auditLog,
  enterpriseCategories,
  enterprises,
  hubRegions,
  hubs,
  importRuns,
  municipalities,
  regions,
  users,
  type ImportFileInfo,
  type ImportRun,
  type PendingImportRow,
  type SearchEngineName,
} from "#db/schema";
import { isAdmin, type Actor } from "~/domain/authz";
import { canImport, canManageImportRun, PREVIEW_TTL_MS } from "~/domain/import/access";
import { checkRows, originalRow, type RejectedRow } from "~/domain/import/check-rows";
import { decodeUpload } from "~/domain/import/decode";
import { detectFormat, normalizeColumnName } from "~/domain/import/formats";
import { createMunicipalityIndex } from "~/domain/import/municipalities";
import { parseCsv } from "~/domain/import/parse-csv";
import {
  importedData,
  planRow,
  type ExistingListing,
  type ImportedData,
  type ImportedField,
} from "~/domain/import/plan";
import { parseProblem, problem, type ProblemCode } from "~/domain/import/problems";
import { pendingRowAsFile } from "~/domain/import/report";
import { slugify } from "~/lib/slug";
import { enqueueIndexing } from "~/search/outbox.server";
import { diffListing, writeListingData } from "./listing-data.server";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Reader = Db | Tx;

/** For whom a file is imported: one hub's regions, or (admins only) every region. */
export type ImportScope = { key: string; hubId: number | null; name: string; regionCodes: string[] };

export type UploadError =
  | { code: "empty" | "binary" | "spreadsheet" | "pdf" | "image" | "noRows" }
  | { code: "malformed"; line: number }
  | { code: "tooManyRows"; max: number }
  | { code: "unknownHeader"; missing: Record<"req" | "maillage", string[]> }
  | { code: "duplicateColumn"; column: string };

export class ImportError extends Error {
  constructor(readonly code: "not_found" | "forbidden" | "invalid_state" | "expired") {
    super(code);
  }
}

/** The scopes this user may import for: their hubs, or every hub plus "all regions" for an admin. */
export function listImportScopes(db: Db, actor: Actor): ImportScope[] {
  if (!canImport(actor)) return [];
  const rows = db
    .select({ hubId: hubs.id, name: hubs.name, regionCode: hubRegions.regionCode })
    .from(hubs)
    .innerJoin(hubRegions, eq(hubRegions.hubId, hubs.id))
    .orderBy(asc(hubRegions.regionCode))
    .all()
    .filter((r) => isAdmin(actor) || actor.hubIds.has(r.hubId));
  const byHub = new Map<number, ImportScope>();
  for (const r of rows) {
    const scope = byHub.get(r.hubId) ?? { key: String(r.hubId), hubId: r.hubId, name: r.name, regionCodes: [] };
    scope.regionCodes.push(r.regionCode);
    byHub.set(r.hubId, scope);
  }
  const scopes = [...byHub.values()];
  if (isAdmin(actor)) {
    const all = db.select({ code: regions.code }).from(regions).orderBy(asc(regions.code)).all();
    scopes.push({ key: "all", hubId: null, name: "", regionCodes: all.map((r) => r.code) });
  }
  return scopes;
}

/** Listings that already carry these NEQs, with the fields an import compares. */
function loadExisting(db: Reader, neqs: string[]): Map<string, ExistingListing> {
  const found = new Map<string, ExistingListing>();
  for (let i = 0; i < neqs.length; i += 500) {
    const rows = db
      .select({
        id: enterprises.id,
        neq: enterprises.neq,
        status: enterprises.status,
        regionCode: municipalities.regionCode,
        legalName: enterprises.legalName,
        publicName: enterprises.publicName,
        legalStatus: enterprises.legalStatus,
        municipalityCode: enterprises.municipalityCode,
        descriptionFr: enterprises.descriptionFr,
        email: enterprises.email,
        phone: enterprises.phone,
        website: enterprises.website,
      })
      .from(enterprises)
      .innerJoin(municipalities, eq(municipalities.code, enterprises.municipalityCode))
      .where(inArray(enterprises.neq, neqs.slice(i, i + 500)))
      .all();
    const categories = new Map<number, string[]>();
    if (rows.length > 0) {
      const links = db
        .select({ id: enterpriseCategories.enterpriseId, code: enterpriseCategories.categoryCode })
        .from(enterpriseCategories)
        .where(
          inArray(
            enterpriseCategories.enterpriseId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(enterpriseCategories.position))
        .all();
      for (const l of links) categories.set(l.id, [...(categories.get(l.id) ?? []), l.code]);
    }
    for (const { id, neq, status, regionCode, ...fields } of rows) {
      const data = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== "")) as ImportedData;
      data.categories = categories.get(id) ?? [];
      found.set(neq!, { id, status, regionCode, data });
    }
  }
  return found;
}

function municipalityRegions(db: Reader) {
  return db
    .select({ code: municipalities.code, name: municipalities.name, regionCode: municipalities.regionCode })
    .from(municipalities)
    .all();
}

/** Previews older than a day are dropped (their pending rows are the only large data). */
function expireStalePreviews(db: Db, now: Date) {
  db.update(importRuns)
    .set({ status: "cancelled", pendingRows: null, completedAt: now })
    .where(
      and(
        eq(importRuns.status, "preview"),
        isNotNull(importRuns.pendingRows),
        lt(importRuns.createdAt, new Date(now.getTime() - PREVIEW_TTL_MS)),
      ),
    )
    .run();
}

/**
 * Reads and checks an uploaded file, and records what importing it would do. Nothing is written
 * to the listings: the valid rows wait in the run until the hub confirms.
 */
export function createImportPreview(
  db: Db,
  input: { actor: Actor; scope: ImportScope; fileName: string; bytes: Uint8Array; now?: Date },
): { ok: true; runId: number } | { ok: false; error: UploadError } {
  const { actor, scope } = input;
  if (!canManageImportRun(actor, scope)) throw new ImportError("forbidden");
  const now = input.now ?? new Date();
  const decoded = decodeUpload(input.bytes);
  if (!decoded.ok) return { ok: false, error: { code: decoded.error } };
  const csv = parseCsv(decoded.text);
  if (!csv.ok) {
    if (csv.error === "malformed") return { ok: false, error: { code: "malformed", line: csv.line } };
    if (csv.error === "tooManyRows") return { ok: false, error: { code: "tooManyRows", max: csv.max } };
    return { ok: false, error: { code: "noRows" } };
  }
  const detected = detectFormat(csv.header);
  if (!detected.ok) {
    return detected.error === "duplicateColumn"
      ? { ok: false, error: { code: "duplicateColumn", column: detected.column } }
      : { ok: false, error: { code: "unknownHeader", missing: detected.missing } };
  }
  const regionCodes = new Set(scope.regionCodes);
  const { valid, rejected } = checkRows(
    csv.header,
    detected,
    csv.records,
    createMunicipalityIndex(municipalityRegions(db)),
    regionCodes,
  );
  const existing = loadExisting(
    db,
    valid.map((r) => r.neq),
  );
  const recordsByLine = new Map(csv.records.map((r) => [r.line, r.values]));
  const pending: PendingImportRow[] = [];
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const row of valid) {
    const plan = planRow({ ...row, action: "create" }, existing.get(row.neq), regionCodes);
    if (plan.kind === "rejected") {
      const values = recordsByLine.get(row.line) ?? [];
      rejected.push({ line: row.line, row: originalRow(csv.header, values), problems: [plan.problem] });
      continue;
    }
    counts[plan.kind]++;
    pending.push({
      ...row,
      action: plan.kind,
      ...(plan.kind === "update" ? { changedFields: Object.keys(plan.changes) } : {}),
    });
  }
  rejected.sort((a, b) => a.line - b.line);
  const fileInfo: ImportFileInfo = {
    format: detected.format,
    encoding: decoded.encoding,
    delimiter: csv.delimiter,
    header: csv.header,
    rowCount: csv.records.length,
  };
  expireStalePreviews(db, now);
  const run = db
    .insert(importRuns)
    .values({
      hubId: scope.hubId,
      userId: actor.userId,
      fileName: input.fileName.slice(0, 200),
      status: "preview",
      regionCodes: scope.regionCodes,
      fileInfo,
      pendingRows: pending,
      created: counts.create,
      updated: counts.update,
      unchanged: counts.unchanged,
      rejected: rejected.length,
      rejectedRows: rejected,
      createdAt: now,
    })
    .returning({ id: importRuns.id })
    .get();
  return { ok: true, runId: run.id };
}

export type ImportRunView = ImportRun & { hubName: string | null; userName: string | null };

/** A run the actor may see; throws not_found or forbidden. */
export function getImportRun(db: Db, actor: Actor, runId: number): ImportRunView {
  const row = db
    .select({ run: importRuns, hubName: hubs.name, userName: users.displayName })
    .from(importRuns)
    .leftJoin(hubs, eq(hubs.id, importRuns.hubId))
    .leftJoin(users, eq(users.id, importRuns.userId))
    .where(eq(importRuns.id, runId))
    .get();
  if (!row) throw new ImportError("not_found");
  if (!canManageImportRun(actor, row.run)) throw new ImportError("forbidden");
  return { ...row.run, hubName: row.hubName, userName: row.userName };
}

const SAMPLE_REJECTED = 200;
const SAMPLE_ROWS = 50;

/** The column of a raw row whose normalized name is one of these ("Nom" → "nom"). */
function cellOf(row: Record<string, string>, names: string[]): string {
  const key = Object.keys(row).find((k) => names.includes(normalizeColumnName(k)));
  return key ? (row[key] ?? "").trim() : "";
}

/**
 * What the preview (or result) page shows: the counts, a summary of problems, and samples of
 * the rows — never the whole file, which can hold thousands of rows.
 */
export function previewDetails(db: Db, actor: Actor, runId: number, now = new Date()) {
  const { pendingRows, rejectedRows, ...run } = getImportRun(db, actor, runId);
  const summary = new Map<ProblemCode | "other", number>();
  for (const r of rejectedRows ?? [])
    for (const p of new Set(r.problems.map((x) => parseProblem(x).code ?? "other")))
      summary.set(p, (summary.get(p) ?? 0) + 1);
  const pending = pendingRows ?? [];
  const toCreate = pending.filter((r) => r.action === "create").slice(0, SAMPLE_ROWS);
  const names = new Map(
    db
      .select({ code: municipalities.code, name: municipalities.name })
      .from(municipalities)
      .where(
        inArray(
          municipalities.code,
          toCreate.map((r) => r.municipalityCode),
        ),
      )
      .all()
      .map((m) => [m.code, m.name]),
  );
  return {
    run,
    expired: run.status === "preview" && now.getTime() - run.createdAt.getTime() > PREVIEW_TTL_MS,
    regions: db
      .select({ code: regions.code, name: regions.nameFr })
      .from(regions)
      .where(inArray(regions.code, run.regionCodes.length > 0 ? run.regionCodes : ["-"]))
      .orderBy(asc(regions.code))
      .all(),
    problemSummary: [...summary.entries()].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count),
    rejectedSample: (rejectedRows ?? []).slice(0, SAMPLE_REJECTED).map((r) => ({
      line: r.line,
      neq: cellOf(r.row, ["neq"]),
      name: cellOf(r.row, ["name", "nom"]),
      problems: r.problems,
    })),
    toCreate: toCreate.map((r) => ({
      line: r.line,
      neq: r.neq,
      publicName: r.publicName,
      legalStatus: r.legalStatus,
      municipalityName: names.get(r.municipalityCode) ?? r.municipalityCode,
    })),
    toUpdate: pending
      .filter((r) => r.action === "update")
      .slice(0, SAMPLE_ROWS)
      .map((r) => ({
        line: r.line,
        neq: r.neq,
        publicName: r.publicName,
        changedFields: (r.changedFields ?? []) as ImportedField[],
      })),
  };
}

/** Recent runs of the actor's hubs (every hub for an admin), without their row data. */
export function listImportRuns(db: Db, actor: Actor, limit = 20) {
  if (!canImport(actor)) return [];
  const hubIds = [...actor.hubIds];
  return db
    .select({
      id: importRuns.id,
      fileName: importRuns.fileName,
      status: importRuns.status,
      created: importRuns.created,
      updated: importRuns.updated,
      unchanged: importRuns.unchanged,
      rejected: importRuns.rejected,
      createdAt: importRuns.createdAt,
      completedAt: importRuns.completedAt,
      hubName: hubs.name,
      userName: users.displayName,
    })
    .from(importRuns)
    .leftJoin(hubs, eq(hubs.id, importRuns.hubId))
    .leftJoin(users, eq(users.id, importRuns.userId))
    .where(isAdmin(actor) ? undefined : inArray(importRuns.hubId, hubIds.length > 0 ? hubIds : [-1]))
    .orderBy(desc(importRuns.id))
    .limit(limit)
    .all();
}

export type ImportContext = { db: Db; actor: Actor; engines: SearchEngineName[]; now?: Date };

function uniqueSlug(tx: Tx, name: string, taken: Set<string>): string {
  const base = slugify(name).slice(0, 80).replace(/-+$/, "") || "entreprise";
  const free = (s: string) =>
    !taken.has(s) && !tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.slug, s)).get();
  let slug = base;
  for (let n = 2; !free(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/**
 * Imports the previewed rows in one transaction. Each row is planned again against the
 * listings as they are now (another hub may have taken a NEQ since the preview): new NEQs
 * become "candidate" listings (not public until claimed or verified by the hub), existing ones
 * follow the update rule of `planUpdate`, unchanged rows write nothing. Every created or
 * changed listing gets an "import" audit entry with its fields before and after.
 */
export function confirmImport(ctx: ImportContext, runId: number) {
  const now = ctx.now ?? new Date();
  return ctx.db.transaction((tx) => {
    const run = tx.select().from(importRuns).where(eq(importRuns.id, runId)).get();
    if (!run) throw new ImportError("not_found");
    if (!canManageImportRun(ctx.actor, run)) throw new ImportError("forbidden");
    if (run.status !== "preview" || !run.pendingRows || !run.fileInfo) throw new ImportError("invalid_state");
    if (now.getTime() - run.createdAt.getTime() > PREVIEW_TTL_MS) throw new ImportError("expired");

    const regionCodes = new Set(run.regionCodes.filter((r) => isAdmin(ctx.actor) || ctx.actor.curatedRegions.has(r)));
    const regionOf = new Map(municipalityRegions(tx).map((m) => [m.code, m]));
    const existing = loadExisting(
      tx,
      run.pendingRows.map((r) => r.neq),
    );
    const lateRejects: RejectedRow[] = [];
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const taken = new Set<string>();
    const reindex: number[] = [];
    const message = `import #${run.id} (${run.fileName})`;
    const source = run.fileInfo.format;

    for (const row of run.pendingRows) {
      const municipality = regionOf.get(row.municipalityCode);
      const plan =
        municipality && regionCodes.has(municipality.regionCode)
          ? planRow(row, existing.get(row.neq), regionCodes)
          : {
              kind: "rejected" as const,
              problem: problem(
                "outsideRegions",
                `${municipality?.name ?? row.municipalityCode} (${municipality?.regionCode ?? "?"})`,
              ),
            };
      if (plan.kind === "rejected") {
        lateRejects.push({ line: row.line, row: pendingRowAsFile(run.fileInfo, row), problems: [plan.problem] });
        continue;
      }
      if (plan.kind === "unchanged") {
        counts.unchanged++;
        continue;
      }
      if (plan.kind === "create") {
        const data = importedData(row);
        const created = tx
          .insert(enterprises)
          .values({
            neq: row.neq,
            legalName: row.legalName,
            publicName: row.publicName,
            slug: uniqueSlug(tx, row.publicName, taken),
            legalStatus: row.legalStatus,
            municipalityCode: row.municipalityCode,
            descriptionFr: row.descriptionFr ?? "",
            email: row.email ?? null,
            phone: row.phone ?? null,
            website: row.website ?? null,
            status: "candidate",
            importedAt: now,
            importSource: source,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: enterprises.id })
          .get();
        (row.categories ?? []).forEach((categoryCode, position) =>
          tx.insert(enterpriseCategories).values({ enterpriseId: created.id, categoryCode, position }).run(),
        );
        existing.set(row.neq, { id: created.id, status: "candidate", regionCode: municipality!.regionCode, data });
        audit(tx, ctx.actor, created.id, now, diffListing({}, data), message);
        counts.created++;
        continue;
      }
      writeListingData(tx, plan.enterpriseId, plan.changes, now);
      tx.update(enterprises)
        .set({ importedAt: now, importSource: source })
        .where(eq(enterprises.id, plan.enterpriseId))
        .run();
      audit(tx, ctx.actor, plan.enterpriseId, now, diffListing(plan.before, plan.changes), message);
      if (existing.get(row.neq)?.status === "published") reindex.push(plan.enterpriseId);
      counts.updated++;
    }
    if (reindex.length > 0) enqueueIndexing(tx, reindex, ctx.engines);
    const rejectedRows = [...(run.rejectedRows ?? []), ...lateRejects].sort((a, b) => a.line - b.line);
    tx.update(importRuns)
      .set({
        status: "imported",
        pendingRows: null,
        created: counts.created,
        updated: counts.updated,
        unchanged: counts.unchanged,
        rejected: rejectedRows.length,
        rejectedRows,
        completedAt: now,
      })
      .where(eq(importRuns.id, run.id))
      .run();
    return { ...counts, rejected: rejectedRows.length };
  });
}

function audit(
  tx: Tx,
  actor: Actor,
  enterpriseId: number,
  now: Date,
  changes: Record<string, { before: unknown; after: unknown }>,
  message: string,
) {
  tx.insert(auditLog)
    .values({
      entityType: "enterprise",
      entityId: enterpriseId,
      actorUserId: actor.userId,
      action: "import",
      changes: Object.keys(changes).length > 0 ? changes : null,
      message,
      createdAt: now,
    })
    .run();
}

/** Drops a preview: nothing was written to the listings, so there is nothing to undo. */
export function cancelImport(db: Db, actor: Actor, runId: number, now = new Date()): void {
  const run = db.select().from(importRuns).where(eq(importRuns.id, runId)).get();
  if (!run) throw new ImportError("not_found");
  if (!canManageImportRun(actor, run)) throw new ImportError("forbidden");
  if (run.status !== "preview") throw new ImportError("invalid_state");
  db.update(importRuns)
    .set({ status: "cancelled", pendingRows: null, completedAt: now })
    .where(eq(importRuns.id, runId))
    .run();
}
