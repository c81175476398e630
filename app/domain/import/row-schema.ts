import { z } from "zod";
import { categories } from "#db/reference/taxonomy";
import type { LegalStatus } from "#db/schema/enterprises";
import type { PendingImportRow } from "#db/schema/curation";
import { ContactsSchema } from "../listing/listing-schema";
import { isValidNeq, normalizeNeq } from "../neq";
import type { ImportFormat } from "./formats";
import { problem, type ProblemCode } from "./problems";

/**
 * One CSV row → the listing fields it carries, with every problem found (not only the first):
 * the preview lists them all so the hub fixes the file once. Issue messages are problem codes
 * (see problems.ts); the same contact rules as the registration forms apply.
 */
export type NormalizedRow = Omit<PendingImportRow, "line" | "municipalityCode" | "action" | "changedFields">;

const MAX_NAME = 200;
const MAX_PUBLIC_NAME = 120;
const MAX_DESCRIPTION = 4000;
const MAX_CATEGORIES = 8;
const categoryCodes = new Set(categories.map((c) => c.code));

/** Trims, folds runs of spaces (and no-break spaces), and reads a lone "-" (REQ's "none") as empty. */
export function cleanCell(value: string | undefined): string {
  const v = (value ?? "").replace(/[\s\u00a0]+/g, " ").trim();
  return v === "-" || v === "--" ? "" : v;
}

const cell = z
  .string()
  .optional()
  .transform((v) => cleanCell(v));

const issue = (code: ProblemCode, detail?: string) => ({ code: "custom" as const, message: problem(code, detail) });

const neqField = cell.transform((v, ctx) => {
  const neq = normalizeNeq(v);
  if (!neq) ctx.addIssue(issue("missingNeq"));
  else if (!isValidNeq(neq)) ctx.addIssue(issue("invalidNeq", v));
  return neq;
});

const nameField = cell.transform((v, ctx) => {
  if (!v) ctx.addIssue(issue("missingName"));
  else if (v.length > MAX_NAME) ctx.addIssue(issue("nameTooLong", String(v.length)));
  return v;
});

const descriptionField = cell.transform((v, ctx) => {
  if (v.length > MAX_DESCRIPTION) ctx.addIssue(issue("descriptionTooLong", String(v.length)));
  return v || undefined;
});

/** The public name is the registered one, shortened at a word when it exceeds the listing limit. */
export function publicNameFrom(legalName: string): string {
  if (legalName.length <= MAX_PUBLIC_NAME) return legalName;
  const cut = legalName.slice(0, MAX_PUBLIC_NAME - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 60 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, "")}…`;
}

const fold = (v: string) =>
  v
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();

// REQ legal-form codes, the app's own codes, and the French and English words people use.
const LEGAL_FORMS: Record<string, LegalStatus> = {
  cop: "cooperative",
  cooperative: "cooperative",
  coop: "cooperative",
  "co operative": "cooperative",
  "financial cooperative": "financial_cooperative",
  "cooperative financiere": "financial_cooperative",
  "cooperative de services financiers": "financial_cooperative",
  mutual: "mutual",
  mutuelle: "mutual",
  ape: "obnl",
  obnl: "obnl",
  osbl: "obnl",
  npo: "obnl",
  "non profit": "obnl",
  "organisme a but non lucratif": "obnl",
  "organisme sans but lucratif": "obnl",
  "personne morale sans but lucratif": "obnl",
};

// Desjardins caisses are registered as co-operatives like any other (REQ code COP).
const CAISSE = /^(la )?caisse (desjardins|populaire)\b/i;

const legalFormField = cell.transform((v, ctx) => {
  const status = LEGAL_FORMS[fold(v)];
  if (!status) ctx.addIssue(issue("unsupportedLegalForm", v));
  return status ?? "obnl";
});

const refineStatus = (status: LegalStatus, name: string): LegalStatus =>
  status === "cooperative" && CAISSE.test(name) ? "financial_cooperative" : status;

/** Email, phone and website: the registration form's rules, one problem code each. */
function contact<K extends "email" | "phone" | "website">(key: K, code: ProblemCode) {
  return cell.transform((v, ctx) => {
    const parsed = ContactsSchema.shape[key].safeParse(v);
    if (!parsed.success) {
      ctx.addIssue(issue(code, v));
      return undefined;
    }
    return parsed.data as string | undefined;
  });
}

const categoriesField = cell.transform((v, ctx) => {
  const list = [
    ...new Set(
      v
        .split(/[|,;]/)
        .map((c) => c.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  for (const c of list) if (!categoryCodes.has(c)) ctx.addIssue(issue("unknownCategory", c));
  if (list.length > MAX_CATEGORIES) ctx.addIssue(issue("tooManyCategories", String(list.length)));
  return list.length > 0 ? list : undefined;
});

const ReqRowSchema = z
  .object({
    neq: neqField,
    name: nameField,
    legal_form_code: legalFormField,
    municipality: cell,
    mcode: cell,
    activity_description: descriptionField,
  })
  .transform((r): NormalizedRow => ({
    neq: r.neq,
    legalName: r.name,
    publicName: publicNameFrom(r.name),
    legalStatus: refineStatus(r.legal_form_code, r.name),
    descriptionFr: r.activity_description,
  }));

const MaillageRowSchema = z
  .object({
    neq: neqField,
    nom: nameField,
    statut_juridique: legalFormField,
    municipalite: cell,
    code_municipalite: cell,
    courriel: contact("email", "invalidEmail"),
    telephone: contact("phone", "invalidPhone"),
    site_web: contact("website", "invalidUrl"),
    description: descriptionField,
    categories: categoriesField,
  })
  .transform((r): NormalizedRow => ({
    neq: r.neq,
    legalName: r.nom,
    publicName: publicNameFrom(r.nom),
    legalStatus: refineStatus(r.statut_juridique, r.nom),
    descriptionFr: r.description,
    email: r.courriel,
    phone: r.telephone,
    website: r.site_web,
    categories: r.categories,
  }));

const SCHEMAS = { req: ReqRowSchema, maillage: MaillageRowSchema } as const;

export type RowCheck = { ok: true; row: NormalizedRow } | { ok: false; problems: string[] };

/** Where a row says it is: checked against the reference data separately (municipalities.ts). */
export function municipalityInput(format: ImportFormat, record: Record<string, string>) {
  return format === "req"
    ? { code: cleanCell(record.mcode), name: cleanCell(record.municipality) }
    : { code: cleanCell(record.code_municipalite), name: cleanCell(record.municipalite) };
}

/** Checks one row given as canonical column → cell text. */
export function normalizeRow(format: ImportFormat, record: Record<string, string>): RowCheck {
  const parsed = SCHEMAS[format].safeParse(record);
  if (parsed.success) return { ok: true, row: parsed.data };
  return { ok: false, problems: [...new Set(parsed.error.issues.map((i) => i.message))] };
}
