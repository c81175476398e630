import { z } from "zod";
import { NeedSchema } from "./need-schema";

/**
 * The need form validates with `NeedSchema`, with one step in front, identical in the browser
 * and on the server: the typed delivery municipality ("Trois-Rivières (Les Chenaux)", a name
 * or a code) becomes its code. An unknown name resolves to a value the schema rejects with
 * "unknownMunicipality" (the resolver is the listing form's, so both forms agree).
 */
export function needFormSchema(resolveMunicipality: (input: unknown) => string | undefined) {
  return z.preprocess((input) => {
    const raw: Record<string, unknown> = input && typeof input === "object" ? { ...(input as object) } : {};
    raw.deliveryMunicipalityCode = resolveMunicipality(raw.deliveryMunicipalityCode);
    return raw;
  }, NeedSchema);
}
