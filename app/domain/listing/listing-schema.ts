import { z } from "zod";
import { categories, categoryGroups } from "#db/reference/taxonomy";
import { labels } from "#db/reference/labels";
import { socialPurposes } from "#db/reference/social-purposes";
import { COOP_CATEGORIES, LEGAL_STATUSES, WORKFORCE_BANDS } from "#db/schema/enterprises";
import { isValidNeq, normalizeNeq } from "../neq";

/**
 * The listing an enterprise registers, step by step. Messages are i18n keys of the `forms`
 * namespace, so the server and the browser show the same localized text for the same rule.
 */
const categoryCodes = new Set(categories.map((c) => c.code));
const labelCodes = new Set(labels.map((l) => l.code));
const purposeCodes = new Set(socialPurposes.map((p) => p.code));
export const GROUP_CODES = categoryGroups.map((g) => g.code);

const text = (min: number, max: number) =>
  z
    .string({ error: "required" })
    .trim()
    .min(min, { error: min <= 1 ? "required" : "tooShort" })
    .max(max, { error: "tooLong" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((v) => v || undefined);
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? undefined : Number(String(v).replace(/\s/g, ""))),
    z
      .number({ error: "notANumber" })
      .int({ error: "notAWholeNumber" })
      .min(min, { error: "outOfRange" })
      .max(max, { error: "outOfRange" })
      .optional(),
  );
const codeList = (valid: (code: string) => boolean, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().refine(valid, { error: "unknownCode" })).max(max, { error: "tooMany" }),
  );

// Canadian postal code; Quebec uses G, H and J.
const POSTAL_CODE = /^[GHJ]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i;
const PHONE = /^(\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}( ?(poste|ext\.?|x) ?\d{1,6})?$/i;

export const IdentitySchema = z
  .object({
    publicName: text(2, 120),
    legalName: text(2, 200),
    neq: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? normalizeNeq(v) : undefined))
      .refine((v) => v === undefined || isValidNeq(v), { error: "invalidNeq" }),
    legalStatus: z.enum(LEGAL_STATUSES, { error: "required" }),
    coopCategory: z.enum(COOP_CATEGORIES).optional(),
    coopNonDistributing: checkbox.default(false),
    salesRevenuePercent: optionalInt(0, 100),
    yearFounded: optionalInt(1800, new Date().getFullYear()),
    workforceBand: z.enum(WORKFORCE_BANDS).optional(),
    municipalityCode: z.string({ error: "required" }).regex(/^\d{5}$/, { error: "unknownMunicipality" }),
    streetAddress: optionalText(200),
    postalCode: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v.toUpperCase().replace(/^(\w{3}) ?(\w{3})$/, "$1 $2") : undefined))
      .refine((v) => v === undefined || POSTAL_CODE.test(v), { error: "invalidPostalCode" }),
  })
  .superRefine((v, ctx) => {
    if (v.legalStatus === "cooperative" && !v.coopCategory)
      ctx.addIssue({ code: "custom", path: ["coopCategory"], message: "coopCategoryRequired" });
  });

export const MissionSchema = z.object({
  missionFr: text(10, 600),
  missionEn: optionalText(600),
  descriptionFr: text(20, 4000),
  descriptionEn: optionalText(4000),
});

export const OfferingSchema = z
  .object({
    categoryCode: z.string({ error: "required" }).refine((c) => categoryCodes.has(c), { error: "unknownCode" }),
    nameFr: text(2, 120),
    nameEn: optionalText(120),
    descriptionFr: optionalText(1000),
    descriptionEn: optionalText(1000),
    unitFr: optionalText(60),
    unitEn: optionalText(60),
    priceMinCad: optionalInt(0, 10_000_000),
    priceMaxCad: optionalInt(0, 10_000_000),
  })
  .refine((o) => o.priceMinCad === undefined || o.priceMaxCad === undefined || o.priceMinCad <= o.priceMaxCad, {
    path: ["priceMaxCad"],
    error: "priceRange",
  });

export const OfferingsSchema = z
  .object({
    categories: codeList((c) => categoryCodes.has(c), 8).refine((l) => l.length > 0, { error: "chooseCategory" }),
    offerings: z.array(OfferingSchema).min(1, { error: "addOffering" }).max(30, { error: "tooMany" }),
  })
  .superRefine((v, ctx) => {
    v.offerings.forEach((o, i) => {
      if (!v.categories.includes(o.categoryCode))
        ctx.addIssue({ code: "custom", path: ["offerings", i, "categoryCode"], message: "offeringCategoryNotChosen" });
    });
  });

export const ServiceAreaSchema = z
  .object({
    serviceAreaScope: z.enum(["province", "custom"], { error: "required" }),
    serviceRegions: codeList((c) => /^(0[1-9]|1[0-7])$/.test(c), 17),
    serviceMrcs: codeList((c) => /^(\d{3}|CD-\d{2})$/.test(c), 120),
    serviceMunicipalities: codeList((c) => /^\d{5}$/.test(c), 200),
  })
  .superRefine((v, ctx) => {
    if (
      v.serviceAreaScope === "custom" &&
      v.serviceRegions.length + v.serviceMrcs.length + v.serviceMunicipalities.length === 0
    ) {
      ctx.addIssue({ code: "custom", path: ["serviceRegions"], message: "chooseArea" });
    }
  });

export const ContactsSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "invalidEmail" }))
    .optional()
    .or(z.literal("").transform(() => undefined)),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || PHONE.test(v), { error: "invalidPhone" }),
  website: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? (/^https?:\/\//i.test(v) ? v : `https://${v}`) : undefined))
    .refine((v) => v === undefined || z.url({ protocol: /^https?$/ }).safeParse(v).success, { error: "invalidUrl" }),
});

export const LabelsSchema = z.object({
  labels: codeList((c) => labelCodes.has(c), 20),
  purposes: codeList((c) => purposeCodes.has(c), 12),
});

export const LISTING_STEPS = ["identity", "mission", "offerings", "area", "contacts", "labels"] as const;
export type ListingStep = (typeof LISTING_STEPS)[number];

export const STEP_SCHEMAS = {
  identity: IdentitySchema,
  mission: MissionSchema,
  offerings: OfferingsSchema,
  area: ServiceAreaSchema,
  contacts: ContactsSchema,
  labels: LabelsSchema,
} as const;

export type ListingData = z.infer<typeof IdentitySchema> &
  z.infer<typeof MissionSchema> &
  z.infer<typeof OfferingsSchema> &
  z.infer<typeof ServiceAreaSchema> &
  z.infer<typeof ContactsSchema> &
  z.infer<typeof LabelsSchema>;

/** Which steps of a (partial) listing are still invalid: a listing is submitted only when none is. */
export function incompleteSteps(data: Partial<Record<string, unknown>>): ListingStep[] {
  return LISTING_STEPS.filter((step) => !STEP_SCHEMAS[step].safeParse(data).success);
}
