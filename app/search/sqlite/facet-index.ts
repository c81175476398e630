import { FACETS, type Facet, type SearchDocument } from "../types";
import { haversineKm } from "../geo";
import { foldText } from "../text";
import {
  clearBit,
  countBits,
  forEachBit,
  grow,
  hasBit,
  newBitset,
  orInto,
  popcount32,
  setBit,
  type Bitset,
} from "./bitset";

type Entry = {
  id: number;
  slug: string;
  name: string;
  sortKey: string;
  lat: number | null;
  lon: number | null;
  /** The result card as stored (JSON, parsed only for the hits of a page); null for a document from before cards. */
  card: string | null;
};
export type IndexedDocument = Pick<SearchDocument, "id" | "slug" | "name" | "facets" | "lat" | "lon"> & {
  card: string | null;
};

/**
 * In-memory facet index of the published listings: one bitset per facet value, so that
 * filters (OR within a facet, AND across) and facet counts over the whole matching set cost
 * microseconds per thousand documents instead of SQL scans.
 */
export class FacetIndex {
  private capacity = 1024;
  private entries: (Entry | undefined)[] = [];
  private positionOf = new Map<number, number>();
  private free: number[] = [];
  private alive: Bitset = newBitset(this.capacity);
  private valueIdOf = new Map<string, number>();
  private valueFacet: Facet[] = [];
  private valueName: string[] = [];
  private valueBits: Bitset[] = [];
  private docValues: (Int32Array | undefined)[] = [];
  private valuesOfFacet = new Map<Facet, number[]>();
  /** Facet values held by all documents together: their mean says how costly a per-document count is. */
  private valueRefs = 0;
  private nameOrder: number[] | null = null;

  get size(): number {
    return this.positionOf.size;
  }

  upsert(doc: IndexedDocument): void {
    this.remove(doc.id);
    const pos = this.free.pop() ?? this.entries.length;
    if (pos >= this.capacity) this.resize(Math.max(pos + 1, this.capacity * 2));
    this.entries[pos] = {
      id: doc.id,
      slug: doc.slug,
      name: doc.name,
      sortKey: foldText(doc.name),
      lat: doc.lat,
      lon: doc.lon,
      card: doc.card,
    };
    this.positionOf.set(doc.id, pos);
    setBit(this.alive, pos);
    const ids: number[] = [];
    for (const facet of FACETS) {
      for (const value of new Set(doc.facets[facet] ?? [])) {
        const vid = this.valueId(facet, value);
        setBit(this.valueBits[vid]!, pos);
        ids.push(vid);
      }
    }
    this.docValues[pos] = Int32Array.from(ids);
    this.valueRefs += ids.length;
    this.nameOrder = null;
  }

  remove(id: number): void {
    const pos = this.positionOf.get(id);
    if (pos === undefined) return;
    for (const vid of this.docValues[pos] ?? []) clearBit(this.valueBits[vid]!, pos);
    this.valueRefs -= this.docValues[pos]?.length ?? 0;
    clearBit(this.alive, pos);
    this.entries[pos] = undefined;
    this.docValues[pos] = undefined;
    this.positionOf.delete(id);
    this.free.push(pos);
    this.nameOrder = null;
  }

  clear(): void {
    for (const id of [...this.positionOf.keys()]) this.remove(id);
  }

  entry(pos: number): Entry {
    return this.entries[pos]!;
  }

  /** A copy of the set of live documents. */
  allSet(): Bitset {
    return this.alive.slice();
  }

  /** Documents having any of `values` for `facet` (unknown values match nothing). */
  facetSet(facet: Facet, values: string[]): Bitset {
    const bits = newBitset(this.capacity);
    for (const value of values) {
      const vid = this.valueIdOf.get(`${facet}\u0000${value}`);
      if (vid !== undefined) orInto(bits, this.valueBits[vid]!);
    }
    return bits;
  }

