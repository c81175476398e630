import { z } from "zod";
import { PURCHASE_ROUTES } from "#db/schema/needs";
import { parseAmountCad } from "~/components/procedure/procedure-schema";

/** The awardee choice for a supplier that is not one of the need's enterprises. */
export const OTHER_SUPPLIER = "other";

/** Larger than any contract a public body would record here: a typing mistake. */
export const MAX_OUTCOME_AMOUNT_CAD = 1_000_000_000;
/** Records before this are typing mistakes too (the portal did not exist). */
export const OLDEST_AWARD_DATE = "2000-01-01";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (v: string) => ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/**
 * The outcome form: to whom the contract went (one of the need's enterprises, or another
 * supplier by name), the amount, the route used and the date. Built with the enterprise ids
 * the page offers and today's date, so the browser and the server check the same thing.
 * Messages are keys of the `needs` namespace (or of `forms`).
 */
export function createOutcomeSchema({ candidateIds, today }: { candidateIds: readonly number[]; today: string }) {
  const allowed = new Set(candidateIds.map(String));
  return z
    .object({
      awardee: z.string({ error: "outcome.errors.awardeeRequired" }).trim(),
      supplierName: z
        .string()
        .trim()
        .max(200, { error: "tooLong" })
        .optional()
        .transform((v) => v || undefined),
      amountCad: z.string({ error: "outcome.errors.amountRequired" }).transform((input, ctx) => {
        const value = parseAmountCad(input);
        const fail = (message: string) => {
          ctx.issues.push({ code: "custom", message, input });
          return z.NEVER;
        };
        if (value === undefined) return fail("outcome.errors.amountInvalid");
        if (value < 0) return fail("outcome.errors.amountNegative");
        if (value < 1) return fail("outcome.errors.amountZero");
        if (value > MAX_OUTCOME_AMOUNT_CAD) return fail("outcome.errors.amountTooLarge");
        // Stored in whole dollars, like the need's estimate.
        return Math.round(value);
      }),
      route: z.enum(PURCHASE_ROUTES, { error: "outcome.errors.routeInvalid" }),
      awardedOn: z
        .string({ error: "outcome.errors.dateRequired" })
        .trim()
        .refine(isRealDate, { error: "invalidDate", abort: true })
        .refine((v) => v >= OLDEST_AWARD_DATE, { error: "outcome.errors.dateTooOld", abort: true })
        .refine((v) => v <= today, { error: "outcome.errors.dateInFuture" }),
    })
    .superRefine((v, ctx) => {
      if (v.awardee === OTHER_SUPPLIER) {
        if (!v.supplierName)
          ctx.addIssue({ code: "custom", path: ["supplierName"], message: "outcome.errors.supplierNameRequired" });
      } else if (!allowed.has(v.awardee)) {
        ctx.addIssue({ code: "custom", path: ["awardee"], message: "outcome.errors.unknownEnterprise" });
      }
    })
    .transform((v) => ({
      enterpriseId: v.awardee === OTHER_SUPPLIER ? null : Number(v.awardee),
      supplierName: v.awardee === OTHER_SUPPLIER ? (v.supplierName ?? "") : undefined,
      amountCad: v.amountCad,
      route: v.route,
      awardedOn: v.awardedOn,
    }));
}

export type OutcomeInput = z.output<ReturnType<typeof createOutcomeSchema>>;
