import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { auditLog, enterpriseMembers, hubCurators, hubRegions, userRoles, users, type AuditAction } from "#db/schema";
import type { FieldChange } from "~/domain/curation/field-display";
import { describeChanges } from "./listing-display.server";

/** Who acted, as the listing sees them: its own member, the hub, an administrator. */
export type ActorKind = "member" | "hub" | "admin" | "other";

export type HistoryEntry = {
  id: number;
  at: string;
  action: AuditAction;
  actor: { name: string; kind: ActorKind } | null;
  /** A person's message or reason; technical markers become `note`. */
  message: string | null;
  note: AuditNote | null;
  changes: FieldChange[];
};

/**
 * Some steps carry a technical marker instead of a message: a proposed revision of the
 * published listing ("revision"), a claim granted by the email domain, a member removed,
 * an invitation accepted ("invitation: <who invited>").
 */
export type AuditNote = { key: "revision" | "emailDomain" | "memberRemoved" | "invitation"; by?: string };

function readMarker(message: string | null): { note: AuditNote | null; message: string | null } {
  if (message === "revision") return { note: { key: "revision" }, message: null };
  if (message === "email_domain") return { note: { key: "emailDomain" }, message: null };
  if (message === "member_removed") return { note: { key: "memberRemoved" }, message: null };
  const invitation = message?.match(/^invitation(?:: (.+))?$/);
  if (invitation) return { note: { key: "invitation", by: invitation[1] }, message: null };
  return { note: null, message };
}

/** The listing's audit trail, newest first, with each changed field before → after in words. */
export function listAuditHistory(
  db: Db,
  enterpriseId: number,
  regionCode: string,
  { page = 1, perPage = 50 }: { page?: number; perPage?: number } = {},
): { entries: HistoryEntry[]; total: number; pages: number } {
  const where = and(eq(auditLog.entityType, "enterprise"), eq(auditLog.entityId, enterpriseId));
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(where)
      .get()?.n ?? 0;
  const rows = db
    .select({ log: auditLog, name: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();

  const kinds = actorKinds(db, enterpriseId, regionCode, [
    ...new Set(rows.map((r) => r.log.actorUserId).filter((id): id is number => id !== null)),
  ]);
  const entries = rows.map(({ log, name }) => {
    return {
      id: log.id,
      at: log.createdAt.toISOString(),
      action: log.action,
      actor: log.actorUserId !== null && name ? { name, kind: kinds.get(log.actorUserId) ?? "other" } : null,
      ...readMarker(log.message),
      changes: describeChanges(
        db,
        Object.entries(log.changes ?? {}).map(([field, c]) => ({ field, before: c.before, after: c.after })),
      ),
    };
  });
  return { entries, total, pages: Math.ceil(total / perPage) };
}

function actorKinds(db: Db, enterpriseId: number, regionCode: string, userIds: number[]): Map<number, ActorKind> {
  const kinds = new Map<number, ActorKind>();
  if (userIds.length === 0) return kinds;
  const admins = new Set(
    db
      .select({ id: userRoles.userId })
      .from(userRoles)
      .where(and(inArray(userRoles.userId, userIds), eq(userRoles.role, "admin")))
      .all()
      .map((r) => r.id),
  );
  const hub = new Set(
    db
      .select({ id: hubCurators.userId })
      .from(hubCurators)
      .innerJoin(hubRegions, eq(hubRegions.hubId, hubCurators.hubId))
      .where(and(inArray(hubCurators.userId, userIds), eq(hubRegions.regionCode, regionCode)))
      .all()
      .map((r) => r.id),
  );
  const members = new Set(
    db
      .select({ id: enterpriseMembers.userId })
      .from(enterpriseMembers)
      .where(and(inArray(enterpriseMembers.userId, userIds), eq(enterpriseMembers.enterpriseId, enterpriseId)))
      .all()
      .map((r) => r.id),
  );
  for (const id of userIds)
    kinds.set(id, hub.has(id) ? "hub" : admins.has(id) ? "admin" : members.has(id) ? "member" : "other");
  return kinds;
}
