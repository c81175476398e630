import type { LegalStatus, CoopCategory, WorkforceBand, ListingStatus, ServiceAreaKind } from "../schema";
import { apportion, type Rng } from "./random";
import { neqCheckDigit } from "~/domain/neq";
import { slugify } from "~/lib/slug";

export type Bilingual = { fr: string; en: string };

export type SeedReference = {
  regions: { code: string; nameFr: string; population: number }[];
  municipalities: {
    code: string;
    name: string;
    regionCode: string;
    mrcCode: string | null;
    population: number;
    fsas: string[];
  }[];
  neighbours: Record<string, string[]>;
  categories: { code: string; groupCode: string }[];
  labelCodes: string[];
  purposeCodes: string[];
};

export type SeedVocabulary = {
  offeringsByCategory: Record<
    string,
    { name: Bilingual; description: Bilingual; unit?: Bilingual; priceRange?: readonly [number, number] }[]
  >;
  /** Builds a fictitious public name for an enterprise of this status and group. */
  makeName: (
    rng: Rng,
    status: LegalStatus,
    coopCategory: CoopCategory | null,
    groupCode: string,
    place: string,
  ) => string;
  mission: (rng: Rng, purposeCode: string, vars: Record<string, string>) => Bilingual;
  description: (rng: Rng, vars: Record<string, string>) => Bilingual;
  streets: readonly string[];
};

export type GeneratedEnterprise = {
  neq: string;
  legalName: string;
  publicName: string;
  slug: string;
  legalStatus: LegalStatus;
  coopCategory: CoopCategory | null;
  coopNonDistributing: boolean | null;
  salesRevenuePercent: number | null;
  missionFr: string;
  missionEn: string;
  descriptionFr: string;
  descriptionEn: string;
  email: string;
  phone: string;
  website: string;
  streetAddress: string;
  postalCode: string;
  municipalityCode: string;
  serviceAreaScope: "province" | "custom";
  serviceAreas: { kind: ServiceAreaKind; code: string }[];
  workforceBand: WorkforceBand;
  yearFounded: number;
  status: ListingStatus;
  lastVerifiedAt: Date | null;
  publishedAt: Date | null;
  categories: string[];
  offerings: {
    categoryCode: string;
    nameFr: string;
    nameEn: string;
    descriptionFr: string;
    descriptionEn: string;
    unitFr: string | null;
    unitEn: string | null;
    priceMinCad: number | null;
    priceMaxCad: number | null;
  }[];
  labels: string[];
  purposes: string[];
};

// Rough shape of Quebec's social economy: non-profits are the majority, then coops.
const STATUS_WEIGHTS: { weight: number; value: [LegalStatus, CoopCategory | null] }[] = [
  { weight: 55, value: ["obnl", null] },
  { weight: 12, value: ["cooperative", "worker"] },
  { weight: 13, value: ["cooperative", "solidarity"] },
  { weight: 8, value: ["cooperative", "consumer"] },
  { weight: 7, value: ["cooperative", "producer"] },
  { weight: 2, value: ["cooperative", "worker_shareholder"] },
  { weight: 2, value: ["mutual", null] },
  { weight: 1, value: ["financial_cooperative", null] },
];

const LISTING_STATUS_WEIGHTS: { weight: number; value: ListingStatus }[] = [
  { weight: 92, value: "published" },
  { weight: 3, value: "submitted" },
  { weight: 2, value: "draft" },
  { weight: 1, value: "changes_requested" },
  { weight: 2, value: "archived" },
];

const WORKFORCE_WEIGHTS: { weight: number; value: WorkforceBand }[] = [
  { weight: 30, value: "1_4" },
  { weight: 25, value: "5_9" },
  { weight: 32, value: "10_49" },
  { weight: 8, value: "50_99" },
  { weight: 5, value: "100_plus" },
];

