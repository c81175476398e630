/**
 * A listing field's value put into words for people (history, review diff), without the
 * database: the model resolves codes to names, the component picks the language.
 */
export type Named = { fr: string; en: string };

export type OfferingDisplay = {
  name: Named;
  category: Named;
  description?: Named;
  unit?: Named;
  priceMinCad?: number;
  priceMaxCad?: number;
};

export type DisplayValue =
  | { kind: "empty" }
  | { kind: "text"; text: string; long?: boolean }
  | { kind: "number"; value: number; unit?: "percent" }
  | { kind: "bool"; value: boolean }
  | { kind: "date"; iso: string }
  /** A code with a translated name: `key` is an i18n key such as "directory:legalStatus.obnl". */
  | { kind: "enum"; key: string; code: string }
  | { kind: "names"; items: Named[] }
  | { kind: "offerings"; items: OfferingDisplay[] }
  /** Something this page does not know how to word (a field added later): shown as is. */
  | { kind: "raw"; text: string };

export type FieldChange = { field: string; before: DisplayValue; after: DisplayValue };

/** Fields in the order of the registration steps, then the hub's own fields. */
export const FIELD_ORDER = [
  "publicName",
  "legalName",
  "neq",
  "legalStatus",
  "coopCategory",
  "coopNonDistributing",
  "salesRevenuePercent",
  "yearFounded",
  "workforceBand",
  "municipalityCode",
  "streetAddress",
  "postalCode",
  "missionFr",
  "missionEn",
  "descriptionFr",
  "descriptionEn",
  "categories",
  "offerings",
  "serviceAreaScope",
  "serviceRegions",
  "serviceMrcs",
  "serviceMunicipalities",
  "email",
  "phone",
  "website",
  "labels",
  "purposes",
  "status",
  "lastVerifiedAt",
  "lastConfirmedAt",
] as const;

export const fieldRank = (field: string): number => {
  const i = (FIELD_ORDER as readonly string[]).indexOf(field);
  return i === -1 ? FIELD_ORDER.length : i;
};

/** The registration step each field belongs to, to show a listing in the same sections as its form. */
export const FIELD_STEPS = {
  identity: [
    "publicName",
    "legalName",
    "neq",
    "legalStatus",
    "coopCategory",
    "coopNonDistributing",
    "salesRevenuePercent",
    "yearFounded",
    "workforceBand",
    "municipalityCode",
    "streetAddress",
    "postalCode",
  ],
  mission: ["missionFr", "missionEn", "descriptionFr", "descriptionEn"],
  offerings: ["categories", "offerings"],
  area: ["serviceAreaScope", "serviceRegions", "serviceMrcs", "serviceMunicipalities"],
  contacts: ["email", "phone", "website"],
  labels: ["labels", "purposes"],
} as const;
