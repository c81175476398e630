import {
  createContext,
  useContext,
  useEffect,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "~/components/forms/field-error";
import { TextAreaField, TextField } from "~/components/forms/text-field";

/**
 * Form controls bound to conform's field metadata, shared by the listing and need forms.
 * Validation messages are keys of the namespace a `FormNamespace` provider names (e.g.
 * `register`, `needs`), else of `forms`. Controls are uncontrolled with conform's initial
 * value and key, so they work before hydration and reset when conform changes a list.
 */
export type Meta = {
  name: string;
  key?: string;
  initialValue?: unknown;
  value?: unknown;
  errors?: string[];
};

const NamespaceContext = createContext("forms");
/** Names the i18n namespace whose keys the enclosed fields' messages are. */
export const FormNamespace = NamespaceContext.Provider;
const useNamespace = () => useContext(NamespaceContext);

export const asText = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;

export const asTextList = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string")
    : typeof value === "string"
      ? [value]
      : [];

/** True once React runs in the browser: what only makes sense with JavaScript waits for it. */
export function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function FieldLabel({ text, required }: { text: ReactNode; required?: boolean }) {
  const { t } = useTranslation("forms");
  return (
    <>
      {text}
      {required ? <span className="ml-1 text-sm font-normal text-slate-700">({t("requiredMark")})</span> : null}
    </>
  );
}

type TextProps = { meta: Meta; label: ReactNode; hint?: ReactNode; required?: boolean; id?: string };

export function Text({
  meta,
  label,
  hint,
  required,
  id = meta.name,
  ...input
}: TextProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue" | "required">) {
  const namespace = useNamespace();
  return (
    <TextField
      key={meta.key}
      name={meta.name}
      id={id}
      label={<FieldLabel text={label} required={required} />}
      hint={hint}
      errors={meta.errors}
      namespace={namespace}
      defaultValue={asText(meta.initialValue)}
      aria-required={required || undefined}
      {...input}
    />
  );
}

export function TextArea({
  meta,
  label,
  hint,
  required,
  id = meta.name,
  ...area
}: TextProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "defaultValue" | "required">) {
  const namespace = useNamespace();
  return (
    <TextAreaField
      key={meta.key}
      name={meta.name}
      id={id}
      label={<FieldLabel text={label} required={required} />}
      hint={hint}
      errors={meta.errors}
      namespace={namespace}
      defaultValue={asText(meta.initialValue)}
      aria-required={required || undefined}
      rows={4}
      {...area}
    />
  );
}

const controlClass = (invalid: boolean) =>
  `mt-1 block w-full rounded-md border bg-white px-3 py-2 ${invalid ? "border-red-700" : "border-slate-400"} focus:border-brand-700`;

export function Select({ meta, label, hint, required, id = meta.name, children }: TextProps & { children: ReactNode }) {
  const namespace = useNamespace();
  const invalid = Boolean(meta.errors?.length);
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        <FieldLabel text={label} required={required} />
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <select
        key={meta.key}
        id={id}
        name={meta.name}
        defaultValue={asText(meta.initialValue) ?? ""}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        aria-required={required || undefined}
        className={controlClass(invalid)}
      >
        {children}
      </select>
      <FieldError id={`${id}-error`} errors={meta.errors} namespace={namespace} />
    </div>
  );
}

export type Choice = { value: string; label: ReactNode; hint?: ReactNode };

/** A group of radios or checkboxes in a fieldset, its error under the legend. */
export function ChoiceGroup({
  meta,
  legend,
  hint,
  choices,
  type,
  required,
  columns = 1,
  onChange,
}: {
  meta: Meta;
  legend: ReactNode;
  hint?: ReactNode;
  choices: Choice[];
  type: "radio" | "checkbox";
  required?: boolean;
  columns?: 1 | 2 | 3;
  onChange?: (value: string, checked: boolean) => void;
}) {
  const namespace = useNamespace();
  const id = meta.name;
  const invalid = Boolean(meta.errors?.length);
  const initial = type === "radio" ? [asText(meta.initialValue)] : asTextList(meta.initialValue);
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ");
  const grid = columns === 3 ? "sm:grid-cols-2 lg:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy || undefined}
      className={invalid ? "rounded-md border-l-4 border-red-700 pl-3" : undefined}
    >
      <legend className="font-medium">
        <FieldLabel text={legend} required={required} />
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={meta.errors} namespace={namespace} />
      <div key={meta.key} className={`mt-2 grid gap-x-6 gap-y-2 ${grid}`}>
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          return (
            <div key={choice.value} className="flex items-start gap-2">
              <input
                type={type}
                id={inputId}
                name={meta.name}
                value={choice.value}
                defaultChecked={initial.includes(choice.value)}
                aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                onChange={onChange ? (e) => onChange(choice.value, e.currentTarget.checked) : undefined}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
              />
              <div>
                <label htmlFor={inputId}>{choice.label}</label>
                {/* Outside the label: the control's name stays short, the hint is its description. */}
                {choice.hint ? (
                  <span id={`${inputId}-hint`} className="block text-sm text-slate-600">
                    {choice.hint}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A single yes/no checkbox ("on" when checked, as zod's checkbox rule expects). */
export function Checkbox({ meta, label, hint }: { meta: Meta; label: ReactNode; hint?: ReactNode }) {
  const id = meta.name;
  const checked = meta.initialValue === "on" || meta.initialValue === "true" || meta.initialValue === true;
  return (
    <div className="flex items-start gap-2">
      <input
        key={meta.key}
        type="checkbox"
        id={id}
        name={meta.name}
        defaultChecked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {hint ? (
          <span id={`${id}-hint`} className="block text-sm text-slate-600">
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}

/** A secondary button (conform list intents, "Précédent"-like actions). */
export const secondaryButtonClass =
  "inline-flex items-center rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";
