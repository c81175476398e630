import { useTranslation } from "react-i18next";
import { labels as labelList } from "#db/reference/labels";
import { socialPurposes } from "#db/reference/social-purposes";
import { LabelsSchema } from "~/domain/listing/listing-schema";
import { useLocale } from "~/lib/locale";
import { ChoiceGroup } from "./fields";
import { StepFormShell, useStepForm, type StepFormProps } from "./step-form";

export function LabelsStep(props: StepFormProps) {
  const { t } = useTranslation("register");
  const locale = useLocale();
  const [form, fields] = useStepForm(LabelsSchema, props);
  const labels: Record<string, string> = {
    labels: t("labels.labelsLegend"),
    purposes: t("labels.purposesLegend"),
  };
  return (
    <StepFormShell form={form} props={props} labels={(name) => labels[name] ?? name}>
      <ChoiceGroup
        meta={fields.labels}
        legend={labels.labels}
        hint={t("labels.labelsHint")}
        type="checkbox"
        columns={2}
        choices={labelList.map((l) => ({ value: l.code, label: l.name[locale] }))}
      />
      <ChoiceGroup
        meta={fields.purposes}
        legend={labels.purposes}
        hint={t("labels.purposesHint")}
        type="checkbox"
        columns={2}
        choices={socialPurposes.map((p) => ({ value: p.code, label: p.name[locale] }))}
      />
    </StepFormShell>
  );
}
