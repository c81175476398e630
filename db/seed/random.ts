import { Faker, base, fr, fr_CA } from "@faker-js/faker";

export type Rng = Faker;

/** A seeded faker: the same seed always yields the same demo data. */
export function createRng(seed: number): Rng {
  const faker = new Faker({ locale: [fr_CA, fr, base] });
  faker.seed(seed);
  return faker;
}

/** Splits `total` across items in proportion to their weights (largest remainder), at least `min` each. */
export function apportion(weights: number[], total: number, min = 0): number[] {
  const reserved = min * weights.length;
  const rest = Math.max(0, total - reserved);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (w / sum) * rest);
  const counts = exact.map(Math.floor);
  let left = rest - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]! += 1;
  }
  return counts.map((c) => c + min);
}
