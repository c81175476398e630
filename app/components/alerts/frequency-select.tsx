import { useTranslation } from "react-i18next";
import { EMAIL_FREQUENCIES } from "#db/schema/needs";

/** The alert frequency of a saved search, with its visible label. */
export function FrequencySelect({
  id,
  label,
  defaultValue = "weekly",
  errors,
}: {
  id: string;
  label: string;
  defaultValue?: string;
  errors?: string[];
}) {
  const { t } = useTranslation("alerts");
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select
        id={id}
        name="frequency"
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 sm:w-auto"
      >
        {EMAIL_FREQUENCIES.map((f) => (
          <option key={f} value={f}>
            {t(`frequency.${f}`)}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          <span aria-hidden="true">⚠ </span>
          {t("errors.badFrequency")}
        </p>
      ) : null}
    </div>
  );
}
