import { useTranslation } from "react-i18next";
import { MissionSchema } from "~/domain/listing/listing-schema";
import { TextArea } from "./fields";
import { StepFormShell, useStepForm, type StepFormProps } from "./step-form";

export function MissionStep(props: StepFormProps) {
  const { t } = useTranslation("register");
  const [form, fields] = useStepForm(MissionSchema, props);
  const labels: Record<string, string> = {
    missionFr: t("mission.missionFr"),
    missionEn: t("mission.missionEn"),
    descriptionFr: t("mission.descriptionFr"),
    descriptionEn: t("mission.descriptionEn"),
  };
  return (
    <StepFormShell form={form} props={props} labels={(name) => labels[name] ?? name}>
      <div className="grid gap-6 lg:grid-cols-2">
        <TextArea
          meta={fields.missionFr}
          label={labels.missionFr}
          hint={t("mission.missionFrHint")}
          required
          rows={3}
          maxLength={600}
          lang="fr"
        />
        <TextArea
          meta={fields.missionEn}
          label={labels.missionEn}
          hint={t("mission.englishHint")}
          rows={3}
          maxLength={600}
          lang="en"
        />
        <TextArea
          meta={fields.descriptionFr}
          label={labels.descriptionFr}
          hint={t("mission.descriptionFrHint")}
          required
          rows={8}
          maxLength={4000}
          lang="fr"
        />
        <TextArea
          meta={fields.descriptionEn}
          label={labels.descriptionEn}
          hint={t("mission.englishHint")}
          rows={8}
          maxLength={4000}
          lang="en"
        />
      </div>
    </StepFormShell>
  );
}
