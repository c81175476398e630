import { LISTING_STEPS, type ListingStep } from "~/domain/listing/listing-schema";

/** French URL segment of each registration step: /mon-entreprise/12/territoire. */
export const STEP_SLUGS: Record<ListingStep, string> = {
  identity: "identite",
  mission: "mission",
  offerings: "offre",
  area: "territoire",
  contacts: "coordonnees",
  labels: "engagements",
};

export function stepFromSlug(slug: string | undefined): ListingStep | undefined {
  return LISTING_STEPS.find((step) => STEP_SLUGS[step] === slug);
}

export function stepHref(enterpriseId: number, step: ListingStep): string {
  return `/mon-entreprise/${enterpriseId}/${STEP_SLUGS[step]}`;
}

export function stepNumber(step: ListingStep): number {
  return LISTING_STEPS.indexOf(step) + 1;
}

export function nextStep(step: ListingStep): ListingStep | undefined {
  return LISTING_STEPS[LISTING_STEPS.indexOf(step) + 1];
}

export function previousStep(step: ListingStep): ListingStep | undefined {
  return LISTING_STEPS[LISTING_STEPS.indexOf(step) - 1];
}
