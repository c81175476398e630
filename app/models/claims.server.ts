import { and, asc, desc, eq, inArray, like, or, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import {
  auditLog,
  enterpriseMembers,
  enterprises,
  listingClaims,
  municipalities,
  regions,
  users,
  type AuditAction,
} from "#db/schema";
import { emailMatchesWebsite } from "~/domain/claim-domain";
import { canModerateListing } from "~/domain/authz";
import { normalizeNeq } from "~/domain/neq";
import { queueEmail } from "~/lib/email.server";
import { absoluteUrl, curatorsOfRegion, renderEmail } from "~/lib/mailer.server";
import { foldText } from "~/search/text";
import { getListingState, type WorkflowContext } from "./listing-workflow.server";
import { addMember } from "./memberships.server";

/**
 * Claims: a verified user asks to manage a listing that already exists (a published one, or
 * a "candidate" imported from the enterprise register). When the user's address is on the
 * enterprise's own domain the claim is granted at once; otherwise the hub of the listing's
 * region decides. A claimed candidate becomes a draft for its new member to complete.
 */
export class ClaimError extends Error {
  constructor(
    readonly code:
      | "not_found"
      | "forbidden"
      | "unverified"
      | "not_claimable"
      | "already_member"
      | "already_pending"
      | "too_many_pending"
      | "invalid_state",
  ) {
    super(code);
  }
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const CLAIMABLE = ["published", "candidate"] as const;
/** Pending claims one person may have at once: enough for a federation, not enough to flood a hub. */
export const MAX_PENDING_CLAIMS = 5;

export type ClaimableListing = {
  id: number;
  publicName: string;
  legalName: string;
  neq: string | null;
  status: string;
  website: string | null;
  municipalityName: string;
  regionCode: string;
  regionNameFr: string;
  regionNameEn: string;
};

function listingRows(db: Db, ids: number[]): ClaimableListing[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({
      id: enterprises.id,
      publicName: enterprises.publicName,
      legalName: enterprises.legalName,
      neq: enterprises.neq,
      status: enterprises.status,
      website: enterprises.website,
      municipalityName: municipalities.name,
      regionCode: regions.code,
      regionNameFr: regions.nameFr,
      regionNameEn: regions.nameEn,
    })
    .from(enterprises)
    .innerJoin(municipalities, eq(municipalities.code, enterprises.municipalityCode))
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .where(inArray(enterprises.id, ids))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** An ASCII LIKE pattern that also matches accented letters: each vowel or "c" becomes "_". */
const accentTolerantPattern = (token: string) => `%${token.replace(/[aeiouyc]/g, "_")}%`;

export type ClaimSearch = {
  results: ClaimableListing[];
  /** A listing with this NEQ exists but is being registered or reviewed: it can't be claimed now. */
  neqUnavailable: boolean;
  /** More listings match than are returned: the search should be narrowed. */
  more: boolean;
};

/**
 * Listings a user may claim, by NEQ (exact, spaces and dashes ignored) or by name (every word,
 * accents and case ignored, in the public or the legal name).
 */
export function searchClaimableListings(db: Db, query: string, limit = 20): ClaimSearch {
  const text = query.trim();
  if (!text) return { results: [], neqUnavailable: false, more: false };
  const neq = normalizeNeq(text);
  if (/^\d{10}$/.test(neq)) {
    const row = db
      .select({ id: enterprises.id, status: enterprises.status })
      .from(enterprises)
      .where(eq(enterprises.neq, neq))
      .get();
    if (!row) return { results: [], neqUnavailable: false, more: false };
    if (!(CLAIMABLE as readonly string[]).includes(row.status))
      return { results: [], neqUnavailable: true, more: false };
    return { results: listingRows(db, [row.id]), neqUnavailable: false, more: false };
  }
  const tokens = (foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => t.length >= 2).slice(0, 6);
  if (tokens.length === 0) return { results: [], neqUnavailable: false, more: false };
  // SQL narrows with accent-tolerant LIKEs; the exact accent-insensitive test runs below.
  const candidates = db
    .select({ id: enterprises.id, publicName: enterprises.publicName, legalName: enterprises.legalName })
    .from(enterprises)
    .where(
      and(
        inArray(enterprises.status, [...CLAIMABLE]),
        ...tokens.map((t) =>
          or(
            like(enterprises.publicName, accentTolerantPattern(t)),
            like(enterprises.legalName, accentTolerantPattern(t)),
          ),
        ),
      ),
    )
    .orderBy(asc(enterprises.publicName))
    .limit(2000)
    .all();
  const folded = (s: string) => foldText(s);
  const matches = candidates
    .map((c) => ({ ...c, haystack: `${folded(c.publicName)} ${folded(c.legalName)}` }))
    .filter((c) => tokens.every((t) => c.haystack.includes(t)))
    .sort((a, b) => Number(!a.haystack.startsWith(tokens[0]!)) - Number(!b.haystack.startsWith(tokens[0]!)));
  return {
    results: listingRows(
      db,
      matches.slice(0, limit).map((m) => m.id),
    ),
    neqUnavailable: false,
    more: matches.length > limit,
  };
}

/** A listing the user may claim, or undefined when it does not exist or is not claimable. */
export function getClaimableListing(db: Db, enterpriseId: number): ClaimableListing | undefined {
  const [row] = listingRows(db, [enterpriseId]);
  return row && (CLAIMABLE as readonly string[]).includes(row.status) ? row : undefined;
}

export function hasPendingClaim(db: Db, userId: number, enterpriseId: number): boolean {
  return Boolean(
    db
      .select({ id: listingClaims.id })
      .from(listingClaims)
      .where(
        and(
          eq(listingClaims.userId, userId),
          eq(listingClaims.enterpriseId, enterpriseId),
          eq(listingClaims.status, "pending"),
        ),
      )
      .get(),
  );
}

/** A user's claims, newest first, for the dashboard. */
export function listClaimsOfUser(db: Db, userId: number) {
  return db
    .select({
      id: listingClaims.id,
      enterpriseId: listingClaims.enterpriseId,
      publicName: enterprises.publicName,
      status: listingClaims.status,
      method: listingClaims.method,
      createdAt: listingClaims.createdAt,
      decidedAt: listingClaims.decidedAt,
      decisionReason: listingClaims.decisionReason,
    })
    .from(listingClaims)
    .innerJoin(enterprises, eq(enterprises.id, listingClaims.enterpriseId))
    .where(eq(listingClaims.userId, userId))
    .orderBy(desc(listingClaims.id))
    .all();
}

function audit(
  tx: Tx,
  input: {
    enterpriseId: number;
    actorUserId: number;
    action: AuditAction;
    now: Date;
    changes?: Record<string, { before: unknown; after: unknown }>;
    message?: string | null;
  },
) {
  tx.insert(auditLog)
    .values({
      entityType: "enterprise",
      entityId: input.enterpriseId,
      actorUserId: input.actorUserId,
      action: input.action,
      changes: input.changes ?? null,
      message: input.message ?? null,
      createdAt: input.now,
    })
    .run();
}

/** Makes the claimant a member; a candidate becomes a draft they complete. Returns the audit changes. */
function grant(tx: Tx, input: { enterpriseId: number; userId: number; email: string; now: Date }) {
  addMember(tx, { enterpriseId: input.enterpriseId, userId: input.userId, now: input.now });
  const changes: Record<string, { before: unknown; after: unknown }> = {
    members: { before: null, after: input.email },
  };
  const current = tx
    .select({ status: enterprises.status })
    .from(enterprises)
    .where(eq(enterprises.id, input.enterpriseId))
    .get();
  if (current?.status === "candidate") {
    tx.update(enterprises)
      .set({ status: "draft", updatedAt: input.now })
      .where(eq(enterprises.id, input.enterpriseId))
      .run();
    changes.status = { before: "candidate", after: "draft" };
  }
  return changes;
}

function claimant(db: Db, userId: number) {
  return db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
      verified: sql<boolean>`${users.emailVerifiedAt} is not null`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

/**
 * The signed-in user claims a listing. Granted at once when their (verified) address is on the
 * enterprise's website domain; otherwise a pending claim goes to the region's curators.
 */
export async function claimListing(
  ctx: WorkflowContext,
  enterpriseId: number,
  message?: string,
): Promise<{ outcome: "granted" | "pending"; claimId: number }> {
  const now = ctx.now ?? new Date();
  const user = claimant(ctx.db, ctx.actor.userId);
  if (!user) throw new ClaimError("forbidden");
  if (!user.verified || !ctx.actor.emailVerified) throw new ClaimError("unverified");
  const listing = getClaimableListing(ctx.db, enterpriseId);
  if (!listing) throw new ClaimError(getListingState(ctx.db, enterpriseId) ? "not_claimable" : "not_found");
  const member = ctx.db
    .select({ id: enterpriseMembers.userId })
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, user.id)))
    .get();
  if (member) throw new ClaimError("already_member");
  if (hasPendingClaim(ctx.db, user.id, enterpriseId)) throw new ClaimError("already_pending");
  const pending = ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(listingClaims)
    .where(and(eq(listingClaims.userId, user.id), eq(listingClaims.status, "pending")))
    .get()!.n;
  if (pending >= MAX_PENDING_CLAIMS) throw new ClaimError("too_many_pending");
  const note = message?.trim() || null;

  if (emailMatchesWebsite(user.email, listing.website)) {
    const claimId = ctx.db.transaction((tx) => {
      const row = tx
        .insert(listingClaims)
        .values({
          enterpriseId,
          userId: user.id,
          status: "approved",
          method: "email_domain",
          message: note,
          createdAt: now,
          decidedAt: now,
        })
        .returning({ id: listingClaims.id })
        .get();
      audit(tx, { enterpriseId, actorUserId: user.id, action: "claim", now, message: note });
      const changes = grant(tx, { enterpriseId, userId: user.id, email: user.email, now });
      audit(tx, {
        enterpriseId,
        actorUserId: user.id,
        action: "claim_approved",
        now,
        changes,
        message: "email_domain",
      });
      return row.id;
    });
    return { outcome: "granted", claimId };
  }

  const emails = await Promise.all(
    curatorsOfRegion(ctx.db, listing.regionCode).map((c) =>
      renderEmail({
        to: c.email,
        locale: c.locale,
        template: "claimRequested",
        vars: {
          user: user.displayName,
          email: user.email,
          enterprise: listing.publicName,
          link: absoluteUrl(`/pole/reclamations?region=${listing.regionCode}`, ctx.origin),
        },
      }),
    ),
  );
  const claimId = ctx.db.transaction((tx) => {
    const row = tx
      .insert(listingClaims)
      .values({ enterpriseId, userId: user.id, status: "pending", method: "hub_review", message: note, createdAt: now })
      .returning({ id: listingClaims.id })
      .get();
    audit(tx, { enterpriseId, actorUserId: user.id, action: "claim", now, message: note });
    for (const email of emails) queueEmail(tx, email);
    return row.id;
  });
  return { outcome: "pending", claimId };
}

function requirePendingClaim(ctx: WorkflowContext, claimId: number) {
  const claim = ctx.db.select().from(listingClaims).where(eq(listingClaims.id, claimId)).get();
  if (!claim) throw new ClaimError("not_found");
  const state = getListingState(ctx.db, claim.enterpriseId);
  if (!state) throw new ClaimError("not_found");
  if (!canModerateListing(ctx.actor, { id: claim.enterpriseId, regionCode: state.regionCode }))
    throw new ClaimError("forbidden");
  if (claim.status !== "pending") throw new ClaimError("invalid_state");
  const user = claimant(ctx.db, claim.userId);
  if (!user) throw new ClaimError("not_found");
  return { claim, state, user };
}

/** Marks a claim decided, only if it is still pending (two curators deciding at once: one wins). */
function decide(
  tx: Tx,
  ctx: WorkflowContext,
  claimId: number,
  status: "approved" | "rejected",
  now: Date,
  reason?: string,
) {
  const result = tx
    .update(listingClaims)
    .set({ status, decidedByUserId: ctx.actor.userId, decidedAt: now, decisionReason: reason ?? null })
    .where(and(eq(listingClaims.id, claimId), eq(listingClaims.status, "pending")))
    .run();
  if (result.changes !== 1) throw new ClaimError("invalid_state");
}

/** The hub accepts a claim: the claimant becomes a member (and is told so), in one transaction. */
export async function approveClaim(ctx: WorkflowContext, claimId: number): Promise<void> {
  const now = ctx.now ?? new Date();
  const { claim, state, user } = requirePendingClaim(ctx, claimId);
  const email = await renderEmail({
    to: user.email,
    locale: user.locale,
    template: "claimApproved",
    vars: { enterprise: state.publicName, link: absoluteUrl(`/mon-entreprise/${claim.enterpriseId}`, ctx.origin) },
  });
  ctx.db.transaction((tx) => {
    decide(tx, ctx, claimId, "approved", now);
    const changes = grant(tx, { enterpriseId: claim.enterpriseId, userId: user.id, email: user.email, now });
    audit(tx, {
      enterpriseId: claim.enterpriseId,
      actorUserId: ctx.actor.userId,
      action: "claim_approved",
      now,
      changes,
    });
    queueEmail(tx, email);
  });
}

/** The hub refuses a claim with a reason the claimant receives. */
export async function rejectClaim(ctx: WorkflowContext, claimId: number, reason: string): Promise<void> {
  const now = ctx.now ?? new Date();
  const text = reason.trim();
  if (!text) throw new ClaimError("invalid_state");
  const { claim, state, user } = requirePendingClaim(ctx, claimId);
  const email = await renderEmail({
    to: user.email,
    locale: user.locale,
    template: "claimRejected",
    vars: { enterprise: state.publicName, message: text },
  });
  ctx.db.transaction((tx) => {
    decide(tx, ctx, claimId, "rejected", now, text);
    audit(tx, {
      enterpriseId: claim.enterpriseId,
      actorUserId: ctx.actor.userId,
      action: "claim_rejected",
      now,
      changes: { claimant: { before: null, after: user.email } },
      message: text,
    });
    queueEmail(tx, email);
  });
}
