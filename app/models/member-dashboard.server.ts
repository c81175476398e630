import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "#db/client";
import { enterpriseMembers, enterprises, listingMessages, users } from "#db/schema";
import { incompleteSteps, type ListingStep } from "~/domain/listing/listing-schema";
import { getEditableListing, getListingState, type ListingState } from "./listing-workflow.server";

/** What a member sees of one listing: its state, what is left to fill in, and the dates that matter. */
export type ListingOverview = ListingState & {
  incomplete: ListingStep[];
  submittedAt: Date | null;
  publishedAt: Date | null;
  lastConfirmedAt: Date | null;
  lastVerifiedAt: Date | null;
};

export function getListingOverview(db: Db, enterpriseId: number): ListingOverview | undefined {
  const state = getListingState(db, enterpriseId);
  if (!state) return undefined;
  const dates = db
    .select({
      submittedAt: enterprises.submittedAt,
      publishedAt: enterprises.publishedAt,
      lastConfirmedAt: enterprises.lastConfirmedAt,
      lastVerifiedAt: enterprises.lastVerifiedAt,
    })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId))
    .get()!;
  return { ...state, ...dates, incomplete: incompleteSteps(getEditableListing(db, enterpriseId) ?? {}) };
}

/** The hub's messages and the members' replies, oldest first (a conversation). */
export function listListingMessages(db: Db, enterpriseId: number) {
  return db
    .select({
      id: listingMessages.id,
      body: listingMessages.body,
      fromHub: listingMessages.fromHub,
      createdAt: listingMessages.createdAt,
      authorName: users.displayName,
    })
    .from(listingMessages)
    .leftJoin(users, eq(users.id, listingMessages.authorUserId))
    .where(eq(listingMessages.enterpriseId, enterpriseId))
    .orderBy(asc(listingMessages.id))
    .all();
}

/** The listings a user manages, each with its overview and the hub's latest message. */
export function listMyListings(db: Db, userId: number) {
  const ids = db
    .select({ id: enterpriseMembers.enterpriseId })
    .from(enterpriseMembers)
    .where(eq(enterpriseMembers.userId, userId))
    .orderBy(asc(enterpriseMembers.createdAt))
    .all()
    .map((r) => r.id);
  if (ids.length === 0) return [];
  const lastHubMessages = new Map<number, { body: string; createdAt: Date }>();
  for (const m of db
    .select({
      enterpriseId: listingMessages.enterpriseId,
      body: listingMessages.body,
      createdAt: listingMessages.createdAt,
    })
    .from(listingMessages)
    .where(and(inArray(listingMessages.enterpriseId, ids), eq(listingMessages.fromHub, true)))
    .orderBy(desc(listingMessages.id))
    .all()) {
    if (!lastHubMessages.has(m.enterpriseId)) lastHubMessages.set(m.enterpriseId, m);
  }
  return ids.flatMap((id) => {
    const overview = getListingOverview(db, id);
    return overview ? [{ ...overview, lastMessage: lastHubMessages.get(id) ?? null }] : [];
  });
}
