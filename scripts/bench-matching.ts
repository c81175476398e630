/**
 * `npm run bench:matching [-- --count 100000 --runs 300] [--database FILE]`: matches a fixed mix
 * of needs against a freshly seeded database (or an already seeded FILE, left as it is, to
 * profile without reseeding) and prints latency percentiles. The last line is one JSON object.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { seedDatabase } from "#db/seed/seed";
import { MatchIndex, type MatchNeed } from "~/domain/matching";
import { categories } from "#db/reference/taxonomy";
import { loadMatchCandidates } from "~/models/match-candidates.server";
import { queryTokens } from "~/search/text";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    runs: { type: "string", default: "300" },
    database: { type: "string" },
  },
});
const count = Number(values.count);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 100 || count > 1_000_000 || !Number.isInteger(runs) || runs < 10) {
  console.error("--count must be a whole number from 100 to 1,000,000 and --runs at least 10");
  process.exit(2);
}

if (values.database && !fs.existsSync(values.database)) {
  console.error(`--database ${values.database}: no such file`);
  process.exit(2);
}
const dir = values.database ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), "maillage-bench-matching-"));
try {
  const db = openDatabase(values.database ?? path.join(dir!, "bench.sqlite"));
  migrateDatabase(db);
  let t = performance.now();
  if (!values.database) {
    await seedDatabase(db, { count, accounts: false });
    console.error(`seeded ${count} enterprises in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  t = performance.now();
  const candidates = loadMatchCandidates(db);
  console.error(`loaded ${candidates.length} published candidates in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // A fixed, varied mix: buyer types, natures, amounts, regions, with and without categories.
  const texts = [
    "Traiteur pour le buffet de l'assemblée générale annuelle, 150 personnes",
    "Entretien ménager des bureaux administratifs, trois fois par semaine",
    "Déneigement des stationnements municipaux pour l'hiver",
    "Impression de dépliants et d'affiches pour une campagne de sensibilisation",
    "Récupération et recyclage du matériel informatique désuet",
    "Aménagement paysager et entretien des parcs",
    "Formation en bureautique pour le personnel",
    "Déménagement de bureaux et entreposage temporaire",
  ];
  const buyers = ["municipality", "ministry", "health_network", "education_network"] as const;
  const natures = ["services", "supply", "services", "services"] as const;
  const points = [
    { region: "04", lat: 46.35, lon: -72.55 },
    { region: "06", lat: 45.5, lon: -73.57 },
    { region: "03", lat: 46.81, lon: -71.21 },
    { region: "05", lat: 45.4, lon: -71.89 },
    { region: "01", lat: 48.45, lon: -68.52 },
  ];
  const needs: MatchNeed[] = Array.from({ length: 40 }, (_, i) => {
    const text = texts[i % texts.length]!;
    const point = points[i % points.length]!;
    const withCategory = i % 3 !== 0;
    const category = categories[(i * 7) % categories.length]!;
    return {
      buyer: buyers[i % buyers.length]!,
      contractNature: natures[i % natures.length]!,
      amountCad: [15_000, 60_000, 150_000, 400_000][i % 4],
      date: "2026-06-01",
      categories: withCategory ? [category.code] : [],
      groups: withCategory ? [category.groupCode] : [],
      deliveryRegions: [point.region],
      deliveryPoint: i % 2 === 0 ? { lat: point.lat, lon: point.lon } : undefined,
      words: queryTokens(text),
    };
  });

  t = performance.now();
  const index = new MatchIndex(candidates);
  console.error(`indexed in ${Math.round(performance.now() - t)} ms`);

  // What a listing change costs the running portal: reading that listing and taking it in
  // (see app/lib/match-index.server.ts), instead of reading all of them and rebuilding.
  const updates: number[] = [];
  for (let i = 0; i < 50; i++) {
    const id = candidates[(i * 1_847) % candidates.length]!.id;
    const start = performance.now();
    index.update([id], loadMatchCandidates(db, [id]));
    updates.push(performance.now() - start);
  }
  updates.sort((a, b) => a - b);
  console.error(
    `one listing change taken in: median ${updates[25]!.toFixed(2)} ms (a rebuild reads and indexes every listing)`,
  );
  for (let i = 0; i < 20; i++) index.rank(needs[i % needs.length]!);
  const times: number[] = [];
  let matched = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    matched += index.rank(needs[i % needs.length]!, 100).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) =>
    Math.round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]! * 100) / 100;
  console.error(
    `${runs} needs, ${(matched / runs).toFixed(0)} matches kept on average; p99 ${pct(99)} ms; target p95 ≤ 50 ms`,
  );
  const enterprises = values.database
    ? (db.$client.prepare("select count(*) as n from enterprises").get() as { n: number }).n
    : count;
  db.$client.close();
  console.log(JSON.stringify({ enterprises, p50Ms: pct(50), p95Ms: pct(95) }));
} finally {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
