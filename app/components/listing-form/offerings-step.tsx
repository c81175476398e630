import { useTranslation } from "react-i18next";
import { categories, categoryGroups } from "#db/reference/taxonomy";
import { CategoryChecklist } from "~/components/forms/category-checklist";
import { FieldError } from "~/components/forms/field-error";
import { OfferingsSchema } from "~/domain/listing/listing-schema";
import { useLocale } from "~/lib/locale";
import {
  asText,
  asTextList,
  FieldLabel,
  NAMESPACE,
  Select,
  Text,
  TextArea,
  secondaryButtonClass,
  useHydrated,
  type Meta,
} from "./fields";
import { StepFormShell, useStepForm, type StepFormProps } from "./step-form";

type OfferingField =
  | "categoryCode"
  | "nameFr"
  | "nameEn"
  | "descriptionFr"
  | "descriptionEn"
  | "unitFr"
  | "unitEn"
  | "priceMinCad"
  | "priceMaxCad";

export function OfferingsStep(props: StepFormProps) {
  const { t } = useTranslation("register");
  const locale = useLocale();
  const hydrated = useHydrated();
  const [form, fields] = useStepForm(OfferingsSchema, props);
  const chosen = asTextList(fields.categories.value);
  const offeringList = fields.offerings.getFieldList();

  const fieldLabel: Record<OfferingField, string> = {
    categoryCode: t("offerings.category"),
    nameFr: t("offerings.nameFr"),
    nameEn: t("offerings.nameEn"),
    descriptionFr: t("offerings.descriptionFr"),
    descriptionEn: t("offerings.descriptionEn"),
    unitFr: t("offerings.unitFr"),
    unitEn: t("offerings.unitEn"),
    priceMinCad: t("offerings.priceMin"),
    priceMaxCad: t("offerings.priceMax"),
  };
  const labels = (name: string) => {
    if (name === "categories") return t("offerings.categoriesLegend");
    if (name === "offerings") return t("offerings.offeringsLegend");
    const match = /^offerings\[(\d+)\]\.(\w+)$/.exec(name);
    if (match) {
      const field = fieldLabel[match[2] as keyof typeof fieldLabel] ?? match[2]!;
      return t("fieldLabels.offering", { n: Number(match[1]) + 1, field });
    }
    return name;
  };
  const name = (c: { name: { fr: string; en: string } }) => c.name[locale];

  return (
    <StepFormShell form={form} props={props} labels={labels}>
      <CategoryChoices
        meta={fields.categories}
        chosen={hydrated ? chosen : asTextList(fields.categories.initialValue)}
      />

      <fieldset id="offerings">
        <legend className="text-lg font-semibold">
          <FieldLabel text={t("offerings.offeringsLegend")} required />
        </legend>
        <p className="text-sm text-slate-600">{t("offerings.offeringsHint")}</p>
        <FieldError id="offerings-error" errors={fields.offerings.errors} namespace={NAMESPACE} />
        <div className="mt-4 space-y-6">
          {offeringList.map((offering, index) => {
            const o = offering.getFieldset();
            const current = asText(o.categoryCode.value);
            // With JavaScript, only the categories ticked above (and the current one) are offered.
            const allowed = (code: string) =>
              !hydrated || chosen.length === 0 || chosen.includes(code) || code === current;
            const englishOpen = Boolean(
              o.nameEn.errors?.length ||
              o.descriptionEn.errors?.length ||
              o.unitEn.errors?.length ||
              o.nameEn.initialValue,
            );
            return (
              <fieldset key={offering.key ?? index} className="space-y-4 rounded-lg border border-slate-300 p-4">
                <legend className="px-1 font-semibold">{t("offerings.offering", { n: index + 1 })}</legend>
                <div className="grid gap-4 md:grid-cols-2">
                  <Select meta={o.categoryCode} label={fieldLabel.categoryCode} required>
                    <option value="">{t("offerings.categoryChoose")}</option>
                    {categoryGroups.map((g) => {
                      const options = categories.filter((c) => c.groupCode === g.code && allowed(c.code));
                      return options.length === 0 ? null : (
                        <optgroup key={g.code} label={name(g)}>
                          {options.map((c) => (
                            <option key={c.code} value={c.code}>
                              {name(c)}
                            </option>
                          ))}
                        </optgroup>
                      );
                    })}
                  </Select>
                  <Text meta={o.nameFr} label={fieldLabel.nameFr} required lang="fr" />
                </div>
                <TextArea meta={o.descriptionFr} label={fieldLabel.descriptionFr} rows={2} maxLength={1000} lang="fr" />
                <div className="grid gap-4 sm:grid-cols-3">
                  <Text meta={o.unitFr} label={fieldLabel.unitFr} hint={t("offerings.unitFrHint")} lang="fr" />
                  <Text
                    meta={o.priceMinCad}
                    label={fieldLabel.priceMinCad}
                    hint={t("offerings.priceHint")}
                    inputMode="numeric"
                  />
                  <Text
                    meta={o.priceMaxCad}
                    label={fieldLabel.priceMaxCad}
                    hint={t("offerings.priceHint")}
                    inputMode="numeric"
                  />
                </div>
                <details open={englishOpen} className="rounded-md bg-slate-50 p-3">
                  <summary className="cursor-pointer font-medium text-brand-800">{t("offerings.english")}</summary>
                  <div className="mt-3 space-y-4" lang="en">
                    <Text meta={o.nameEn} label={fieldLabel.nameEn} />
                    <TextArea meta={o.descriptionEn} label={fieldLabel.descriptionEn} rows={2} maxLength={1000} />
                    <Text meta={o.unitEn} label={fieldLabel.unitEn} />
                  </div>
                </details>
                {offeringList.length > 1 ? (
                  <button
                    {...form.remove.getButtonProps({ name: fields.offerings.name, index })}
                    className="text-sm font-semibold text-red-800 underline"
                  >
                    {t("offerings.remove", { n: index + 1 })}
                  </button>
                ) : null}
              </fieldset>
            );
          })}
          <button {...form.insert.getButtonProps({ name: fields.offerings.name })} className={secondaryButtonClass}>
            <span aria-hidden="true">+&nbsp;</span>
            {t("offerings.add")}
          </button>
        </div>
      </fieldset>
    </StepFormShell>
  );
}

/** Categories as checkboxes, one disclosure per group (open when it holds a choice). */
function CategoryChoices({ meta, chosen }: { meta: Meta; chosen: string[] }) {
  const { t } = useTranslation("register");
  const initial = asTextList(meta.initialValue);
  const invalid = Boolean(meta.errors?.length);
  return (
    <fieldset
      id={meta.name}
      aria-describedby={`${meta.name}-hint${invalid ? ` ${meta.name}-error` : ""}`}
      className={invalid ? "rounded-md border-l-4 border-red-700 pl-3" : undefined}
    >
      <legend className="text-lg font-semibold">
        <FieldLabel text={t("offerings.categoriesLegend")} required />
      </legend>
      <p id={`${meta.name}-hint`} className="text-sm text-slate-600">
        {t("offerings.categoriesHint")} {t("offerings.chosen", { count: chosen.length })}
      </p>
      <FieldError id={`${meta.name}-error`} errors={meta.errors} namespace={NAMESPACE} />
      <div key={meta.key} className="mt-3 space-y-2">
        <CategoryChecklist
          name={meta.name}
          initial={initial}
          counted={chosen}
          chosenLabel={(count) => t("offerings.chosen", { count })}
        />
      </div>
    </fieldset>
  );
}
