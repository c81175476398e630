/**
 * `npm run bench:search [-- --sizes 20000,100000] [--duration 10] [--connections 10]`
 *
 * Seeds temporary databases of deterministic demo enterprises, times a fixed query mix on the
 * embedded SQLite engine in process (every query asks for all facet counts, 20 per page, as the
 * page does), then starts the real portal (`scripts/start.ts`) on one of those databases and
 * measures requests per second with autocannon for filtered `/repertoire` searches and for the
 * static `/a-propos` page. Progress goes to stderr; the last line of stdout is one JSON object:
 * `{"engine":"sqlite","results":[{"enterprises":…,"p50Ms":…,"p95Ms":…,"p99Ms":…}…],"http":{"searchRps":…,"staticRps":…}}`.
 * The line before it holds the details (per-kind percentiles, seeding times, HTTP latencies).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
// @ts-expect-error -- autocannon 8 ships no type declarations (see AutocannonOptions below).
import autocannonUntyped from "autocannon";
import { openDatabase, type Db } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { seedDatabase } from "#db/seed/seed";
import { createSqliteSearchEngine } from "~/search/sqlite/engine.server";
import { FACETS, type Facet, type SearchQuery } from "~/search/types";

// ─── autocannon, typed for what this script uses ────────────────────────────────────────────

type AutocannonOptions = {
  url: string;
  connections: number;
  duration: number;
  requests?: { method: "GET"; path: string }[];
  headers?: Record<string, string>;
};
type Histogram = { average: number; p50: number; p90: number; p99: number; max: number; total: number };
type AutocannonResult = {
  requests: Histogram;
  latency: Histogram;
  throughput: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
};
const autocannon = autocannonUntyped as (options: AutocannonOptions) => Promise<AutocannonResult>;

// ─── command line ───────────────────────────────────────────────────────────────────────────

const USAGE = `Usage: npm run bench:search -- [--sizes 20000,100000] [--duration 10] [--connections 10]
  --sizes        enterprise counts to seed and time, comma-separated (100 to 1,000,000 each)
  --duration     seconds of each HTTP measurement (1 to 600; a short warm-up comes first)
  --connections  concurrent HTTP connections (1 to 200)`;

type Options = { sizes: number[]; duration: number; connections: number };

function fail(message: string): never {
  console.error(`bench-search: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function readOptions(): Options {
  let values: { sizes?: string; duration?: string; connections?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        sizes: { type: "string", default: "20000,100000" },
        duration: { type: "string", default: "10" },
        connections: { type: "string", default: "10" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.error(USAGE);
    process.exit(0);
  }
  const rawSizes = (values.sizes ?? "").split(",").map((s) => s.trim());
  if (rawSizes.length === 0 || rawSizes.some((s) => s === "")) {
    fail(`--sizes must be a comma-separated list of whole numbers, got "${values.sizes}"`);
  }
  const sizes = rawSizes.map((s) => {
    const n = /^\d+$/.test(s.replace(/_/g, "")) ? Number(s.replace(/_/g, "")) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < 100 || n > 1_000_000) {
      fail(`--sizes: "${s}" is not a whole number between 100 and 1,000,000`);
    }
    return n;
  });
  if (new Set(sizes).size !== sizes.length) fail(`--sizes lists the same size twice ("${values.sizes}")`);

  const duration = Number(values.duration);
  if (!/^\d+(\.\d+)?$/.test(values.duration ?? "") || !(duration >= 1 && duration <= 600)) {
    fail(`--duration must be a number of seconds from 1 to 600, got "${values.duration}"`);
  }
  const connections = Number(values.connections);
  if (!/^\d+$/.test(values.connections ?? "") || connections < 1 || connections > 200) {
    fail(`--connections must be a whole number from 1 to 200, got "${values.connections}"`);
  }
  return { sizes, duration, connections };
}

// ─── the fixed query mix ────────────────────────────────────────────────────────────────────

export type Kind = "text" | "text+filters" | "filters" | "geo";
const KINDS: Kind[] = ["text", "text+filters", "filters", "geo"];
export type BenchQuery = { kind: Kind; label: string; query: SearchQuery };
type Filters = Partial<Record<Facet, string[]>>;

/** Buyer terms from the taxonomy's keywords and the offerings vocabulary, with typos, missing accents and prefixes. */
const TERMS = [
  "traiteur",
  "entretien ménager",
  "déneigement",
  "impression",
  "recyclage",
  "boîtes à lunch",
  "traiteir", // typo
  "economie", // no accent
  "économie sociale",
  "nettoy", // prefix while typing
  "informatique",
  "aménagement paysager",
  "reconditionnement ordinateurs",
  "compostage",
  "buanderie",
  "déménagement",
  "couture",
  "traduction",
  "livraison",
  "mobilier de bureau",
  "café",
  "vaisselle réutilisable",
  "francisation",
  "élagage",
  "uniformes",
  "signalisation",
  "impresion", // typo
  "deneigement", // no accent
  "recycl", // prefix
  "service alimentaire", // synonym of traiteur
  "halte-garderie",
  "formation",
  "menuiserie",
  "catering", // English
  "snow removal", // English phrase
  "paysag", // prefix
];

