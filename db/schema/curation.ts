import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./accounts";
import { enterprises, type LEGAL_STATUSES } from "./enterprises";

export const AUDIT_ACTIONS = [
  "create",
  "update",
  "submit",
  "approve",
  "request_changes",
  "reject",
  "verify",
  "archive",
  "restore",
  "claim",
  "claim_approved",
  "claim_rejected",
  "member_added",
  "import",
  "confirm",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who changed what, when, with the fields' values before and after. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityType: text("entity_type", { enum: ["enterprise", "hub", "user"] }).notNull(),
    entityId: integer("entity_id").notNull(),
    actorUserId: integer("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    changes: text("changes", { mode: "json" }).$type<Record<string, { before: unknown; after: unknown }>>(),
    message: text("message"),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId, t.id)],
);

export const REVISION_STATUSES = [
  "draft",
  "submitted",
  "changes_requested",
  "approved",
  "rejected",
  "superseded",
] as const;

/**
 * Proposed changes to a published listing: the public version stays as it is until the hub
 * approves the revision, which then applies `data` in one transaction.
 */
export const enterpriseRevisions = sqliteTable(
  "enterprise_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: REVISION_STATUSES }).notNull().default("draft"),
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    reviewedByUserId: integer("reviewed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: integer("reviewed_at", { mode: "timestamp_ms" }),
    reviewMessage: text("review_message"),
  },
  (t) => [index("enterprise_revisions_enterprise_idx").on(t.enterpriseId, t.status)],
);

/** Messages between the hub and the listing's members (changes requested, rejection reasons, replies). */
export const listingMessages = sqliteTable(
  "listing_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    authorUserId: integer("author_user_id").references(() => users.id, { onDelete: "set null" }),
    fromHub: integer("from_hub", { mode: "boolean" }).notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("listing_messages_enterprise_idx").on(t.enterpriseId, t.id)],
);

export const CLAIM_STATUSES = ["pending", "approved", "rejected"] as const;

/** A member asking to manage an existing listing; granted at once when the email domain matches the website. */
export const listingClaims = sqliteTable(
  "listing_claims",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    enterpriseId: integer("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: CLAIM_STATUSES }).notNull().default("pending"),
    method: text("method", { enum: ["email_domain", "hub_review"] }).notNull(),
    message: text("message"),
    createdAt: createdAt(),
    decidedByUserId: integer("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    decisionReason: text("decision_reason"),
  },
  (t) => [index("listing_claims_status_idx").on(t.status, t.enterpriseId)],
);

export const IMPORT_RUN_STATUSES = ["preview", "imported", "cancelled"] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

/** What an uploaded file turned out to be, kept for the preview page and the rejected-rows report. */
export type ImportFileInfo = {
  format: "req" | "maillage";
  encoding: "utf-8" | "windows-1252";
  delimiter: "," | ";" | "\t";
  header: string[];
  rowCount: number;
};

/** A valid row waiting for the hub's confirmation (normalized listing fields, never raw input). */
export type PendingImportRow = {
  line: number;
  neq: string;
  legalName: string;
  publicName: string;
  legalStatus: (typeof LEGAL_STATUSES)[number];
  municipalityCode: string;
  descriptionFr?: string;
  email?: string;
  phone?: string;
  website?: string;
  categories?: string[];
  // What the preview planned for the row; the import plans again against the listings of the day.
  action: "create" | "update" | "unchanged";
  changedFields?: string[];
};

/**
 * One row per CSV import run: what the hub uploaded and what came of it. A run starts as a
 * "preview" (nothing written to the listings; the valid rows wait in `pendingRows`), then is
 * "imported" in one transaction or "cancelled".
 */
export const importRuns = sqliteTable(
  "import_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // Null when an admin imports for every region at once.
    hubId: integer("hub_id"),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    fileName: text("file_name").notNull(),
    status: text("status", { enum: IMPORT_RUN_STATUSES }).notNull().default("preview"),
    // The regions the rows had to belong to (the hub's regions when the file was checked).
    regionCodes: text("region_codes", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    fileInfo: text("file_info", { mode: "json" }).$type<ImportFileInfo>(),
    // Cleared once the run is imported or cancelled.
    pendingRows: text("pending_rows", { mode: "json" }).$type<PendingImportRow[]>(),
    // Planned counts while previewing, actual counts once imported.
    created: integer("created").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
    // Rejected rows with their problems ("code" or "code:detail"), for the downloadable report.
    rejectedRows: text("rejected_rows", { mode: "json" }).$type<
      { line: number; row: Record<string, string>; problems: string[] }[]
    >(),
    createdAt: createdAt(),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("import_runs_hub_idx").on(t.hubId, t.id)],
);

export type ImportRun = typeof importRuns.$inferSelect;
