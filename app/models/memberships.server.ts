import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { auditLog, enterpriseMembers, enterprises, userRoles, users, verifications } from "#db/schema";
import { canEditListing, type Actor } from "~/domain/authz";
import { sendEmail } from "~/lib/email.server";
import { absoluteUrl, renderEmail } from "~/lib/mailer.server";
import { createVerification, findVerification } from "~/lib/tokens.server";
import { getListingState, type WorkflowContext } from "./listing-workflow.server";

/**
 * Co-members of a listing: invitations by email (a one-time link valid 14 days), acceptance
 * by the invited address only, and removal. Every change of who manages a listing is audited.
 */
export class MembershipError extends Error {
  constructor(
    readonly code:
      | "not_found"
      | "forbidden"
      | "already_member"
      | "last_member"
      | "not_member"
      | "invalid_token"
      | "wrong_email"
      | "too_many_invitations",
  ) {
    super(code);
  }
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function requireEditable(db: Db, actor: Actor, enterpriseId: number) {
  const state = getListingState(db, enterpriseId);
  if (!state) throw new MembershipError("not_found");
  if (!canEditListing(actor, { id: enterpriseId, regionCode: state.regionCode }))
    throw new MembershipError("forbidden");
  return state;
}

export function listMembers(db: Db, enterpriseId: number) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      since: enterpriseMembers.createdAt,
    })
    .from(enterpriseMembers)
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    .where(eq(enterpriseMembers.enterpriseId, enterpriseId))
    .orderBy(asc(enterpriseMembers.createdAt), asc(users.id))
    .all();
}

/** Invitations still waiting for an answer (unused and unexpired). */
export function listPendingInvitations(db: Db, enterpriseId: number, now = new Date()) {
  return db
    .select({ id: verifications.id, email: verifications.email, expiresAt: verifications.expiresAt })
    .from(verifications)
    .where(
      and(
        eq(verifications.purpose, "invite_member"),
        isNull(verifications.usedAt),
        gt(verifications.expiresAt, now),
        sql`json_extract(${verifications.data}, '$.enterpriseId') = ${enterpriseId}`,
      ),
    )
    .orderBy(asc(verifications.id))
    .all();
}

/** Invitations a listing may send in 24 hours: plenty for a team, too few to make the portal a spam relay. */
export const MAX_INVITATIONS_PER_DAY = 10;

function invitationsSentSince(db: Db, enterpriseId: number, since: Date): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(verifications)
      .where(
        and(
          eq(verifications.purpose, "invite_member"),
          gt(verifications.createdAt, since),
          sql`json_extract(${verifications.data}, '$.enterpriseId') = ${enterpriseId}`,
        ),
      )
      .get()?.n ?? 0
  );
}

/** Sends an invitation link to a colleague; a new invitation to the same address replaces the previous one. */
export async function inviteMember(
  ctx: WorkflowContext,
  enterpriseId: number,
  input: { email: string; inviterName: string; locale: "fr" | "en" },
): Promise<void> {
  const state = requireEditable(ctx.db, ctx.actor, enterpriseId);
  const email = input.email.trim().toLowerCase();
  if (listMembers(ctx.db, enterpriseId).some((m) => m.email.toLowerCase() === email))
    throw new MembershipError("already_member");
  const now = ctx.now ?? new Date();
  if (invitationsSentSince(ctx.db, enterpriseId, new Date(now.getTime() - 24 * 3600_000)) >= MAX_INVITATIONS_PER_DAY)
    throw new MembershipError("too_many_invitations");
  // Only the newest link for an address works: an older one may sit in a forwarded email.
  for (const pending of listPendingInvitations(ctx.db, enterpriseId, now).filter((p) => p.email === email))
    ctx.db.update(verifications).set({ usedAt: now }).where(eq(verifications.id, pending.id)).run();
  const token = createVerification(ctx.db, {
    purpose: "invite_member",
    email,
    userId: null,
    data: { enterpriseId, invitedBy: ctx.actor.userId },
    now,
  });
  // The invitee may have no account yet: the inviter's language is the best guess.
  const recipient = ctx.db.select({ locale: users.locale }).from(users).where(eq(users.email, email)).get();
  await sendEmail(
    ctx.db,
    await renderEmail({
      to: email,
      locale: recipient?.locale ?? input.locale,
      template: "invitation",
      vars: {
        inviter: input.inviterName,
        enterprise: state.publicName,
        link: absoluteUrl(`/invitation?token=${token}`, ctx.origin),
      },
    }),
  );
}

