import { z } from "zod";
import { categories, categoryGroups } from "#db/reference/taxonomy";
import { labels } from "#db/reference/labels";
import { socialPurposes } from "#db/reference/social-purposes";
import { LEGAL_STATUSES, WORKFORCE_BANDS } from "#db/schema/enterprises";
import type { Facet, SearchSort } from "./types";

type Bilingual = { fr: string; en: string };
export type ParamProblem = { path: string; message: Bilingual };

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;

const categoryCodes = new Set(categories.map((c) => c.code));
const groupCodes = new Set(categoryGroups.map((g) => g.code));
const labelCodes = new Set(labels.map((l) => l.code));
const purposeCodes = new Set(socialPurposes.map((p) => p.code));
const REGION = /^(0[1-9]|1[0-7])$/;

const listOf = (valid: (v: string) => boolean, message: Bilingual) =>
  z
    .array(z.string().trim())
    .transform((values) => [
      ...new Set(
        values
          .flatMap((v) => v.split(","))
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ])
    .refine((values) => values.every(valid), { message: JSON.stringify(message) })
    .refine((values) => values.length <= 50, {
      message: JSON.stringify({ fr: "Au plus 50 valeurs.", en: "At most 50 values." }),
    });

const msg = (fr: string, en: string) => JSON.stringify({ fr, en });

/** The directory's query parameters, shared by the page and the JSON API (arrays = repeated parameters). */
export const SearchParamsSchema = z
  .object({
    q: z
      .array(z.string())
      .transform((v) => (v[0] ?? "").trim())
      .refine((q) => q.length <= 200, {
        message: msg("La recherche est limitée à 200 caractères.", "The search is limited to 200 characters."),
      }),
    serves: listOf((v) => REGION.test(v), {
      fr: "Code de région inconnu (01 à 17).",
      en: "Unknown region code (01 to 17).",
    }),
    region: listOf((v) => REGION.test(v), {
      fr: "Code de région inconnu (01 à 17).",
      en: "Unknown region code (01 to 17).",
    }),
    mrc: listOf((v) => /^(\d{3}|CD-\d{2})$/.test(v), {
      fr: "Code de MRC invalide (3 chiffres).",
      en: "Invalid RCM code (3 digits).",
    }),
    municipality: listOf((v) => /^\d{5}$/.test(v), {
      fr: "Code de municipalité invalide (5 chiffres).",
      en: "Invalid municipality code (5 digits).",
    }),
    group: listOf((v) => groupCodes.has(v), { fr: "Groupe de catégories inconnu.", en: "Unknown category group." }),
    category: listOf((v) => categoryCodes.has(v), { fr: "Catégorie inconnue.", en: "Unknown category." }),
    status: listOf((v) => (LEGAL_STATUSES as readonly string[]).includes(v), {
      fr: `Statut juridique inconnu (${LEGAL_STATUSES.join(", ")}).`,
      en: `Unknown legal status (${LEGAL_STATUSES.join(", ")}).`,
    }),
    label: listOf((v) => labelCodes.has(v), {
      fr: "Label ou certification inconnu.",
      en: "Unknown label or certification.",
    }),
    purpose: listOf((v) => purposeCodes.has(v), { fr: "Finalité sociale inconnue.", en: "Unknown social purpose." }),
    workforce: listOf((v) => (WORKFORCE_BANDS as readonly string[]).includes(v), {
      fr: "Tranche d'effectif inconnue.",
      en: "Unknown workforce band.",
    }),
    near: z.array(z.string()).transform((v) => (v[0] ?? "").trim() || undefined),
    radiusKm: numberParam(
      1,
      1000,
      false,
      msg(
        "Le rayon doit être un nombre de kilomètres entre 1 et 1000.",
        "The radius must be a number of kilometres between 1 and 1000.",
      ),
    ),
    sort: z
      .array(z.string())
      .transform((v) => v[0] || undefined)
      .pipe(
        z
          .enum(["relevance", "name", "distance"], {
            error: msg("Tri inconnu (relevance, name ou distance).", "Unknown sort (relevance, name or distance)."),
          })
          .optional(),
      ),
    page: numberParam(
      1,
      1000,
      true,
      msg("La page doit être un entier de 1 à 1000.", "The page must be a whole number from 1 to 1000."),
    ),
    perPage: numberParam(
      1,
      MAX_PER_PAGE,
      true,
      msg(
        `Le nombre par page doit être un entier de 1 à ${MAX_PER_PAGE}.`,
        `perPage must be a whole number from 1 to ${MAX_PER_PAGE}.`,
      ),
    ),
  })
  .superRefine((p, ctx) => {
    if (p.radiusKm !== undefined && !p.near) {
      ctx.addIssue({
        code: "custom",
        path: ["radiusKm"],
        message: msg("Le rayon exige un point de départ (near).", "A radius needs a starting point (near)."),
      });
    }
    if (p.sort === "distance" && !p.near) {
      ctx.addIssue({
        code: "custom",
        path: ["sort"],
        message: msg(
          "Le tri par distance exige un point de départ (near).",
          "Sorting by distance needs a starting point (near).",
        ),
      });
    }
  });

/** An optional number from the first value of a repeated parameter ("" = absent). */
function numberParam(min: number, max: number, integer: boolean, message: string) {
  return z.array(z.string()).transform((values, ctx) => {
    const raw = (values[0] ?? "").trim().replace(",", ".");
    if (raw === "") return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return n;
  });
}

export type SearchParams = z.infer<typeof SearchParamsSchema>;
const KEYS = Object.keys(SearchParamsSchema.shape) as (keyof SearchParams)[];
export const FILTER_PARAMS: Facet[] = [
  "serves",
  "region",
  "mrc",
  "municipality",
  "group",
  "category",
  "status",
  "label",
  "purpose",
  "workforce",
];

/**
 * Parses URL search params; unknown parameters are reported too, so a typo is not silently
 * ignored. `allow` names a caller's own parameters (the page's `expand`), which it checks itself.
 */
export function parseSearchParams(
  url: URLSearchParams,
  { allow = [] }: { allow?: readonly string[] } = {},
): { ok: true; params: SearchParams } | { ok: false; problems: ParamProblem[] } {
  const raw = Object.fromEntries(KEYS.map((k) => [k, url.getAll(k)]));
  const unknown = [...new Set(url.keys())].filter(
    (k) => !(KEYS as string[]).includes(k) && k !== "lng" && k !== "from" && !allow.includes(k),
  );
  const result = SearchParamsSchema.safeParse(raw);
  const problems: ParamProblem[] = unknown.map((k) => ({
    path: k,
    message: { fr: `Paramètre inconnu « ${k} ».`, en: `Unknown parameter “${k}”.` },
  }));
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ path: String(issue.path[0] ?? ""), message: readMessage(issue.message) });
    }
  }
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, params: result.data };
}

function readMessage(message: string): Bilingual {
  try {
    const parsed = JSON.parse(message) as Bilingual;
    if (typeof parsed.fr === "string" && typeof parsed.en === "string") return parsed;
  } catch {
    // a zod default message
  }
  return { fr: `Valeur invalide : ${message}`, en: `Invalid value: ${message}` };
}

export function defaultSort(params: Pick<SearchParams, "q" | "sort" | "near">): SearchSort {
  return params.sort ?? (params.q ? "relevance" : params.near ? "distance" : "name");
}
