import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./accounts";
import { enterprises } from "./enterprises";

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

/** One row per CSV import run: what the hub uploaded and what came of it. */
export const importRuns = sqliteTable("import_runs", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  hubId: integer("hub_id"),
  userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
  fileName: text("file_name").notNull(),
  created: integer("created").notNull().default(0),
  updated: integer("updated").notNull().default(0),
  rejected: integer("rejected").notNull().default(0),
  // Rejected rows with their problems, for the downloadable report.
  rejectedRows: text("rejected_rows", { mode: "json" }).$type<
    { line: number; row: Record<string, string>; problems: string[] }[]
  >(),
  createdAt: createdAt(),
});
