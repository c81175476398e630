import type { ReactNode } from "react";
import { Text, type Meta } from "./fields";
import type { MunicipalityChoice } from "./municipality";

export const MUNICIPALITY_LIST_ID = "municipality-suggestions";

/** The suggestions every municipality input of the page shares (one list, 1,285 options). */
export function MunicipalitySuggestions({ choices }: { choices: MunicipalityChoice[] }) {
  return (
    <datalist id={MUNICIPALITY_LIST_ID}>
      {choices.map((c) => (
        <option key={c.code} value={c.label} />
      ))}
    </datalist>
  );
}

/** A text input with suggestions; the server (and the browser) resolve the name to a code. */
export function MunicipalityInput({
  meta,
  label,
  hint,
  required,
  id,
}: {
  meta: Meta;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  id?: string;
}) {
  return (
    <Text
      meta={meta}
      id={id}
      label={label}
      hint={hint}
      required={required}
      list={MUNICIPALITY_LIST_ID}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
