import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import {
  auditLog,
  buyerOrganizations,
  enterpriseMembers,
  enterprises,
  hubCurators,
  hubRegions,
  hubs,
  regions,
  ROLES,
  userRoles,
  users,
  type AuditAction,
  type Role,
} from "#db/schema";
import { isAdmin, type Actor } from "~/domain/authz";
import { slugify } from "~/lib/slug";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Changes = Record<string, { before: unknown; after: unknown }>;

/**
 * What administrators manage: the hubs, the regions each hub curates (one hub per region),
 * who curates each hub, and every account's roles. Each change is audited on the hub or the
 * user it concerns. Rules that need the database are checked here, in the same transaction
 * as the write, so a refused change leaves everything as it was.
 */
export class AdminError extends Error {
  constructor(
    readonly code:
      | "forbidden"
      | "hub_not_found"
      | "user_not_found"
      | "region_taken"
      | "unknown_region"
      | "unknown_email"
      | "unverified"
      | "already_curator"
      | "not_curator"
      | "own_admin",
    readonly detail: Record<string, string> = {},
  ) {
    super(code);
  }
}

function requireAdmin(actor: Actor) {
  if (!isAdmin(actor)) throw new AdminError("forbidden");
}

function audit(
  tx: Tx,
  actor: Actor,
  entity: { type: "hub" | "user"; id: number },
  action: AuditAction,
  changes: Changes,
  now: Date,
) {
  tx.insert(auditLog)
    .values({
      entityType: entity.type,
      entityId: entity.id,
      actorUserId: actor.userId,
      action,
      changes: Object.keys(changes).length > 0 ? changes : null,
      createdAt: now,
    })
    .run();
}

const sorted = <T>(list: T[]) => [...list].sort();

// ---------------------------------------------------------------------------------------------
// Overview

export function adminOverview(db: Db) {
  const roleCounts = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const row of db
    .select({ role: userRoles.role, n: sql<number>`count(*)` })
    .from(userRoles)
    .groupBy(userRoles.role)
    .all())
    roleCounts[row.role] = row.n;
  const regionsWithoutHub = db
    .select({ code: regions.code, nameFr: regions.nameFr, nameEn: regions.nameEn })
    .from(regions)
    .leftJoin(hubRegions, eq(hubRegions.regionCode, regions.code))
    .where(sql`${hubRegions.hubId} is null`)
    .orderBy(asc(regions.code))
    .all();
  const hubsWithoutCurator = db
    .select({ id: hubs.id, name: hubs.name })
    .from(hubs)
    .leftJoin(hubCurators, eq(hubCurators.hubId, hubs.id))
    .where(sql`${hubCurators.userId} is null`)
    .orderBy(asc(hubs.name))
    .all();
  return {
    users:
      db
        .select({ n: sql<number>`count(*)` })
        .from(users)
        .get()?.n ?? 0,
    hubs:
      db
        .select({ n: sql<number>`count(*)` })
        .from(hubs)
        .get()?.n ?? 0,
    roleCounts,
    regionsWithoutHub,
    hubsWithoutCurator,
    recentChanges: listAdminChanges(db, { limit: 15 }),
  };
}

