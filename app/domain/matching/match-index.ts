import { topK } from "~/lib/top-k";
import { compareMatches } from "./rank";
import { scoreCandidate } from "./score";
import { simplerRouteStatuses } from "./simpler-route";
import type { Match, MatchCandidate, MatchNeed } from "./types";
import { NEARBY_KM } from "./weights";

const CELL_DEGREES = 1;
const cellKey = (lat: number, lon: number) => `${Math.floor(lat / CELL_DEGREES)}:${Math.floor(lon / CELL_DEGREES)}`;

/**
 * Candidates indexed by the regions they serve or sit in, and by a coarse lat/lon grid, so a
 * need only scores the enterprises that could deliver there (a fifth of the province, not all).
 */
export class MatchIndex {
  private byRegion = new Map<string, number[]>();
  private province: number[] = [];
  private grid = new Map<string, number[]>();

  constructor(readonly candidates: readonly MatchCandidate[]) {
    candidates.forEach((c, i) => {
      if (c.servesProvince) this.province.push(i);
      for (const r of new Set([...c.servesRegions, c.regionCode])) push(this.byRegion, r, i);
      if (c.lat !== null && c.lon !== null) push(this.grid, cellKey(c.lat, c.lon), i);
    });
  }

  /** Indices of the candidates that may be reachable for the need (a superset of the matches). */
  private reachable(need: MatchNeed): Iterable<number> {
    if (need.deliveryRegions.length === 0 && !need.deliveryPoint) return this.candidates.keys();
    const seen = new Uint8Array(this.candidates.length);
    const add = (list: number[] | undefined) => {
      for (const i of list ?? []) seen[i] = 1;
    };
    if (need.deliveryRegions.length > 0) add(this.province);
    for (const r of need.deliveryRegions) add(this.byRegion.get(r));
    if (need.deliveryPoint) {
      const { lat, lon } = need.deliveryPoint;
      const dLat = NEARBY_KM / 111;
      const dLon = NEARBY_KM / (111 * Math.max(0.2, Math.cos((lat * Math.PI) / 180)));
      for (let a = Math.floor((lat - dLat) / CELL_DEGREES); a <= Math.floor((lat + dLat) / CELL_DEGREES); a++) {
        for (let b = Math.floor((lon - dLon) / CELL_DEGREES); b <= Math.floor((lon + dLon) / CELL_DEGREES); b++)
          add(this.grid.get(`${a}:${b}`));
      }
    }
    // Index order keeps the result independent of which list found a candidate first.
    return marked(seen);
  }

  rank(need: MatchNeed, limit = 50): Match[] {
    const simpler = simplerRouteStatuses(need);
    const candidates = this.candidates;
    function* scored(indices: Iterable<number>) {
      for (const i of indices) {
        const m = scoreCandidate(need, candidates[i]!, simpler);
        if (m) yield m;
      }
    }
    return topK(scored(this.reachable(need)), limit, compareMatches);
  }
}

function* marked(seen: Uint8Array): Generator<number> {
  for (let i = 0; i < seen.length; i++) if (seen[i]) yield i;
}

function push(map: Map<string, number[]>, key: string, value: number) {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(value);
}
