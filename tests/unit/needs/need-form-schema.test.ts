import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { createMunicipalityResolver, municipalityChoices } from "~/components/listing-form/municipality";
import { needFormSchema } from "~/domain/needs/need-form-schema";

const resolver = createMunicipalityResolver(
  municipalityChoices([
    { code: "37067", name: "Trois-Rivières", designation: "Ville", area: "Les Chenaux" },
    { code: "43027", name: "Sherbrooke", designation: "Ville", area: "Sherbrooke" },
  ]),
);
const schema = needFormSchema(resolver);

const parse = (fields: Record<string, string | string[]>) => {
  const form = new FormData();
  const all: Record<string, string | string[]> = {
    title: "Traiteur pour la fête",
    description: "Un buffet froid pour une réception de 150 personnes en juin.",
    kind: "request_for_quotes",
    contractNature: "services",
    ...fields,
  };
  for (const [k, v] of Object.entries(all)) for (const x of Array.isArray(v) ? v : [v]) form.append(k, x);
  return parseWithZod(form, { schema });
};

describe("the need form schema", () => {
  it("turns a typed municipality into its code; a municipality alone is a delivery area", () => {
    const s = parse({ deliveryMunicipalityCode: "trois rivieres" });
    expect(s.status === "success" && s.value.deliveryMunicipalityCode).toBe("37067");
  });

  it("refuses a municipality it does not know", () => {
    const s = parse({ deliveryMunicipalityCode: "Atlantide", regions: "04" });
    expect(s.status === "error" && s.error).toEqual({ deliveryMunicipalityCode: ["unknownMunicipality"] });
  });

  it("drops blank question rows instead of failing on them", () => {
    const s = parse({ regions: "04", "questions[0]": "Délai ?", "questions[1]": "", "questions[2]": "Prix ?" });
    expect(s.status === "success" && s.value.questions).toEqual(["Délai ?", "Prix ?"]);
  });

  it("allows ten questions, not eleven", () => {
    const q = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`questions[${i}]`, `Q${i} ?`]));
    expect(parse({ regions: "04", ...q(10) }).status).toBe("success");
    const s = parse({ regions: "04", ...q(11) });
    expect(s.status === "error" && s.error).toEqual({ questions: ["tooMany"] });
  });

  it("needs a region or a municipality", () => {
    const s = parse({});
    expect(s.status === "error" && s.error).toEqual({ regions: ["chooseDeliveryArea"] });
  });
});
