import { and, eq } from "drizzle-orm";
import type { Db } from "#db/client";
import { emailOutbox, enterprises, municipalities } from "#db/schema";
import { neqCheckDigit } from "~/domain/neq";
import type { ListingData, ListingStep } from "~/domain/listing/listing-schema";
import type { createTestApp } from "../helpers/app";

/** Helpers for the registration, claim and invitation tests: forms as a browser without JavaScript sends them. */
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export type Pairs = [string, string][];

export function postForm(app: TestApp, path: string, cookie: string | null, pairs: Pairs) {
  return app.fetch(path, {
    method: "POST",
    body: new URLSearchParams(pairs),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      ...(cookie ? { Cookie: cookie } : {}),
    },
    redirect: "manual",
  });
}

export function getPage(app: TestApp, path: string, cookie: string | null) {
  return app.fetch(path, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
}

/** The text of a page without tags, entities decoded: what a reader sees. */
export async function visibleText(response: Response): Promise<string> {
  const html = await response.text();
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<datalist[\s\S]*?<\/datalist>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ");
}

/** The form fields of one step, named as the step's form names them. */
export function stepPairs(step: ListingStep, data: Partial<ListingData>): Pairs {
  const pairs: Pairs = [];
  const put = (name: string, value: unknown) => {
    if (value === undefined || value === null || value === false) return;
    pairs.push([name, value === true ? "on" : String(value)]);
  };
  switch (step) {
    case "identity":
      for (const key of [
        "publicName",
        "legalName",
        "neq",
        "legalStatus",
        "coopCategory",
        "coopNonDistributing",
        "salesRevenuePercent",
        "yearFounded",
        "workforceBand",
        "municipalityCode",
        "streetAddress",
        "postalCode",
      ] as const)
        put(key, data[key]);
      break;
    case "mission":
      for (const key of ["missionFr", "missionEn", "descriptionFr", "descriptionEn"] as const) put(key, data[key]);
      break;
    case "offerings":
      for (const code of data.categories ?? []) put("categories", code);
      (data.offerings ?? []).forEach((o, i) => {
        for (const [key, value] of Object.entries(o)) put(`offerings[${i}].${key}`, value);
      });
      break;
    case "area":
      put("serviceAreaScope", data.serviceAreaScope);
      for (const code of data.serviceRegions ?? []) put("serviceRegions", code);
      for (const code of data.serviceMrcs ?? []) put("serviceMrcs", code);
      (data.serviceMunicipalities ?? []).forEach((m, i) => put(`serviceMunicipalities[${i}]`, m));
      break;
    case "contacts":
      for (const key of ["email", "phone", "website"] as const) put(key, data[key]);
      break;
    case "labels":
      for (const code of data.labels ?? []) put("labels", code);
      for (const code of data.purposes ?? []) put("purposes", code);
      break;
  }
  return pairs;
}

let neqCounter = 0;
/** A valid NEQ that no seeded enterprise has (those start otherwise; these with 339). */
export function freshNeq(): string {
  const nine = String(339_000_000 + ((Date.now() + neqCounter++ * 7919) % 1_000_000));
  return nine + neqCheckDigit(nine);
}

/** A listing imported from the register that nobody has claimed yet (what the hub's import creates). */
export function insertCandidate(
  db: Db,
  input: { name: string; website?: string | null; municipalityCode?: string; neq?: string },
): number {
  const code = input.municipalityCode ?? "37067";
  return db
    .insert(enterprises)
    .values({
      neq: input.neq ?? freshNeq(),
      legalName: `${input.name} inc.`,
      publicName: input.name,
      slug: `${input.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Date.now() % 100000}-${neqCounter++}`,
      legalStatus: "obnl",
      municipalityCode: code,
      website: input.website ?? null,
      status: "candidate",
      importedAt: new Date(),
      importSource: "test",
    })
    .returning({ id: enterprises.id })
    .get().id;
}

export function regionOf(db: Db, municipalityCode: string): string {
  return db
    .select({ r: municipalities.regionCode })
    .from(municipalities)
    .where(eq(municipalities.code, municipalityCode))
    .get()!.r;
}

export function emailsTo(db: Db, to: string, kind?: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(
      kind
        ? and(eq(emailOutbox.to, to.toLowerCase()), eq(emailOutbox.kind, kind))
        : eq(emailOutbox.to, to.toLowerCase()),
    )
    .all();
}
