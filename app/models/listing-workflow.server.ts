import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "#db/client";
import {
  auditLog,
  enterpriseMembers,
  enterpriseRevisions,
  enterprises,
  listingMessages,
  municipalities,
  regions,
  userRoles,
  users,
  type AuditAction,
  type SearchEngineName,
} from "#db/schema";
import { canEditListing, canModerateListing, canRegisterListing, type Actor } from "~/domain/authz";
import { incompleteSteps, type ListingData } from "~/domain/listing/listing-schema";
import { queueEmail, type OutgoingEmail } from "~/lib/email.server";
import { absoluteUrl, curatorsOfRegion, renderEmail, type EmailTemplate } from "~/lib/mailer.server";
import { slugify } from "~/lib/slug";
import { enqueueIndexing } from "~/search/outbox.server";
import { diffListing, readListingData, writeListingData } from "./listing-data.server";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Changes = Record<string, { before: unknown; after: unknown }>;

/** Who acts, on which database, which search engines follow the changes, and the site origin for links. */
export type WorkflowContext = { db: Db; actor: Actor; engines: SearchEngineName[]; now?: Date; origin?: string };

export class WorkflowError extends Error {
  constructor(
    readonly code: "not_found" | "forbidden" | "invalid_state" | "incomplete" | "duplicate_neq",
    readonly detail?: unknown,
  ) {
    super(code);
  }
}

export type ListingState = {
  id: number;
  slug: string;
  publicName: string;
  status: (typeof enterprises.$inferSelect)["status"];
  regionCode: string;
  regionNameFr: string;
  pendingRevision: { id: number; status: string; data: Partial<ListingData> } | null;
};

const OPEN_REVISION = ["draft", "submitted", "changes_requested", "rejected"] as const;

/** Status, region and any open revision of a listing. */
export function getListingState(db: Db | Tx, enterpriseId: number): ListingState | undefined {
  const row = db
    .select({
      id: enterprises.id,
      slug: enterprises.slug,
      publicName: enterprises.publicName,
      status: enterprises.status,
      regionCode: municipalities.regionCode,
      regionNameFr: regions.nameFr,
    })
    .from(enterprises)
    .innerJoin(municipalities, eq(municipalities.code, enterprises.municipalityCode))
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .where(eq(enterprises.id, enterpriseId))
    .get();
  if (!row) return undefined;
  const revision = db
    .select()
    .from(enterpriseRevisions)
    .where(
      and(eq(enterpriseRevisions.enterpriseId, enterpriseId), inArray(enterpriseRevisions.status, [...OPEN_REVISION])),
    )
    .orderBy(desc(enterpriseRevisions.id))
    .get();
  return {
    ...row,
    pendingRevision: revision
      ? { id: revision.id, status: revision.status, data: revision.data as Partial<ListingData> }
      : null,
  };
}

/** What a member edits: the open revision of a published listing, else the listing itself. */
export function getEditableListing(db: Db, enterpriseId: number): Partial<ListingData> | undefined {
  const state = getListingState(db, enterpriseId);
  if (!state) return undefined;
  return state.status === "published" && state.pendingRevision
    ? state.pendingRevision.data
    : readListingData(db, enterpriseId);
}

function requireState(db: Db | Tx, enterpriseId: number): ListingState {
  const state = getListingState(db, enterpriseId);
  if (!state) throw new WorkflowError("not_found");
  return state;
}

function audit(
  tx: Tx,
  actor: Actor,
  enterpriseId: number,
  action: AuditAction,
  now: Date,
  extra: { changes?: Changes; message?: string } = {},
) {
  tx.insert(auditLog)
    .values({
      entityType: "enterprise",
      entityId: enterpriseId,
      actorUserId: actor.userId,
      action,
      changes: extra.changes && Object.keys(extra.changes).length > 0 ? extra.changes : null,
      message: extra.message ?? null,
      createdAt: now,
    })
    .run();
}

function membersOf(db: Db, enterpriseId: number) {
  return db
    .select({ email: users.email, locale: users.locale })
    .from(enterpriseMembers)
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    .where(eq(enterpriseMembers.enterpriseId, enterpriseId))
    .all();
}

/** Renders one template for several recipients, each in their language (before the transaction). */
function renderFor(
  recipients: { email: string; locale: "fr" | "en" }[],
  template: EmailTemplate,
  vars: Record<string, string>,
) {
  return Promise.all(recipients.map((r) => renderEmail({ to: r.email, locale: r.locale, template, vars })));
}