const REGIONS = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17"];
const STATUSES = ["cooperative", "obnl", "mutual", "financial_cooperative"];
const GROUPS = [
  "alimentation",
  "entretien",
  "impression",
  "matieres-residuelles",
  "informatique",
  "espaces-verts",
  "formation-conseil",
  "services-aux-personnes",
  "mobilier",
  "transport",
];
const CATEGORIES = [
  "traiteur-evenementiel",
  "boites-a-lunch",
  "entretien-menager-commercial",
  "deneigement",
  "impression-commerciale",
  "collecte-recyclage",
  "reconditionnement-ordinateurs",
  "amenagement-paysager",
  "mobilier-bureau",
  "formation-sst",
];
const LABELS = ["entreprise-insertion", "entreprise-adaptee", "ecoresponsable", "aliments-du-quebec", "licence-rbq"];
const PURPOSES = [
  "insertion-socioprofessionnelle",
  "environnement",
  "securite-alimentaire",
  "aines",
  "vitalite-rurale",
];
const WORKFORCE = ["1_4", "5_9", "10_49", "50_99", "100_plus"];
/** Municipality codes the geo queries start from (read with their coordinates from the seeded database). */
export const PLACES = [
  "66023", // Montréal
  "23027", // Québec
  "81017", // Gatineau
  "43027", // Sherbrooke
  "37067", // Trois-Rivières
  "94068", // Saguenay
  "10043", // Rimouski
  "86042", // Rouyn-Noranda
  "49058", // Drummondville
  "65005", // Laval
  "25213", // Lévis
  "58227", // Longueuil
];
const RADII = [25, 50, 75, 100];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** The filter combinations a buyer uses, indexed so every list is walked deterministically. */
function filterCombo(i: number): Filters {
  switch (i % 8) {
    case 0:
      return { serves: [pick(REGIONS, i)] };
    case 1:
      return { serves: [pick(REGIONS, i)], status: [pick(STATUSES, i)] };
    case 2:
      return { group: [pick(GROUPS, i)] };
    case 3:
      return { region: [pick(REGIONS, i)], group: [pick(GROUPS, i + 3)] };
    case 4:
      return { serves: [pick(REGIONS, i), pick(REGIONS, i + 5)], status: ["cooperative", "obnl"] };
    case 5:
      return { category: [pick(CATEGORIES, i)], serves: [pick(REGIONS, i)] };
    case 6:
      return { label: [pick(LABELS, i)], serves: [pick(REGIONS, i)] };
    default:
      return { purpose: [pick(PURPOSES, i)], workforce: [pick(WORKFORCE, i), pick(WORKFORCE, i + 1)] };
  }
}

