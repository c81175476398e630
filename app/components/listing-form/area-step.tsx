import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "~/components/forms/field-error";
import { localized, useLocale } from "~/lib/locale";
import {
  asText,
  asTextList,
  ChoiceGroup,
  FieldLabel,
  NAMESPACE,
  secondaryButtonClass,
  useHydrated,
  type Meta,
} from "./fields";
import { areaFormSchema } from "./form-schemas";
import { MunicipalityInput, MunicipalitySuggestions } from "./municipality-field";
import { StepFormShell, useClientLookups, useStepForm, type StepFormProps } from "./step-form";

const ROW = /^serviceMunicipalities\[(\d+)\]$/;

/**
 * A municipality row fails with the schema's generic "unknownCode"; say what to do instead
 * (pick from the list, or remove an empty row).
 */
export function municipalityRowErrors(errors: string[] | undefined, value: unknown): string[] | undefined {
  if (!errors?.length) return errors;
  return errors.map((e) =>
    e === "unknownCode" ? (asText(value)?.trim() ? "validation.unknownMunicipality" : "validation.emptyRow") : e,
  );
}

export function AreaStep(props: StepFormProps) {
  const { t } = useTranslation("register");
  const locale = useLocale();
  const hydrated = useHydrated();
  const lookups = useClientLookups(props);
  const schema = useMemo(() => areaFormSchema(lookups), [lookups]);
  const [form, fields] = useStepForm(schema, props);
  const regions = props.regions ?? [];
  const rows = fields.serviceMunicipalities.getFieldList();
  const chosenMrcs = asTextList(hydrated ? fields.serviceMrcs.value : fields.serviceMrcs.initialValue);
  const initialMrcs = asTextList(fields.serviceMrcs.initialValue);
  const payload = (props.lastResult?.initialValue ?? {}) as Record<string, unknown>;
  const submittedRows = asTextList(payload.serviceMunicipalities);

  const labels = (name: string) => {
    const row = ROW.exec(name);
    if (row) return t("fieldLabels.municipality", { n: Number(row[1]) + 1 });
    if (name === "serviceAreaScope") return t("area.scopeLegend");
    if (name === "serviceRegions") return t("area.regionsLegend");
    if (name === "serviceMrcs") return t("area.mrcsLegend");
    if (name === "serviceMunicipalities") return t("area.municipalitiesLegend");
    return name;
  };
  const mapErrors = (name: string, errors: string[]) => {
    const row = ROW.exec(name);
    return row ? (municipalityRowErrors(errors, submittedRows[Number(row[1])]) ?? errors) : errors;
  };

  return (
    <StepFormShell form={form} props={props} labels={labels} mapErrors={mapErrors}>
      <ChoiceGroup
        meta={fields.serviceAreaScope}
        legend={t("area.scopeLegend")}
        type="radio"
        required
        choices={[
          { value: "province", label: t("area.province") },
          { value: "custom", label: t("area.custom"), hint: t("area.customHint") },
        ]}
      />
      <div hidden={hydrated && fields.serviceAreaScope.value === "province"} className="space-y-8">
        <ChoiceGroup
          meta={fields.serviceRegions}
          legend={t("area.regionsLegend")}
          type="checkbox"
          columns={3}
          choices={regions.map((r) => ({
            value: r.code,
            label: `${r.code} – ${localized(locale, r.nameFr, r.nameEn)}`,
          }))}
        />

        <MrcChoices meta={fields.serviceMrcs} regions={regions} chosen={chosenMrcs} initial={initialMrcs} />

        <fieldset id="serviceMunicipalities">
          <legend className="font-medium">{t("area.municipalitiesLegend")}</legend>
          <p className="text-sm text-slate-600">{t("area.municipalitiesHint")}</p>
          <FieldError
            id="serviceMunicipalities-error"
            errors={fields.serviceMunicipalities.errors}
            namespace={NAMESPACE}
          />
          <MunicipalitySuggestions choices={props.municipalities ?? []} />
          <ul className="mt-3 space-y-3">
            {rows.map((row, index) => (
              <li key={row.key ?? index} className="flex flex-wrap items-end gap-3">
                <div className="min-w-0 flex-1 basis-64">
                  <MunicipalityInput
                    meta={{
                      // conform's metadata is a proxy: copy what the input needs rather than spreading it.
                      name: row.name,
                      key: row.key,
                      initialValue: row.initialValue,
                      errors: municipalityRowErrors(row.errors, row.value ?? submittedRows[index]),
                    }}
                    label={t("area.municipality", { n: index + 1 })}
                  />
                </div>
                <button
                  {...form.remove.getButtonProps({ name: fields.serviceMunicipalities.name, index })}
                  className="mb-2 text-sm font-semibold text-red-800 underline"
                >
                  {t("area.removeMunicipality", { n: index + 1 })}
                </button>
              </li>
            ))}
          </ul>
          <button
            {...form.insert.getButtonProps({ name: fields.serviceMunicipalities.name })}
            className={`mt-3 ${secondaryButtonClass}`}
          >
            <span aria-hidden="true">+&nbsp;</span>
            {t("area.addMunicipality")}
          </button>
        </fieldset>
      </div>
    </StepFormShell>
  );
}

/** MRC checkboxes, one disclosure per region (open when it holds a choice). */
function MrcChoices({
  meta,
  regions,
  chosen,
  initial,
}: {
  meta: Meta;
  regions: NonNullable<StepFormProps["regions"]>;
  chosen: string[];
  initial: string[];
}) {
  const { t } = useTranslation("register");
  const locale = useLocale();
  const invalid = Boolean(meta.errors?.length);
  return (
    <fieldset id={meta.name} aria-describedby={`${meta.name}-hint${invalid ? ` ${meta.name}-error` : ""}`}>
      <legend className="font-medium">
        <FieldLabel text={t("area.mrcsLegend")} />
      </legend>
      <p id={`${meta.name}-hint`} className="text-sm text-slate-600">
        {t("area.mrcsHint")}
      </p>
      <FieldError id={`${meta.name}-error`} errors={meta.errors} namespace={NAMESPACE} />
      <div key={meta.key} className="mt-2 space-y-2">
        {regions.map((region) => {
          const count = region.mrcs.filter((m) => chosen.includes(m.code)).length;
          return (
            <details
              key={region.code}
              open={region.mrcs.some((m) => initial.includes(m.code)) || undefined}
              className="rounded-md border border-slate-200 bg-white"
            >
              <summary className="cursor-pointer px-3 py-2">
                {t("area.mrcsOfRegion", { name: localized(locale, region.nameFr, region.nameEn) })}
                {count > 0 ? (
                  <span className="ml-2 text-sm text-brand-800">({t("area.mrcsChosen", { count })})</span>
                ) : null}
              </summary>
              <div className="grid gap-x-6 gap-y-2 px-3 pb-3 sm:grid-cols-2 lg:grid-cols-3">
                {region.mrcs.map((m) => (
                  <div key={m.code} className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      id={`${meta.name}-${m.code}`}
                      name={meta.name}
                      value={m.code}
                      defaultChecked={initial.includes(m.code)}
                      className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
                    />
                    <label htmlFor={`${meta.name}-${m.code}`}>{m.name}</label>
                  </div>
                ))}
              </div>
            </details>
          );
        })}
      </div>
    </fieldset>
  );
}
