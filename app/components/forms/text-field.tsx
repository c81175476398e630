import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { FieldError } from "./field-error";

type Common = { name: string; label: ReactNode; hint?: ReactNode; errors?: string[]; namespace?: string; id?: string };

const inputClass = (invalid: boolean) =>
  `mt-1 block w-full rounded-md border px-3 py-2 ${invalid ? "border-red-700" : "border-slate-400"} focus:border-brand-700`;

/**
 * Label, optional hint, the control, and its error, wired through aria-describedby: the one
 * shell every labelled control shares. `control` receives the attributes to spread on it.
 */
export function LabelledControl({
  id,
  label,
  hint,
  errors,
  namespace,
  control,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  namespace?: string;
  control: (a11y: { id: string; "aria-invalid"?: true; "aria-describedby"?: string; invalid: boolean }) => ReactNode;
}) {
  const invalid = Boolean(errors?.length);
  const describedBy =
    [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {control({ id, "aria-invalid": invalid || undefined, "aria-describedby": describedBy, invalid })}
      <FieldError id={`${id}-error`} errors={errors} namespace={namespace} />
    </div>
  );
}

/** A labelled input with its hint and error wired through aria-describedby. */
export function TextField({
  name,
  label,
  hint,
  errors,
  namespace,
  id = name,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <LabelledControl
      {...{ id, label, hint, errors, namespace }}
      control={({ invalid, id: controlId, ...aria }) => (
        <input id={controlId} name={name} {...aria} className={inputClass(invalid)} {...input} />
      )}
    />
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  errors,
  namespace,
  id = name,
  ...area
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <LabelledControl
      {...{ id, label, hint, errors, namespace }}
      control={({ invalid, id: controlId, ...aria }) => (
        <textarea id={controlId} name={name} {...aria} className={inputClass(invalid)} {...area} />
      )}
    />
  );
}

export function SubmitButton({
  children,
  ...button
}: { children: ReactNode } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="submit"
      className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      {...button}
    >
      {children}
    </button>
  );
}
