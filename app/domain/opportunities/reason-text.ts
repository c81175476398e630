/** A stored match reason (see `app/domain/matching`), as `need_matches.reasons` holds it. */
export type StoredReason = { code: string; points: number; detail: Record<string, string | number> };

/** A translator bound to the `opportunities` namespace (keys are built at run time here). */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** Display names for the codes a reason carries, in the reader's language. */
export type ReasonNames = {
  region: (code: string) => string;
  category: (code: string) => string;
  group: (code: string) => string;
};

/**
 * A match reason in words (« Dessert la région Mauricie », « Située à 23 km »): the same
 * sentence on the opportunity page and in the email, so the enterprise knows why it was picked.
 */
export function describeReason(t: Translate, reason: StoredReason, names: ReasonNames): string {
  const d = reason.detail;
  switch (reason.code) {
    case "serves_region":
      return t("reasons.serves_region", { region: names.region(String(d.region)) });
    case "serves_province":
      return t("reasons.serves_province");
    case "located_in_region":
      return t("reasons.located_in_region", { region: names.region(String(d.region)) });
    case "nearby":
      return t("reasons.nearby", { km: Number(d.km) });
    case "exact_category": {
      const more = Number(d.count ?? 1) - 1;
      const category = names.category(String(d.category));
      return more > 0
        ? t("reasons.exact_category_more", { category, count: more })
        : t("reasons.exact_category", { category });
    }
    case "same_group":
      return t("reasons.same_group", { group: names.group(String(d.group)) });
    case "offering_words":
      return t("reasons.offering_words", { words: String(d.words) });
    case "size_fits":
      return t("reasons.size_fits", { band: t(`workforce.${String(d.band)}`) });
    case "verified":
      return t("reasons.verified");
    case "simpler_route": {
      const status = t(`supplierStatuses.${String(d.status)}`);
      return d.route
        ? t("reasons.simpler_route", { status, route: t(`routes.${String(d.route)}`) })
        : t("reasons.simpler_route_generic", { status });
    }
    default:
      return reason.code;
  }
}