// 555-01xx numbers are reserved for fiction in the North American numbering plan.
const AREA_CODES: Record<string, string> = {
  "01": "418",
  "02": "418",
  "03": "418",
  "04": "819",
  "05": "819",
  "06": "514",
  "07": "819",
  "08": "819",
  "09": "418",
  "10": "819",
  "11": "418",
  "12": "418",
  "13": "450",
  "14": "450",
  "15": "450",
  "16": "450",
  "17": "819",
};

const DAY = 86_400_000;

/** Deterministic demo listings spread over the regions in proportion to population. */
export function* generateEnterprises(
  rng: Rng,
  ref: SeedReference,
  vocab: SeedVocabulary,
  count: number,
  now: Date,
): Generator<GeneratedEnterprise> {
  const perRegion = apportion(
    ref.regions.map((r) => r.population),
    count,
    count >= ref.regions.length * 5 ? 3 : 0,
  );
  const muniByRegion = new Map<string, SeedReference["municipalities"]>();
  for (const m of ref.municipalities) {
    if (m.population <= 0) continue;
    const list = muniByRegion.get(m.regionCode) ?? [];
    list.push(m);
    muniByRegion.set(m.regionCode, list);
  }
  const categoriesByGroup = new Map<string, string[]>();
  for (const c of ref.categories)
    categoriesByGroup.set(c.groupCode, [...(categoriesByGroup.get(c.groupCode) ?? []), c.code]);
  const groupCodes = [...categoriesByGroup.keys()];
  const regionName = new Map(ref.regions.map((r) => [r.code, r.nameFr]));
  const usedSlugs = new Set<string>();
  const usedNeqs = new Set<string>();

  for (const [regionIndex, region] of ref.regions.entries()) {
    const munis = muniByRegion.get(region.code) ?? [];
    // Small towns host enterprises too: weight by the square root of population.
    const muniWeights = munis.map((m) => ({ weight: Math.sqrt(m.population), value: m }));
    for (let i = 0; i < perRegion[regionIndex]!; i++) {
      const muni = rng.helpers.weightedArrayElement(muniWeights);
      const [legalStatus, coopCategory] = rng.helpers.weightedArrayElement(STATUS_WEIGHTS);
      const groupCode = rng.helpers.arrayElement(groupCodes);
      const own = rng.helpers.arrayElements(categoriesByGroup.get(groupCode)!, { min: 1, max: 3 });
      const extra = rng.datatype.boolean(0.25) ? [rng.helpers.arrayElement(ref.categories).code] : [];
      const categories = [...new Set([...own, ...extra])];

      const publicName = vocab.makeName(rng, legalStatus, coopCategory, groupCode, muni.name);
      let slug = slugify(publicName);
      if (usedSlugs.has(slug)) slug = slugify(`${publicName} ${muni.name}`);
      for (let n = 2; usedSlugs.has(slug); n++) slug = `${slugify(`${publicName} ${muni.name}`)}-${n}`;
      usedSlugs.add(slug);

      let neq: string;
      do {
        // Real NEQs start with 11, 22, 33 or 88: "99…" keeps demo listings from carrying a real enterprise's number.
        const firstNine = `99${rng.string.numeric(7)}`;
        neq = firstNine + neqCheckDigit(firstNine);
      } while (usedNeqs.has(neq));
      usedNeqs.add(neq);

      const offerings = categories.flatMap((code) =>
        rng.helpers.arrayElements(vocab.offeringsByCategory[code] ?? [], { min: 1, max: 2 }).map((o) => ({
          categoryCode: code,
          nameFr: o.name.fr,
          nameEn: o.name.en,
          descriptionFr: o.description.fr,
          descriptionEn: o.description.en,
          unitFr: o.unit?.fr ?? null,
          unitEn: o.unit?.en ?? null,
          priceMinCad: o.priceRange ? o.priceRange[0] : null,
          priceMaxCad: o.priceRange ? o.priceRange[1] : null,
        })),
      );

      const purposes = rng.helpers.arrayElements(ref.purposeCodes, { min: 1, max: 2 });
      const yearFounded = rng.number.int({ min: 1965, max: now.getUTCFullYear() - 1 });
      const vars = {
        name: publicName,
        municipality: muni.name,
        region: regionName.get(region.code) ?? "",
        year: String(yearFounded),
        offerings: offerings
          .map((o) => o.nameFr.toLowerCase())
          .slice(0, 3)
          .join(", "),
        offeringsEn: offerings
          .map((o) => o.nameEn.toLowerCase())
          .slice(0, 3)
          .join(", "),
      };
      const mission = vocab.mission(rng, purposes[0]!, vars);
      const description = vocab.description(rng, vars);

      const scopeRoll = rng.number.float({ min: 0, max: 1 });
      const serviceAreas: GeneratedEnterprise["serviceAreas"] = [];
      let serviceAreaScope: "province" | "custom" = "custom";
      if (scopeRoll < 0.12) serviceAreaScope = "province";
      else if (scopeRoll < 0.62) serviceAreas.push({ kind: "region", code: region.code });
      else if (scopeRoll < 0.82) {
        serviceAreas.push({ kind: "region", code: region.code });
        for (const n of rng.helpers.arrayElements(ref.neighbours[region.code] ?? [], { min: 1, max: 2 })) {
          serviceAreas.push({ kind: "region", code: n });
        }
      } else {
        if (muni.mrcCode) serviceAreas.push({ kind: "mrc", code: muni.mrcCode });
        serviceAreas.push({ kind: "municipality", code: muni.code });
      }

      const status = rng.helpers.weightedArrayElement(LISTING_STATUS_WEIGHTS);
      const published = status === "published" || status === "archived";
      const publishedAt = published ? new Date(now.getTime() - rng.number.int({ min: 30, max: 1500 }) * DAY) : null;
      const lastVerifiedAt =
        published && rng.datatype.boolean(0.7)
          ? new Date(now.getTime() - rng.number.int({ min: 1, max: 700 }) * DAY)
          : null;
      const fsa = muni.fsas.length > 0 ? rng.helpers.arrayElement(muni.fsas) : "G0A";
      const domain = `${slug.length <= 40 ? slug : slug.slice(0, slug.lastIndexOf("-", 40))}.example`;

      yield {
        neq,
        legalName: legalStatus === "obnl" ? `${publicName} inc.` : publicName,
        publicName,
        slug,
        legalStatus,
        coopCategory,
        coopNonDistributing: coopCategory === "solidarity" ? rng.datatype.boolean(0.4) : coopCategory ? false : null,
        salesRevenuePercent: legalStatus === "obnl" ? rng.number.int({ min: 35, max: 95 }) : null,
        missionFr: mission.fr,
        missionEn: mission.en,
        descriptionFr: description.fr,
        descriptionEn: description.en,
        email: `info@${domain}`,
        phone: `${AREA_CODES[region.code] ?? "418"}-555-01${rng.string.numeric(2)}`,
        website: `https://www.${domain}`,
        streetAddress: `${rng.number.int({ min: 10, max: 2999 })}, ${rng.helpers.arrayElement(vocab.streets)}`,
        postalCode: `${fsa} ${rng.string.numeric(1)}${rng.string.alpha({ length: 1, casing: "upper", exclude: ["D", "F", "I", "O", "Q", "U"] })}${rng.string.numeric(1)}`,
        municipalityCode: muni.code,
        serviceAreaScope,
        serviceAreas,
        workforceBand: rng.helpers.weightedArrayElement(WORKFORCE_WEIGHTS),
        yearFounded,
        status,
        publishedAt,
        lastVerifiedAt,
        categories,
        offerings,
        labels: rng.helpers.arrayElements(ref.labelCodes, { min: 0, max: 2 }),
        purposes,
      };
    }
  }
}
