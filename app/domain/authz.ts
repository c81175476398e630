/**
 * Who may do what — pure rules over an `Actor` built from the session. Loaders and actions
 * call these (through `require*` helpers) so every check is the same everywhere.
 */
export type Role = "buyer" | "enterprise_member" | "hub_curator" | "admin";

export type Actor = {
  userId: number;
  roles: ReadonlySet<Role>;
  /** Enterprises the user manages as a member. */
  enterpriseIds: ReadonlySet<number>;
  /** Regions of the hubs the user curates. */
  curatedRegions: ReadonlySet<string>;
  hubIds: ReadonlySet<number>;
  buyerOrganizationId: number | null;
  emailVerified: boolean;
};

export type ListingRef = { id: number; regionCode: string };

export const isAdmin = (a: Actor | null): boolean => Boolean(a?.roles.has("admin"));

export function canCurateRegion(a: Actor | null, regionCode: string): boolean {
  return isAdmin(a) || Boolean(a?.roles.has("hub_curator") && a.curatedRegions.has(regionCode));
}

/** Members edit their own listings; curators edit any listing of their regions; admins all. */
export function canEditListing(a: Actor | null, listing: ListingRef): boolean {
  if (!a) return false;
  return a.enterpriseIds.has(listing.id) || canCurateRegion(a, listing.regionCode);
}

/** Approve, request changes, reject, verify, archive: the hub of the listing's region. */
export function canModerateListing(a: Actor | null, listing: ListingRef): boolean {
  return canCurateRegion(a, listing.regionCode);
}

/** Members see drafts and history of their own listings; curators of their region. */
export function canSeeUnpublishedListing(a: Actor | null, listing: ListingRef): boolean {
  return canEditListing(a, listing);
}

export function canRegisterListing(a: Actor | null): boolean {
  return Boolean(a?.emailVerified);
}

export function isCurator(a: Actor | null): boolean {
  return isAdmin(a) || Boolean(a?.roles.has("hub_curator") && a.hubIds.size > 0);
}

export function isBuyer(a: Actor | null): boolean {
  return Boolean(a?.roles.has("buyer"));
}

/** The buyer's needs pages (/besoins): buyers and admins. Members and curators have their own views of needs. */
export function canUseBuyerSpace(a: Actor | null): boolean {
  return isAdmin(a) || isBuyer(a);
}