function describe(query: SearchQuery): string {
  const parts = query.q ? [`q="${query.q}"`] : [];
  for (const [facet, values] of Object.entries(query.filters)) parts.push(`${facet}=${values.join(",")}`);
  if (query.near) parts.push(`near=${query.near.lat},${query.near.lon} r=${query.near.radiusKm}km`);
  parts.push(`sort=${query.sort}`);
  if (query.page > 1) parts.push(`page=${query.page}`);
  return parts.join(" ");
}

function makeQuery(kind: Kind, partial: Partial<SearchQuery>): BenchQuery {
  const q = partial.q ?? "";
  const query: SearchQuery = {
    q,
    filters: partial.filters ?? {},
    near: partial.near,
    sort: partial.sort ?? (q ? "relevance" : partial.near ? "distance" : "name"),
    page: partial.page ?? 1,
    perPage: 20,
    facets: [...FACETS],
  };
  return { kind, label: describe(query), query };
}

/** About 240 queries: text only, text + filters, filters only, geo (sorted by distance). */
export function buildQueryMix(places: { code: string; lat: number; lon: number }[]): BenchQuery[] {
  const mix: BenchQuery[] = [];
  TERMS.forEach((q, i) => {
    mix.push(makeQuery("text", { q }));
    if (i % 6 === 0) mix.push(makeQuery("text", { q, page: 2 }));
  });
  TERMS.forEach((q, i) => {
    mix.push(makeQuery("text+filters", { q, filters: filterCombo(i) }));
    mix.push(makeQuery("text+filters", { q, filters: filterCombo(i + 3) }));
  });
  // Filters only: the landing page, then the combinations by name order.
  mix.push(makeQuery("filters", {}));
  mix.push(makeQuery("filters", { page: 3 }));
  for (let i = 0; i < 17; i++)
    mix.push(makeQuery("filters", { filters: { serves: [REGIONS[i]!], status: [pick(STATUSES, i)] } }));
  for (let i = 0; i < 10; i++)
    mix.push(makeQuery("filters", { filters: { category: [CATEGORIES[i]!], region: [pick(REGIONS, i * 2)] } }));
  for (let i = 0; i < 24; i++) mix.push(makeQuery("filters", { filters: filterCombo(i), page: i % 5 === 4 ? 2 : 1 }));
  // Geo: near a municipality within 25 to 100 km, nearest first, alone or with text or filters.
  places.forEach((place, i) => {
    const at = (radiusKm: number) => ({ lat: place.lat, lon: place.lon, radiusKm });
    mix.push(makeQuery("geo", { near: at(pick(RADII, i)) }));
    mix.push(makeQuery("geo", { near: at(pick(RADII, i + 1)), q: pick(TERMS, i * 5), sort: "distance" }));
    mix.push(makeQuery("geo", { near: at(pick(RADII, i + 2)), filters: { status: [pick(STATUSES, i)] } }));
    mix.push(makeQuery("geo", { near: at(pick(RADII, i + 3)), filters: { group: [pick(GROUPS, i)] } }));
  });
  return mix;
}

// ─── statistics ─────────────────────────────────────────────────────────────────────────────

