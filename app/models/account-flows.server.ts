import type { Db } from "#db/client";
import type { Role, User } from "#db/schema";
import type { SignUpInput } from "~/domain/account/account-schemas";
import { NEW_ORGANIZATION } from "~/domain/account/account-schemas";
import { deliverPendingEmails, getMailTransport, queueEmail } from "~/lib/email.server";
import { absoluteUrl, renderEmail } from "~/lib/mailer.server";
import { hashPassword, verifyPassword } from "~/lib/password.server";
import { destroyAllSessions } from "~/lib/session.server";
import { createVerification, findVerification, useVerification } from "~/lib/tokens.server";
import {
  buyerOrganizationExists,
  expireVerifications,
  findUserByEmail,
  getUser,
  insertUser,
  markEmailVerified,
  regionExists,
  storePasswordHash,
} from "./users.server";

/**
 * The account flows that send email: sign-up, address confirmation, password reset and change.
 * Each answers the same way whether or not an account exists; only the mailbox owner learns more.
 */

let delivery: Promise<unknown> = Promise.resolve();

/**
 * With SMTP configured, delivers the outbox in the background (one run at a time, so a message
 * is never picked by two runs); without it, messages wait in the outbox for an admin to read.
 */
export function deliverSoon(db: Db): Promise<unknown> {
  const transport = getMailTransport();
  if (!transport) return delivery;
  delivery = delivery
    .then(() => deliverPendingEmails(db, transport))
    .catch((error: unknown) => console.error("[email] delivery failed:", error));
  return delivery;
}

const hourBucket = (now: Date) => Math.floor(now.getTime() / 3600_000);

async function queueVerificationEmail(
  db: Db,
  user: Pick<User, "id" | "email" | "displayName" | "locale">,
  origin?: string,
) {
  const token = createVerification(db, { purpose: "verify_email", email: user.email, userId: user.id });
  const email = await renderEmail({
    to: user.email,
    locale: user.locale,
    template: "verifyEmail",
    vars: { name: user.displayName, link: absoluteUrl(`/verifier-courriel?token=${token}`, origin) },
  });
  queueEmail(db, email);
}

export type SignUpOutcome =
  | { status: "created"; user: User }
  | { status: "exists" }
  | { status: "invalid"; fieldErrors: Record<string, string[]> };

/**
 * Creates the account and sends the confirmation link. An address that already has an account
 * gets a message saying so instead (at most one per hour): the person at the form sees the same
 * page either way, and the same argon2 work is done, so neither reveals who has an account.
 */
export async function signUp(
  db: Db,
  input: SignUpInput,
  { origin, now = new Date() }: { origin?: string; now?: Date } = {},
): Promise<SignUpOutcome> {
  const isBuyer = input.accountType === "buyer";
  let buyerOrganization:
    | { id: number }
    | { name: string; type: NonNullable<SignUpInput["organizationType"]>; regionCode: string }
    | undefined;
  if (isBuyer && input.buyerOrganizationId === NEW_ORGANIZATION) {
    if (!regionExists(db, input.organizationRegion ?? ""))
      return { status: "invalid", fieldErrors: { organizationRegion: ["unknownCode"] } };
    buyerOrganization = {
      name: input.organizationName!,
      type: input.organizationType!,
      regionCode: input.organizationRegion!,
    };
  } else if (isBuyer) {
    const id = Number(input.buyerOrganizationId);
    if (!buyerOrganizationExists(db, id))
      return { status: "invalid", fieldErrors: { buyerOrganizationId: ["unknownCode"] } };
    buyerOrganization = { id };
  }

  const passwordHash = await hashPassword(input.password);
  const roles: Role[] = isBuyer ? ["buyer"] : ["enterprise_member"];
  const user = findUserByEmail(db, input.email)
    ? undefined
    : db.transaction((tx) =>
        insertUser(tx, {
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          locale: input.locale,
          roles,
          buyerOrganization,
        }),
      );
  if (!user) {
    await notifyExistingAccount(db, input.email, origin, now);
    return { status: "exists" };
  }
  await queueVerificationEmail(db, user, origin);
  void deliverSoon(db);
  return { status: "created", user };
}

