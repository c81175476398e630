import { FormNamespace } from "~/components/forms/conform-fields";
import { CategoryChecklist } from "~/components/forms/category-checklist";
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { AMOUNT_BANDS, CONTACT_VISIBILITIES, NEED_KINDS } from "#db/schema/needs";
import { FieldError, ServerErrorSummary } from "~/components/forms/field-error";
import { SubmitButton } from "~/components/forms/text-field";
import { createMunicipalityResolver, type MunicipalityChoice } from "~/components/listing-form/municipality";
import { MunicipalitySuggestions, MUNICIPALITY_LIST_ID } from "~/components/listing-form/municipality-field";
import { usePick } from "~/components/procedure/format";
import { CONTRACT_NATURE_OPTIONS } from "~/domain/contracting";
import { needFormSchema } from "~/domain/needs/need-form-schema";
import type { NeedInput } from "~/domain/needs/need-schema";
import { useLocale } from "~/lib/locale";
import {
  asTextList,
  Checkbox,
  ChoiceGroup,
  FieldLabel,
  NAMESPACE,
  Select,
  Text,
  TextArea,
  secondaryButtonClass,
  type Meta,
} from "./need-fields";

export const MAX_QUESTIONS = 10;

export type NeedFormProps = {
  action: string;
  defaultValue: Record<string, unknown>;
  lastResult: SubmissionResult<string[]> | null | undefined;
  municipalities: MunicipalityChoice[];
  regions: { code: string; nameFr: string; nameEn: string }[];
  submitLabel: string;
  cancelHref: string;
};

/**
 * The need form: conform on `NeedSchema` in the browser (instant messages) and on the server.
 * Without JavaScript everything still works: "Ajouter une question" and "Retirer" are submit
 * buttons carrying conform's list intents, answered by the server with the changed form.
 */
