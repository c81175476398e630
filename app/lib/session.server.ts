import crypto from "node:crypto";
import { createCookie, data, redirect } from "@remix-run/node";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { enterpriseMembers, hubCurators, hubRegions, sessions, userRoles, users } from "#db/schema";
import type { Actor, Role } from "~/domain/authz";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";
import { safeRedirectPath } from "./safe-redirect";

export const SESSION_LIFETIME_MS = 30 * 24 * 3600_000;

let cookie: ReturnType<typeof createCookie> | undefined;

/**
 * The cookie holds only a signed session id. SESSION_SECRET may list several secrets separated
 * by commas: the first signs, all verify, so secrets can rotate without logging everyone out.
 */
export function sessionCookie() {
  if (!cookie) {
    const env = getEnv();
    cookie = createCookie("__session", {
      httpOnly: true,
      sameSite: "lax",
      secure: env.NODE_ENV === "production" && (env.APP_URL?.startsWith("https:") ?? false),
      path: "/",
      maxAge: SESSION_LIFETIME_MS / 1000,
      secrets: env.SESSION_SECRET.split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    });
  }
  return cookie;
}

export type CurrentUser = {
  id: number;
  email: string;
  displayName: string;
  locale: "fr" | "en";
  actor: Actor;
  sessionId: string;
};

async function readSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 20 ? value : null;
}

/** The signed-in user with roles, memberships and curated regions, or null. */
export async function getCurrentUser(request: Request, db: Db = getDb()): Promise<CurrentUser | null> {
  const sessionId = await readSessionId(request);
  if (!sessionId) return null;
  const row = db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, new Date())))
    .get();
  if (!row) return null;
  return { ...loadActorProfile(db, row.user.id)!, sessionId };
}

/** Everything authorization needs about a user. */
export function loadActorProfile(db: Db, userId: number): Omit<CurrentUser, "sessionId"> | undefined {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return undefined;
  const roles = db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId)).all();
  const members = db
    .select({ id: enterpriseMembers.enterpriseId })
    .from(enterpriseMembers)
    .where(eq(enterpriseMembers.userId, userId))
    .all();
  const hubs = db
    .select({ hubId: hubCurators.hubId, region: hubRegions.regionCode })
    .from(hubCurators)
    .leftJoin(hubRegions, eq(hubRegions.hubId, hubCurators.hubId))
    .where(eq(hubCurators.userId, userId))
    .all();
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    actor: {
      userId: user.id,
      roles: new Set(roles.map((r) => r.role as Role)),
      enterpriseIds: new Set(members.map((m) => m.id)),
      hubIds: new Set(hubs.map((h) => h.hubId)),
      curatedRegions: new Set(hubs.flatMap((h) => (h.region ? [h.region] : []))),
      buyerOrganizationId: user.buyerOrganizationId,
      emailVerified: user.emailVerifiedAt !== null,
    },
  };
}

/** Starts a session and returns the Set-Cookie header value. */
export async function createUserSession(db: Db, userId: number, request: Request): Promise<string> {
  const id = crypto.randomBytes(32).toString("base64url");
  db.insert(sessions)
    .values({
      id,
      userId,
      expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
      lastSeenAt: new Date(),
      userAgent: request.headers.get("user-agent")?.slice(0, 200) ?? null,
    })
    .run();
  return sessionCookie().serialize(id);
}

export async function destroySession(db: Db, request: Request): Promise<string> {
  const id = await readSessionId(request);
  if (id) db.delete(sessions).where(eq(sessions.id, id)).run();
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** "Log out everywhere": every session of the user but, optionally, the current one. */
export function destroyAllSessions(db: Db, userId: number, keepSessionId?: string): number {
  const result = keepSessionId
    ? db.run(sql`delete from sessions where user_id = ${userId} and id <> ${keepSessionId}`)
    : db.delete(sessions).where(eq(sessions.userId, userId)).run();
  return result.changes;
}

/** The user, or a redirect to the login page that comes back here afterwards. */
export async function requireUser(request: Request, db: Db = getDb()): Promise<CurrentUser> {
  const user = await getCurrentUser(request, db);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/connexion?redirectTo=${encodeURIComponent(safeRedirectPath(url.pathname + url.search))}`);
  }
  return user;
}

/** The user if the rule allows them; 403 otherwise (401-style redirect when signed out). */
export async function requireAllowed(
  request: Request,
  allowed: (actor: Actor) => boolean,
  forbiddenMessage: string,
  db: Db = getDb(),
): Promise<CurrentUser> {
  const user = await requireUser(request, db);
  if (!allowed(user.actor)) throw data({ message: forbiddenMessage }, { status: 403 });
  return user;
}
