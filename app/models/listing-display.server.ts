import { inArray } from "drizzle-orm";
import type { Db } from "#db/client";
import { categories, labels, mrcs, municipalities, regions, socialPurposes } from "#db/schema";
import {
  fieldRank,
  FIELD_ORDER,
  type DisplayValue,
  type FieldChange,
  type Named,
  type OfferingDisplay,
} from "~/domain/curation/field-display";
import type { ListingData } from "~/domain/listing/listing-schema";
import { diffListing } from "./listing-data.server";

/**
 * Puts listing values into words: codes become the names of categories, regions, MRCs,
 * municipalities, labels and social purposes; enumerations become translation keys.
 */

type Dictionary = "category" | "region" | "mrc" | "municipality" | "label" | "purpose";

const CODE_LISTS: Record<string, Dictionary> = {
  categories: "category",
  serviceRegions: "region",
  serviceMrcs: "mrc",
  serviceMunicipalities: "municipality",
  labels: "label",
  purposes: "purpose",
  municipalityCode: "municipality",
};

const ENUMS: Record<string, string> = {
  legalStatus: "directory:legalStatus",
  coopCategory: "directory:coopCategory",
  workforceBand: "directory:workforceBand",
  status: "directory:listingStatus",
  serviceAreaScope: "curation:scope",
};