/** Recent changes to hubs and accounts, newest first, with who made them. */
export function listAdminChanges(db: Db, filter: { limit: number; entity?: { type: "hub" | "user"; id: number } }) {
  const rows = db
    .select({ log: auditLog, actorName: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(
      filter.entity
        ? and(eq(auditLog.entityType, filter.entity.type), eq(auditLog.entityId, filter.entity.id))
        : inArray(auditLog.entityType, ["hub", "user"]),
    )
    .orderBy(desc(auditLog.id))
    .limit(filter.limit)
    .all();
  const hubNames = new Map(
    db
      .select({ id: hubs.id, name: hubs.name })
      .from(hubs)
      .all()
      .map((h) => [h.id, h.name]),
  );
  const userIds = [...new Set(rows.filter((r) => r.log.entityType === "user").map((r) => r.log.entityId))];
  const userNames = new Map(
    userIds.length > 0
      ? db
          .select({ id: users.id, email: users.email })
          .from(users)
          .where(inArray(users.id, userIds))
          .all()
          .map((u) => [u.id, u.email])
      : [],
  );
  return rows.map(({ log, actorName }) => ({
    id: log.id,
    at: log.createdAt,
    action: log.action,
    entityType: log.entityType as "hub" | "user",
    entityId: log.entityId,
    entityLabel:
      (log.entityType === "hub" ? hubNames.get(log.entityId) : userNames.get(log.entityId)) ?? `#${log.entityId}`,
    actorName,
    changes: Object.entries(log.changes ?? {}).map(([field, c]) => ({
      field,
      before: auditValue(c.before),
      after: auditValue(c.after),
    })),
  }));
}

/** Audit values are strings, lists of strings (regions, curators, roles) or empty. */
function auditValue(value: unknown): string[] {
  if (value === null || value === undefined || value === "") return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

// ---------------------------------------------------------------------------------------------
// Hubs

export type HubInput = { name: string; email?: string; website?: string; regionCodes: string[] };

export function listHubs(db: Db) {
  const list = db.select().from(hubs).orderBy(asc(hubs.name)).all();
  const regionRows = db
    .select({ hubId: hubRegions.hubId, code: regions.code, nameFr: regions.nameFr, nameEn: regions.nameEn })
    .from(hubRegions)
    .innerJoin(regions, eq(regions.code, hubRegions.regionCode))
    .orderBy(asc(regions.code))
    .all();
  const curatorRows = db
    .select({ hubId: hubCurators.hubId, id: users.id, email: users.email, displayName: users.displayName })
    .from(hubCurators)
    .innerJoin(users, eq(users.id, hubCurators.userId))
    .orderBy(asc(users.email))
    .all();
  const withLinks = list.map((hub) => ({
    ...hub,
    regions: regionRows.filter((r) => r.hubId === hub.id).map(({ hubId: _h, ...r }) => r),
    curators: curatorRows.filter((c) => c.hubId === hub.id).map(({ hubId: _h, ...c }) => c),
  }));
  // In region-code order (01 Bas-Saint-Laurent first), as Quebec lists its regions; hubs without a region last.
  const key = (h: (typeof withLinks)[number]) => h.regions[0]?.code ?? "99";
  return withLinks.sort((a, b) => key(a).localeCompare(key(b)) || a.name.localeCompare(b.name, "fr"));
}

export function getHub(db: Db, hubId: number) {
  const hub = listHubs(db).find((h) => h.id === hubId);
  if (!hub) throw new AdminError("hub_not_found");
  return hub;
}

/** Every region with the hub that curates it, for the region checkboxes. */
export function listRegionOwners(db: Db) {
  return db
    .select({
      code: regions.code,
      nameFr: regions.nameFr,
      nameEn: regions.nameEn,
      hubId: hubRegions.hubId,
      hubName: hubs.name,
    })
    .from(regions)
    .leftJoin(hubRegions, eq(hubRegions.regionCode, regions.code))
    .leftJoin(hubs, eq(hubs.id, hubRegions.hubId))
    .orderBy(asc(regions.code))
    .all();
}

/**
 * One hub per region: a region curated by another hub is refused (the admin removes it from
 * that hub first), so two hubs never moderate the same listings.
 */
function assertRegionsFree(tx: Tx, regionCodes: string[], hubId: number | null) {
  const known = new Set(
    tx
      .select({ code: regions.code })
      .from(regions)
      .all()
      .map((r) => r.code),
  );
  for (const code of regionCodes) if (!known.has(code)) throw new AdminError("unknown_region", { region: code });
  if (regionCodes.length === 0) return;
  const owners = tx
    .select({ code: hubRegions.regionCode, hubId: hubRegions.hubId, hubName: hubs.name, regionName: regions.nameFr })
    .from(hubRegions)
    .innerJoin(hubs, eq(hubs.id, hubRegions.hubId))
    .innerJoin(regions, eq(regions.code, hubRegions.regionCode))
    .where(inArray(hubRegions.regionCode, regionCodes))
    .all();
  const taken = owners.find((o) => o.hubId !== hubId);
  if (taken)
    throw new AdminError("region_taken", {
      region: `${taken.code} ${taken.regionName}`,
      hub: taken.hubName,
    });
}

function uniqueHubSlug(tx: Tx, name: string, hubId: number | null): string {
  const base = slugify(name) || "pole";
  let slug = base;
  for (let n = 2; ; n++) {
    const other = tx.select({ id: hubs.id }).from(hubs).where(eq(hubs.slug, slug)).get();
    if (!other || other.id === hubId) return slug;
    slug = `${base}-${n}`;
  }
}

export function createHub(db: Db, actor: Actor, input: HubInput, now = new Date()): number {
  requireAdmin(actor);
  return db.transaction((tx) => {
    const regionCodes = sorted([...new Set(input.regionCodes)]);
    assertRegionsFree(tx, regionCodes, null);
    const hub = tx
      .insert(hubs)
      .values({
        slug: uniqueHubSlug(tx, input.name, null),
        name: input.name,
        email: input.email ?? null,
        website: input.website ?? null,
        createdAt: now,
      })
      .returning({ id: hubs.id })
      .get();
    for (const regionCode of regionCodes) tx.insert(hubRegions).values({ hubId: hub.id, regionCode }).run();
    audit(
      tx,
      actor,
      { type: "hub", id: hub.id },
      "create",
      {
        name: { before: null, after: input.name },
        email: { before: null, after: input.email ?? null },
        website: { before: null, after: input.website ?? null },
        regions: { before: [], after: regionCodes },
      },
      now,
    );
    return hub.id;
  });
}

/** Renames a hub, changes its contacts and sets its regions; only what changed is audited. */
export function updateHub(db: Db, actor: Actor, hubId: number, input: HubInput, now = new Date()): void {
  requireAdmin(actor);
  db.transaction((tx) => {
    const hub = tx.select().from(hubs).where(eq(hubs.id, hubId)).get();
    if (!hub) throw new AdminError("hub_not_found");
    const regionCodes = sorted([...new Set(input.regionCodes)]);
    assertRegionsFree(tx, regionCodes, hubId);
    const before = sorted(
      tx
        .select({ code: hubRegions.regionCode })
        .from(hubRegions)
        .where(eq(hubRegions.hubId, hubId))
        .all()
        .map((r) => r.code),
    );
    const changes: Changes = {};
    const next = { name: input.name, email: input.email ?? null, website: input.website ?? null };
    for (const key of ["name", "email", "website"] as const)
      if (hub[key] !== next[key]) changes[key] = { before: hub[key], after: next[key] };
    if (before.join() !== regionCodes.join()) changes.regions = { before, after: regionCodes };
    if (Object.keys(changes).length === 0) return;
    tx.update(hubs)
      .set({ ...next, slug: changes.name ? uniqueHubSlug(tx, input.name, hubId) : hub.slug })
      .where(eq(hubs.id, hubId))
      .run();
    if (changes.regions) {
      tx.delete(hubRegions).where(eq(hubRegions.hubId, hubId)).run();
      for (const regionCode of regionCodes) tx.insert(hubRegions).values({ hubId, regionCode }).run();
    }
    audit(tx, actor, { type: "hub", id: hubId }, "update", changes, now);
  });
}

function curatorEmails(tx: Tx, hubId: number): string[] {
  return tx
    .select({ email: users.email })
    .from(hubCurators)
    .innerJoin(users, eq(users.id, hubCurators.userId))
    .where(eq(hubCurators.hubId, hubId))
    .orderBy(asc(users.email))
    .all()
    .map((r) => r.email);
}

function rolesOf(tx: Tx | Db, userId: number): Role[] {
  return sorted(
    tx
      .select({ role: userRoles.role })
      .from(userRoles)
      .where(eq(userRoles.userId, userId))
      .all()
      .map((r) => r.role),
  );
}

/**
 * Makes an existing, verified account a curator of the hub (and gives it the hub_curator role).
 * An unverified address could belong to anyone who typed it, so it gets no powers.
 */
export function addCurator(db: Db, actor: Actor, hubId: number, email: string, now = new Date()): void {
  requireAdmin(actor);
  db.transaction((tx) => {
    if (!tx.select({ id: hubs.id }).from(hubs).where(eq(hubs.id, hubId)).get()) throw new AdminError("hub_not_found");
    const user = tx.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
    if (!user) throw new AdminError("unknown_email", { email });
    if (!user.emailVerifiedAt) throw new AdminError("unverified", { email: user.email });
    const already = tx
      .select({ id: hubCurators.userId })
      .from(hubCurators)
      .where(and(eq(hubCurators.hubId, hubId), eq(hubCurators.userId, user.id)))
      .get();
    if (already) throw new AdminError("already_curator", { email: user.email });
    const before = curatorEmails(tx, hubId);
    tx.insert(hubCurators).values({ hubId, userId: user.id }).run();
    audit(
      tx,
      actor,
      { type: "hub", id: hubId },
      "update",
      { curators: { before, after: curatorEmails(tx, hubId) } },
      now,
    );
    const roles = rolesOf(tx, user.id);
    if (!roles.includes("hub_curator")) {
      tx.insert(userRoles).values({ userId: user.id, role: "hub_curator" }).run();
      audit(
        tx,
        actor,
        { type: "user", id: user.id },
        "update",
        { roles: { before: roles, after: rolesOf(tx, user.id) } },
        now,
      );
    }
  });
}

/** Removes a curator from a hub; one who curates no hub any more loses the hub_curator role. */
export function removeCurator(db: Db, actor: Actor, hubId: number, userId: number, now = new Date()): void {
  requireAdmin(actor);
  db.transaction((tx) => {
    const row = tx
      .select({ id: hubCurators.userId })
      .from(hubCurators)
      .where(and(eq(hubCurators.hubId, hubId), eq(hubCurators.userId, userId)))
      .get();
    if (!row) throw new AdminError("not_curator");
    const before = curatorEmails(tx, hubId);
    tx.delete(hubCurators)
      .where(and(eq(hubCurators.hubId, hubId), eq(hubCurators.userId, userId)))
      .run();
    audit(
      tx,
      actor,
      { type: "hub", id: hubId },
      "update",
      { curators: { before, after: curatorEmails(tx, hubId) } },
      now,
    );
    const remaining = tx
      .select({ id: hubCurators.hubId })
      .from(hubCurators)
      .where(eq(hubCurators.userId, userId))
      .get();
    if (!remaining) {
      const roles = rolesOf(tx, userId);
      if (roles.includes("hub_curator")) {
        tx.delete(userRoles)
          .where(and(eq(userRoles.userId, userId), eq(userRoles.role, "hub_curator")))
          .run();
        audit(
          tx,
          actor,
          { type: "user", id: userId },
          "update",
          { roles: { before: roles, after: rolesOf(tx, userId) } },
          now,
        );
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Users and roles

export const USERS_PER_PAGE = 25;

/** Accounts whose email or name contains the text, optionally with a role, newest first. */
export function searchUsers(db: Db, filter: { q?: string; role?: Role; page: number }) {
  const q = filter.q?.trim().toLowerCase();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const where = and(
    pattern
      ? or(
          sql`lower(${users.email}) like ${pattern} escape '\\'`,
          sql`lower(${users.displayName}) like ${pattern} escape '\\'`,
        )
      : undefined,
    filter.role
      ? inArray(users.id, db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, filter.role)))
      : undefined,
  );
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(where)
      .get()?.n ?? 0;
  const rows = db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      emailVerifiedAt: users.emailVerifiedAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(where)
    .orderBy(desc(users.id))
    .limit(USERS_PER_PAGE)
    .offset((filter.page - 1) * USERS_PER_PAGE)
    .all();
  const roles = new Map<number, Role[]>();
  if (rows.length > 0)
    for (const r of db
      .select()
      .from(userRoles)
      .where(
        inArray(
          userRoles.userId,
          rows.map((u) => u.id),
        ),
      )
      .all())
      roles.set(r.userId, sorted([...(roles.get(r.userId) ?? []), r.role]));
  return {
    items: rows.map((u) => ({ ...u, verified: u.emailVerifiedAt !== null, roles: roles.get(u.id) ?? [] })),
    total,
    pages: Math.max(1, Math.ceil(total / USERS_PER_PAGE)),
  };
}

export function getUserDetail(db: Db, userId: number) {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new AdminError("user_not_found");
  const organization = user.buyerOrganizationId
    ? db.select().from(buyerOrganizations).where(eq(buyerOrganizations.id, user.buyerOrganizationId)).get()
    : undefined;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    verified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
    roles: rolesOf(db, userId),
    organization: organization ? { name: organization.name, type: organization.type } : null,
    hubs: db
      .select({ id: hubs.id, name: hubs.name })
      .from(hubCurators)
      .innerJoin(hubs, eq(hubs.id, hubCurators.hubId))
      .where(eq(hubCurators.userId, userId))
      .orderBy(asc(hubs.name))
      .all(),
    enterprises: db
      .select({
        id: enterprises.id,
        publicName: enterprises.publicName,
        slug: enterprises.slug,
        status: enterprises.status,
      })
      .from(enterpriseMembers)
      .innerJoin(enterprises, eq(enterprises.id, enterpriseMembers.enterpriseId))
      .where(eq(enterpriseMembers.userId, userId))
      .orderBy(asc(enterprises.publicName))
      .all(),
    history: listAdminChanges(db, { limit: 30, entity: { type: "user", id: userId } }),
  };
}

/**
 * Sets an account's roles. An admin cannot take away their own admin role (so the portal
 * never loses its last administrator by mistake); powers (admin, hub curator) go only to
 * verified addresses; revoking hub_curator also ends the account's hub assignments.
 * Memberships of listings are not roles: they are managed on each listing.
 */
export function setUserRoles(db: Db, actor: Actor, userId: number, next: Role[], now = new Date()): boolean {
  requireAdmin(actor);
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) throw new AdminError("user_not_found");
    const before = rolesOf(tx, userId);
    const after = sorted([...new Set(next)]);
    if (userId === actor.userId && before.includes("admin") && !after.includes("admin"))
      throw new AdminError("own_admin");
    const granted = after.filter((r) => !before.includes(r));
    const revoked = before.filter((r) => !after.includes(r));
    if (granted.length === 0 && revoked.length === 0) return false;
    if (!user.emailVerifiedAt && granted.some((r) => r === "admin" || r === "hub_curator"))
      throw new AdminError("unverified", { email: user.email });
    if (revoked.length > 0)
      tx.delete(userRoles)
        .where(and(eq(userRoles.userId, userId), inArray(userRoles.role, revoked)))
        .run();
    for (const role of granted) tx.insert(userRoles).values({ userId, role }).run();
    audit(tx, actor, { type: "user", id: userId }, "update", { roles: { before, after } }, now);
    if (revoked.includes("hub_curator")) {
      const hubIds = tx
        .select({ hubId: hubCurators.hubId })
        .from(hubCurators)
        .where(eq(hubCurators.userId, userId))
        .all()
        .map((r) => r.hubId);
      for (const hubId of hubIds) {
        const curatorsBefore = curatorEmails(tx, hubId);
        tx.delete(hubCurators)
          .where(and(eq(hubCurators.hubId, hubId), eq(hubCurators.userId, userId)))
          .run();
        audit(
          tx,
          actor,
          { type: "hub", id: hubId },
          "update",
          { curators: { before: curatorsBefore, after: curatorEmails(tx, hubId) } },
          now,
        );
      }
    }
    return true;
  });
}

export function userExists(db: Db, userId: number): boolean {
  return Boolean(db.select({ id: users.id }).from(users).where(eq(users.id, userId)).get());
}
