import { eq } from "drizzle-orm";
import type { Db } from "#db/client";
import { enterpriseMembers, hubCurators, hubRegions, hubs, userRoles, users, type Role } from "#db/schema";
import { hashPassword } from "~/lib/password.server";
import { createUserSession } from "~/lib/session.server";

/** A `Cookie` header for a session of this user, as if they had signed in. */
export async function cookieFor(db: Db, userId: number): Promise<string> {
  const setCookie = await createUserSession(db, userId, new Request("http://localhost/"));
  return setCookie.split(";")[0]!;
}

export async function cookieForEmail(db: Db, email: string): Promise<string> {
  const user = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (!user) throw new Error(`no user ${email}`);
  return cookieFor(db, user.id);
}

let counter = 0;

/** Creates a verified user with roles (and memberships or hub curation) for authorization tests. */
export async function createTestUser(
  db: Db,
  options: {
    roles?: Role[];
    enterpriseIds?: number[];
    curatesRegion?: string;
    password?: string;
    verified?: boolean;
    email?: string;
  } = {},
) {
  const email = options.email ?? `user${++counter}-${Date.now()}@test.example`;
  const user = db
    .insert(users)
    .values({
      email,
      displayName: `Test ${counter}`,
      passwordHash: options.password ? await hashPassword(options.password) : null,
      emailVerifiedAt: options.verified === false ? null : new Date(),
    })
    .returning()
    .get();
  for (const role of options.roles ?? []) db.insert(userRoles).values({ userId: user.id, role }).run();
  for (const enterpriseId of options.enterpriseIds ?? [])
    db.insert(enterpriseMembers).values({ enterpriseId, userId: user.id }).run();
  if (options.curatesRegion) {
    const hub = db
      .select({ id: hubs.id })
      .from(hubs)
      .innerJoin(hubRegions, eq(hubRegions.hubId, hubs.id))
      .where(eq(hubRegions.regionCode, options.curatesRegion))
      .get();
    if (!hub) throw new Error(`no hub for region ${options.curatesRegion}`);
    db.insert(hubCurators).values({ hubId: hub.id, userId: user.id }).run();
    db.insert(userRoles).values({ userId: user.id, role: "hub_curator" }).onConflictDoNothing().run();
  }
  return { ...user, cookie: await cookieFor(db, user.id) };
}