export function NeedForm(props: NeedFormProps) {
  const { t } = useTranslation("needs");
  const locale = useLocale();
  const pick = usePick();
  const schema = useMemo(
    () => needFormSchema(createMunicipalityResolver(props.municipalities)),
    [props.municipalities],
  );
  const [form, fields] = useForm<NeedInput>({
    id: "need-form",
    lastResult: props.lastResult,
    defaultValue: props.defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const questions = fields.questions.getFieldList();

  const labels = (name: string): string => {
    const question = /^questions\[(\d+)\]$/.exec(name);
    if (question) return t("form.fieldLabels.question", { n: Number(question[1]) + 1 });
    const known: Record<string, string> = {
      title: t("form.title"),
      description: t("form.description"),
      kind: t("form.kind"),
      contractNature: t("form.contractNature"),
      amountCad: t("form.amountCad"),
      amountBand: t("form.amountBand"),
      categories: t("form.categories"),
      regions: t("form.regions"),
      deliveryMunicipalityCode: t("form.municipality"),
      startsOn: t("form.startsOn"),
      endsOn: t("form.endsOn"),
      responseDeadline: t("form.responseDeadline"),
      questions: t("form.questions"),
      contactVisibility: t("form.contactVisibility"),
      contactName: t("form.contactName"),
      contactEmail: t("form.contactEmail"),
      contactPhone: t("form.contactPhone"),
    };
    return known[name] ?? name;
  };
  return (
    <FormNamespace value="needs">
      <Form method="post" action={props.action} {...getFormProps(form)} className="space-y-10">
        <ServerErrorSummary
          lastResult={props.lastResult}
          allErrors={form.allErrors}
          labels={labels}
          namespace={NAMESPACE}
        />
        <p className="text-sm text-slate-700">{t("form.requiredNote")}</p>

        <Section title={t("form.sections.what")}>
          <Text meta={fields.title} label={t("form.title")} hint={t("form.titleHint")} required maxLength={160} />
          <TextArea
            meta={fields.description}
            label={t("form.description")}
            hint={t("form.descriptionHint")}
            required
            maxLength={5000}
            rows={6}
          />
          <ChoiceGroup
            meta={fields.kind}
            legend={t("form.kind")}
            type="radio"
            required
            columns={2}
            choices={NEED_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`), hint: t(`kindHint.${k}`) }))}
          />
          <ChoiceGroup
            meta={fields.contractNature}
            legend={t("form.contractNature")}
            type="radio"
            required
            columns={2}
            choices={CONTRACT_NATURE_OPTIONS.map((o) => ({ value: o.id, label: pick(o.label), hint: pick(o.hint) }))}
          />
        </Section>

        <Section title={t("form.sections.amount")} intro={t("form.amountHint")}>
          <div className="grid items-start gap-4 sm:grid-cols-2">
            <Text
              meta={fields.amountCad}
              label={t("form.amountCad")}
              hint={t("form.amountCadHint")}
              inputMode="decimal"
            />
            <Select meta={fields.amountBand} label={t("form.amountBand")} hint={t("form.amountOr")}>
              <option value="">{t("form.amountBandNone")}</option>
              {AMOUNT_BANDS.map((b) => (
                <option key={b} value={b}>
                  {t(`amountBand.${b}`)}
                </option>
              ))}
            </Select>
          </div>
        </Section>

        <Section title={t("form.sections.categories")}>
          <CategoryChoices meta={fields.categories} />
        </Section>

        <Section title={t("form.sections.where")}>
          <ChoiceGroup
            meta={fields.regions}
            legend={t("form.regions")}
            hint={t("form.regionsHint")}
            type="checkbox"
            columns={3}
            choices={props.regions.map((r) => ({
              value: r.code,
              label: `${locale === "en" ? r.nameEn : r.nameFr} (${r.code})`,
            }))}
          />
          <MunicipalitySuggestions choices={props.municipalities} />
          <Text
            meta={fields.deliveryMunicipalityCode}
            label={t("form.municipality")}
            hint={t("form.municipalityHint")}
            list={MUNICIPALITY_LIST_ID}
            autoComplete="off"
            spellCheck={false}
          />
        </Section>

        <Section title={t("form.sections.when")}>
          <div className="grid gap-4 sm:grid-cols-3">
            <Text meta={fields.startsOn} label={t("form.startsOn")} type="date" />
            <Text meta={fields.endsOn} label={t("form.endsOn")} type="date" />
            <Text meta={fields.responseDeadline} label={t("form.responseDeadline")} type="date" />
          </div>
        </Section>

        <Section title={t("form.sections.questions")}>
          <fieldset id={fields.questions.name} aria-describedby="questions-hint" className="space-y-3">
            <legend className="sr-only">{t("form.questions")}</legend>
            <p id="questions-hint" className="text-sm text-slate-600">
              {t("form.questionsHint", { max: MAX_QUESTIONS })}
            </p>
            <FieldError id="questions-error" errors={fields.questions.errors} namespace={NAMESPACE} />
            <ol className="space-y-3">
              {questions.map((q, index) => (
                <li key={q.key ?? `question-${index}`} className="flex flex-col gap-2 sm:flex-row sm:items-end">
                  <div className="grow">
                    <Text meta={q} label={t("form.question", { n: index + 1 })} maxLength={500} />
                  </div>
                  <button
                    {...form.remove.getButtonProps({ name: fields.questions.name, index })}
                    aria-label={t("form.removeQuestion", { n: index + 1 })}
                    className="self-start rounded-md px-2 py-2 text-sm font-semibold text-red-800 underline sm:self-end"
                  >
                    {t("form.remove")}
                  </button>
                </li>
              ))}
            </ol>
            {questions.length < MAX_QUESTIONS ? (
              <button
                {...form.insert.getButtonProps({ name: fields.questions.name, defaultValue: "" })}
                className={secondaryButtonClass}
              >
                <span aria-hidden="true">+&nbsp;</span>
                {t("form.addQuestion")}
              </button>
            ) : (
              <p className="text-sm text-slate-700">{t("form.maxQuestions", { max: MAX_QUESTIONS })}</p>
            )}
          </fieldset>
        </Section>

        <Section title={t("form.sections.contact")}>
          <ChoiceGroup
            meta={fields.contactVisibility}
            legend={t("form.contactVisibility")}
            type="radio"
            choices={CONTACT_VISIBILITIES.map((v) => ({ value: v, label: t(`contactVisibility.${v}`) }))}
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <Text meta={fields.contactName} label={t("form.contactName")} autoComplete="name" maxLength={120} />
            <Text meta={fields.contactEmail} label={t("form.contactEmail")} type="email" autoComplete="email" />
            <Text meta={fields.contactPhone} label={t("form.contactPhone")} type="tel" autoComplete="tel" />
          </div>
          <Checkbox meta={fields.isPublic} label={t("form.isPublic")} hint={t("form.isPublicHint")} />
        </Section>

        <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-6 sm:flex-row sm:items-center sm:justify-between">
          <Link to={props.cancelHref} className={secondaryButtonClass}>
            {t("form.cancel")}
          </Link>
          <SubmitButton>{props.submitLabel}</SubmitButton>
        </div>
      </Form>
    </FormNamespace>
  );
}

function Section({ title, intro, children }: { title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 className="text-xl font-bold">{title}</h2>
      {intro ? <p className="text-sm text-slate-700">{intro}</p> : null}
      {children}
    </section>
  );
}

/** Categories as checkboxes, one disclosure per group (open when it holds a choice). */
function CategoryChoices({ meta }: { meta: Meta }) {
  const { t } = useTranslation("needs");
  const initial = asTextList(meta.initialValue);
  const invalid = Boolean(meta.errors?.length);
  return (
    <fieldset
      id={meta.name}
      aria-describedby={`${meta.name}-hint${invalid ? ` ${meta.name}-error` : ""}`}
      className={invalid ? "rounded-md border-l-4 border-red-700 pl-3" : undefined}
    >
      <legend className="font-medium">
        <FieldLabel text={t("form.categories")} />
      </legend>
      <p id={`${meta.name}-hint`} className="text-sm text-slate-600">
        {t("form.categoriesHint")}
      </p>
      <FieldError id={`${meta.name}-error`} errors={meta.errors} namespace={NAMESPACE} />
      <div key={meta.key} className="mt-3 space-y-2">
        <CategoryChecklist
          name={meta.name}
          initial={initial}
          counted={initial}
          chosenLabel={(count) => t("form.chosen", { count })}
        />
      </div>
    </fieldset>
  );
}
