import { getFormProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  BUYER_OPTIONS,
  CONTRACT_NATURE_OPTIONS,
  FACT_QUESTIONS,
  SECTION_13_CASE_OPTIONS,
  SUPPLIER_STATUS_OPTIONS,
  TRI_STATES,
  TRI_STATE_LABELS,
  type Option,
} from "~/domain/contracting";
import { localized, useLocale } from "~/lib/locale";
import { usePick } from "./format";
import { ErrorMessage, ErrorSummary } from "./form-errors";
import { createProcedureSchema, FACT_FIELDS, isFactRelevant, type FactQuestion } from "./procedure-schema";

type Named = { code: string; nameFr: string; nameEn: string };
export type CategoryGroupChoice = Named & { categories: Named[] };

export type ProcedureFormProps = {
  regions: Named[];
  categoryGroups: CategoryGroupChoice[];
  /** The query string's values: the form is the URL. */
  defaults: Record<string, string>;
  today: string;
  lastResult: SubmissionResult<string[]> | null;
};

const STEPS = 4;
const inputClass =
  "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/** Facts are all shown until the page is interactive, then only those that can change the answer. */
function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function ProcedureForm({ regions, categoryGroups, defaults, today, lastResult }: ProcedureFormProps) {
  const { t } = useTranslation("procedure");
  const locale = useLocale();
  const hydrated = useHydrated();
  const schema = useMemo(
    () =>
      createProcedureSchema({
        regionCodes: regions.map((r) => r.code),
        categoryCodes: categoryGroups.flatMap((g) => g.categories.map((c) => c.code)),
      }),
    [regions, categoryGroups],
  );
  const [form, fields] = useForm({
    id: "procedure",
    lastResult,
    defaultValue: { date: today, ...defaults },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const current = {
    buyer: fields.buyer.value,
    supplierStatus: fields.supplierStatus.value,
    contractNature: fields.contractNature.value,
  };
  const factVisible = (fact: FactQuestion) => !hydrated || isFactRelevant(fact, current);
  const hiddenFacts = [...FACT_FIELDS, "lcopSection13Exception" as const].filter((f) => !factVisible(f)).length;
  const serverErrors = lastResult?.error ? form.allErrors : {};

  return (
    <Form
      method="get"
      action="/procedure#reponse"
      preventScrollReset
      aria-label={t("form.label")}
      {...getFormProps(form)}
      className="space-y-8"
    >
      <ErrorSummary errors={serverErrors} fieldIds={fieldIds(fields)} />

      <Step n={1} title={t("form.buyerLegend")}>
        <RadioGroup field={fields.buyer} legend={t("form.buyer")} options={BUYER_OPTIONS} required />
        <SelectField field={fields.region} label={t("form.region")} hint={t("form.regionHint")}>
          <option value="">{t("form.noRegion")}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {`${r.code} – ${localized(locale, r.nameFr, r.nameEn)}`}
            </option>
          ))}
        </SelectField>
      </Step>

      <Step n={2} title={t("form.supplierLegend")}>
        <RadioGroup
          field={fields.supplierStatus}
          legend={t("form.supplierStatus")}
          options={SUPPLIER_STATUS_OPTIONS}
          required
        />
      </Step>

      <Step n={3} title={t("form.contractLegend")}>
        <RadioGroup
          field={fields.contractNature}
          legend={t("form.contractNature")}
          options={CONTRACT_NATURE_OPTIONS}
          required
        />
        <SelectField field={fields.category} label={t("form.category")} hint={t("form.categoryHint")}>
          <option value="">{t("form.noCategory")}</option>
          {categoryGroups.map((g) => (
            <optgroup key={g.code} label={localized(locale, g.nameFr, g.nameEn)}>
              {g.categories.map((c) => (
                <option key={c.code} value={c.code}>
                  {localized(locale, c.nameFr, c.nameEn)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <div className="grid gap-6 sm:grid-cols-2">
          <TextField
            field={fields.amountCad}
            label={t("form.amount")}
            hint={t("form.amountHint")}
            required
            inputMode="decimal"
          />
          <TextField field={fields.date} label={t("form.date")} hint={t("form.dateHint")} type="date" />
        </div>
      </Step>

      <Step n={4} title={t("form.factsLegend")} optional>
        <p className="text-slate-700">{t("form.factsIntro")}</p>
        {hiddenFacts > 0 ? <p className="text-sm text-slate-700">{t("form.factsHiddenNote")}</p> : null}
        {FACT_FIELDS.filter(factVisible).map((fact) => (
          <TriStateGroup key={fact} field={fields[fact]} fact={fact} />
        ))}
        {factVisible("lcopSection13Exception") ? (
          <SelectField
            field={fields.lcopSection13Exception}
            label={localized(
              locale,
              FACT_QUESTIONS.lcopSection13Exception.fr,
              FACT_QUESTIONS.lcopSection13Exception.en,
            )}
            hint={t("form.factApplies.lcopSection13Exception")}
            markOptional={false}
          >
            <option value="unknown">{t("form.section13Unknown")}</option>
            <option value="no">{t("form.section13No")}</option>
            <option value="yes">{t("form.section13Yes")}</option>
            <optgroup label={t("form.section13Cases")}>
              {SECTION_13_CASE_OPTIONS.map((o) => (
                <option key={o.id} value={o.id}>
                  {localized(locale, o.label.fr, o.label.en)}
                </option>
              ))}
            </optgroup>
          </SelectField>
        ) : null}
      </Step>

      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-5 py-3 text-base font-semibold text-white hover:bg-brand-800"
        >
          {t("form.submit")}
        </button>
        <Link to="/procedure" className="text-brand-800 underline">
          {t("form.reset")}
        </Link>
      </div>
    </Form>
  );
}

function fieldIds(fields: Record<string, { id: string }>): Record<string, string> {
  // Radio groups are reached through their first option.
  const ids = Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.id]));
  for (const name of ["buyer", "supplierStatus", "contractNature"] as const) ids[name] = `${fields[name]?.id}-0`;
  for (const fact of FACT_FIELDS) ids[fact] = `${fields[fact]?.id}-0`;
  return ids;
}

function Step({ n, title, optional, children }: { n: number; title: string; optional?: boolean; children: ReactNode }) {
  const { t } = useTranslation("procedure");
  const id = `step-${n}`;
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-700 text-lg font-bold text-white"
        >
          {n}
        </span>
        <span>
          <span className="block text-sm font-semibold text-brand-700">{t("form.step", { n, total: STEPS })}</span>
          <span className="block text-xl font-bold">
            {title}
            {optional ? (
              <span className="ml-2 text-base font-normal text-slate-700">({t("form.optional")})</span>
            ) : null}
          </span>
        </span>
      </h2>
      <div className="mt-4 space-y-6">{children}</div>
    </section>
  );
}

function RequiredMark() {
  const { t } = useTranslation("procedure");
  return <span className="ml-1 text-sm font-normal text-slate-700">({t("form.required")})</span>;
}

function describedBy(field: FieldMetadata<unknown>, hint: boolean) {
  const ids = [hint ? field.descriptionId : null, field.errors ? field.errorId : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function RadioGroup<Id extends string>({
  field,
  legend,
  options,
  required,
}: {
  field: FieldMetadata<string | undefined>;
  legend: string;
  options: Option<Id>[];
  required?: boolean;
}) {
  const pick = usePick();
  return (
    <fieldset aria-describedby={describedBy(field, false)}>
      <legend className="text-base font-semibold">
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      <ErrorMessage id={field.errorId} errors={field.errors} />
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((option, index) => {
          const id = `${field.id}-${index}`;
          return (
            <div
              key={option.id}
              className="relative flex gap-3 rounded-lg border border-slate-300 p-3 hover:border-brand-600 has-[:checked]:border-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input
                id={id}
                type="radio"
                name={field.name}
                value={option.id}
                defaultChecked={field.initialValue === option.id}
                required={required}
                aria-describedby={`${id}-hint`}
                className="relative z-10 mt-1 h-4 w-4 shrink-0 accent-brand-700"
              />
              <div>
                {/* The label's ::after covers the whole card, so a tap anywhere selects it. */}
                <label htmlFor={id} className="block cursor-pointer font-medium after:absolute after:inset-0">
                  {pick(option.label)}
                </label>
                <p id={`${id}-hint`} className="text-sm text-slate-700">
                  {pick(option.hint)}
                </p>
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function TriStateGroup({
  field,
  fact,
}: {
  field: FieldMetadata<string | undefined>;
  fact: (typeof FACT_FIELDS)[number];
}) {
  const { t } = useTranslation("procedure");
  const pick = usePick();
  const selected = field.initialValue ?? "unknown";
  return (
    <fieldset aria-describedby={describedBy(field, true)}>
      <legend className="font-semibold">{pick(FACT_QUESTIONS[fact])}</legend>
      <p id={field.descriptionId} className="text-sm text-slate-700">
        {t(`form.factApplies.${fact}`)}
      </p>
      <ErrorMessage id={field.errorId} errors={field.errors} />
      <div className="mt-2 flex flex-wrap gap-2">
        {TRI_STATES.map((value, index) => {
          const id = `${field.id}-${index}`;
          return (
            <label
              key={value}
              htmlFor={id}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input
                id={id}
                type="radio"
                name={field.name}
                value={value}
                defaultChecked={selected === value}
                className="h-4 w-4 accent-brand-700"
              />
              {pick(TRI_STATE_LABELS[value])}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function TextField({
  field,
  label,
  hint,
  type = "text",
  required,
  inputMode,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint: string;
  type?: "text" | "date";
  required?: boolean;
  inputMode?: "decimal";
}) {
  return (
    <div>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <p id={field.descriptionId} className="text-sm text-slate-700">
        {hint}
      </p>
      <ErrorMessage id={field.errorId} errors={field.errors} />
      <input
        id={field.id}
        name={field.name}
        type={type}
        inputMode={inputMode}
        autoComplete="off"
        defaultValue={field.initialValue ?? ""}
        required={required}
        aria-invalid={field.errors ? true : undefined}
        aria-describedby={describedBy(field, true)}
        className={inputClass}
      />
    </div>
  );
}

function SelectField({
  field,
  label,
  hint,
  markOptional = true,
  children,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint: string;
  /** Off inside a step that is optional as a whole. */
  markOptional?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation("procedure");
  return (
    <div>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
        {markOptional ? <span className="ml-1 text-sm font-normal text-slate-700">({t("form.optional")})</span> : null}
      </label>
      <p id={field.descriptionId} className="text-sm text-slate-700">
        {hint}
      </p>
      <ErrorMessage id={field.errorId} errors={field.errors} />
      <select
        id={field.id}
        name={field.name}
        defaultValue={field.initialValue ?? ""}
        aria-invalid={field.errors ? true : undefined}
        aria-describedby={describedBy(field, true)}
        className={inputClass}
      >
        {children}
      </select>
    </div>
  );
}
