/** Fixed-size bitsets over document positions: filters and facet counts without SQL round trips. */
export type Bitset = Uint32Array;

export function newBitset(capacity: number): Bitset {
  return new Uint32Array(Math.ceil(capacity / 32));
}

export function setBit(bits: Bitset, pos: number): void {
  bits[pos >>> 5]! |= 1 << (pos & 31);
}

export function clearBit(bits: Bitset, pos: number): void {
  bits[pos >>> 5]! &= ~(1 << (pos & 31));
}

export function hasBit(bits: Bitset, pos: number): boolean {
  return (bits[pos >>> 5]! & (1 << (pos & 31))) !== 0;
}

export function andInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i]! &= other[i] ?? 0;
}

export function orInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i]! |= other[i] ?? 0;
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(bits: Bitset): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) if (bits[i]) n += popcount32(bits[i]!);
  return n;
}

/** Calls `fn` for each set position, in increasing order. */
export function forEachBit(bits: Bitset, fn: (pos: number) => void): void {
  for (let i = 0; i < bits.length; i++) {
    let word = bits[i]!;
    while (word !== 0) {
      const low = word & -word;
      fn((i << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}

export function grow(bits: Bitset, capacity: number): Bitset {
  const next = newBitset(capacity);
  next.set(bits);
  return next;
}
