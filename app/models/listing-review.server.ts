import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "#db/client";
import {
  enterpriseMembers,
  enterpriseRevisions,
  enterprises,
  listingClaims,
  listingMessages,
  mrcs,
  municipalities,
  regions,
  users,
} from "#db/schema";
import type { ListingData } from "~/domain/listing/listing-schema";
import { readListingData } from "./listing-data.server";
import { compareListings, describeListing } from "./listing-display.server";
import { getListingState } from "./listing-workflow.server";

/** Everything the hub needs to decide on a listing: its data, a proposed revision side by side, its people. */
export function getListingReview(db: Db, enterpriseId: number) {
  const state = getListingState(db, enterpriseId);
  if (!state) return undefined;
  const row = db
    .select({
      e: enterprises,
      municipality: municipalities.name,
      regionFr: regions.nameFr,
      regionEn: regions.nameEn,
      mrc: mrcs.name,
    })
    .from(enterprises)
    .innerJoin(municipalities, eq(municipalities.code, enterprises.municipalityCode))
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .leftJoin(mrcs, eq(mrcs.code, municipalities.mrcCode))
    .where(eq(enterprises.id, enterpriseId))
    .get()!;
  const data = readListingData(db, enterpriseId)!;
  const revisionRow = state.pendingRevision
    ? db.select().from(enterpriseRevisions).where(eq(enterpriseRevisions.id, state.pendingRevision.id)).get()
    : undefined;
  // Only a published listing has a revision distinct from the listing itself.
  const revision =
    revisionRow && state.status === "published"
      ? {
          id: revisionRow.id,
          status: revisionRow.status,
          submittedAt: revisionRow.submittedAt?.toISOString() ?? null,
          createdAt: revisionRow.createdAt.toISOString(),
          diff: compareListings(db, data, revisionRow.data as Partial<ListingData>),
        }
      : null;
  const messages = db
    .select({
      id: listingMessages.id,
      body: listingMessages.body,
      fromHub: listingMessages.fromHub,
      createdAt: listingMessages.createdAt,
      author: users.displayName,
    })
    .from(listingMessages)
    .leftJoin(users, eq(users.id, listingMessages.authorUserId))
    .where(eq(listingMessages.enterpriseId, enterpriseId))
    .orderBy(desc(listingMessages.createdAt), desc(listingMessages.id))
    .limit(30)
    .all();
  const members = db
    .select({ id: users.id, name: users.displayName, email: users.email })
    .from(enterpriseMembers)
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    .where(eq(enterpriseMembers.enterpriseId, enterpriseId))
    .orderBy(asc(enterpriseMembers.createdAt))
    .all();
  const pendingClaims = db
    .select({ id: listingClaims.id })
    .from(listingClaims)
    .where(and(eq(listingClaims.enterpriseId, enterpriseId), eq(listingClaims.status, "pending")))
    .all().length;
  const e = row.e;
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: e.id,
    slug: e.slug,
    publicName: e.publicName,
    status: e.status,
    regionCode: state.regionCode,
    region: { fr: row.regionFr, en: row.regionEn },
    municipality: row.municipality,
    mrc: row.mrc,
    isDemo: e.isDemo,
    dates: {
      submittedAt: iso(e.submittedAt),
      publishedAt: iso(e.publishedAt),
      lastVerifiedAt: iso(e.lastVerifiedAt),
      lastConfirmedAt: iso(e.lastConfirmedAt),
      archivedAt: iso(e.archivedAt),
    },
    fields: describeListing(db, data),
    revision,
    messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    members,
    pendingClaims,
  };
}

export type ListingReview = NonNullable<ReturnType<typeof getListingReview>>;

/** Which hub actions make sense in the listing's current state. */
export function availableActions(review: Pick<ListingReview, "status" | "revision">) {
  const revisionSubmitted = review.status === "published" && review.revision?.status === "submitted";
  return {
    decide: review.status === "submitted" || revisionSubmitted,
    decidesRevision: revisionSubmitted,
    verify: review.status === "published" || review.status === "candidate",
    // Restoring republishes: only published listings are archived, so a restore never publishes a draft.
    archive: review.status === "published",
    restore: review.status === "archived",
    edit: review.status !== "archived",
  };
}