function uniqueSlug(tx: Tx, name: string): string {
  const base = slugify(name) || "entreprise";
  let slug = base;
  for (let n = 2; tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.slug, slug)).get(); n++)
    slug = `${base}-${n}`;
  return slug;
}

function assertNeqFree(tx: Tx, neq: string | undefined, enterpriseId?: number) {
  if (!neq) return;
  const other = tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.neq, neq)).get();
  if (other && other.id !== enterpriseId) throw new WorkflowError("duplicate_neq", { enterpriseId: other.id });
}

/** A verified user starts a listing from its identity step and becomes its first member. */
export function createDraftListing(
  ctx: WorkflowContext,
  identity: Partial<ListingData> & Pick<ListingData, "publicName" | "legalName" | "legalStatus" | "municipalityCode">,
): number {
  if (!canRegisterListing(ctx.actor)) throw new WorkflowError("forbidden");
  const now = ctx.now ?? new Date();
  return ctx.db.transaction((tx) => {
    assertNeqFree(tx, identity.neq);
    const row = tx
      .insert(enterprises)
      .values({
        slug: uniqueSlug(tx, identity.publicName),
        publicName: identity.publicName,
        legalName: identity.legalName,
        legalStatus: identity.legalStatus,
        municipalityCode: identity.municipalityCode,
        status: "draft",
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: enterprises.id })
      .get();
    writeListingData(tx, row.id, identity, now);
    tx.insert(enterpriseMembers).values({ enterpriseId: row.id, userId: ctx.actor.userId }).onConflictDoNothing().run();
    tx.insert(userRoles).values({ userId: ctx.actor.userId, role: "enterprise_member" }).onConflictDoNothing().run();
    audit(tx, ctx.actor, row.id, "create", now, { changes: diffListing({}, identity) });
    return row.id;
  });
}

/**
 * Saves part of a listing. An unpublished listing changes in place; a published one keeps its
 * public version and the change goes into a revision the hub reviews. Curators' edits of a
 * published listing apply at once (and are audited).
 */
export function saveListing(
  ctx: WorkflowContext,
  enterpriseId: number,
  data: Partial<ListingData>,
): { target: "listing" | "revision" } {
  const now = ctx.now ?? new Date();
  return ctx.db.transaction((tx) => {
    const state = requireState(tx, enterpriseId);
    const ref = { id: enterpriseId, regionCode: state.regionCode };
    if (!canEditListing(ctx.actor, ref)) throw new WorkflowError("forbidden");
    if (state.status === "archived") throw new WorkflowError("invalid_state");
    assertNeqFree(tx, data.neq, enterpriseId);
    const curatorEdit = canModerateListing(ctx.actor, ref);
    if (state.status !== "published" || curatorEdit) {
      const before = readListingData(tx, enterpriseId)!;
      writeListingData(tx, enterpriseId, data, now);
      if (!curatorEdit && (state.status === "changes_requested" || state.status === "rejected")) {
        tx.update(enterprises).set({ status: "draft" }).where(eq(enterprises.id, enterpriseId)).run();
      }
      audit(tx, ctx.actor, enterpriseId, "update", now, { changes: diffListing(before, data) });
      if (state.status === "published") enqueueIndexing(tx, [enterpriseId], ctx.engines);
      return { target: "listing" as const };
    }
    const open = state.pendingRevision && state.pendingRevision.status !== "submitted" ? state.pendingRevision : null;
    const base = open ? open.data : readListingData(tx, enterpriseId)!;
    const merged = { ...base, ...data };
    if (open) {
      tx.update(enterpriseRevisions)
        .set({ data: merged, status: "draft" })
        .where(eq(enterpriseRevisions.id, open.id))
        .run();
    } else {
      // Editing again after submitting: the submitted revision is replaced by the new draft.
      if (state.pendingRevision) {
        tx.update(enterpriseRevisions)
          .set({ status: "superseded" })
          .where(eq(enterpriseRevisions.id, state.pendingRevision.id))
          .run();
      }
      tx.insert(enterpriseRevisions)
        .values({ enterpriseId, data: merged, status: "draft", createdByUserId: ctx.actor.userId, createdAt: now })
        .run();
    }
    audit(tx, ctx.actor, enterpriseId, "update", now, { changes: diffListing(base, data), message: "revision" });
    return { target: "revision" as const };
  });
}

