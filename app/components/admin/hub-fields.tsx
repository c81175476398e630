import { useTranslation } from "react-i18next";
import { FieldError } from "~/components/forms/field-error";
import { TextField } from "~/components/forms/text-field";
import { localized, useLocale } from "~/lib/locale";

export type RegionOwner = {
  code: string;
  nameFr: string;
  nameEn: string;
  hubId: number | null;
  hubName: string | null;
};

type Fields = Record<"name" | "email" | "website" | "regions", { errors?: string[] }>;

/**
 * Name, contacts and regions of a hub. A region another hub curates is shown but cannot be
 * chosen (one hub per region); the server refuses it too.
 */
export function HubFields({
  owners,
  hubId,
  values,
  fields,
}: {
  owners: RegionOwner[];
  hubId: number | null;
  values: { name?: string; email?: string | null; website?: string | null; regions: string[] };
  fields: Fields;
}) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  const regionErrors = fields.regions.errors;
  return (
    <>
      <TextField
        name="name"
        label={t("hubs.fields.name")}
        required
        maxLength={120}
        defaultValue={values.name}
        errors={fields.name.errors}
        namespace="admin"
      />
      <TextField
        name="email"
        type="email"
        label={t("hubs.fields.email")}
        defaultValue={values.email ?? ""}
        errors={fields.email.errors}
        namespace="admin"
      />
      <TextField
        name="website"
        label={t("hubs.fields.website")}
        defaultValue={values.website ?? ""}
        errors={fields.website.errors}
        namespace="admin"
      />
      <fieldset aria-describedby={regionErrors?.length ? "regions-error" : "regions-hint"}>
        <legend className="font-medium">{t("hubs.fields.regions")}</legend>
        <p id="regions-hint" className="text-sm text-slate-600">
          {t("hubs.fields.regionsHint")}
        </p>
        <ul id="regions" className="mt-2 grid gap-1 sm:grid-cols-2">
          {owners.map((r) => {
            const other = r.hubId !== null && r.hubId !== hubId;
            const id = `region-${r.code}`;
            return (
              <li key={r.code}>
                <input
                  type="checkbox"
                  id={id}
                  name="regions"
                  value={r.code}
                  defaultChecked={values.regions.includes(r.code)}
                  disabled={other}
                  aria-describedby={other ? `${id}-owner` : undefined}
                  className="mr-2"
                />
                <label htmlFor={id} className={other ? "text-slate-600" : undefined}>
                  {r.code} {localized(locale, r.nameFr, r.nameEn)}
                </label>
                {other ? (
                  <span id={`${id}-owner`} className="block pl-6 text-xs text-slate-600">
                    {t("hubs.fields.regionOwner", { hub: r.hubName })}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
        <FieldError id="regions-error" errors={regionErrors} namespace="admin" />
      </fieldset>
    </>
  );
}