  /** Positions within `radiusKm` of a point (all located ones without a radius); distances by position, NaN when unknown. */
  geoSet(lat: number, lon: number, radiusKm: number | undefined): { bits: Bitset; distances: Float64Array } {
    const bits = newBitset(this.capacity);
    const distances = new Float64Array(this.capacity).fill(Number.NaN);
    forEachBit(this.alive, (pos) => {
      const e = this.entries[pos]!;
      if (e.lat === null || e.lon === null) return;
      const d = haversineKm(lat, lon, e.lat, e.lon);
      distances[pos] = d;
      if (radiusKm === undefined || d <= radiusKm) setBit(bits, pos);
    });
    return { bits, distances };
  }

  /**
   * Value counts of the given facets over the documents in `set`, whichever way is cheaper:
   * walking the set's documents and their values (a narrow search), or intersecting the set
   * with each value's bitset over the set's non-empty words (a broad one).
   */
  countFacets(set: Bitset, facets: Set<Facet>): Map<Facet, Record<string, number>> {
    const result = new Map<Facet, Record<string, number>>();
    for (const facet of facets) result.set(facet, {});
    const wanted = [...facets].flatMap((f) => this.valuesOfFacet.get(f) ?? []);
    if (wanted.length === 0) return result;

    const words: number[] = [];
    let documents = 0;
    for (let i = 0; i < set.length; i++) {
      if (set[i] !== 0) {
        words.push(i);
        documents += popcount32(set[i]!);
      }
    }
    const meanValues = this.size === 0 ? 0 : this.valueRefs / this.size;
    // A document walk costs a few operations per value it holds; an intersection one per word.
    if (documents * meanValues * 4 < words.length * wanted.length) {
      const counts = new Int32Array(this.valueFacet.length);
      forEachBit(set, (pos) => {
        for (const vid of this.docValues[pos]!) counts[vid]!++;
      });
      for (const vid of wanted)
        if (counts[vid]! > 0) result.get(this.valueFacet[vid]!)![this.valueName[vid]!] = counts[vid]!;
      return result;
    }
    for (const vid of wanted) {
      const bits = this.valueBits[vid]!;
      let n = 0;
      for (const i of words) {
        const both = set[i]! & bits[i]!;
        if (both !== 0) n += popcount32(both);
      }
      if (n > 0) result.get(this.valueFacet[vid]!)![this.valueName[vid]!] = n;
    }
    return result;
  }

  count(set: Bitset): number {
    return countBits(set);
  }

  /** Positions of `set` in name order (accent- and case-insensitive), from a cached global order. */
  inNameOrder(set: Bitset, limit: number, offset: number): number[] {
    this.nameOrder ??= [...this.positionOf.values()].sort((a, b) => this.compareNames(a, b));
    const out: number[] = [];
    let skipped = 0;
    for (const pos of this.nameOrder) {
      if (!hasBit(set, pos)) continue;
      if (skipped++ < offset) continue;
      out.push(pos);
      if (out.length === limit) break;
    }
    return out;
  }

  *positions(set: Bitset): Generator<number> {
    for (let i = 0; i < set.length; i++) {
      let word = set[i]!;
      while (word !== 0) {
        const low = word & -word;
        yield (i << 5) + 31 - Math.clz32(low);
        word ^= low;
      }
    }
  }

  position(id: number): number | undefined {
    return this.positionOf.get(id);
  }

  /** Accent- and case-insensitive name order (folded keys compare fast, unlike a collator). */
  compareNames(a: number, b: number): number {
    const x = this.entries[a]!;
    const y = this.entries[b]!;
    return x.sortKey < y.sortKey ? -1 : x.sortKey > y.sortKey ? 1 : x.id - y.id;
  }

  get positionCapacity(): number {
    return this.capacity;
  }

  private valueId(facet: Facet, value: string): number {
    const key = `${facet}\u0000${value}`;
    let vid = this.valueIdOf.get(key);
    if (vid === undefined) {
      vid = this.valueFacet.length;
      this.valueIdOf.set(key, vid);
      this.valueFacet.push(facet);
      this.valueName.push(value);
      this.valueBits.push(newBitset(this.capacity));
      const ofFacet = this.valuesOfFacet.get(facet);
      if (ofFacet) ofFacet.push(vid);
      else this.valuesOfFacet.set(facet, [vid]);
    }
    return vid;
  }

  private resize(capacity: number): void {
    this.capacity = capacity;
    this.alive = grow(this.alive, capacity);
    this.valueBits = this.valueBits.map((b) => grow(b, capacity));
  }
}