/** Sends the listing (or the revision of a published one) to its region's hub. */
export async function submitListing(ctx: WorkflowContext, enterpriseId: number): Promise<void> {
  const now = ctx.now ?? new Date();
  const state = requireState(ctx.db, enterpriseId);
  if (!canEditListing(ctx.actor, { id: enterpriseId, regionCode: state.regionCode }))
    throw new WorkflowError("forbidden");
  const revision = state.status === "published" ? state.pendingRevision : null;
  if (
    state.status === "published"
      ? !revision || revision.status === "submitted"
      : !["draft", "changes_requested", "rejected", "candidate"].includes(state.status)
  ) {
    throw new WorkflowError("invalid_state");
  }
  const missing = incompleteSteps(revision ? revision.data : readListingData(ctx.db, enterpriseId)!);
  if (missing.length > 0) throw new WorkflowError("incomplete", missing);
  const emails = await renderFor(curatorsOfRegion(ctx.db, state.regionCode), "listingSubmitted", {
    enterprise: state.publicName,
    region: state.regionNameFr,
    link: absoluteUrl(`/pole/fiches/${enterpriseId}`, ctx.origin),
  });
  ctx.db.transaction((tx) => {
    if (revision) {
      tx.update(enterpriseRevisions)
        .set({ status: "submitted", submittedAt: now })
        .where(eq(enterpriseRevisions.id, revision.id))
        .run();
    } else {
      tx.update(enterprises)
        .set({ status: "submitted", submittedAt: now, updatedAt: now })
        .where(eq(enterprises.id, enterpriseId))
        .run();
    }
    audit(tx, ctx.actor, enterpriseId, "submit", now, { message: revision ? "revision" : undefined });
    for (const e of emails) queueEmail(tx, e);
  });
}

type Decision = { kind: "approve" } | { kind: "request_changes"; message: string } | { kind: "reject"; reason: string };

/**
 * The hub's decision on a submitted listing or revision. Approving publishes (or applies the
 * revision), indexes, and tells the members; the other two keep the message for the member.
 */
export async function decideListing(ctx: WorkflowContext, enterpriseId: number, decision: Decision): Promise<void> {
  const now = ctx.now ?? new Date();
  const state = requireState(ctx.db, enterpriseId);
  if (!canModerateListing(ctx.actor, { id: enterpriseId, regionCode: state.regionCode }))
    throw new WorkflowError("forbidden");
  const revision =
    state.status === "published" && state.pendingRevision?.status === "submitted" ? state.pendingRevision : null;
  if (!revision && state.status !== "submitted") throw new WorkflowError("invalid_state");

  const message =
    decision.kind === "request_changes" ? decision.message : decision.kind === "reject" ? decision.reason : "";
  const template: EmailTemplate =
    decision.kind === "approve"
      ? "listingApproved"
      : decision.kind === "reject"
        ? "listingRejected"
        : "changesRequested";
  const link =
    decision.kind === "approve"
      ? absoluteUrl(`/entreprises/${state.slug}`, ctx.origin)
      : absoluteUrl(`/mon-entreprise/${enterpriseId}`, ctx.origin);
  const emails = await renderFor(membersOf(ctx.db, enterpriseId), template, {
    enterprise: state.publicName,
    message,
    link,
  });

  ctx.db.transaction((tx) => {
    const action: AuditAction =
      decision.kind === "approve" ? "approve" : decision.kind === "reject" ? "reject" : "request_changes";
    if (revision) {
      const status =
        decision.kind === "approve" ? "approved" : decision.kind === "reject" ? "rejected" : "changes_requested";
      let changes: Changes | undefined;
      if (decision.kind === "approve") {
        const before = readListingData(tx, enterpriseId)!;
        writeListingData(tx, enterpriseId, revision.data, now);
        changes = diffListing(before, revision.data);
        enqueueIndexing(tx, [enterpriseId], ctx.engines);
      }
      tx.update(enterpriseRevisions)
        .set({ status, reviewedByUserId: ctx.actor.userId, reviewedAt: now, reviewMessage: message || null })
        .where(eq(enterpriseRevisions.id, revision.id))
        .run();
      audit(tx, ctx.actor, enterpriseId, action, now, { changes, message: message || "revision" });
    } else {
      const status =
        decision.kind === "approve" ? "published" : decision.kind === "reject" ? "rejected" : "changes_requested";
      tx.update(enterprises)
        .set({
          status,
          updatedAt: now,
          ...(decision.kind === "approve" ? { publishedAt: now, lastConfirmedAt: now } : {}),
        })
        .where(eq(enterprises.id, enterpriseId))
        .run();
      if (decision.kind === "approve") enqueueIndexing(tx, [enterpriseId], ctx.engines);
      audit(tx, ctx.actor, enterpriseId, action, now, {
        changes: { status: { before: state.status, after: status } },
        message: message || undefined,
      });
    }
    if (message)
      tx.insert(listingMessages)
        .values({ enterpriseId, authorUserId: ctx.actor.userId, fromHub: true, body: message, createdAt: now })
        .run();
    for (const e of emails) queueEmail(tx, e);
  });
}

