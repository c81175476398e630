import { Link } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { COOP_CATEGORIES, LEGAL_STATUSES, WORKFORCE_BANDS } from "#db/schema/enterprises";
import { ChoiceGroup, Checkbox, Select, Text, useHydrated } from "./fields";
import { identityFormSchema } from "./form-schemas";
import { MunicipalityInput, MunicipalitySuggestions } from "./municipality-field";
import { StepFormShell, useClientLookups, useStepForm, type StepFormProps } from "./step-form";

export function IdentityStep(props: StepFormProps) {
  const { t } = useTranslation("register");
  const { t: td } = useTranslation("directory");
  const lookups = useClientLookups(props);
  const schema = useMemo(() => identityFormSchema(lookups), [lookups]);
  const [form, fields] = useStepForm(schema, props);
  const hydrated = useHydrated();
  const status = fields.legalStatus.value;
  const labels: Record<string, string> = {
    publicName: t("identity.publicName"),
    legalName: t("identity.legalName"),
    neq: t("identity.neq"),
    legalStatus: t("identity.legalStatus"),
    coopCategory: t("identity.coopCategory"),
    salesRevenuePercent: t("identity.salesRevenuePercent"),
    yearFounded: t("identity.yearFounded"),
    workforceBand: t("identity.workforceBand"),
    municipalityCode: t("identity.municipality"),
    streetAddress: t("identity.streetAddress"),
    postalCode: t("identity.postalCode"),
  };
  const duplicate =
    props.duplicate && fields.neq.errors?.some((e) => e.startsWith("validation.")) ? props.duplicate : null;

  return (
    <StepFormShell form={form} props={props} labels={(name) => labels[name] ?? name}>
      <div className="grid gap-6 md:grid-cols-2">
        <Text
          meta={fields.publicName}
          label={labels.publicName}
          hint={t("identity.publicNameHint")}
          required
          autoComplete="organization"
        />
        <Text meta={fields.legalName} label={labels.legalName} hint={t("identity.legalNameHint")} required />
      </div>
      <div className="max-w-md">
        <Text
          meta={fields.neq}
          label={labels.neq}
          hint={t("identity.neqHint")}
          inputMode="numeric"
          autoComplete="off"
        />
        {duplicate ? (
          <p className="mt-2">
            <Link to={duplicate.href} className="font-semibold text-brand-800 underline">
              {duplicate.yours ? t("identity.duplicateYours") : t("identity.duplicateClaim")}
            </Link>
          </p>
        ) : null}
      </div>
      <ChoiceGroup
        meta={fields.legalStatus}
        legend={labels.legalStatus}
        type="radio"
        required
        columns={2}
        choices={LEGAL_STATUSES.map((s) => ({ value: s, label: td(`legalStatus.${s}`) }))}
      />
      <fieldset
        hidden={hydrated && status !== "cooperative"}
        className="space-y-4 rounded-lg border border-slate-300 p-4"
      >
        <legend className="px-1 font-semibold">{t("identity.coopLegend")}</legend>
        <div className="max-w-md">
          <Select meta={fields.coopCategory} label={labels.coopCategory} required>
            <option value="">{t("identity.coopCategoryChoose")}</option>
            {COOP_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {td(`coopCategory.${c}`)}
              </option>
            ))}
          </Select>
        </div>
        <Checkbox
          meta={fields.coopNonDistributing}
          label={t("identity.coopNonDistributing")}
          hint={t("identity.coopNonDistributingHint")}
        />
      </fieldset>
      <div className="grid gap-6 md:grid-cols-3">
        <div hidden={hydrated && status !== "obnl"}>
          <Text
            meta={fields.salesRevenuePercent}
            label={labels.salesRevenuePercent}
            hint={t("identity.salesRevenuePercentHint")}
            inputMode="numeric"
          />
        </div>
        <Text meta={fields.yearFounded} label={labels.yearFounded} inputMode="numeric" />
        <Select meta={fields.workforceBand} label={labels.workforceBand}>
          <option value="">{t("identity.workforceChoose")}</option>
          {WORKFORCE_BANDS.map((b) => (
            <option key={b} value={b}>
              {td(`workforceBand.${b}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <MunicipalityInput
          meta={fields.municipalityCode}
          label={labels.municipalityCode}
          hint={t("identity.municipalityHint")}
          required
        />
        <MunicipalitySuggestions choices={props.municipalities ?? []} />
        <Text meta={fields.streetAddress} label={labels.streetAddress} autoComplete="street-address" />
        <div className="max-w-xs">
          <Text
            meta={fields.postalCode}
            label={labels.postalCode}
            hint={t("identity.postalCodeHint")}
            autoComplete="postal-code"
          />
        </div>
      </div>
    </StepFormShell>
  );
}
