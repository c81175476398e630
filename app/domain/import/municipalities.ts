import { problem } from "./problems";

export type MunicipalityRef = { code: string; name: string; regionCode: string };

export type MunicipalityIndex = {
  byCode: ReadonlyMap<string, MunicipalityRef>;
  byName: ReadonlyMap<string, MunicipalityRef[]>;
};

/**
 * Compares names the way people write them: without case, accents or punctuation, with
 * "St-"/"Ste-" for Saint/Sainte and without a trailing "(Ville)" or similar note.
 */
export function normalizeMunicipalityName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\-–—_.]+/g, " ")
    .trim()
    .replace(/\b(ste)\b/g, "sainte")
    .replace(/\b(st)\b/g, "saint");
}

export function createMunicipalityIndex(list: MunicipalityRef[]): MunicipalityIndex {
  const byCode = new Map<string, MunicipalityRef>();
  const byName = new Map<string, MunicipalityRef[]>();
  for (const m of list) {
    byCode.set(m.code, m);
    const key = normalizeMunicipalityName(m.name);
    byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  return { byCode, byName };
}

export type MunicipalityResolution = { ok: true; municipality: MunicipalityRef } | { ok: false; problem: string };

/**
 * Finds the row's municipality by its MAMH code (Excel drops leading zeros: "1023" is "01023"),
 * else by its name, within the regions the import is for. A municipality elsewhere in Quebec
 * is a problem of its own, so the hub knows the row belongs to another hub.
 */
export function resolveMunicipality(
  index: MunicipalityIndex,
  input: { code: string; name: string },
  regionCodes: ReadonlySet<string>,
): MunicipalityResolution {
  const code = input.code.trim();
  const name = input.name.trim();
  if (!code && !name) return { ok: false, problem: problem("missingMunicipality") };
  const outside = (m: MunicipalityRef) => ({
    ok: false as const,
    problem: problem("outsideRegions", `${m.name} (${m.regionCode})`),
  });
  if (/^\d{1,5}$/.test(code)) {
    const m = index.byCode.get(code.padStart(5, "0"));
    if (m) return regionCodes.has(m.regionCode) ? { ok: true, municipality: m } : outside(m);
  }
  if (!name) return { ok: false, problem: problem("unknownMunicipality", code) };
  const candidates = index.byName.get(normalizeMunicipalityName(name)) ?? [];
  const inRegions = candidates.filter((m) => regionCodes.has(m.regionCode));
  if (inRegions.length === 1) return { ok: true, municipality: inRegions[0]! };
  if (inRegions.length > 1)
    return { ok: false, problem: problem("ambiguousMunicipality", inRegions.map((m) => m.code).join(", ")) };
  if (candidates.length > 0) return outside(candidates[0]!);
  return { ok: false, problem: problem("unknownMunicipality", code ? `${code} ${name}` : name) };
}
