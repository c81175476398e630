import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { FieldError } from "./field-error";

type Common = { name: string; label: ReactNode; hint?: ReactNode; errors?: string[]; namespace?: string; id?: string };

const inputClass = (invalid: boolean) =>
  `mt-1 block w-full rounded-md border px-3 py-2 ${invalid ? "border-red-700" : "border-slate-400"} focus:border-brand-700`;

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
      <input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={inputClass(invalid)}
        {...input}
      />
      <FieldError id={`${id}-error`} errors={errors} namespace={namespace} />
    </div>
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
      <textarea
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={inputClass(invalid)}
        {...area}
      />
      <FieldError id={`${id}-error`} errors={errors} namespace={namespace} />
    </div>
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
