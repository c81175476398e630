import crypto from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "#db/client";
import { verifications, type VerificationPurpose } from "#db/schema";

const LIFETIME_MS: Record<VerificationPurpose, number> = {
  verify_email: 48 * 3600_000,
  reset_password: 3600_000,
  invite_member: 14 * 24 * 3600_000,
};

const sha256 = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** A one-time token for an emailed link; only its hash is stored. */
export function createVerification(
  db: Db,
  input: {
    purpose: VerificationPurpose;
    email: string;
    userId?: number | null;
    data?: Record<string, unknown>;
    now?: Date;
  },
): string {
  const token = crypto.randomBytes(32).toString("base64url");
  const now = input.now ?? new Date();
  db.insert(verifications)
    .values({
      purpose: input.purpose,
      email: input.email.toLowerCase(),
      userId: input.userId ?? null,
      tokenHash: sha256(token),
      data: input.data ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + LIFETIME_MS[input.purpose]),
    })
    .run();
  return token;
}

/** The live (unused, unexpired) verification for a token, without using it up. */
export function findVerification(db: Db, purpose: VerificationPurpose, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return db
    .select()
    .from(verifications)
    .where(
      and(
        eq(verifications.tokenHash, sha256(token)),
        eq(verifications.purpose, purpose),
        isNull(verifications.usedAt),
        gt(verifications.expiresAt, now),
      ),
    )
    .get();
}

/** Marks a verification used; false when it was already used (a second click, a race). */
export function useVerification(db: Db, id: number, now = new Date()): boolean {
  const result = db
    .update(verifications)
    .set({ usedAt: now })
    .where(and(eq(verifications.id, id), isNull(verifications.usedAt)))
    .run();
  return result.changes === 1;
}