/** "Vérifiée par le pôle": the hub checked the listing on this date. */
export function verifyListing(ctx: WorkflowContext, enterpriseId: number): void {
  const now = ctx.now ?? new Date();
  ctx.db.transaction((tx) => {
    const state = requireState(tx, enterpriseId);
    if (!canModerateListing(ctx.actor, { id: enterpriseId, regionCode: state.regionCode }))
      throw new WorkflowError("forbidden");
    const before =
      tx.select({ v: enterprises.lastVerifiedAt }).from(enterprises).where(eq(enterprises.id, enterpriseId)).get()?.v ??
      null;
    // A verified candidate becomes public: the hub vouches for it.
    const status = state.status === "candidate" ? "published" : state.status;
    tx.update(enterprises)
      .set({ lastVerifiedAt: now, status, ...(status !== state.status ? { publishedAt: now } : {}) })
      .where(eq(enterprises.id, enterpriseId))
      .run();
    audit(tx, ctx.actor, enterpriseId, "verify", now, {
      changes: {
        lastVerifiedAt: { before: before?.toISOString() ?? null, after: now.toISOString() },
        ...(status !== state.status ? { status: { before: state.status, after: status } } : {}),
      },
    });
    enqueueIndexing(tx, [enterpriseId], ctx.engines);
  });
}

/** Archives a stale listing (removed from the directory) or restores it. */
export function setArchived(ctx: WorkflowContext, enterpriseId: number, archived: boolean, reason?: string): void {
  const now = ctx.now ?? new Date();
  ctx.db.transaction((tx) => {
    const state = requireState(tx, enterpriseId);
    if (!canModerateListing(ctx.actor, { id: enterpriseId, regionCode: state.regionCode }))
      throw new WorkflowError("forbidden");
    if (archived === (state.status === "archived")) throw new WorkflowError("invalid_state");
    const status = archived ? "archived" : "published";
    tx.update(enterprises)
      .set({ status, archivedAt: archived ? now : null, updatedAt: now })
      .where(eq(enterprises.id, enterpriseId))
      .run();
    audit(tx, ctx.actor, enterpriseId, archived ? "archive" : "restore", now, {
      changes: { status: { before: state.status, after: status } },
      message: reason,
    });
    enqueueIndexing(tx, [enterpriseId], ctx.engines);
  });
}

/** A member confirms the listing is still current (resets the 12-month reminder clock). */
export function confirmListingCurrent(ctx: WorkflowContext, enterpriseId: number): void {
  const now = ctx.now ?? new Date();
  ctx.db.transaction((tx) => {
    const state = requireState(tx, enterpriseId);
    if (!canEditListing(ctx.actor, { id: enterpriseId, regionCode: state.regionCode }))
      throw new WorkflowError("forbidden");
    tx.update(enterprises)
      .set({ lastConfirmedAt: now, reminderSentAt: null })
      .where(eq(enterprises.id, enterpriseId))
      .run();
    audit(tx, ctx.actor, enterpriseId, "confirm", now);
  });
}

/** A member's reply to the hub, kept with the listing. */
export function postMemberMessage(ctx: WorkflowContext, enterpriseId: number, body: string): void {
  const state = requireState(ctx.db, enterpriseId);
  if (!canEditListing(ctx.actor, { id: enterpriseId, regionCode: state.regionCode }))
    throw new WorkflowError("forbidden");
  ctx.db
    .insert(listingMessages)
    .values({
      enterpriseId,
      authorUserId: ctx.actor.userId,
      fromHub: canModerateListing(ctx.actor, { id: enterpriseId, regionCode: state.regionCode }),
      body,
    })
    .run();
}

export type { OutgoingEmail };
