import type { Db } from "#db/client";
import { categories, categoryGroups, regions } from "#db/schema";
import { labels } from "#db/reference/labels";
import { socialPurposes } from "#db/reference/social-purposes";

export type LabelMap = Record<string, { fr: string; en: string }>;

export type ReferenceLabels = {
  region: LabelMap;
  group: LabelMap;
  category: LabelMap;
  label: LabelMap;
  purpose: LabelMap;
};

// Reference tables change only when migrations run, before the server starts: read them once per database.
const cache = new WeakMap<Db, ReferenceLabels>();

/** Names of regions, category groups, categories, labels and social purposes, in both languages. */
export function referenceLabels(db: Db): ReferenceLabels {
  let cached = cache.get(db);
  if (!cached) {
    cached = {
      region: pairs(db.select({ code: regions.code, fr: regions.nameFr, en: regions.nameEn }).from(regions).all()),
      group: pairs(
        db
          .select({ code: categoryGroups.code, fr: categoryGroups.nameFr, en: categoryGroups.nameEn })
          .from(categoryGroups)
          .orderBy(categoryGroups.position)
          .all(),
      ),
      category: pairs(
        db
          .select({ code: categories.code, fr: categories.nameFr, en: categories.nameEn })
          .from(categories)
          .orderBy(categories.position)
          .all(),
      ),
      label: Object.fromEntries(labels.map((l) => [l.code, l.name])) as LabelMap,
      purpose: Object.fromEntries(socialPurposes.map((p) => [p.code, p.name])) as LabelMap,
    };
    cache.set(db, cached);
  }
  return cached;
}

export const pairs = (rows: { code: string; fr: string; en: string }[]): LabelMap =>
  Object.fromEntries(rows.map((r) => [r.code, { fr: r.fr, en: r.en }]));
