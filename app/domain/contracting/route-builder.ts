// Small constructors that keep every route answer consistent: a "conditional" verdict always
// names its conditions, and legal references are resolved for the answer's date.
import { referencesFor, type ProvisionKey } from "./legal-references";
import type { Condition, Localized, RouteAnswer, RouteId } from "./types";

export interface RouteBuilder {
  allowed(id: RouteId, reasons: Localized[], provisions: ProvisionKey[]): RouteAnswer;
  conditional(id: RouteId, conditions: Condition[], reasons: Localized[], provisions: ProvisionKey[]): RouteAnswer;
  notAllowed(id: RouteId, reasons: Localized[], provisions: ProvisionKey[]): RouteAnswer;
}

function unique(keys: ProvisionKey[]): ProvisionKey[] {
  return [...new Set(keys)];
}

export function routeBuilder(date: string): RouteBuilder {
  const make = (
    id: RouteId,
    verdict: RouteAnswer["verdict"],
    conditions: Condition[],
    reasons: Localized[],
    provisions: ProvisionKey[],
  ): RouteAnswer => ({
    id,
    verdict,
    conditions,
    reasons,
    legalReferences: referencesFor(unique(provisions), date),
  });
  return {
    allowed: (id, reasons, provisions) => make(id, "allowed", [], reasons, provisions),
    conditional: (id, conditions, reasons, provisions) => {
      if (conditions.length === 0) throw new Error(`Conditional route ${id} without a condition`);
      return make(id, "conditional", conditions, reasons, provisions);
    },
    notAllowed: (id, reasons, provisions) => make(id, "not_allowed", [], reasons, provisions),
  };
}
