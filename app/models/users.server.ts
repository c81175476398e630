import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import {
  buyerOrganizations,
  regions,
  sessions,
  userRoles,
  users,
  verifications,
  type BuyerOrganizationType,
  type Role,
  type User,
} from "#db/schema";
import type { Locale } from "~/i18n";
import { verifyPassword } from "~/lib/password.server";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Emails are compared without case: the seed and every form store them in lower case. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function findUserByEmail(db: Db | Tx, email: string): User | undefined {
  return db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get();
}

export function getUser(db: Db, id: number): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export type NewBuyerOrganization = { name: string; type: BuyerOrganizationType; regionCode: string };

export type NewUser = {
  email: string;
  displayName: string;
  passwordHash: string;
  locale: Locale;
  roles: Role[];
  /** An existing organization, or one to create with the account. */
  buyerOrganization?: { id: number } | NewBuyerOrganization;
};

/**
 * Inserts a user with their roles (and a new buyer organization) in the caller's transaction;
 * undefined when the email is taken (the unique index decides, so two racing sign-ups can't
 * both win). The password is hashed by the caller, outside the synchronous transaction.
 */
export function insertUser(tx: Tx, input: NewUser): User | undefined {
  let buyerOrganizationId: number | null = null;
  const org = input.buyerOrganization;
  if (org && "id" in org) buyerOrganizationId = org.id;
  const user = tx
    .insert(users)
    .values({
      email: normalizeEmail(input.email),
      displayName: input.displayName,
      passwordHash: input.passwordHash,
      locale: input.locale,
    })
    .onConflictDoNothing()
    .returning()
    .get();
  if (!user) return undefined;
  if (org && !("id" in org)) {
    buyerOrganizationId = tx
      .insert(buyerOrganizations)
      .values({ name: org.name, type: org.type, regionCode: org.regionCode })
      .returning({ id: buyerOrganizations.id })
      .get().id;
  }
  if (buyerOrganizationId !== null) tx.update(users).set({ buyerOrganizationId }).where(eq(users.id, user.id)).run();
  for (const role of input.roles) tx.insert(userRoles).values({ userId: user.id, role }).onConflictDoNothing().run();
  return { ...user, buyerOrganizationId };
}

/**
 * The user when the password matches; undefined otherwise. An unknown email costs the same
 * argon2 work as a wrong password, so timing does not reveal which accounts exist.
 */
export async function verifyLogin(db: Db, email: string, password: string): Promise<User | undefined> {
  const user = findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash, password);
  return ok ? user : undefined;
}

/** Hashing is async and SQLite transactions are not: hash first, then write. */
export function storePasswordHash(tx: Db | Tx, userId: number, passwordHash: string): void {
  tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId)).run();
}

export function updateProfile(db: Db, userId: number, input: { displayName: string; locale: Locale }): void {
  db.update(users)
    .set({ displayName: input.displayName, locale: input.locale, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .run();
}

/** Stamps the address as confirmed (keeps the first date when confirmed twice). */
export function markEmailVerified(db: Db | Tx, userId: number, now = new Date()): void {
  db.update(users)
    .set({ emailVerifiedAt: now, updatedAt: now })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)))
    .run();
}

/** After a reset, the other links sent for the same purpose must not work any more. */
export function expireVerifications(
  db: Db | Tx,
  userId: number,
  purpose: "verify_email" | "reset_password",
  now = new Date(),
): void {
  db.update(verifications)
    .set({ usedAt: now })
    .where(and(eq(verifications.userId, userId), eq(verifications.purpose, purpose), isNull(verifications.usedAt)))
    .run();
}

export function listUserSessions(db: Db, userId: number, now = new Date()) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.createdAt))
    .all();
}

export function listBuyerOrganizations(db: Db) {
  return db
    .select({ id: buyerOrganizations.id, name: buyerOrganizations.name, type: buyerOrganizations.type })
    .from(buyerOrganizations)
    .orderBy(asc(sql`${buyerOrganizations.name} collate nocase`))
    .all();
}

export function buyerOrganizationExists(db: Db, id: number): boolean {
  return Boolean(
    db.select({ id: buyerOrganizations.id }).from(buyerOrganizations).where(eq(buyerOrganizations.id, id)).get(),
  );
}

export function regionExists(db: Db, code: string): boolean {
  return Boolean(db.select({ code: regions.code }).from(regions).where(eq(regions.code, code)).get());
}

export function getBuyerOrganization(db: Db, id: number) {
  return db
    .select({
      name: buyerOrganizations.name,
      type: buyerOrganizations.type,
      regionFr: regions.nameFr,
      regionEn: regions.nameEn,
    })
    .from(buyerOrganizations)
    .leftJoin(regions, eq(regions.code, buyerOrganizations.regionCode))
    .where(eq(buyerOrganizations.id, id))
    .get();
}

export function listRegionChoices(db: Db) {
  return db
    .select({ code: regions.code, nameFr: regions.nameFr, nameEn: regions.nameEn })
    .from(regions)
    .orderBy(asc(regions.code))
    .all();
}
