import { z } from "zod";
import { categories as taxonomy } from "#db/reference/taxonomy";
import { EMAIL_FREQUENCIES } from "#db/schema/needs";

/** What an enterprise member follows for new needs. */
export type Subscription = { categories: readonly string[]; regions: readonly string[] };

/**
 * A need interests a subscriber when it is in one of their categories AND delivered in one
 * of their regions: a caterer in Mauricie does not want every catering need of the province.
 */
export function matchesSubscription(need: Subscription, subscription: Subscription): boolean {
  return (
    need.categories.some((c) => subscription.categories.includes(c)) &&
    need.regions.some((r) => subscription.regions.includes(r))
  );
}

/** Stored lists are empty until the member chooses: then their listings' categories and regions apply. */
export function effectiveSubscription(
  stored: Subscription,
  fromListings: Subscription,
): Subscription & { isDefault: boolean } {
  const isDefault = stored.categories.length === 0 && stored.regions.length === 0;
  return {
    categories: stored.categories.length > 0 ? stored.categories : fromListings.categories,
    regions: stored.regions.length > 0 ? stored.regions : fromListings.regions,
    isDefault,
  };
}

const categoryCodes = new Set(taxonomy.map((c) => c.code));
const REGION = /^(0[1-9]|1[0-7])$/;
const list = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(item).max(max, { error: "tooMany" }),
  );

/**
 * The preferences form (messages are keys of `notifications` or `forms`). Members choose
 * between their listings' categories and regions (stored as empty lists) and their own lists.
 */
export const PreferencesSchema = z
  .object({
    emailFrequency: z.enum(EMAIL_FREQUENCIES, { error: "prefs.frequencyRequired" }),
    subscriptionMode: z.enum(["listings", "custom"]).optional(),
    categories: list(
      z.string().refine((c) => categoryCodes.has(c), { error: "unknownCode" }),
      40,
    ).transform((l) => [...new Set(l)]),
    regions: list(z.string().regex(REGION, { error: "unknownCode" }), 17).transform((l) => [...new Set(l)]),
  })
  .superRefine((p, ctx) => {
    if (p.subscriptionMode !== "custom") return;
    if (p.categories.length === 0)
      ctx.addIssue({ code: "custom", path: ["categories"], message: "prefs.chooseCategory" });
    if (p.regions.length === 0) ctx.addIssue({ code: "custom", path: ["regions"], message: "prefs.chooseRegion" });
  });
export type PreferencesInput = z.infer<typeof PreferencesSchema>;
