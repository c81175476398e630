import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/forms/text-field";
import { PASSWORD_MAX, PASSWORD_MIN } from "~/domain/account/account-schemas";

/**
 * A new password and its confirmation, with the rules the schema checks (sign-up, reset,
 * account settings): browsers and password managers see the same bounds as the server.
 */
export function NewPasswordFields({
  name,
  confirmName,
  label,
  confirmLabel,
  errors,
  confirmErrors,
}: {
  name: string;
  confirmName: string;
  label: ReactNode;
  confirmLabel: ReactNode;
  errors?: string[];
  confirmErrors?: string[];
}) {
  const { t } = useTranslation("account");
  return (
    <>
      <TextField
        name={name}
        type="password"
        label={label}
        hint={t("fields.newPasswordHint")}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        errors={errors}
      />
      <TextField
        name={confirmName}
        type="password"
        label={confirmLabel}
        autoComplete="new-password"
        required
        errors={confirmErrors}
      />
    </>
  );
}
