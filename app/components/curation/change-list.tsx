import type { FieldChange } from "~/domain/curation/field-display";
import { FieldValue, useFieldLabel } from "./field-value";

/**
 * Field-level changes, each with its before and after side by side (stacked on a phone).
 * Used by the history page (avant / après) and the review diff (publiée / proposée).
 */
export function ChangeList({
  changes,
  beforeLabel,
  afterLabel,
  headingLevel = 3,
}: {
  changes: FieldChange[];
  beforeLabel: string;
  afterLabel: string;
  headingLevel?: 3 | 4;
}) {
  const label = useFieldLabel();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="divide-y divide-slate-200">
      {changes.map((c) => (
        <div key={c.field} className="py-3">
          <Heading className="font-semibold">{label(c.field)}</Heading>
          <div className="mt-2 grid gap-2 md:grid-cols-2">
            <div className="rounded-md border-l-4 border-red-300 bg-red-50 p-2">
              <p className="text-xs font-semibold uppercase tracking-wide text-red-900">{beforeLabel}</p>
              <div className="mt-1 text-slate-900">
                <FieldValue value={c.before} />
              </div>
            </div>
            <div className="rounded-md border-l-4 border-green-400 bg-green-50 p-2">
              <p className="text-xs font-semibold uppercase tracking-wide text-green-900">{afterLabel}</p>
              <div className="mt-1 text-slate-900">
                <FieldValue value={c.after} />
              </div>
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}
