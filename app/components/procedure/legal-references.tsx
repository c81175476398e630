import type { ContractingAnswer, LegalReference } from "~/domain/contracting";
import { usePick } from "./format";

export function referenceTitle(ref: LegalReference): string {
  return `${ref.law} ${ref.article}`;
}

/** Every reference of an answer once, in order of first appearance. */
export function allReferences(answer: ContractingAnswer): LegalReference[] {
  const seen = new Map<string, LegalReference>();
  const add = (refs: LegalReference[]) => {
    for (const ref of refs) {
      const key = `${ref.law}|${ref.article}|${ref.url}`;
      if (!seen.has(key)) seen.set(key, ref);
    }
  };
  for (const route of answer.routes) add(route.legalReferences);
  for (const route of answer.exceptionRoutes) add(route.legalReferences);
  for (const threshold of answer.thresholdsUsed) add(threshold.legalReferences);
  return [...seen.values()];
}

/** Links to the law; on paper (`showUrls`) the address is printed too. */
export function LegalReferenceList({
  references,
  showUrls = false,
}: {
  references: LegalReference[];
  showUrls?: boolean;
}) {
  const pick = usePick();
  return (
    <ul className="space-y-1 text-sm">
      {references.map((ref) => (
        <li key={`${ref.law}|${ref.article}|${ref.url}`}>
          <a href={ref.url} className="font-medium text-brand-800 underline">
            {referenceTitle(ref)}
          </a>
          <span className="text-slate-700"> — {pick(ref.label)}</span>
          {showUrls ? <span className="block break-all text-xs text-slate-700">{ref.url}</span> : null}
        </li>
      ))}
    </ul>
  );
}
