import { rankCandidates } from "./rank";
import type { Match, MatchCandidate, MatchNeed } from "./types";
import { NEARBY_KM } from "./weights";

const CELL_DEGREES = 1;
const cellKey = (lat: number, lon: number) => `${Math.floor(lat / CELL_DEGREES)}:${Math.floor(lon / CELL_DEGREES)}`;

/** Marks in `MatchIndex.candidatesFor`: a candidate is scored only when it has both. */
const SELLS = 1;
const REACHES = 2;

/**
 * Candidates indexed by what they sell (categories, groups, offering words) and where they
 * deliver (regions served or sat in, a coarse lat/lon grid), so a need only scores the
 * enterprises that both sell something related and could deliver there: scoring returns no
 * match for the others, and at 100,000 listings they are nine in ten.
 */
export class MatchIndex {
  private byRegion = new Map<string, number[]>();
  private province: number[] = [];
  private grid = new Map<string, number[]>();
  private byCategory = new Map<string, number[]>();
  private byGroup = new Map<string, number[]>();
  private byWord = new Map<string, number[]>();
  private candidates: MatchCandidate[] = [];
  /** Slot of each live enterprise; a replaced or removed one leaves a retired slot behind. */
  private slotOf = new Map<number, number>();
  private retiredSlots = new Set<number>();

  constructor(candidates: readonly MatchCandidate[]) {
    for (const c of candidates) this.add(c);
  }

  /** Live candidates. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Slots left behind by `update`: past a share of the index, rebuilding it is cheaper to use. */
  get retired(): number {
    return this.retiredSlots.size;
  }

  /**
   * Takes in changed enterprises without rebuilding: `changedIds` lose their entries, and those
   * of `current` (their published versions; an unpublished one is simply absent) come back.
   */
  update(changedIds: Iterable<number>, current: readonly MatchCandidate[]): void {
    for (const id of changedIds) this.retire(id);
    for (const c of current) {
      this.retire(c.id);
      this.add(c);
    }
  }

  private retire(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.retiredSlots.add(slot);
    this.slotOf.delete(id);
  }

  private add(c: MatchCandidate): void {
    const i = this.candidates.length;
    this.candidates.push(c);
    this.slotOf.set(c.id, i);
    if (c.servesProvince) this.province.push(i);
    for (const r of new Set([...c.servesRegions, c.regionCode])) push(this.byRegion, r, i);
    if (c.lat !== null && c.lon !== null) push(this.grid, cellKey(c.lat, c.lon), i);
    for (const code of new Set(c.categories)) push(this.byCategory, code, i);
    for (const code of new Set(c.groups)) push(this.byGroup, code, i);
    for (const word of c.offeringWords) push(this.byWord, word, i);
  }

  /**
   * Indices of the candidates that sell something related and may be reachable for the need:
   * a superset of the matches, in index order so the result does not depend on which list
   * found a candidate first.
   */
  private candidatesFor(need: MatchNeed): number[] {
    const marks = new Uint8Array(this.candidates.length);
    const mark = (list: number[] | undefined, bit: number) => {
      if (list) for (const i of list) marks[i]! |= bit;
    };
    for (const code of need.categories) mark(this.byCategory.get(code), SELLS);
    for (const code of need.groups) mark(this.byGroup.get(code), SELLS);
    for (const word of need.words) mark(this.byWord.get(word), SELLS);
    const anywhere = need.deliveryRegions.length === 0 && !need.deliveryPoint;
    if (need.deliveryRegions.length > 0) mark(this.province, REACHES);
    for (const r of need.deliveryRegions) mark(this.byRegion.get(r), REACHES);
    if (need.deliveryPoint) {
      const { lat, lon } = need.deliveryPoint;
      const dLat = NEARBY_KM / 111;
      const dLon = NEARBY_KM / (111 * Math.max(0.2, Math.cos((lat * Math.PI) / 180)));
      for (let a = Math.floor((lat - dLat) / CELL_DEGREES); a <= Math.floor((lat + dLat) / CELL_DEGREES); a++) {
        for (let b = Math.floor((lon - dLon) / CELL_DEGREES); b <= Math.floor((lon + dLon) / CELL_DEGREES); b++)
          mark(this.grid.get(`${a}:${b}`), REACHES);
      }
    }
    const wanted = anywhere ? SELLS : SELLS | REACHES;
    const indices: number[] = [];
    for (let i = 0; i < marks.length; i++) {
      if ((marks[i]! & wanted) === wanted && !this.retiredSlots.has(i)) indices.push(i);
    }
    return indices;
  }

  rank(need: MatchNeed, limit = 50): Match[] {
    return rankCandidates(
      need,
      this.candidatesFor(need).map((i) => this.candidates[i]!),
      limit,
    );
  }
}

function push(map: Map<string, number[]>, key: string, value: number) {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(value);
}