async function notifyExistingAccount(db: Db, address: string, origin: string | undefined, now: Date) {
  const existing = findUserByEmail(db, address);
  if (!existing) return;
  const email = await renderEmail({
    to: existing.email,
    locale: existing.locale,
    template: "accountExists",
    vars: {
      name: existing.displayName,
      link: absoluteUrl("/connexion", origin),
      resetLink: absoluteUrl("/mot-de-passe-oublie", origin),
    },
    dedupeKey: `account-exists:${existing.id}:${hourBucket(now)}`,
  });
  queueEmail(db, email);
  void deliverSoon(db);
}

/** A new confirmation link for a signed-in user whose address is not confirmed yet. */
export async function resendVerification(
  db: Db,
  userId: number,
  origin?: string,
): Promise<"sent" | "already_verified"> {
  const user = getUser(db, userId);
  if (!user || user.emailVerifiedAt) return "already_verified";
  await queueVerificationEmail(db, user, origin);
  void deliverSoon(db);
  return "sent";
}

/** The live confirmation link's account, if the link is still good and the address unchanged. */
export function findEmailVerification(db: Db, token: string) {
  const verification = findVerification(db, "verify_email", token);
  const user = verification?.userId ? getUser(db, verification.userId) : undefined;
  if (!verification || !user || user.email !== verification.email) return undefined;
  return { verification, user };
}

export function confirmEmail(db: Db, token: string): { status: "confirmed"; userId: number } | { status: "invalid" } {
  const found = findEmailVerification(db, token);
  if (!found) return { status: "invalid" };
  const confirmed = db.transaction(() => {
    if (!useVerification(db, found.verification.id)) return false;
    markEmailVerified(db, found.user.id);
    return true;
  });
  return confirmed ? { status: "confirmed", userId: found.user.id } : { status: "invalid" };
}

/**
 * Sends a reset link when the address has an account, and renders the message anyway when it
 * has none, so both cases take about the same time.
 */
export async function requestPasswordReset(db: Db, address: string, origin?: string): Promise<void> {
  const user = findUserByEmail(db, address);
  const token = user ? createVerification(db, { purpose: "reset_password", email: user.email, userId: user.id }) : "x";
  const email = await renderEmail({
    to: user?.email ?? address,
    locale: user?.locale ?? "fr",
    template: "resetPassword",
    vars: { link: absoluteUrl(`/reinitialiser-mot-de-passe?token=${token}`, origin) },
  });
  if (!user) return;
  queueEmail(db, email);
  void deliverSoon(db);
}

export function findResetVerification(db: Db, token: string) {
  const verification = findVerification(db, "reset_password", token);
  return verification?.userId ? verification : undefined;
}

/**
 * Sets the new password from a reset link (usable once), ends every session of the account, and
 * confirms the address (the link proved the person reads that mailbox).
 */
export async function resetPassword(
  db: Db,
  token: string,
  password: string,
): Promise<{ status: "reset"; userId: number } | { status: "invalid" }> {
  const verification = findResetVerification(db, token);
  if (!verification?.userId) return { status: "invalid" };
  const userId = verification.userId;
  const passwordHash = await hashPassword(password);
  // better-sqlite3 runs everything on one connection, so these calls share the transaction.
  const done = db.transaction(() => {
    if (!useVerification(db, verification.id)) return false;
    storePasswordHash(db, userId, passwordHash);
    destroyAllSessions(db, userId);
    expireVerifications(db, userId, "reset_password");
    markEmailVerified(db, userId);
    return true;
  });
  return done ? { status: "reset", userId } : { status: "invalid" };
}

/** Changing the password (knowing the current one) ends the account's other sessions. */
export async function changePassword(
  db: Db,
  {
    userId,
    currentPassword,
    newPassword,
    keepSessionId,
  }: { userId: number; currentPassword: string; newPassword: string; keepSessionId: string },
): Promise<"changed" | "wrong_password"> {
  const user = getUser(db, userId);
  if (!(await verifyPassword(user?.passwordHash, currentPassword))) return "wrong_password";
  const passwordHash = await hashPassword(newPassword);
  db.transaction(() => {
    storePasswordHash(db, userId, passwordHash);
    destroyAllSessions(db, userId, keepSessionId);
    expireVerifications(db, userId, "reset_password");
  });
  return "changed";
}
