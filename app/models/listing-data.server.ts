import { asc, eq } from "drizzle-orm";
import type { Db } from "#db/client";
import {
  enterpriseCategories,
  enterpriseLabels,
  enterprisePurposes,
  enterprises,
  enterpriseServiceAreas,
  offerings,
} from "#db/schema";
import type { ListingData } from "~/domain/listing/listing-schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Writer = Db | Tx;

const ENTERPRISE_FIELDS = [
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
  "serviceAreaScope",
  "email",
  "phone",
  "website",
] as const satisfies readonly (keyof ListingData)[];

/** A listing as the forms see it (possibly incomplete while it is a draft). */
export function readListingData(db: Writer, enterpriseId: number): Partial<ListingData> | undefined {
  const e = db.select().from(enterprises).where(eq(enterprises.id, enterpriseId)).get();
  if (!e) return undefined;
  const data: Record<string, unknown> = {};
  for (const field of ENTERPRISE_FIELDS) {
    const value = e[field];
    if (value !== null && value !== "") data[field] = value;
  }
  data.categories = db
    .select({ code: enterpriseCategories.categoryCode })
    .from(enterpriseCategories)
    .where(eq(enterpriseCategories.enterpriseId, enterpriseId))
    .orderBy(asc(enterpriseCategories.position))
    .all()
    .map((r) => r.code);
  data.offerings = db
    .select()
    .from(offerings)
    .where(eq(offerings.enterpriseId, enterpriseId))
    .orderBy(asc(offerings.position))
    .all()
    .map((o) =>
      stripEmpty({
        categoryCode: o.categoryCode,
        nameFr: o.nameFr,
        nameEn: o.nameEn,
        descriptionFr: o.descriptionFr,
        descriptionEn: o.descriptionEn,
        unitFr: o.unitFr,
        unitEn: o.unitEn,
        priceMinCad: o.priceMinCad,
        priceMaxCad: o.priceMaxCad,
      }),
    );
  const areas = db
    .select()
    .from(enterpriseServiceAreas)
    .where(eq(enterpriseServiceAreas.enterpriseId, enterpriseId))
    .all();
  data.serviceRegions = areas.filter((a) => a.kind === "region").map((a) => a.code);
  data.serviceMrcs = areas.filter((a) => a.kind === "mrc").map((a) => a.code);
  data.serviceMunicipalities = areas.filter((a) => a.kind === "municipality").map((a) => a.code);
  data.labels = db
    .select({ c: enterpriseLabels.labelCode })
    .from(enterpriseLabels)
    .where(eq(enterpriseLabels.enterpriseId, enterpriseId))
    .all()
    .map((r) => r.c);
  data.purposes = db
    .select({ c: enterprisePurposes.purposeCode })
    .from(enterprisePurposes)
    .where(eq(enterprisePurposes.enterpriseId, enterpriseId))
    .all()
    .map((r) => r.c);
  return data as Partial<ListingData>;
}

function stripEmpty<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== "")) as T;
}

/** Writes the given parts of a listing (children are replaced when their key is present). */
export function writeListingData(tx: Writer, enterpriseId: number, data: Partial<ListingData>, now = new Date()): void {
  const columns: Record<string, unknown> = { updatedAt: now };
  for (const field of ENTERPRISE_FIELDS) if (field in data) columns[field] = data[field] ?? null;
  if ("missionFr" in data || "descriptionFr" in data) {
    columns.missionEn ??= data.missionEn ?? "";
    columns.descriptionEn ??= data.descriptionEn ?? "";
  }
  tx.update(enterprises).set(columns).where(eq(enterprises.id, enterpriseId)).run();

  if (data.categories) {
    tx.delete(enterpriseCategories).where(eq(enterpriseCategories.enterpriseId, enterpriseId)).run();
    data.categories.forEach((categoryCode, position) =>
      tx.insert(enterpriseCategories).values({ enterpriseId, categoryCode, position }).run(),
    );
  }
  if (data.offerings) {
    tx.delete(offerings).where(eq(offerings.enterpriseId, enterpriseId)).run();
    data.offerings.forEach((o, position) =>
      tx
        .insert(offerings)
        .values({
          enterpriseId,
          position,
          categoryCode: o.categoryCode,
          nameFr: o.nameFr,
          nameEn: o.nameEn ?? "",
          descriptionFr: o.descriptionFr ?? "",
          descriptionEn: o.descriptionEn ?? "",
          unitFr: o.unitFr ?? null,
          unitEn: o.unitEn ?? null,
          priceMinCad: o.priceMinCad ?? null,
          priceMaxCad: o.priceMaxCad ?? null,
        })
        .run(),
    );
  }
  if (data.serviceRegions || data.serviceMrcs || data.serviceMunicipalities || data.serviceAreaScope === "province") {
    tx.delete(enterpriseServiceAreas).where(eq(enterpriseServiceAreas.enterpriseId, enterpriseId)).run();
    if (data.serviceAreaScope !== "province") {
      const rows = [
        ...(data.serviceRegions ?? []).map((code) => ({ kind: "region" as const, code })),
        ...(data.serviceMrcs ?? []).map((code) => ({ kind: "mrc" as const, code })),
        ...(data.serviceMunicipalities ?? []).map((code) => ({ kind: "municipality" as const, code })),
      ];
      for (const row of rows)
        tx.insert(enterpriseServiceAreas)
          .values({ enterpriseId, ...row })
          .onConflictDoNothing()
          .run();
    }
  }
  if (data.labels) {
    tx.delete(enterpriseLabels).where(eq(enterpriseLabels.enterpriseId, enterpriseId)).run();
    for (const labelCode of new Set(data.labels)) tx.insert(enterpriseLabels).values({ enterpriseId, labelCode }).run();
  }
  if (data.purposes) {
    tx.delete(enterprisePurposes).where(eq(enterprisePurposes.enterpriseId, enterpriseId)).run();
    for (const purposeCode of new Set(data.purposes))
      tx.insert(enterprisePurposes).values({ enterpriseId, purposeCode }).run();
  }
}

/** Field-level changes for the audit trail: only what differs, with before and after. */
export function diffListing(
  before: Partial<ListingData>,
  after: Partial<ListingData>,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!(key in after)) continue;
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) changes[key] = { before: a ?? null, after: b ?? null };
  }
  return changes;
}
