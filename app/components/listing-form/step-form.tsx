import { FormNamespace } from "~/components/forms/conform-fields";
import { getFormProps, useForm, type FormMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ServerErrorSummary } from "~/components/forms/field-error";
import { SubmitButton } from "~/components/forms/text-field";
import type { ListingStep } from "~/domain/listing/listing-schema";
import type { FormLookups } from "./form-schemas";
import { NAMESPACE, secondaryButtonClass } from "./fields";
import type { RegionWithMrcs } from "./geography";
import { createMunicipalityResolver, type MunicipalityChoice } from "./municipality";

/** What every step form receives from its route. */
export type StepFormProps = {
  step: ListingStep;
  action: string;
  defaultValue: Record<string, unknown>;
  lastResult: SubmissionResult<string[]> | null | undefined;
  municipalities?: MunicipalityChoice[];
  regions?: RegionWithMrcs[];
  /** Set when the NEQ belongs to another listing: where to claim it (or open it, if it is the user's). */
  duplicate?: { href: string; yours: boolean } | null;
  previousHref: string | null;
  submitLabel: string;
};

/** The lookups of the step schemas, from the data the page already has. */
export function useClientLookups(props: StepFormProps): FormLookups {
  const { municipalities, regions } = props;
  return useMemo(
    () => ({
      resolveMunicipality: createMunicipalityResolver(municipalities ?? []),
      mrcCodes: new Set(regions?.flatMap((r) => r.mrcs.map((m) => m.code)) ?? []),
    }),
    [municipalities, regions],
  );
}

/** conform on the step's schema: the browser checks with the rules the server applies. */
export function useStepForm<Schema extends z.ZodType<Record<string, unknown>>>(schema: Schema, props: StepFormProps) {
  return useForm<z.output<Schema>>({
    id: `listing-${props.step}`,
    lastResult: props.lastResult,
    defaultValue: props.defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }) as never,
  });
}

/**
 * The form around a step: the server's error summary (focused after a failed submission),
 * the fields, then "Précédent" and the submit button. Each field names itself in `labels`
 * for the summary's links.
 */
export function StepFormShell({
  form,
  props,
  labels,
  mapErrors,
  children,
}: {
  form: FormMetadata;
  props: StepFormProps;
  labels: (name: string) => string;
  mapErrors?: (name: string, errors: string[]) => string[];
  children: ReactNode;
}) {
  const { t } = useTranslation("register");
  return (
    <FormNamespace value="register">
      <Form method="post" action={props.action} {...getFormProps(form)} className="space-y-8">
        <ServerErrorSummary
          lastResult={props.lastResult}
          allErrors={form.allErrors}
          labels={labels}
          namespace={NAMESPACE}
          mapErrors={mapErrors}
        />
        <p className="text-sm text-slate-700">{t("form.requiredNote")}</p>
        {children}
        <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-6 sm:flex-row sm:items-center sm:justify-between">
          {props.previousHref ? (
            <Link to={props.previousHref} className={secondaryButtonClass}>
              <span aria-hidden="true">←&nbsp;</span>
              {t("form.previous")}
            </Link>
          ) : (
            <span />
          )}
          <SubmitButton name="nav" value="next">
            {props.submitLabel}
          </SubmitButton>
        </div>
      </Form>
    </FormNamespace>
  );
}
