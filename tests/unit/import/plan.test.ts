import { describe, expect, it } from "vitest";
import type { PendingImportRow } from "#db/schema/curation";
import { planRow, planUpdate, type ExistingListing } from "~/domain/import/plan";

const row: PendingImportRow = {
  line: 2,
  neq: "1144718310",
  legalName: "COOP NOUVEAU NOM",
  publicName: "COOP NOUVEAU NOM",
  legalStatus: "cooperative",
  municipalityCode: "37067",
  descriptionFr: "Traiteur",
  email: "info@coop.example",
  action: "create",
};

const listing = (status: ExistingListing["status"], data: ExistingListing["data"]): ExistingListing => ({
  id: 7,
  status,
  regionCode: "04",
  data,
});

const regions = new Set(["04"]);

describe("planRow", () => {
  it("creates a listing for a new NEQ", () => {
    expect(planRow(row, undefined, regions)).toEqual({ kind: "create" });
  });

  it("refuses a NEQ that another region's listing carries", () => {
    expect(planRow(row, { ...listing("published", {}), regionCode: "05" }, regions)).toEqual({
      kind: "rejected",
      problem: "neqInOtherRegion:05",
    });
  });

  it("refreshes a candidate with the file's values, only where they differ", () => {
    const existing = listing("candidate", {
      legalName: "COOP ANCIEN NOM",
      publicName: "COOP ANCIEN NOM",
      legalStatus: "cooperative",
      municipalityCode: "37067",
      descriptionFr: "Traiteur",
      categories: [],
    });
    expect(planRow(row, existing, regions)).toEqual({
      kind: "update",
      enterpriseId: 7,
      changes: { legalName: "COOP NOUVEAU NOM", publicName: "COOP NOUVEAU NOM", email: "info@coop.example" },
      before: existing.data,
    });
  });

  it("only fills the empty fields of a claimed or published listing", () => {
    const existing = listing("published", {
      legalName: "Nom choisi par l'entreprise",
      publicName: "Nom public",
      legalStatus: "obnl",
      municipalityCode: "36033",
      descriptionFr: "Description rédigée par l'entreprise",
      categories: ["traiteur-evenementiel"],
    });
    expect(planUpdate(existing, { ...row, categories: ["boites-a-lunch"] })).toEqual({ email: "info@coop.example" });
  });

  it("is unchanged the second time (idempotent), and empty cells erase nothing", () => {
    const afterFirst = listing("candidate", {
      legalName: row.legalName,
      publicName: row.publicName,
      legalStatus: "cooperative",
      municipalityCode: "37067",
      descriptionFr: "Traiteur",
      email: "info@coop.example",
      categories: [],
    });
    expect(planRow(row, afterFirst, regions)).toEqual({ kind: "unchanged", enterpriseId: 7 });
    expect(planRow({ ...row, email: undefined, descriptionFr: undefined }, afterFirst, regions)).toEqual({
      kind: "unchanged",
      enterpriseId: 7,
    });
  });
});