/** Nearest-rank percentile of an ascending array: the smallest value with at least p% of values at or below it. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const ms = (x: number) => Math.round(x * 100) / 100;

function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50Ms: ms(percentile(sorted, 50)),
    p95Ms: ms(percentile(sorted, 95)),
    p99Ms: ms(percentile(sorted, 99)),
    maxMs: ms(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const log = (message: string) => process.stderr.write(`${message}\n`);
const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

// ─── in-process engine timings ──────────────────────────────────────────────────────────────

const WARMUP_ROUNDS = 1;
const MEASURED_ROUNDS = 5;

type SizeResult = {
  enterprises: number;
  published: number;
  seedSeconds: number;
  queries: number;
  emptyQueries: number;
  overall: ReturnType<typeof summarize>;
  cpu: ReturnType<typeof summarize>;
  byKind: Record<Kind, ReturnType<typeof summarize>>;
  slowest: { label: string; kind: Kind; p95Ms: number; total: number }[];
};

async function benchSize(file: string, count: number): Promise<SizeResult> {
  const started = performance.now();
  log(`\n[${count}] seeding ${count.toLocaleString("en-CA")} enterprises into ${file} (search index included)…`);
  const db: Db = openDatabase(file);
  try {
    migrateDatabase(db);
    const summary = await seedDatabase(db, { count, accounts: false });
    const seedSeconds = Math.round((performance.now() - started) / 100) / 10;
    log(`[${count}] seeded ${summary.enterprises} enterprises (${summary.published} published) in ${seconds(started)}`);

    const places = PLACES.map((code) => {
      const row = db.$client
        .prepare("select code, lat, lon from municipalities where code = ? and lat is not null")
        .get(code) as { code: string; lat: number; lon: number } | undefined;
      if (!row) throw new Error(`Municipality ${code} has no coordinates in the reference data.`);
      return row;
    });
    const mix = buildQueryMix(places);

    // A fresh engine, as a server process would have: its first search loads the facet index.
    // Without its text cache: every timing includes the full-text match, as a first search does.
    const engine = createSqliteSearchEngine(db, { textCacheEntries: 0 });
    const loadStart = performance.now();
    await engine.search(mix[0]!.query);
    log(`[${count}] engine loaded (first search) in ${(performance.now() - loadStart).toFixed(0)} ms`);

    const totals = new Map<number, number>();
    for (let round = 0; round < WARMUP_ROUNDS; round++) {
      for (const [i, item] of mix.entries()) totals.set(i, (await engine.search(item.query)).total);
    }
    const samples: number[][] = mix.map(() => []);
    // CPU time of this process per query, beside the wall-clock time the targets use: when other
    // processes compete for the cores, wall-clock grows and CPU time does not.
    const cpuSamples: number[] = [];
    const measureStart = performance.now();
    for (let round = 0; round < MEASURED_ROUNDS; round++) {
      for (const [i, item] of mix.entries()) {
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        await engine.search(item.query);
        samples[i]!.push(performance.now() - t0);
        const cpu = process.cpuUsage(cpu0);
        cpuSamples.push((cpu.user + cpu.system) / 1000);
      }
    }
    log(
      `[${count}] timed ${mix.length} queries × ${MEASURED_ROUNDS} rounds (after ${WARMUP_ROUNDS} warm-up round) in ${seconds(measureStart)}`,
    );

    const byKind = Object.fromEntries(
      KINDS.map((kind) => [kind, summarize(mix.flatMap((item, i) => (item.kind === kind ? samples[i]! : [])))]),
    ) as Record<Kind, ReturnType<typeof summarize>>;
    const overall = summarize(samples.flat());
    const cpu = summarize(cpuSamples);
    const slowest = mix
      .map((item, i) => ({
        label: item.label,
        kind: item.kind,
        p95Ms: summarize(samples[i]!).p95Ms,
        total: totals.get(i) ?? 0,
      }))
      .sort((a, b) => b.p95Ms - a.p95Ms)
      .slice(0, 8);
    const emptyQueries = [...totals.values()].filter((n) => n === 0).length;

    const target = count === 20_000 ? 10 : count === 100_000 ? 30 : undefined;
    log(
      `[${count}] all: p50 ${overall.p50Ms} ms, p95 ${overall.p95Ms} ms, p99 ${overall.p99Ms} ms, max ${overall.maxMs} ms` +
        (target === undefined ? "" : ` — target p95 ≤ ${target} ms: ${overall.p95Ms <= target ? "met" : "MISSED"}`),
    );
    log(`[${count}] CPU time per query (this process): p50 ${cpu.p50Ms} ms, p95 ${cpu.p95Ms} ms, p99 ${cpu.p99Ms} ms`);
    for (const kind of KINDS) {
      const k = byKind[kind];
      log(
        `[${count}]   ${kind.padEnd(12)} n=${String(k.n).padStart(4)}  p50 ${k.p50Ms} ms  p95 ${k.p95Ms} ms  p99 ${k.p99Ms} ms`,
      );
    }
    log(`[${count}] queries with no result: ${emptyQueries} of ${mix.length}; slowest (p95):`);
    for (const s of slowest)
      log(`[${count}]   ${String(s.p95Ms).padStart(8)} ms  ${s.kind.padEnd(12)} ${s.label} (${s.total} hits)`);

    return {
      enterprises: count,
      published: summary.published,
      seedSeconds,
      queries: mix.length,
      emptyQueries,
      overall,
      cpu,
      byKind,
      slowest,
    };
  } finally {
    db.$client.close();
  }
}

// ─── HTTP: the real portal under autocannon ─────────────────────────────────────────────────

/** Filtered searches as a buyer's browser sends them (repeated parameters, as the form does). */
const SEARCH_PATHS = [
  "/repertoire?q=traiteur&serves=06&status=cooperative",
  "/repertoire?q=entretien+m%C3%A9nager&serves=03",
  "/repertoire?q=d%C3%A9neigement&serves=02&status=obnl",
  "/repertoire?q=recyclage&group=matieres-residuelles&serves=05",
  "/repertoire?q=impression&serves=13&serves=06",
  "/repertoire?q=bo%C3%AEtes+%C3%A0+lunch&serves=04&status=obnl",
  "/repertoire?q=informatique&serves=07&workforce=10_49",
  "/repertoire?q=economie&serves=16&status=cooperative",
];
const STATIC_PATH = "/a-propos";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}

