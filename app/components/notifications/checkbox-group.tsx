import { FieldError } from "~/components/forms/field-error";

/** A labelled group of checkboxes sharing one name (sent as a list), with its error. */
export function CheckboxGroup({
  legend,
  name,
  options,
  chosen,
  errors,
  errorId,
}: {
  legend: string;
  name: string;
  options: { code: string; name: string }[];
  chosen: ReadonlySet<string>;
  errors?: string[];
  errorId: string;
}) {
  return (
    <fieldset aria-describedby={errors ? errorId : undefined}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      <FieldError id={errorId} errors={errors} namespace="notifications" />
      <div className="mt-2 grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.code} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.code}
              defaultChecked={chosen.has(o.code)}
              className="mt-0.5 h-4 w-4"
            />
            <span>{o.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
