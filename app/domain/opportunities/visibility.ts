import type { Actor } from "~/domain/authz";

/**
 * Enterprise members see the opportunities page (one who has not registered their enterprise
 * yet is told how to); buyers, curators and admins have their own views.
 */
export function canSeeOpportunities(actor: Actor | null): boolean {
  return Boolean(actor && (actor.enterpriseIds.size > 0 || actor.roles.has("enterprise_member")));
}

/**
 * A member sees a need on behalf of one of their enterprises when that enterprise was
 * matched to it, or when the buyer made it public. Drafts are the buyer's alone.
 */
export function canSeeOpportunity(
  actor: Actor | null,
  enterpriseId: number,
  need: { status: string; isPublic: boolean },
  matched: boolean,
): boolean {
  if (!actor || !actor.enterpriseIds.has(enterpriseId)) return false;
  if (need.status === "draft") return false;
  return matched || need.isPublic;
}