/** The parent's test-runner and engine variables must not leak into the server (it must use SQLite). */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    "BASE_URL",
    "MODE",
    "DEV",
    "PROD",
    "SSR",
    "VITEST",
    "VITEST_POOL_ID",
    "VITEST_WORKER_ID",
    "TEST",
    "MEILI_HOST",
    "MEILI_MASTER_KEY",
  ])
    delete env[key];
  return env;
}

type Portal = { baseUrl: string; pid: number | undefined; logs: () => string; stop: () => Promise<void> };
let runningServer: ChildProcess | undefined;

function killServerGroup(signal: NodeJS.Signals) {
  const pid = runningServer?.pid;
  if (!pid || runningServer?.exitCode !== null || runningServer.signalCode !== null) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function startPortal(databaseFile: string, extraEnv: Record<string, string> = {}): Promise<Portal> {
  const port = await freePort();
  let output = "";
  let forward = true;
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    // Start-up messages (build, migrations) are progress; request logs afterwards are noise.
    if (forward) process.stderr.write(text.replace(/^(?=.)/gm, "  [portal] "));
  };
  const server = spawn("npx", ["tsx", "scripts/start.ts"], {
    cwd: repoRoot,
    env: {
      ...childEnv(),
      PORT: String(port),
      DATABASE_URL: `file:${databaseFile}`,
      NODE_ENV: "production",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  runningServer = server;
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));

  const stop = async () => {
    forward = false;
    killServerGroup("SIGTERM");
    const gone = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!gone) {
      killServerGroup("SIGKILL");
      await Promise.race([exited, sleep(2_000)]);
    }
    runningServer = undefined;
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const deadline = Date.now() + 400_000;
  try {
    for (;;) {
      if (server.exitCode !== null || server.signalCode !== null) {
        throw new Error(
          `The portal exited early (code ${server.exitCode ?? server.signalCode}); its output is above (lines starting with [portal]).`,
        );
      }
      try {
        const res = await fetch(baseUrl + "/");
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error("The portal did not answer on / within 400 s; its output is above.");
      await sleep(300);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  forward = false;
  log(`Portal answering on ${baseUrl} after ${seconds(started)}`);
  return { baseUrl, pid: server.pid, logs: () => output, stop };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type LoadResult = {
  rps: number;
  requests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Server CPU time (its whole process group) per request: unlike req/s, not skewed by other processes. */
  serverCpuMsPerRequest: number | null;
};

const CLOCK_TICKS = (() => {
  const out = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  const n = Number(out.stdout?.trim());
  return Number.isInteger(n) && n > 0 ? n : 100;
})();

/** CPU seconds used so far by the processes of a process group (Linux /proc), or null elsewhere. */
function groupCpuSeconds(pgid: number | undefined): number | null {
  if (!pgid || !fs.existsSync("/proc/self/stat")) return null;
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // After "pid (comm) ": state, ppid, pgrp, … utime (14th field), stime (15th).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / CLOCK_TICKS;
}

async function load(
  portal: Portal,
  name: string,
  paths: string[],
  options: Pick<Options, "duration" | "connections">,
  warmupSeconds: number,
): Promise<LoadResult> {
  const run = (duration: number) =>
    autocannon({
      url: portal.baseUrl,
      connections: options.connections,
      duration,
      requests: paths.map((p) => ({ method: "GET", path: p })),
      headers: { "accept-language": "fr-CA,fr;q=0.9" },
    });
  log(`${name}: warm-up ${warmupSeconds} s, then ${options.duration} s with ${options.connections} connections…`);
  const warm = await run(warmupSeconds);
  const cpuBefore = groupCpuSeconds(portal.pid);
  const r = await run(options.duration);
  const cpuAfter = groupCpuSeconds(portal.pid);
  const problems = [warm, r].reduce((n, x) => n + x.non2xx + x.errors + x.timeouts, 0);
  if (problems > 0) {
    throw new Error(
      `${name}: ${r.non2xx + warm.non2xx} non-2xx responses, ${r.errors + warm.errors} errors, ` +
        `${r.timeouts + warm.timeouts} timeouts — the numbers would be meaningless.\nServer output (tail):\n${portal.logs().slice(-4_000)}`,
    );
  }
  const result = {
    rps: Math.round(r.requests.average),
    requests: r.requests.total,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    serverCpuMsPerRequest:
      cpuBefore === null || cpuAfter === null || r.requests.total === 0
        ? null
        : Math.round(((cpuAfter - cpuBefore) * 1000 * 100) / r.requests.total) / 100,
  };
  log(
    `${name}: ${result.rps} req/s (${result.requests} requests), latency p50 ${result.latencyP50Ms} ms, ` +
      `p99 ${result.latencyP99Ms} ms, non-2xx ${result.non2xx}, server CPU ${result.serverCpuMsPerRequest ?? "?"} ms/request`,
  );
  return result;
}

/** Every URL answers 200 and the searches find listings (through the JSON API with the same parameters). */
async function checkUrls(portal: Portal): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (const p of [...SEARCH_PATHS, STATIC_PATH]) {
    const res = await fetch(portal.baseUrl + p);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${p} answered ${res.status}, expected 200`);
  }
  for (const p of SEARCH_PATHS) {
    const api = p.replace("/repertoire", "/api/v1/enterprises");
    const res = await fetch(portal.baseUrl + api);
    if (res.status !== 200) throw new Error(`GET ${api} answered ${res.status}, expected 200`);
    totals[p] = ((await res.json()) as { total: number }).total;
  }
  log(
    `Search URLs (matching listings): ${Object.entries(totals)
      .map(([p, n]) => `${p} → ${n}`)
      .join("; ")}`,
  );
  return totals;
}

// ─── main ───────────────────────────────────────────────────────────────────────────────────

const tempDirs: string[] = [];

function cleanup() {
  killServerGroup("SIGKILL");
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

async function main() {
  const options = readOptions();
  const httpSize = options.sizes.includes(20_000) ? 20_000 : Math.min(...options.sizes);
  log(
    `bench:search — sizes ${options.sizes.join(", ")}; HTTP on the ${httpSize} database, ${options.duration} s per run, ` +
      `${options.connections} connections; ${os.cpus().length} CPUs, Node ${process.version}, ` +
      `load average ${loadAverage()} (other processes on the machine skew every figure)`,
  );
  const loadAtStart = os.loadavg();

  const results: SizeResult[] = [];
  let httpDatabase: string | undefined;
  for (const size of options.sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `maillage-bench-${size}-`));
    tempDirs.push(dir);
    const file = path.join(dir, "bench.sqlite");
    results.push(await benchSize(file, size));
    if (size === httpSize) httpDatabase = file;
    else {
      fs.rmSync(dir, { recursive: true, force: true });
      tempDirs.splice(tempDirs.indexOf(dir), 1);
    }
  }

  log(`\nHTTP: starting the portal (npm start: build if needed, migrate, serve) on the ${httpSize} database…`);
  const portal = await startPortal(httpDatabase!);
  let search: LoadResult;
  let staticPage: LoadResult;
  let totals: Record<string, number>;
  try {
    totals = await checkUrls(portal);
    const warmup = Math.min(3, options.duration);
    search = await load(portal, `search (${SEARCH_PATHS.length} URLs in rotation)`, SEARCH_PATHS, options, warmup);
    staticPage = await load(portal, `static ${STATIC_PATH}`, [STATIC_PATH], options, warmup);
  } finally {
    await portal.stop();
  }
  // The same searches with the engine's text cache off: every request runs its full-text match,
  // as the first search for a text does (the rotation above repeats eight texts).
  log(`\nHTTP: the portal again, with SEARCH_TEXT_CACHE_ENTRIES=0…`);
  const uncachedPortal = await startPortal(httpDatabase!, { SEARCH_TEXT_CACHE_ENTRIES: "0" });
  let searchUncached: LoadResult;
  try {
    searchUncached = await load(
      uncachedPortal,
      `search without the text cache`,
      SEARCH_PATHS,
      options,
      Math.min(3, options.duration),
    );
  } finally {
    await uncachedPortal.stop();
  }
  const ratio = search.rps / staticPage.rps;
  log(`Load average now ${loadAverage()}`);
  if (search.serverCpuMsPerRequest && staticPage.serverCpuMsPerRequest) {
    log(
      `HTTP: server CPU per request: search ${search.serverCpuMsPerRequest} ms, static ${staticPage.serverCpuMsPerRequest} ms ` +
        `(on an idle core that would allow a ratio of about ${(staticPage.serverCpuMsPerRequest / search.serverCpuMsPerRequest).toFixed(2)}×)`,
    );
  }
  log(
    `HTTP: search ${search.rps} req/s vs static ${staticPage.rps} req/s = ${ratio.toFixed(2)}× — target ≥ 0.5×: ${ratio >= 0.5 ? "met" : "MISSED"}` +
      ` (without the text cache: ${searchUncached.rps} req/s = ${(searchUncached.rps / staticPage.rps).toFixed(2)}×)`,
  );

  const final = {
    engine: "sqlite",
    results: results.map((r) => ({
      enterprises: r.enterprises,
      p50Ms: r.overall.p50Ms,
      p95Ms: r.overall.p95Ms,
      p99Ms: r.overall.p99Ms,
    })),
    http: { searchRps: search.rps, staticRps: staticPage.rps },
  };
  const detail = {
    detail: {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        node: process.version,
        loadAverage1mStartEnd: [loadAtStart[0], os.loadavg()[0]].map((x) => Math.round(x! * 100) / 100),
      },
      rounds: { warmup: WARMUP_ROUNDS, measured: MEASURED_ROUNDS },
      sizes: results,
      http: {
        enterprises: httpSize,
        durationSeconds: options.duration,
        connections: options.connections,
        searchPaths: SEARCH_PATHS,
        searchTotals: totals,
        staticPath: STATIC_PATH,
        search,
        searchWithoutTextCache: searchUncached,
        static: staticPage,
      },
    },
  };
  process.stdout.write(`${JSON.stringify(detail)}\n${JSON.stringify(final)}\n`);
}

// Run only as a command, so a profiling script may import the query mix.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      log(`\nbench-search: ${signal}, cleaning up…`);
      cleanup();
      process.exit(130);
    });
  }

  try {
    await main();
    cleanup();
  } catch (error) {
    cleanup();
    console.error(`\nbench-search failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  }
}