/** Withdraws a pending invitation of this listing. */
export function cancelInvitation(ctx: WorkflowContext, enterpriseId: number, invitationId: number): void {
  requireEditable(ctx.db, ctx.actor, enterpriseId);
  const pending = listPendingInvitations(ctx.db, enterpriseId, ctx.now).find((p) => p.id === invitationId);
  if (!pending) throw new MembershipError("not_found");
  ctx.db
    .update(verifications)
    .set({ usedAt: ctx.now ?? new Date() })
    .where(eq(verifications.id, invitationId))
    .run();
}

export type InvitationView = {
  id: number;
  email: string;
  enterpriseId: number;
  enterpriseName: string;
  invitedBy: string | null;
  expiresAt: Date;
};

/** What an invitation link is for, or undefined when the link is unknown, used or expired. */
export function findInvitation(db: Db, token: string, now = new Date()): InvitationView | undefined {
  const found = findVerification(db, "invite_member", token, now);
  const enterpriseId = Number(found?.data?.enterpriseId);
  if (!found || !Number.isInteger(enterpriseId)) return undefined;
  const enterprise = db
    .select({ publicName: enterprises.publicName })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId))
    .get();
  if (!enterprise) return undefined;
  const inviterId = Number(found.data?.invitedBy);
  const inviter = Number.isInteger(inviterId)
    ? db.select({ name: users.displayName }).from(users).where(eq(users.id, inviterId)).get()
    : undefined;
  return {
    id: found.id,
    email: found.email,
    enterpriseId,
    enterpriseName: enterprise.publicName,
    invitedBy: inviter?.name ?? null,
    expiresAt: found.expiresAt,
  };
}

/** Adds a member and their role, and records it (inside the caller's transaction). */
export function addMember(tx: Tx, input: { enterpriseId: number; userId: number; now: Date }) {
  tx.insert(enterpriseMembers)
    .values({ enterpriseId: input.enterpriseId, userId: input.userId, createdAt: input.now })
    .onConflictDoNothing()
    .run();
  tx.insert(userRoles).values({ userId: input.userId, role: "enterprise_member" }).onConflictDoNothing().run();
}

/**
 * The signed-in user accepts an invitation sent to their address. The link proved they read
 * that mailbox, so an unconfirmed address becomes confirmed. A used link never works twice.
 */
export function acceptInvitation(
  db: Db,
  user: { id: number; email: string },
  token: string,
  now = new Date(),
): { enterpriseId: number } {
  const invitation = findInvitation(db, token, now);
  if (!invitation) throw new MembershipError("invalid_token");
  if (invitation.email.toLowerCase() !== user.email.toLowerCase()) throw new MembershipError("wrong_email");
  const already = db
    .select({ id: enterpriseMembers.userId })
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, invitation.enterpriseId), eq(enterpriseMembers.userId, user.id)))
    .get();
  db.transaction((tx) => {
    const used = tx
      .update(verifications)
      .set({ usedAt: now })
      .where(and(eq(verifications.id, invitation.id), isNull(verifications.usedAt)))
      .run();
    if (used.changes !== 1) throw new MembershipError("invalid_token");
    if (already) return;
    addMember(tx, { enterpriseId: invitation.enterpriseId, userId: user.id, now });
    tx.update(users)
      .set({ emailVerifiedAt: now })
      .where(and(eq(users.id, user.id), isNull(users.emailVerifiedAt)))
      .run();
    tx.insert(auditLog)
      .values({
        entityType: "enterprise",
        entityId: invitation.enterpriseId,
        actorUserId: user.id,
        action: "member_added",
        changes: { members: { before: null, after: user.email } },
        message: invitation.invitedBy ? `invitation: ${invitation.invitedBy}` : "invitation",
        createdAt: now,
      })
      .run();
  });
  return { enterpriseId: invitation.enterpriseId };
}

/**
 * Removes a member (or lets a member leave). The last member stays: a listing always keeps
 * someone the hub can reach; the hub can still archive it.
 */
export function removeMember(ctx: WorkflowContext, enterpriseId: number, userId: number): void {
  requireEditable(ctx.db, ctx.actor, enterpriseId);
  const members = listMembers(ctx.db, enterpriseId);
  const member = members.find((m) => m.userId === userId);
  if (!member) throw new MembershipError("not_member");
  if (members.length === 1) throw new MembershipError("last_member");
  const now = ctx.now ?? new Date();
  ctx.db.transaction((tx) => {
    tx.delete(enterpriseMembers)
      .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, userId)))
      .run();
    // The enterprise_member role stays: it is also the kind of account chosen at sign-up.
    tx.insert(auditLog)
      .values({
        entityType: "enterprise",
        entityId: enterpriseId,
        actorUserId: ctx.actor.userId,
        action: "update",
        changes: { members: { before: member.email, after: null } },
        message: "member_removed",
        createdAt: now,
      })
      .run();
  });
}
