import { z } from "zod";
import { categories } from "#db/reference/taxonomy";
import { AMOUNT_BANDS, CONTACT_VISIBILITIES, NEED_KINDS, NEED_NATURES } from "#db/schema/needs";

const categoryCodes = new Set(categories.map((c) => c.code));
const REGION = /^(0[1-9]|1[0-7])$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const list = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(item).max(max, { error: "tooMany" }),
  );
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || (ISO_DATE.test(v) && !Number.isNaN(Date.parse(v))), { error: "invalidDate" });
const amount = z.preprocess(
  (v) =>
    v === "" || v === undefined || v === null ? undefined : Number(String(v).replace(/[\s$]/g, "").replace(",", ".")),
  z
    .number({ error: "notANumber" })
    .min(0, { error: "outOfRange" })
    .max(1_000_000_000, { error: "outOfRange" })
    .optional(),
);

/**
 * A buyer's need as the form sends it. Messages are keys of the `forms` namespace (or of
 * `needs` for need-specific ones), shared by the server and the browser.
 */
export const NeedSchema = z
  .object({
    title: z.string({ error: "required" }).trim().min(5, { error: "tooShort" }).max(160, { error: "tooLong" }),
    description: z.string({ error: "required" }).trim().min(20, { error: "tooShort" }).max(5000, { error: "tooLong" }),
    kind: z.enum(NEED_KINDS, { error: "required" }),
    contractNature: z.enum(NEED_NATURES, { error: "required" }),
    amountCad: amount.transform((v) => (v === undefined ? undefined : Math.round(v))),
    amountBand: z
      .enum(AMOUNT_BANDS)
      .optional()
      .or(z.literal("").transform(() => undefined)),
    categories: list(
      z.string().refine((c) => categoryCodes.has(c), { error: "unknownCode" }),
      8,
    ),
    regions: list(z.string().regex(REGION, { error: "unknownCode" }), 17),
    deliveryMunicipalityCode: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .refine((v) => v === undefined || /^\d{5}$/.test(v), { error: "unknownMunicipality" }),
    startsOn: optionalDate,
    endsOn: optionalDate,
    responseDeadline: optionalDate,
    // conform turns an empty row into undefined: blank questions are dropped, not errors.
    questions: list(z.string().trim().max(500, { error: "tooLong" }).optional(), 10).transform((qs) =>
      qs.filter((q): q is string => Boolean(q)),
    ),
    contactVisibility: z.enum(CONTACT_VISIBILITIES).default("matched"),
    contactName: z
      .string()
      .trim()
      .max(120, { error: "tooLong" })
      .optional()
      .transform((v) => v || undefined),
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .transform((v) => v || undefined)
      .refine((v) => v === undefined || z.email().safeParse(v).success, { error: "invalidEmail" }),
    contactPhone: z
      .string()
      .trim()
      .max(40, { error: "tooLong" })
      .optional()
      .transform((v) => v || undefined),
    isPublic: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
  })
  .superRefine((n, ctx) => {
    if (n.regions.length === 0 && !n.deliveryMunicipalityCode) {
      ctx.addIssue({ code: "custom", path: ["regions"], message: "chooseDeliveryArea" });
    }
    if (n.startsOn && n.endsOn && n.endsOn < n.startsOn)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "endBeforeStart" });
  });

export type NeedInput = z.infer<typeof NeedSchema>;

/** The amount matching and the contracting rules use: the estimate, else the middle of the band. */
export function effectiveAmount(n: {
  amountCad?: number | null;
  amountBand?: (typeof AMOUNT_BANDS)[number] | null;
}): number | undefined {
  if (n.amountCad != null) return n.amountCad;
  switch (n.amountBand) {
    case "lt_25k":
      return 15_000;
    case "25k_100k":
      return 60_000;
    case "100k_500k":
      return 250_000;
    case "gt_500k":
      return 750_000;
    default:
      return undefined;
  }
}

/** The contracting-rules buyer type of an organization type ("other" has no rules: none). */
export function buyerTypeOf(
  orgType: string,
): "ministry" | "health_network" | "education_network" | "municipality" | undefined {
  return orgType === "ministry" ||
    orgType === "health_network" ||
    orgType === "education_network" ||
    orgType === "municipality"
    ? orgType
    : undefined;
}