const LONG_TEXT = new Set(["missionFr", "missionEn", "descriptionFr", "descriptionEn"]);
const DATES = new Set(["lastVerifiedAt", "lastConfirmedAt", "publishedAt", "archivedAt", "submittedAt"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

type RawChange = { field: string; before: unknown; after: unknown };

const asList = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : v === null || v === undefined || v === "" ? [] : [String(v)];

function loadNames(db: Db, wanted: Record<Dictionary, Set<string>>): Record<Dictionary, Map<string, Named>> {
  const toMap = (rows: { code: string; fr: string; en: string }[]) =>
    new Map(rows.map((r) => [r.code, { fr: r.fr, en: r.en }]));
  const codes = (d: Dictionary) => [...wanted[d]];
  const some = (d: Dictionary) => wanted[d].size > 0;
  return {
    category: some("category")
      ? toMap(
          db
            .select({ code: categories.code, fr: categories.nameFr, en: categories.nameEn })
            .from(categories)
            .where(inArray(categories.code, codes("category")))
            .all(),
        )
      : new Map(),
    region: some("region")
      ? toMap(
          db
            .select({ code: regions.code, fr: regions.nameFr, en: regions.nameEn })
            .from(regions)
            .where(inArray(regions.code, codes("region")))
            .all(),
        )
      : new Map(),
    mrc: some("mrc")
      ? toMap(
          db
            .select({ code: mrcs.code, fr: mrcs.name, en: mrcs.name })
            .from(mrcs)
            .where(inArray(mrcs.code, codes("mrc")))
            .all(),
        )
      : new Map(),
    municipality: some("municipality")
      ? toMap(
          db
            .select({ code: municipalities.code, fr: municipalities.name, en: municipalities.name })
            .from(municipalities)
            .where(inArray(municipalities.code, codes("municipality")))
            .all(),
        )
      : new Map(),
    label: some("label")
      ? toMap(
          db
            .select({ code: labels.code, fr: labels.nameFr, en: labels.nameEn })
            .from(labels)
            .where(inArray(labels.code, codes("label")))
            .all(),
        )
      : new Map(),
    purpose: some("purpose")
      ? toMap(
          db
            .select({ code: socialPurposes.code, fr: socialPurposes.nameFr, en: socialPurposes.nameEn })
            .from(socialPurposes)
            .where(inArray(socialPurposes.code, codes("purpose")))
            .all(),
        )
      : new Map(),
  };
}

function isOffering(v: unknown): v is Record<string, unknown> & { nameFr: string; categoryCode: string } {
  return typeof v === "object" && v !== null && "nameFr" in v && "categoryCode" in v;
}

/** Words for field-level changes (audit trail entries, or published vs proposed). */
export function describeChanges(db: Db, changes: RawChange[]): FieldChange[] {
  const wanted: Record<Dictionary, Set<string>> = {
    category: new Set(),
    region: new Set(),
    mrc: new Set(),
    municipality: new Set(),
    label: new Set(),
    purpose: new Set(),
  };
  for (const c of changes) {
    const dict = CODE_LISTS[c.field];
    if (dict) for (const code of [...asList(c.before), ...asList(c.after)]) wanted[dict].add(code);
    if (c.field === "offerings")
      for (const o of [c.before, c.after].flatMap((v) => (Array.isArray(v) ? v : [])))
        if (isOffering(o)) wanted.category.add(o.categoryCode);
  }
  const names = loadNames(db, wanted);
  const nameOf = (dict: Dictionary, code: string): Named => names[dict].get(code) ?? { fr: code, en: code };

  const word = (field: string, value: unknown): DisplayValue => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
      return { kind: "empty" };
    const dict = CODE_LISTS[field];
    if (dict) return { kind: "names", items: asList(value).map((code) => nameOf(dict, code)) };
    if (ENUMS[field] && typeof value === "string")
      return { kind: "enum", key: `${ENUMS[field]}.${value}`, code: value };
    if (field === "offerings" && Array.isArray(value)) {
      const items: OfferingDisplay[] = value.filter(isOffering).map((o) => {
        const text = (fr: unknown, en: unknown): Named | undefined =>
          typeof fr === "string" && fr ? { fr, en: typeof en === "string" && en ? en : fr } : undefined;
        return {
          name: text(o.nameFr, o.nameEn)!,
          category: nameOf("category", o.categoryCode),
          description: text(o.descriptionFr, o.descriptionEn),
          unit: text(o.unitFr, o.unitEn),
          priceMinCad: typeof o.priceMinCad === "number" ? o.priceMinCad : undefined,
          priceMaxCad: typeof o.priceMaxCad === "number" ? o.priceMaxCad : undefined,
        };
      });
      return { kind: "offerings", items };
    }
    if (typeof value === "boolean") return { kind: "bool", value };
    if (typeof value === "number")
      return DATES.has(field)
        ? { kind: "date", iso: new Date(value).toISOString() }
        : { kind: "number", value, unit: field === "salesRevenuePercent" ? "percent" : undefined };
    if (typeof value === "string")
      return DATES.has(field) || ISO_DATE.test(value)
        ? { kind: "date", iso: value }
        : { kind: "text", text: value, long: LONG_TEXT.has(field) || value.length > 160 };
    return { kind: "raw", text: JSON.stringify(value) };
  };

  return changes
    .map((c) => ({ field: c.field, before: word(c.field, c.before), after: word(c.field, c.after) }))
    .sort((a, b) => fieldRank(a.field) - fieldRank(b.field));
}

/** Every field of a listing in words, in the order of the registration steps. */
export function describeListing(db: Db, data: Partial<ListingData>): { field: string; value: DisplayValue }[] {
  const record = data as Record<string, unknown>;
  // "Tout le Québec" makes the lists of regions, MRCs and municipalities meaningless.
  const province = record.serviceAreaScope === "province";
  const fields = FIELD_ORDER.filter(
    (f) =>
      (f in record || f === "serviceAreaScope") &&
      !(province && (f === "serviceRegions" || f === "serviceMrcs" || f === "serviceMunicipalities")),
  );
  return describeChanges(
    db,
    fields.map((field) => ({ field, before: null, after: record[field] })),
  ).map((c) => ({ field: c.field, value: c.after }));
}

/** "Version publiée / version proposée": only the fields a revision changes. */
export function compareListings(
  db: Db,
  published: Partial<ListingData>,
  proposed: Partial<ListingData>,
): FieldChange[] {
  const changes = diffListing(published, proposed);
  return describeChanges(
    db,
    Object.entries(changes).map(([field, c]) => ({ field, before: c.before, after: c.after })),
  );
}
