import { z } from "zod";
import {
  ContactsSchema,
  IdentitySchema,
  LabelsSchema,
  MissionSchema,
  OfferingsSchema,
  ServiceAreaSchema,
  type ListingData,
  type ListingStep,
} from "~/domain/listing/listing-schema";

/**
 * The registration forms validate with the listing's own step schemas (the ones that decide
 * whether a listing can be submitted). Only two things are added in front, identically in the
 * browser and on the server: typed municipality names become codes, and codes the reference
 * tables don't know are marked unknown so the schema rejects them. (A preprocess can't report
 * its own issues without hiding every other field's: zod stops a pipe at the first failure.)
 */
export type FormLookups = {
  resolveMunicipality: (input: unknown) => string | undefined;
  /** MRC codes that exist (the schema only checks their shape). */
  mrcCodes: ReadonlySet<string>;
};

const asRecord = (input: unknown): Record<string, unknown> =>
  input && typeof input === "object" ? { ...(input as Record<string, unknown>) } : {};

const asList = (value: unknown): unknown[] =>
  value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value];

export function identityFormSchema(lookups: FormLookups) {
  return z.preprocess((input) => {
    const raw = asRecord(input);
    raw.municipalityCode = lookups.resolveMunicipality(raw.municipalityCode);
    return raw;
  }, IdentitySchema);
}

export function areaFormSchema(lookups: FormLookups) {
  return z.preprocess((input) => {
    const raw = asRecord(input);
    // Empty rows at the end of the municipality list are left over, not errors. Others keep
    // their place so an error points at the right row (an empty one among filled ones fails).
    const rows = asList(raw.serviceMunicipalities).map((v) => (typeof v === "string" ? v.trim() : ""));
    while (rows.length > 0 && rows[rows.length - 1] === "") rows.pop();
    raw.serviceMunicipalities = rows.map((v) => (v ? lookups.resolveMunicipality(v) : ""));
    raw.serviceMrcs = asList(raw.serviceMrcs).map((code) =>
      typeof code === "string" && lookups.mrcCodes.has(code) ? code : "unknown",
    );
    return raw;
  }, ServiceAreaSchema);
}

export function stepFormSchema(step: ListingStep, lookups: FormLookups) {
  switch (step) {
    case "identity":
      return identityFormSchema(lookups);
    case "area":
      return areaFormSchema(lookups);
    case "mission":
      return MissionSchema;
    case "offerings":
      return OfferingsSchema;
    case "contacts":
      return ContactsSchema;
    case "labels":
      return LabelsSchema;
  }
}

const STEP_KEYS: Record<ListingStep, readonly (keyof ListingData)[]> = {
  identity: Object.keys(IdentitySchema.shape) as (keyof ListingData)[],
  mission: Object.keys(MissionSchema.shape) as (keyof ListingData)[],
  offerings: Object.keys(OfferingsSchema.shape) as (keyof ListingData)[],
  area: Object.keys(ServiceAreaSchema.shape) as (keyof ListingData)[],
  contacts: Object.keys(ContactsSchema.shape) as (keyof ListingData)[],
  labels: Object.keys(LabelsSchema.shape) as (keyof ListingData)[],
};

/**
 * What a step saves: every field of the step, so a field emptied in the form is emptied in
 * the listing too, and details that only apply to another legal status are dropped.
 */
export function stepValues(step: ListingStep, value: Partial<ListingData>): Partial<ListingData> {
  const data: Record<string, unknown> = {};
  for (const key of STEP_KEYS[step]) data[key] = value[key];
  if (step === "identity") {
    if (value.legalStatus !== "cooperative") {
      data.coopCategory = undefined;
      data.coopNonDistributing = undefined;
    }
    if (value.legalStatus !== "obnl") data.salesRevenuePercent = undefined;
  }
  if (step === "area" && value.serviceAreaScope === "province") {
    data.serviceRegions = [];
    data.serviceMrcs = [];
    data.serviceMunicipalities = [];
  }
  return data as Partial<ListingData>;
}
