import type { ReactNode, SelectHTMLAttributes } from "react";
import { useFormMessage } from "~/components/forms/field-error";
import { LabelledControl } from "~/components/forms/text-field";
import type { Locale } from "~/i18n";

/** The narrow column the sign-in, sign-up and password pages share. */
export function AuthPage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
      {intro ? <p className="mt-3 text-slate-700">{intro}</p> : null}
      <div className="mt-8">{children}</div>
    </div>
  );
}

/** Form-level problems (wrong password, too many attempts): announced and shown above the fields. */
export function FormAlert({ errors, id }: { errors?: string[]; id?: string }) {
  const text = useFormMessage("account");
  if (!errors?.length) return null;
  return (
    <div id={id} role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {errors.map((message) => (
        <p key={message}>{text(message)}</p>
      ))}
    </div>
  );
}

/** A confirmation after an action ("saved", "link sent"), announced politely. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded-md border border-brand-600 bg-brand-50 p-3 text-brand-900">
      {children}
    </div>
  );
}

/** A page that only says something happened (email sent, link expired), with a way onward. */
export function MessagePanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
      <div className="mt-4 space-y-4 text-slate-800">{children}</div>
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  id = name,
  children,
  ...select
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  id?: string;
  children: ReactNode;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <LabelledControl
      {...{ id, label, hint, errors }}
      namespace="account"
      control={({ invalid, id: controlId, ...aria }) => (
        <select
          id={controlId}
          name={name}
          {...aria}
          className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 ${invalid ? "border-red-700" : "border-slate-400"}`}
          {...select}
        >
          {children}
        </select>
      )}
    />
  );
}

export const linkClass = "font-medium text-brand-800 underline hover:text-brand-900";

/** Quebec time, fixed so the server and the browser print the same thing. */
export function formatDateTime(locale: Locale, value: Date | string | number): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "America/Toronto",
  }).format(new Date(value));
}
