import { haversineKm } from "~/search/geo";
import type { Match, MatchCandidate, MatchNeed, Reason } from "./types";
import { BAND_CAPACITY_CAD, NEARBY_KM, WEIGHTS } from "./weights";

/** Statuses whose contracting answer is simpler than an ordinary business's for this need. */
export type SimplerRouteStatuses = ReadonlySet<MatchCandidate["supplierStatus"]>;

function firstShared(a: readonly string[], b: readonly string[]): string | undefined {
  for (const x of a) if (b.includes(x)) return x;
  return undefined;
}

/**
 * Scores one enterprise for a need, with its reasons. Returns null when it is no match: it
 * neither serves nor is near the delivery area, or sells nothing related. The cheap checks
 * come first and allocate nothing, because most of 100,000 enterprises are ruled out.
 */
export function scoreCandidate(need: MatchNeed, c: MatchCandidate, simpler: SimplerRouteStatuses): Match | null {
  // Geography: serving the region is what the buyer asks first.
  const servedRegion = firstShared(need.deliveryRegions, c.servesRegions);
  const servesProvince = !servedRegion && c.servesProvince && need.deliveryRegions.length > 0;
  const locatedIn = need.deliveryRegions.includes(c.regionCode);
  let distanceKm: number | undefined;
  // A degree of latitude is 111 km: most candidates are ruled out before any trigonometry.
  if (
    need.deliveryPoint &&
    c.lat !== null &&
    c.lon !== null &&
    Math.abs(c.lat - need.deliveryPoint.lat) * 111 <= NEARBY_KM
  ) {
    distanceKm = haversineKm(need.deliveryPoint.lat, need.deliveryPoint.lon, c.lat, c.lon);
  }
  const nearby = distanceKm !== undefined && distanceKm <= NEARBY_KM;
  const anywhere = need.deliveryRegions.length === 0 && !need.deliveryPoint;
  if (!servedRegion && !servesProvince && !locatedIn && !nearby && !anywhere) return null;

  // What it sells.
  const exact = firstShared(need.categories, c.categories);
  const group = exact ? undefined : firstShared(need.groups, c.groups);
  let wordHits = 0;
  for (const w of need.words) if (c.offeringWords.has(w)) wordHits++;
  if (!exact && !group && wordHits === 0) return null;

  const reasons: Reason[] = [];
  if (servedRegion)
    reasons.push({ code: "serves_region", points: WEIGHTS.servesRegion, detail: { region: servedRegion } });
  if (servesProvince) reasons.push({ code: "serves_province", points: WEIGHTS.servesProvince, detail: {} });
  if (locatedIn)
    reasons.push({ code: "located_in_region", points: WEIGHTS.locatedInRegion, detail: { region: c.regionCode } });
  if (nearby) {
    const points = Math.round(WEIGHTS.nearbyMax * (1 - distanceKm! / NEARBY_KM));
    if (points > 0) reasons.push({ code: "nearby", points, detail: { km: Math.round(distanceKm!) } });
  }
  if (exact) {
    const count = need.categories.filter((code) => c.categories.includes(code)).length;
    reasons.push({ code: "exact_category", points: WEIGHTS.exactCategory, detail: { category: exact, count } });
  } else if (group) {
    reasons.push({ code: "same_group", points: WEIGHTS.sameGroup, detail: { group } });
  }
  if (wordHits > 0) {
    const hits = need.words.filter((w) => c.offeringWords.has(w));
    const points = Math.round(WEIGHTS.offeringWordsMax * Math.min(1, hits.length / Math.min(need.words.length, 4)));
    reasons.push({
      code: "offering_words",
      points,
      detail: { words: hits.slice(0, 5).join(", "), count: hits.length },
    });
  }
  if (need.amountCad !== undefined && c.workforceBand && need.amountCad <= BAND_CAPACITY_CAD[c.workforceBand]) {
    reasons.push({ code: "size_fits", points: WEIGHTS.sizeFits, detail: { band: c.workforceBand } });
  }
  if (c.verified) reasons.push({ code: "verified", points: WEIGHTS.verified, detail: {} });
  if (simpler.has(c.supplierStatus))
    reasons.push({ code: "simpler_route", points: WEIGHTS.simplerRoute, detail: { status: c.supplierStatus } });

  let score = 0;
  for (const r of reasons) score += r.points;
  return {
    candidateId: c.id,
    name: c.name,
    score,
    reasons,
    ...(distanceKm !== undefined ? { distanceKm: Math.round(distanceKm * 10) / 10 } : {}),
  };
}
