import { useTranslation } from "react-i18next";
import { ContactsSchema } from "~/domain/listing/listing-schema";
import { Text } from "./fields";
import { StepFormShell, useStepForm, type StepFormProps } from "./step-form";

export function ContactsStep(props: StepFormProps) {
  const { t } = useTranslation("register");
  const [form, fields] = useStepForm(ContactsSchema, props);
  const labels: Record<string, string> = {
    email: t("contacts.email"),
    phone: t("contacts.phone"),
    website: t("contacts.website"),
  };
  return (
    <StepFormShell form={form} props={props} labels={(name) => labels[name] ?? name}>
      <p className="max-w-2xl text-slate-700">{t("contacts.atLeastOne")}</p>
      <div className="grid max-w-2xl gap-6">
        <Text
          meta={fields.email}
          label={labels.email}
          hint={t("contacts.emailHint")}
          type="email"
          autoComplete="email"
        />
        <Text meta={fields.phone} label={labels.phone} hint={t("contacts.phoneHint")} type="tel" autoComplete="tel" />
        <Text
          meta={fields.website}
          label={labels.website}
          hint={t("contacts.websiteHint")}
          autoComplete="url"
          inputMode="url"
          spellCheck={false}
        />
      </div>
    </StepFormShell>
  );
}
